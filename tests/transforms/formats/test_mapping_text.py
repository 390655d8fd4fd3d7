"""A records file's mapping as the lake remembers it, and what a run's `--field` options make of it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.formats import ReadOptions
from transforms.formats.fields import FIELDS, MappingError
from transforms.formats.jsonl import read_jsonl
from transforms.formats.mapping_text import AUTOMATIC, file_mapping, mapping_of, mapping_text, run_mapping

LINE = b'{"guid": "g1", "story": "Rain at last.", "kicker": "Rain"}\n'


@given(st.dictionaries(st.sampled_from(FIELDS), st.text(min_size=1).map(str.strip).filter(bool).filter(
    lambda f: "=" not in f), min_size=1))
def test_a_mapping_comes_back_from_its_text(mapping: dict[str, str]) -> None:
    assert mapping_of(mapping_text(mapping)) == mapping


@pytest.mark.parametrize(
    ("options", "text"),
    [
        ([], None),
        (["text=story", "id=guid"], "id=guid,text=story"),
        ([" text = story "], "text=story"),
        (["auto"], AUTOMATIC),
        (["text=Body, full"], "text=Body, full"),
    ],
)
def test_a_runs_options_as_text(options: list[str], text: str | None) -> None:
    assert run_mapping(options) == text


@pytest.mark.parametrize("options", [["auto", "text=story"], ["body=text"], ["text"]])
def test_a_bad_option_is_one_mapping_error(options: list[str]) -> None:
    with pytest.raises(MappingError):
        run_mapping(options)


def test_a_file_keeps_its_mapping_unless_the_run_gives_one() -> None:
    assert file_mapping(None, "text=story") == "text=story"
    assert file_mapping(None, None) is None
    assert file_mapping("title=kicker", "text=story") == "title=kicker"
    assert file_mapping(AUTOMATIC, "text=story") is None


def test_a_records_version_without_a_mapping_is_the_one_lakes_already_hold() -> None:
    [article] = read_jsonl(LINE, ReadOptions()).articles
    # The hash themelake gave this record before mappings were remembered: lakes keep their versions.
    assert article.version == "8ce9e1e8a693fa707f0d96f567db3707b872eea12f75dad93aa73a469cf01997"


def test_a_records_version_follows_its_mapping() -> None:
    versions = {
        mapping: read_jsonl(LINE, ReadOptions(mapping_of(mapping))).articles[0].version
        for mapping in (None, "text=story", "text=story,title=kicker")
    }
    assert len(set(versions.values())) == 3
    assert read_jsonl(LINE, ReadOptions({"text": "story"})).articles[0].version == versions["text=story"]
