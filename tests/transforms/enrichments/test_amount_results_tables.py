"""Amounts of markets, elections and sports results pages flattened to text: a change after a price, a price per
unit, two rates on a slash, a party's count before its share, an index's level, a power's device, a match report."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a change in percent after a price or a level, one space apart, keeps its minus (it was 1.2, 0.7)
        ("Brent crude $64.10 -1.2% | WTI $60.45 -1.4% | Gold $3,342.50 +0.6%",
         [(64.1, "USD", None), (-1.2, "percent", None), (60.45, "USD", None), (-1.4, "percent", None),
          (3342.5, "USD", None), (0.6, "percent", None)]),
        ("FTSE 100 8,912.4 +0.4% | DAX 24,105 -0.7%",
         [(8912.4, None, None), (0.4, "percent", None), (24105, None, None), (-0.7, "percent", None)]),
        # ... but after a small number a dash is a range's or a score's, as before
        ("Growth of 1.5 -2% is forecast for next year.", [(1.5, None, None), (2, "percent", None)]),
        ("The 2024 -25% figure was revised.", [(25, "percent", "figure")]),
        # a price per unit after a slash is the price (it was no amount); a fraction's or a pair's slash still is none
        ("Prices of £80/MWh and £95/MWh were agreed in the auction.", [(80, "GBP", None), (95, "GBP", None)]),
        ("Gold settled at $3,431.80/oz, up 1.9% for the week.", [(3431.8, "USD", None), (1.9, "percent", None)]),
        ("The 9/11 memorial drew 5,000 visitors.", [(5000, None, "visitors")]),
        ("Odds of $5/10 were offered.", []),
        # two rates joined by a slash are two rates (it was a bare 4.5, and no second), both the level of the rates cut
        ("Barclays cut its fixed rates to 3.99%/4.15% on Monday.",
         [(3.99, "percent", "rates"), (4.15, "percent", "rates")]),
        ("Barclays offers 3.99%/4.15% on Monday.", [(3.99, "percent", None), (4.15, "percent", None)]),
        ("The 24/7 news cycle never stops.", []),
    ],
)
def test_markets_tables(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a party's count before its share or its change in brackets counts, whatever its name's capitals (it was a
        # numbered name's, as "FTSE 100" is)
        ("Results: Labour 9,412 (41.2%), Reform UK 7,640 (33.4%), Conservatives 3,105 (13.6%).",
         [(9412, None, None), (41.2, "percent", None), (7640, None, None), (33.4, "percent", None),
          (3105, None, None), (13.6, "percent", None)]),
        ("Councils: Reform 677 (+677), Lib Dem 370 (+163), Con 319 (-674)",
         [(677, None, None), (677, None, None), (370, None, None), (163, None, None), (319, None, None),
          (-674, None, None)]),
        ("Yes 1,204,311 (52.4%) No 1,093,870 (47.6%) Turnout 68.9%",
         [(1204311, None, None), (52.4, "percent", None), (1093870, None, None), (47.6, "percent", None),
          (68.9, "percent", None)]),
        # ... and a results table's short names make an election's tally, no game's
        ("Lib Dem 370, Con 319", [(370, None, None), (319, None, None)]),
        # an index's level in thousands after its capitals is its points, as "Dow 10,000" is (it was none)
        ("Frankfurt: DAX 24,105 at the close.", [(24105, None, None)]),
        # a name's number before a bracket of another kind, or an index's or a label's, is still a name's
        ("The FTSE 100 (-0.5%) lagged Europe's markets on Friday.", [(-0.5, "percent", None)]),
        ("Channel 4 will show the final.", []),
    ],
)
def test_results_tables(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a power's or an energy's compound is read to its head, the thing that makes or stores it (it was "home")
        ("The offer includes a 5kW/13.5kWh home battery for £7,000.",
         [(5, "kW", "battery"), (13.5, "kWh", "battery"), (7000, "GBP", None)]),
        ("Ministers backed a 2GW wind farm off Norfolk.", [(2, "GW", "farm")]),
        ("A 5kW motor powers the bike, and the panels made 4,000kWh last year.", [(5, "kW", "motor"),
                                                                                 (4000, "kWh", None)]),
        # a spaced dash ends a sum's or a share's compound as a comma does (it was "multilateral")
        ('They agreed to offer up to 100% multilateral debt relief - "the vast bulk" of it.',
         [(100, "percent", "relief")]),
        ("The firm took a 5% stake - worth £2m - in Arsenal.", [(5, "percent", "stake"), (2e6, "GBP", None)]),
    ],
)
def test_compound_heads(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert found(text) == expected


def test_a_match_reports_scorers_are_no_counts() -> None:
    # a match report's attendance says sport is near: its scorers' minutes are no counts (they were 23 and 61)
    assert found("Arsenal 2 Chelsea 1 (Saka 23, Havertz 61; Palmer 45). Attendance: 60,272.") == [
        (60272, None, None)]
    # ... but an election's names still count where an attendance is taken
    assert found("Attendance: Labour 23, Conservatives 19 at the council meeting.") == [(23, None, None),
                                                                                        (19, None, None)]
