"""A wire's flag before a headline's colon ("BREAKING: Fire at port", "EXCLUSIVE: ..."): the title is the headline
without it, the flag kept in the article's metadata."""

from __future__ import annotations

import json

import pytest

from transforms.formats import ReadOptions, read_articles

BODY = "\n\nA fire broke out at the port on Monday, officials said.\n\nNo one was hurt.\n"


@pytest.mark.parametrize("flag", ["BREAKING", "BREAKING NEWS", "UPDATE", "EXCLUSIVE", "WATCH", "LIVE", "Breaking"])
def test_a_flag_before_a_text_files_headline_is_no_part_of_its_title(flag: str) -> None:
    [article] = read_articles(f"{flag}: Fire at port{BODY}".encode(), "txt", ReadOptions()).articles
    assert article.title == "Fire at port"
    assert article.metadata.get("rubric") == flag


def test_a_flag_before_a_records_title_is_no_part_of_it() -> None:
    record = {"title": "EXCLUSIVE: Minister to quit", "text": "The minister will resign on Friday, aides said."}
    [article] = read_articles(json.dumps([record]).encode(), "json", ReadOptions()).articles
    assert article.title == "Minister to quit"


@pytest.mark.parametrize("title", [
    "Watch: the moment a crane fell",  # a title-case word before a colon is the headline's own, as news writes it
    "Update: council replies to residents",
    "LIVE: ",  # a flag alone, no headline after it
    "Brexit: what happens next",
])
def test_a_headline_whose_first_word_is_no_wire_flag_is_kept_whole(title: str) -> None:
    [article] = read_articles(f"{title}{BODY}".encode(), "txt", ReadOptions()).articles
    assert article.title in (None, title.strip())
