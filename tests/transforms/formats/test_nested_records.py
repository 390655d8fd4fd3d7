"""A streaming API's export, each line's record deep in objects it wraps it in (Talkwalker's `chunk_result.data.data`):
its fields read as a flat record's, its control lines skipped."""

from __future__ import annotations

import json

import pytest

from transforms.formats import read_articles
from transforms.formats.base import FormatError, ReadOptions


def result(**fields: object) -> dict[str, object]:
    return {"chunk_type": "CT_RESULT", "chunk_result": {"data": {"data": fields}}}


LINES: list[dict[str, object]] = [
    result(url="https://www.gazeta.uz/en/rail/", published=1788076800000, title="Uzbekistan opens rail link",
           content="Uzbekistan opened a high-speed rail line to Samarkand on Sunday.", lang="en",
           extra_author_attributes={"name": "Nodir Umarov"}, extra_source_attributes={"name": "Gazeta.uz"}),
    result(url="https://24.kg/english/osh/", published=1777708800000, title="Mudflows cut road to Osh",
           content="Mudflows blocked a stretch of the Bishkek-Osh highway on Saturday.", lang="en"),
    {"chunk_type": "CT_CONTROL", "chunk_control": {"concurrent_requests": 1, "resume_offset": 2}},
]


def read(lines: list[dict[str, object]]) -> tuple[list[tuple[object, ...]], list[int]]:
    data = "\n".join(json.dumps(line) for line in lines).encode() + b"\n"
    found = read_articles(data, "jsonl")
    return ([(a.title, a.url, a.published_at.date().isoformat() if a.published_at else None, a.site, a.authors)
             for a in found.articles], [bad.record for bad in found.bad])


def test_a_streaming_exports_nested_records_give_their_title_url_day_site_and_author() -> None:
    articles, bad = read(LINES)
    assert articles == [
        ("Uzbekistan opens rail link", "https://www.gazeta.uz/en/rail/", "2026-08-30", "Gazeta.uz", ("Nodir Umarov",)),
        ("Mudflows cut road to Osh", "https://24.kg/english/osh/", "2026-05-02", None, ()),
    ]
    assert bad == []  # the control line is the stream's bookkeeping, no bad record


def test_a_line_without_the_nested_record_that_holds_prose_stays_a_bad_record() -> None:
    # an article's record gone wrong, its text elsewhere: quarantined, not skipped as a control line is
    _, bad = read([*LINES[:2], {"chunk_type": "CT_RESULT", "note": "Body lost in transit, see the next line"}])
    assert bad == [3]


@pytest.mark.parametrize("lines", [
    [{"meta": {"count": 2}}, {"meta": {"count": 3}}],  # objects, none holding a text
])
def test_records_with_no_text_at_any_depth_are_still_refused(lines: list[dict[str, object]]) -> None:
    with pytest.raises(FormatError):
        read(lines)


def test_a_mapped_dotted_text_path_reads_its_objects_other_fields() -> None:
    # `--field text=chunk_result.data.data.content`: the title, url and date beside the text are the record's too
    data = "\n".join(json.dumps(line) for line in LINES[:2]).encode() + b"\n"
    found = read_articles(data, "jsonl", ReadOptions(fields={"text": "chunk_result.data.data.content"}))
    assert [(a.title, a.url) for a in found.articles] == [
        ("Uzbekistan opens rail link", "https://www.gazeta.uz/en/rail/"),
        ("Mudflows cut road to Osh", "https://24.kg/english/osh/"),
    ]


def test_a_records_own_fields_win_over_the_mapped_objects() -> None:
    line = {"title": "Own title", "meta": {"title": "Inner title", "body": "The port reopened on Monday."}}
    found = read_articles(json.dumps(line).encode() + b"\n", "jsonl", ReadOptions(fields={"text": "meta.body"}))
    assert [a.title for a in found.articles] == ["Own title"]
