"""The run's log line of a quarantined record: one sentence, which record of which file, and why."""

from __future__ import annotations

import pytest

from flows.quarantine_lines import quarantined_file_line, quarantined_record_line
from transforms.articles import record_source
from transforms.formats import ReadOptions, read_articles


@pytest.mark.parametrize(("lines", "why"), [
    ('{"id": 1, "text": "Rain."}\n{"id": 2, "text": ""}\n', "no text in field 'text'"),
    ('{"id": 1, "text": "Rain."}\n{"id": 2, "content": null}\n', "no text in field 'text'"),
])
def test_a_no_text_records_line_names_its_record_its_file_and_why(lines: str, why: str) -> None:
    [bad] = read_articles(lines.encode(), "jsonl", ReadOptions()).bad
    # As transforms.articles makes the quarantine row: "<file>#record=N", "record N: <detail>"
    source, detail = record_source("/in/feed.jsonl", f"record={bad.record}"), f"record {bad.record}: {bad.detail}"
    assert quarantined_record_line(source, bad.reason, detail) == (
        f"quarantined record 2 of /in/feed.jsonl (no_text): {why}")  # was "...#record=2: no_text (record 2: ...)"


def test_a_quarantined_files_line_gives_its_reason_before_why() -> None:
    line = quarantined_file_line("/in/x.json", "no_text_field", "no field holds the article text (fields: post)")
    assert line == "quarantined /in/x.json (no_text_field): no field holds the article text (fields: post)"


def test_control_characters_in_a_name_are_shown_escaped() -> None:
    assert quarantined_record_line("/in/a\x1b.jsonl#record=3", "no_text", "record 3: x") == (
        "quarantined record 3 of /in/a\\x1b.jsonl (no_text): x")
