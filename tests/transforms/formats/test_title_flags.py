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


@pytest.mark.parametrize(("title", "flag"), [
    ("UPDATE 2-Oil rises on supply fears", "UPDATE 2"),
    ("RPT-UPDATE 1-Oil rises on supply fears", "RPT-UPDATE 1"),
    ("REFILE-Oil rises on supply fears", "REFILE"),
    ("WATCH LIVE: Oil rises on supply fears", "WATCH LIVE"),
])
def test_a_reuters_flag_joined_by_a_dash_is_no_part_of_the_title(title: str, flag: str) -> None:
    for data, kind in ((f"{title}{BODY}".encode(), "txt"),
                       (json.dumps([{"title": title, "text": BODY.strip()}]).encode(), "json")):
        [article] = read_articles(data, kind, ReadOptions()).articles
        assert (article.title, article.metadata.get("rubric")) == ("Oil rises on supply fears", flag)


@pytest.mark.parametrize("title", [
    "US-China trade talks resume in Geneva",  # capitals joined by a dash are as often the headline's own words
    "COVID-19 cases rise again in Lagos",
    "UPDATE-free software is risky",  # the flag's word, then no headline's capital
    "Watch Live: Election results as they come in",
])
def test_a_records_title_whose_capitals_are_no_reuters_flag_is_kept_whole(title: str) -> None:
    record = {"title": title, "text": BODY.strip()}
    [article] = read_articles(json.dumps([record]).encode(), "json", ReadOptions()).articles
    assert article.title == title and "rubric" not in article.metadata
