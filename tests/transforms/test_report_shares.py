"""The page's percents: a whole percent, but never 100% of some and not all, nor 0% of some."""

from __future__ import annotations

import pytest

from transforms.report.shares import share_text


@pytest.mark.parametrize(("part", "whole", "said"), [
    (13304, 13323, "99.9%"),  # beside "Of the 19 paragraphs without a theme" it read "100%"
    (958, 959, "99.9%"), (200, 201, "99.5%"), (99999, 100000, ">99.9%"),
    (19, 13323, "0.1%"), (1, 201, "0.5%"), (1, 100000, "<0.1%"),
])
def test_a_share_of_some_but_not_all_never_reads_all_or_none(part: int, whole: int, said: str) -> None:
    assert share_text(part / whole) == said


@pytest.mark.parametrize(("part", "whole", "said"), [
    (13323, 13323, "100%"), (0, 959, "0%"), (1, 2, "50%"), (79, 100, "79%"), (99, 100, "99%"), (1, 100, "1%"),
    (2, 3, "67%"),
])
def test_a_share_that_rounds_to_neither_end_stays_a_whole_percent(part: int, whole: int, said: str) -> None:
    assert share_text(part / whole) == said
