"""Amounts: the eighteenth round's rules reviewed: a word in "-ly" before "N -M%" is a hedge's only where a sentence
reads on from it, so a table's row named by an adverb keeps its minus, and a period's word is told by its stem, not
listed; a title's capitalised "Pound" hyphenated to its number is read as "pound" is."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found

P = "percent"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a company's row in a table of fallers (it read 3 percent, "Totally" taken for a hedge by its ending)
        ("AIM fallers\nTotally 2 -3%\nRenold 4 -2%", [(2, None, None), (-3, P, None), (4, None, None), (-2, P, None)]),
        # a period's word the list left out (it read 3 percent)
        ("Returns by period\nTriennially 2 -3% on the period", [(2, None, None), (-3, P, None)]),
        ("Returns by period\nBiennially 1 -4% on the period", [(1, None, None), (-4, P, None)]),
    ],
)
def test_table_rows_in_ly_keep_their_minus(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Generally 5 -10% of the budget goes on staff.", [(5, None, None), (10, P, "budget")]),
        ("Actually 3 -4% of voters switched, the poll found.", [(3, None, None), (4, P, "voters")]),
        ("Roughly 5 -10%, the survey said.", [(5, None, None), (10, P, None)]),
        ("Growth by period\nQuarterly 1 -2% on the quarter", [(1, None, None), (-2, P, None)]),
    ],
)
def test_hedges_in_prose_stay_ranges(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title's "Pound" before a sum's noun pays, before a weighed one weighs (they were no amount)
        ("The 10-Pound Note gets a new face, the Bank of England said.", [(10, "GBP", "note")]),
        ("Bills to pay: the 50-Pound Note is the one most often forged.", [(50, "GBP", "note")]),
        ("The 20-Pound Turkey Is Served", [(20, "lb", "turkey")]),
    ],
)
def test_titled_pounds_read_as_pounds(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


def test_a_titled_pounds_noun_before_its_capitalised_verb_is_no_name() -> None:
    # "Note Returns" is a title's noun and verb, not a person's first name and surname (10 lb, a person's weight)
    assert [(v, u) for v, u, _ in found("The 10-Pound Note Returns")] == [(10, "GBP")]
