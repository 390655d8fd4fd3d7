"""A text's last paragraph that speaks of its writers: a credit line, a byline after the last sentence."""

from __future__ import annotations

import pytest

from transforms.formats import ArticleRecord, ReadOptions, read_articles

HEAD = "Storm knocks out power to 200,000 homes in Texas\n\nBy Jane Roe, CNN\n\n"
STORY = "A line of severe storms swept through central Texas on Monday night, officials said."


def read(text: str) -> ArticleRecord:
    [article] = read_articles(text.encode(), "txt", ReadOptions()).articles
    return article


@pytest.mark.parametrize(("credit", "contributors"), [
    ("CNN's Jane Doe contributed to this report.", ["Jane Doe"]),
    ("Jane Doe and Tom Roe contributed reporting.", ["Jane Doe", "Tom Roe"]),
    ("The Associated Press contributed to this report.", ["The Associated Press"]),
])
def test_a_credit_line_at_the_end_names_contributors_and_is_no_paragraph(credit: str, contributors: list[str]) -> None:
    # It was the text's last paragraph, labelled as the story's others are
    article = read(f"{HEAD}{STORY}\n\n{credit}\n")
    assert article.text.rstrip().endswith(STORY)
    assert article.authors == ("Jane Roe",)  # the byline's writer, not the credit's
    assert article.metadata["contributors"] == contributors


def test_a_byline_after_the_last_sentence_names_the_author_and_is_no_part_of_it() -> None:
    # As Wired's summaries in news datasets end: the name was the paragraph's last words, and the text had no author
    article = read("Feds Monitoring Activists\n\nThe ACLU files requests to find out why task forces have been "
                   "monitoring activists. By Ryan Singel.\n")
    assert article.authors == ("Ryan Singel",)
    assert article.text.rstrip().endswith("monitoring activists.")


@pytest.mark.parametrize("last", [
    "Local businesses and council staff contributed to the effort.",
    "The vote is expected by Friday.",
    "He said the club would decide. By Tuesday.",
    # a rubric's words after the last sentence, no writer: each was read as the author
    "Entry is free to all residents. By Popular Demand.",
    "Tickets went on sale on Monday. By Royal Command.",
])
def test_a_last_sentence_that_only_reads_as_a_credit_stays(last: str) -> None:
    article = read(f"Council to vote on budget\n\n{STORY} {last}\n")
    assert article.authors == () and article.text.rstrip().endswith(last)
