"""A text file copied from a 2025-26 page: its writer's name alone over its date (Medium, Substack, a paper's site
copied without a "By"), and the buttons about them ("Follow", "6 min read", "∙ Paid", "Listen to this article · 4
min", "Gift this article"): its author and date, none of them a paragraph."""

from __future__ import annotations

from datetime import date

import pytest

from transforms.formats import ReadOptions, read_articles
from transforms.formats.base import ArticleRecord


def _article(text: str) -> ArticleRecord:
    return read_articles(text.encode(), "txt", ReadOptions()).articles[0]


STORY = "For a decade, the number 42 bus was the punchline of every local joke in the county, and now it runs on time."


@pytest.mark.parametrize(("head", "author", "day"), [
    # Medium: the name, its buttons, a dot, the day (the day was a paragraph under four head lines, no author)
    ("Priya Nair\n\nFollow\n\n6 min read\n\n·\n\nJan 14, 2026", "Priya Nair", date(2026, 1, 14)),
    # Substack: the name, the day, its paid post's mark
    ("Jane Doe\n\nFeb 02, 2026\n\n∙ Paid", "Jane Doe", date(2026, 2, 2)),
    # a paper's page: the name and its role, then the day
    ("Sally Weale Education correspondent\n\nWed 14 Jan 2026 10.30 GMT", "Sally Weale", date(2026, 1, 14)),
])
def test_a_writers_name_alone_over_the_date_is_the_author(head: str, author: str, day: date) -> None:
    article = _article(f"Why our buses are finally on time\n\n{head}\n\n{STORY}\n")
    assert article.authors == (author,) and article.published_at is not None
    assert article.published_at.date() == day
    assert article.text == f"Why our buses are finally on time\n\n{STORY}\n"


@pytest.mark.parametrize("kicker", ["Premier League", "New York", "Rishi Sunak resigns", "Climate Crisis",
                                    # a section's or a topic's tag of two words, where no page's button or role says
                                    # a writer is named: no author, and its line stays
                                    "Wall Street", "Royal Family", "Golden Globes", "Federal Reserve"])
def test_a_kicker_or_a_place_over_the_date_is_no_author(kicker: str) -> None:
    article = _article(f"Derby ends level\n\n{kicker}\n\nJan 14, 2026\n\n{STORY}\n")
    assert article.authors == () and kicker in article.text


def test_a_news_pages_buttons_are_no_paragraphs() -> None:
    buttons = "Listen to this article · 4 min\n\nGift this article\n\nShare full article"
    text = f"Energy bills to fall\n\n{buttons}\n\n{STORY}\n"
    assert _article(text).text == f"Energy bills to fall\n\n{STORY}\n"


@pytest.mark.parametrize("answer", ["Paid.", "10 minutes.", "Follow."])
def test_a_storys_short_answer_like_a_button_stays(answer: str) -> None:
    text = f"The fine\n\nDid the council check whether the fine had been settled first?\n\n{answer}\n\n{STORY}\n"
    assert f"\n\n{answer}\n\n" in _article(text).text


def test_a_ghost_posts_reading_time_after_a_dash_is_no_paragraph() -> None:
    article = _article(f"The cost of a pint\n\nAnna Berg\n\n5 Mar 2026\n\n— 4 min read\n\n{STORY}\n")
    assert article.authors == ("Anna Berg",) and article.text == f"The cost of a pint\n\n{STORY}\n"


@pytest.mark.parametrize("line", ["20 mins", "45 minutes", "90 min"])
def test_a_time_alone_under_the_date_is_the_storys_no_button(line: str) -> None:
    # a recipe's cooking time or a match's length is the story's; a page's reading time says "read" or "listen"
    text = f"Quick tomato pasta\n\nJan 14, 2026\n\n{line}\n\nServes 4\n\n{STORY}\n"
    assert f"\n\n{line}\n\n" in _article(text).text
