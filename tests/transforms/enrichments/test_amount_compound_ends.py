"""Amounts whose compound ends at an adverb or has a noun's gerund in it, a hedge's signed range, a leaderboard's row,
a scale hyphenated to its currency and percentage points written "pp"; and what those rules must leave alone: a name
in "-ly" before its level, a verb's gerund with its object, a report's lines and an election's seats with last year's
figures in brackets, a book's pages."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found


@pytest.mark.parametrize(
    "text, expected",
    [
        # an adverb after a compound's noun ends it, and is no head
        ("They paid a £40m transfer fee upfront, the club said.", [(4e7, "GBP", "fee")]),
        ("The £3bn energy bill alone would wipe out that surplus.", [(3e9, "GBP", "bill")]),
        ("Ministers will extend the £2 bus fare cap again.", [(2, "GBP", "cap")]),
        ("Ministers froze the £2 bus fare cap once more.", [(2, "GBP", "cap")]),
        # ... but not after a verb, nor where the word after is a conjunction or a degree's
        ("In the lower bracket, 35% of women earn less than £20,000 a year.",
         [(35, "percent", "women"), (2e4, "GBP", None)]),
        ("I don't want it to be a $50m movie straight away because it is not known.", [(5e7, "USD", "movie")]),
        # a noun's gerund in the middle of a sum's compound, a verb's not
        ("The government announced a £5bn house building fund on Tuesday.", [(5e9, "GBP", "fund")]),
        ("The firm won a £1bn contract covering maintenance until 2030.", [(1e9, "GBP", "contract")]),
        # a hedge or an adverb before a spaced range is no name with a number: the range keeps its sign
        ("Roughly 5 -10% of staff could go.", [(5, None, None), (10, "percent", "staff")]),
        ("Perhaps 5 -10% of jobs will go.", [(5, None, None), (10, "percent", "jobs")]),
        ("Audience share: Channel 4 -3%, ITV 17%.", [(-3, "percent", None), (17, "percent", None)]),
        # a leaderboard's or a scorecard's row: each player's figures are none, the first's too
        ("McIlroy 68 (70), Rahm 71 (69)", []),
        ("Leaderboard after round two: McIlroy 68 (70), Rahm 71 (69), Scheffler 67 (72)", []),
        # a scale hyphenated to its currency, as agencies write it
        ("Brussels unveiled a 2.5 billion-euro defence fund.", [(2.5e9, "EUR", "fund")]),
        ("Berlin agreed a €1.5 billion-euro loan to the carmaker.", [(1.5e9, "EUR", "loan")]),
        ("A 2 billion-dollar deal was signed.", [(2e9, "USD", "deal")]),
        # ... and per a time after it, as "$2-million-a-year" is
        ("Paris set out a 2.5 billion-euro-a-year budget for the plan.", [(2.5e9, "EUR", "budget")]),
        ("Tokyo pledged a 10 billion-yen-a-year scheme.", [(1e10, "JPY", "scheme")]),
        # percentage points written "pp" or "ppt" where a share is near; a book's pages are none
        ("Unemployment rose 0.3pp to 5.1% in the three months to October.",
         [(0.3, "percentage point", None), (5.1, "percent", None), (3, None, "months")]),
        ("Labour's lead fell 3ppts in the latest poll.", [(3, "percentage point", None)]),
        ("The gender pay gap narrowed by 2pp last year.", [(2, "percentage point", None)]),
        ("The 240pp hardback costs £25.", [(25, "GBP", None)]),
        # ... but a name in "-ly" before its level keeps its change's sign, and "Almost" is a hedge as "Nearly" is
        ("Shares at noon: Eli Lilly 812 -1.4%, Novo Nordisk 640 -2.0%.",
         [(-1.4, "percent", None), (-2.0, "percent", None)]),
        ("Almost 4 -5% of the workforce could be affected.", [(4, None, None), (5, "percent", "workforce")]),
        # a verb's gerund with its object after a sum's noun: the noun is the head
        ("The charity received a £2m grant funding research into dementia.", [(2e6, "GBP", "grant")]),
        ("They won a £1m contract training nurses in Kent.", [(1e6, "GBP", "contract")]),
        # a report's lines with last year's figures in brackets, and an election's seats, are no scorecard
        ("July-September 2025 in brief (MEUR): Revenue 450 (380), EBIT 45 (38), EBIT margin 10.0% (10.0).",
         [(450, None, None), (380, None, None), (10.0, "percent", None), (10.0, None, None)]),
        ("Seats won on Thursday: Conservative 23 (19), Labour 12 (15), Lib Dem 4 (5).",
         [(23, None, None), (12, None, None)]),
        # a book's pages are none, a share near or not
        ("Her debut, a 240pp novel, sold 40,000 copies and took a 12% share of the prize money.",
         [(4e4, None, "copies"), (12, "percent", "share")]),
    ],
)
def test_compound_ends_ranges_scorecards_and_points(
        text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)
