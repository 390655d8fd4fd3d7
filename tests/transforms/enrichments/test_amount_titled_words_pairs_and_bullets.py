"""Amounts: the nineteenth round's rules reviewed and what it left: a title's "Pound" after a number word, its
capitalised words no name; a title's note before a verb in "-s" and where it goes; a period's hyphenated row keeps its
minus; a hedge's participle or "-ary" ending and a list's bullet; a report's pair counts the noun after its scale; a
sum's verb before an object pronoun counts nothing."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found

P = "percent"
Row = tuple[float, str | None, str | None]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a number word hyphenated to a title's "Pound" (they were no amount, taken for a name as "Six Feet Under")
        ("The Five-Pound Note Is Back", [(5, "GBP", "note")]),
        ("The Twenty-Pound Note Gets a New Face", [(20, "GBP", "note")]),
        ("The Ten-Pound Turkey Is Served", [(10, "lb", "turkey")]),
        # a title's capitalised words after its "Pound" are no person's name (it was 5 lb, a person's weight)
        ("The 5-Pound Challenge Begins", []),
        ("A 12-Pound Baby Boy Was Born in Leeds", [(12, "lb", "baby")]),
    ],
)
def test_titled_pounds(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb in "-s" then where the note goes, in Title Case (they counted "heads")
        ("The 10,000-Yen Note Heads to the Museum", [(10000, "JPY", "note")]),
        ("The 100-Dollar Bill Heads to the Museum", [(100, "USD", "bill")]),
        ("The 2-Pound Coin Heads Back Into Circulation", [(2, "GBP", "coin")]),
    ],
)
def test_titled_notes_before_their_verbs(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a period's hyphenated row keeps its minus (they read 2, 5 and 3)
        ("Growth by period\nHalf-yearly 1 -2%\nYearly 3 -4%", [(1, None, None), (-2, P, None), (3, None, None),
                                                              (-4, P, None)]),
        ("Period | change\nSemi-annually 2 -5% | Bi-monthly 1 -3%", [(2, None, None), (-5, P, None), (1, None, None),
                                                                     (-3, P, None)]),
        # a hedge in "-ingly" or "-arily" opening a sentence before a rising pair is a range's (they read −10, −30)
        ("Surprisingly 5 -10% of voters had not decided.", [(5, None, None), (10, P, "voters")]),
        ("Seemingly 20 -30% of the stock was never sold.", [(20, None, None), (30, P, "stock")]),
        ("Primarily 5 -10% of the cuts fall on London.", [(5, None, None), (10, P, "cuts")]),
        # a list's bullet opens its line's sentence, as its start does (the second lost its 2, a name's number; the
        # first read −10 once a level's longer names were read)
        ("• Approximately 5 -10% of jobs could go", [(5, None, None), (10, P, "jobs")]),
        ("- Typically 2 -3% of revenue goes on marketing", [(2, None, None), (3, P, "revenue")]),
    ],
)
def test_period_rows_and_opening_hedges(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # both figures of a report's pair count the noun after the scale they share (they counted none)
        ("Shipments reached 17 (16) million units in the quarter.", [(1.7e7, None, "units"), (1.6e7, None, "units")]),
        ("The group has 45 (38) million subscribers.", [(4.5e7, None, "subscribers"), (3.8e7, None, "subscribers")]),
        # a sum's verb before an object pronoun is no noun it counts (it counted "makes", "puts")
        ("The striker's weekly wage of £350,000 makes him the league's best-paid player.", [(350000, "GBP", None)]),
        ("The bonus of €1m puts him among the best paid.", [(1e6, "EUR", None)]),
    ],
)
def test_pairs_and_pronouns(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("AIM fallers\nTotally 2 -3%\nRenold 4 -2%", [(2, None, None), (-3, P, None), (4, None, None), (-2, P, None)]),
        ("Supply 4 -5% of demand", [(4, None, None), (-5, P, "demand")]),
        ("Coca-Cola 4 -5%\nPepsiCo 3 -2%", [(4, None, None), (-5, P, None), (3, None, None), (-2, P, None)]),
        ("Costs rose roughly 5 -10% in the year.", [(5, None, None), (10, P, None)]),
        ("The Dog Pound Has 40 Dogs", [(40, None, "dogs")]),
        ("He paid $5 (2004) million times.", [(5, "USD", None)]),
        ("Page 12 (9) per cent of respondents said so.", [(9, P, None)]),  # a page's reference, no pair
        ("the $5m deal it signed last year", [(5e6, "USD", "deal")]),  # a determiner before: a noun, a clause after
        ("Six Feet Under Returns", []),
    ],
)
def test_what_the_rules_leave_alone(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)
