"""A records file's mapping as the lake remembers it, and what a run's `--field` options make of it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.formats import ReadOptions
from transforms.formats.base import FormatError
from transforms.formats.csv_rows import read_csv
from transforms.formats.field_mapping import FIELDS
from transforms.formats.field_options import MappingError
from transforms.formats.jsonl import read_jsonl
from transforms.formats.mapping_text import (
    AUTOMATIC,
    Remembered,
    file_reading,
    mapping_of,
    mapping_text,
    remaps,
    remembered_of,
    remembered_text,
    run_mapping,
    unmatched_field_warnings,
)

LINE = b'{"guid": "g1", "story": "Rain at last.", "kicker": "Rain"}\n'


@given(st.dictionaries(st.sampled_from(FIELDS), st.text(min_size=1).map(str.strip).filter(bool), min_size=1))
@pytest.mark.slow
def test_a_mapping_comes_back_from_its_text(mapping: dict[str, str]) -> None:
    assert mapping_of(mapping_text(mapping)) == mapping
    assert mapping_of(run_mapping([f"{name}={field}" for name, field in mapping.items()])) == mapping


def test_one_option_is_one_field_whatever_it_holds() -> None:
    # `--field "text=a,id=b"` maps text to a field named `a,id=b`, as before mappings were remembered.
    assert mapping_of(run_mapping(["text=a,id=b"])) == {"text": "a,id=b"}
    assert mapping_of(run_mapping(["text=a", "id=b"])) == {"id": "b", "text": "a"}


def test_a_mapping_remembered_by_the_first_release_is_still_read() -> None:
    assert mapping_of("id=guid,text=Body, full") == {"id": "guid", "text": "Body, full"}


@pytest.mark.parametrize(
    ("options", "text"),
    [
        ([], None),
        (["text=story", "id=guid"], '{"id": "guid", "text": "story"}'),
        ([" text = story "], '{"text": "story"}'),
        (["auto"], AUTOMATIC),
        (["auto", " auto"], AUTOMATIC),  # said twice: the same
        (["text=Body, full"], '{"text": "Body, full"}'),
    ],
)
def test_a_runs_options_as_text(options: list[str], text: str | None) -> None:
    assert run_mapping(options) == text


@pytest.mark.parametrize("options", [["auto", "text=story"], ["body=text"], ["text"], ["foo"], ["AUTO"]])
def test_a_bad_option_is_one_mapping_error_that_names_auto(options: list[str]) -> None:
    with pytest.raises(MappingError, match="auto"):
        run_mapping(options)


def test_a_file_reads_with_what_it_applied_unless_the_run_asks_for_another_mapping() -> None:
    story, kicker = mapping_text({"text": "story"}), mapping_text({"title": "kicker"})
    lacked = remembered_text({"text": "story"}, {})  # asked for, but the file had no `story`
    assert file_reading(None, story) == ({"text": "story"}, {"text": "story"}, {})
    assert file_reading(None, None) == ({}, {}, {})
    assert file_reading(None, lacked) == ({"text": "story"}, {}, {})  # a field it lacked is not applied
    assert file_reading(story, lacked) == ({"text": "story"}, {}, {})  # the same --field: as without
    assert file_reading(None, lacked, read_before=False) == ({"text": "story"}, {"text": "story"}, {})
    # Another mapping: over the pairs it applied, each for the fields the file has.
    assert file_reading(kicker, story) == ({"title": "kicker"}, {"title": "kicker"}, {"text": "story"})
    assert file_reading(AUTOMATIC, story) == ({}, {}, {})


@pytest.mark.parametrize(
    ("asked", "applied"), [({}, {}), ({"text": "a"}, {"text": "a"}), ({"text": "zz"}, {}), ({"id": "b"}, {"text": "a"})]
)
def test_what_a_file_remembers_comes_back_from_its_text(asked: dict[str, str], applied: dict[str, str]) -> None:
    text = remembered_text(asked, applied)
    assert remembered_of(text) == Remembered(asked, applied)
    assert not remaps(mapping_text(asked), text) and remaps(AUTOMATIC, text) == bool(asked or applied)


def test_a_pair_the_file_applied_stays_where_it_lacks_the_runs_field() -> None:
    line = b'{"guid": "g1", "copy": "Rain at last.", "body": "Sun.", "kicker": "Rain"}\n'
    read = read_jsonl(line, ReadOptions({"text": "zz", "title": "kicker"}, where_present=True, kept={"text": "copy"}))
    assert read.applied == {"text": "copy", "title": "kicker"} and read.articles[0].text == "Rain\n\nRain at last."
    assert read_jsonl(line, ReadOptions({"text": "zz"}, where_present=True)).applied == {}


def test_a_records_version_without_a_mapping_is_the_one_lakes_already_hold() -> None:
    [article] = read_jsonl(LINE, ReadOptions()).articles
    # The hash themelake gave this record before mappings were remembered: lakes keep their versions.
    assert article.version == "8ce9e1e8a693fa707f0d96f567db3707b872eea12f75dad93aa73a469cf01997"


def test_a_records_version_follows_the_mapping_applied_not_the_options() -> None:
    def version(line: bytes, **fields: str) -> str | None:
        return read_jsonl(line, ReadOptions(fields)).articles[0].version

    plain = version(LINE)
    # Options that give the mapping the common names give already: the record's version as ever.
    assert version(LINE, text="story") == plain
    assert version(LINE, text="story", id="guid") == plain
    # One that reads the record otherwise: a new version, the same however the options say it.
    assert version(LINE, text="story", title="kicker") == version(LINE, title="kicker") != plain
    headline = b'{"guid": "g1", "copy": "Rain at last.", "headline": "Rain"}\n'
    assert version(headline, text="copy") == version(headline, text="copy", title="headline")


def run_options(**fields: str) -> ReadOptions:
    """A run's mapping: it applies to a file for the fields the file has."""
    return ReadOptions(fields, where_present=True)


