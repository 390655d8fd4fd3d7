"""Amounts: a report's bracketed figures before a scale, a scale's or a currency's hyphenated compounds, a hedge in
"-ly" opening a sentence before a range, and what those rules leave alone."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found

P, U, E, J = "percent", "USD", "EUR", "JPY"


@pytest.mark.parametrize(
    "text, expected",
    [
        # last year's figure in brackets after a currency's amount is in its scale and currency (it was 380, none)
        ("Revenue rose to EUR 450 (380) million in the quarter.", [(4.5e8, E, None), (3.8e8, E, None)]),
        ("Net profit came in at SEK 1,250 (1,040) million.", [(1.25e9, "SEK", None), (1.04e9, "SEK", None)]),
        # a report line's word inside a sentence, its figure before last year's, is no name's number (it lost 300)
        ("The company said Orders 300 (280) were ahead of plan.", [(300, None, None), (280, None, None)]),
        # a sentence's first word in "-ly" before a rising pair is a hedge before a range (it read -10)
        ("Likely 5 -10% of roles will go, the union said.", [(5, None, None), (10, P, "roles")]),
        ("Probably 3 -4% of the budget will be cut.", [(3, None, None), (4, P, "budget")]),
        # a scale word hyphenated to "strong" or an age (they were 2 and 4.5)
        ("The rebels claim a 2 million-strong army.", [(2e6, None, "army")]),
        ("Scientists dated a 4.5 billion-year-old rock from the Moon.", [(4.5e9, None, "years")]),
        # a currency's word hyphenated to a bare number or a scale (they were none, and 3e9 of no currency)
        ("He paid with a 10-dollar bill.", [(10, U, "bill")]),
        ("He found a 1,000-yen note in the street.", [(1000, J, "note")]),
        ("The bank extended a 3 billion-won loan to the startup.", [(3e9, "KRW", "loan")]),
    ],
)
def test_bracketed_figures_hyphenated_scales_and_opening_hedges(
        text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # no scale after the bracket: no currency nor scale for the figure inside; a year in brackets is none's
        ("He paid $5 (2004) million times.", [(5, U, None)]),
        # a title's year in brackets after a report line's word leaves it a name
        ("The band's album Profits 4 (2019) sold 10,000 copies.", [(1e4, None, "copies")]),
        # a table's country in "-ly" at a line's start, its change a cell before the next, keeps the sign; the next
        # row keeps its level (Spain's 6 was read as a name's number, "Channel 4")
        ("Italy 4 -5%, Spain 6 +1%", [(4, None, None), (-5, P, None), (6, None, None), (1, P, None)]),
        # a name's level above its change keeps the sign, a sentence going on after it or not
        ("Lilly 812 -1.4% on the day", [(812, None, None), (-1.4, P, None)]),
        # "-strong" and "-year-old" after no scale word are a squad's kind and an age, as they were
        ("England named a 25-strong squad.", []),
        ("The 30-year-old striker scored.", []),
        # a won that is a verb after a score
        ("Korea's 2-1 win over Japan: Son won 3 million fans.", [(3e6, None, "fans")]),
    ],
)
def test_what_those_rules_leave_alone(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)
