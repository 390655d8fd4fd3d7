"""A text's first line, its title, that ends with the full day it is of ("National Assembly Hansard, Thursday 12
November 2026"): the text's date, the title kept whole."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles

BODY = "\n\nThe House met at 2.30 p.m.\n\nHon. Member: I rise to support the Bill because it funds bursaries.\n"


@pytest.mark.parametrize(("title", "day"), [
    ("National Assembly Hansard, Thursday 12 November 2026", "2026-11-12"),
    ("Council minutes – 3 March 2026", "2026-03-03"),
    ("Weekly market report | March 6, 2026", "2026-03-06"),
])
def test_a_title_that_ends_with_its_full_day_dates_the_text(title: str, day: str) -> None:
    [article] = read_articles(f"{title}{BODY}".encode(), "txt", ReadOptions()).articles
    assert article.published_at is not None and article.published_at.date().isoformat() == day
    assert article.text.startswith(title)  # the title is kept whole: the day is part of its name


@pytest.mark.parametrize("title", [
    "Election called for Thursday, 12 November 2026",  # the day the story is about, after a weekday
    "Rates frozen until 12 November 2026",  # no separator: the title's own sentence
    "National Assembly Hansard, Thursday 12 November",  # no year
    "Strike called for 12 November 2026, union says",  # the day inside the title, not at its end
])
def test_a_title_whose_day_is_no_name_of_it_leaves_the_text_undated(title: str) -> None:
    [article] = read_articles(f"{title}{BODY}".encode(), "txt", ReadOptions()).articles
    assert article.published_at is None