def test_a_mapped_field_a_file_lacks_is_left_to_the_common_names() -> None:
    auto = read_jsonl(LINE, ReadOptions())
    mapped = read_jsonl(LINE, run_options(text="copy", title="kicker"))  # no `copy` in the file
    assert mapped.mapping == {**auto.mapping, "title": "kicker"}  # type: ignore[dict-item]
    only_missing = read_jsonl(LINE, run_options(text="copy"))
    assert only_missing.mapping == auto.mapping and only_missing.articles == auto.articles
    # A mapping given for one corpus (`eval --field`) is applied whole: a missing field is no text.
    assert [b.reason for b in read_jsonl(LINE, ReadOptions({"text": "copy"})).bad] == ["no_text"]
    nested = b'{"meta": {"kicker": "Rain"}, "story": "Rain at last."}\n'
    assert read_jsonl(nested, run_options(title="meta.kicker")).articles[0].title == "Rain"
    assert read_jsonl(nested, run_options(title="note.kicker")).mapping == {"text": "story"}


def test_a_csv_column_the_file_lacks_is_left_to_the_common_names() -> None:
    data = b"id,body\n1,Rain at last.\n"
    assert read_csv(data, run_options(text="copy")).articles == read_csv(data, ReadOptions()).articles


def test_a_file_without_the_mapped_text_field_says_so() -> None:
    with pytest.raises(FormatError, match=r"no field 'copy' \(--field text=copy\).*--field text=NAME"):
        read_jsonl(b'{"guid": "g1", "note": "x"}\n', run_options(text="copy"))


def test_a_pair_no_records_file_has_is_one_warning_naming_the_fields_and_the_near_miss() -> None:
    asked = {"published_at": "firstpublished", "text": "story", "id": "meta.guid"}
    names = ["id", "firstPublished", "story", "meta", "title"]
    [warning] = unmatched_field_warnings(asked, names)
    assert warning == (
        "--field published_at=firstpublished matches no field of the records files read in this run, so it "
        "applied to none of them (their fields: firstPublished, id, meta, story, title); did you mean firstPublished? "
        "Field names are compared exactly"
    )
    assert unmatched_field_warnings({"text": "story"}, names) == []


def test_a_records_file_names_its_fields_for_the_check() -> None:
    result = read_jsonl(b'{"story": "One."}\n{"story": "Two.", "firstPublished": "2024-03-01"}\n', ReadOptions())
    assert result.names == ["story", "firstPublished"]
