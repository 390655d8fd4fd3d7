"""Amounts: a wage hyphenated to its hour, a report line's pair of bare figures before one scale or percent, a body's
members after "-strong ... of", a scale's "-strong" after a currency's amount, a title's capitalised currency word,
and what those rules (and the fifteenth round's) leave alone."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found

P, U, E = "percent", "USD", "EUR"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a wage hyphenated to "an hour", after a sign or a currency's word (they were no amount)
        ("She took a $15-an-hour job at the warehouse.", [(15, U, "job")]),
        ("She took a 10-dollar-an-hour job at a diner.", [(10, U, "job")]),
        # this year's and last year's bare figures before one scale or percent (they were 450 and 380, 12 and 9)
        ("Revenue 450 (380) million, the group said.", [(4.5e8, None, None), (3.8e8, None, None)]),
        ("Operating margin 12 (9) per cent.", [(12, P, None), (9, P, None)]),
        # a body's members are what its "-strong" counts (it was the army)
        ("The singer's 5 million-strong army of fans flooded the site.", [(5e6, None, "fans")]),
        # a currency's amount hyphenated to "-strong" keeps its scale (it was $2)
        ("Lenders built a $2 billion-strong war chest.", [(2e9, U, "chest")]),
        # a title's capitalised currency word hyphenated to its number (it was none)
        ("The 5-Euro Note", [(5, E, "note")]),
        # a noun in "-ly" opening a table's row is no hedge: the change keeps its sign (it read 5)
        ("Supply 4 -5% of demand.", [(4, None, None), (-5, P, "demand")]),
    ],
)
def test_wages_report_pairs_and_bodies(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a year hyphenated to the euro's crisis or area is no sum (it was 2010 euros)
        ("Memories of the 2010-euro crisis linger in Athens.", []),
        ("Leaders missed the 2030-euro area target.", []),
        # a year's "Euro" is football's championship
        ("Spain lifted the trophy at the 2024-Euro final in Berlin.", []),
        # "of which" after a body is a clause: the body is counted
        ("Ukraine's 1 million-strong force of which a third are reservists holds the line.", [(1e6, None, "force")]),
        # a year in brackets before "per cent" lends the number before it no percent
        ("Turnout 67 (2019) per cent, officials said.", [(67, None, None)]),
        # a hedge in "-ly" still opens a range
        ("Reportedly 5 -10% of jobs are at risk.", [(5, None, None), (10, P, "jobs")]),
        # a wage spaced from its hour is read as it was
        ("Workers there earn $15 an hour, up from $12.", [(15, U, None), (12, U, None)]),
        # a bracketed figure after a percent is no pair's
        ("Sales rose 4.5 per cent (3.9) in the period.", [(4.5, P, None), (3.9, None, None)]),
    ],
)
def test_what_those_rules_leave_alone(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)
