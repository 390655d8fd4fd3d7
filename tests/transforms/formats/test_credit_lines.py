"""A text's head as news sites print it since about 2020: a writer's pronouns beside their name, a line of the
published and the updated day, an ISO moment alone, a newsroom's credit of its own unnamed writer."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles

STORY = ("The council voted on Tuesday to approve the new budget after months of debate.\n\n"
         "Critics said the plan would raise fares for commuters across the region by next spring.\n")


def article(head: str, format: str = "txt"):
    data = f"Council Approves Budget\n\n{head}\n\n{STORY}" if format == "txt" else head
    [read] = read_articles(data.encode(), format, ReadOptions()).articles
    return read


@pytest.mark.parametrize(("byline", "authors"), [
    ("By Alex Rivera (they/them)", ("Alex Rivera",)),
    ("By Jordan Lee (he/him) and Priya Nair (she/they)", ("Jordan Lee", "Priya Nair")),
    ("By Kim Roe [she/her], Climate Reporter", ("Kim Roe",)),
])
def test_a_writers_pronouns_are_no_part_of_their_name(byline: str, authors: tuple[str, ...]) -> None:
    read = article(byline)
    assert read.authors == authors and byline not in read.text


def test_a_dated_bylines_pronouns_are_no_part_of_its_name() -> None:
    read = article("By Taylor Brooks (she/her) | March 3, 2026")
    assert read.authors == ("Taylor Brooks",) and read.published_at is not None
    assert read.published_at.date().isoformat() == "2026-03-03"


def test_a_pages_byline_with_pronouns_names_one_writer() -> None:
    page = ("<html><head><title>Council Approves Budget</title></head><body><article><h1>Council Approves Budget</h1>"
            "<p class='byline'>By Sam Okafor (she/her)</p><p>" + STORY.replace("\n\n", "</p><p>") +
            "</p></article></body></html>")
    assert article(page, "html").authors == ("Sam Okafor",)


@pytest.mark.parametrize(("line", "day"), [
    ("Published 3 February 2026, 09:15 GMT | Updated 4 February 2026", "2026-02-03"),
    ("Published: 12 January 2026 | Updated: 13 January 2026", "2026-01-12"),
    ("Updated 23 January 2026 · Published 22 January 2026", "2026-01-22"),
    ("Published March 5, 2026 at 8:00 a.m. ET | Updated March 5, 2026 at 11:20 a.m. ET", "2026-03-05"),
    ("2026-03-02T14:05:00Z", "2026-03-02"),
    ("2026-03-02T23:05:00-05:00", "2026-03-03"),
])
def test_a_heads_dated_line_dates_the_text_and_is_no_paragraph(line: str, day: str) -> None:
    read = article(line)
    assert read.published_at is not None and read.published_at.date().isoformat() == day
    assert line not in read.text


def test_a_line_of_a_day_and_a_section_stays() -> None:
    line = "Published 3 February 2026 | Opinion and analysis from our columnists"
    assert line in article(line).text


@pytest.mark.parametrize("credit", [
    "By Special Correspondent", "By Our Special Correspondent", "By Our Correspondent", "By A Staff Reporter",
    "By Our Special Correspondent, New Delhi",
])
def test_a_newsrooms_unnamed_credit_names_no_writer_and_is_no_paragraph(credit: str) -> None:
    read = article(credit)
    assert read.authors == () and credit not in read.text and "Critics said" in read.text


def test_a_writer_with_a_correspondents_role_is_named() -> None:
    assert article("By Jane Doe, Special Correspondent").authors == ("Jane Doe",)


def test_a_records_unnamed_credit_is_no_author() -> None:
    record = '{"title": "Budget passed", "text": "The council voted.", "byline": "Our Correspondent"}\n'
    assert article(record, "jsonl").authors == ()
