"""The report's co-occurrence section where it draws no square: why, in words true of the lake."""

from __future__ import annotations

import pytest

from transforms.report.page import cooccurrence_absent_note


def test_a_lake_of_one_theme_is_told_so_not_sent_to_top() -> None:
    # A lake whose every label is sport said "this page shows 1 (--top)", as if a bigger --top would draw a square.
    note = cooccurrence_absent_note(["sport"], labelled_themes=1)
    assert "the only theme these articles are labelled with is sport." in note and "--top" not in note


def test_a_page_cut_to_one_theme_by_top_says_so_and_how_many_there_are() -> None:
    note = cooccurrence_absent_note(["sport"], labelled_themes=4)
    assert "--top" in note and "1 of the 4 themes" in note


@pytest.mark.parametrize("labelled", [2, 7])
def test_top_themes_that_share_no_paragraph_are_said_to_share_none(labelled: int) -> None:
    note = cooccurrence_absent_note(["sport", "politics"], labelled_themes=labelled)
    assert note == "No two of the top themes share a paragraph."


def test_a_theme_s_name_is_escaped_as_the_page_writes_it() -> None:
    assert "R&amp;D" in cooccurrence_absent_note(["R&D"], labelled_themes=1)
