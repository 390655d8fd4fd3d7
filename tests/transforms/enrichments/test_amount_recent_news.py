"""Amounts of 2025-26 news: a colon after a count, a rate's period, name letters, a sum's verb, coins and gaps."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a colon and a space end the sentence's clause, no clock time (a colon before a digit still is one)
        ("Attendance was 52,000: a record.", [(52000, None, None)]),
        ("The bill came to $52: a bargain.", [(52, "USD", None)]),
        ("Kick-off is at 19:45 tonight.", []),
        ("Update 1: Ex-Ahold CEO Says He Settled With SEC", []),  # a wire story's revision, a label
        # ... and a heading's numbered step, tip or reason before its colon, as "Chapter 3:" is
        ("Step 2: pour the batter into a greased tin.", []),
        ("Tip 4: book early.\nReason 3: prices rise in May.", []),
        ("Crowds 52,000: a record.", [(52000, None, None)]),
        # a rate's period is no label ("Week 100"): the count after it is read
        ("It cost £2 a week a hundred years ago.", [(2, "GBP", None), (100, None, "years")]),
        ("Tickets cost £3 a day 50 years ago.", [(3, "GBP", None), (50, None, "years")]),
        ("It happened in week 10 of the season.", []),
        # a currency's letters after a count are a thing's name ("one N95 a day" was 95 naira)
        ("Staff are given one N95 a day.", []),
        ("It pays the R350 a month grant.", [(350, "ZAR", None)]),
        # ... and after a verb, before a plural, a person's: the count is read ("cost KD 62 games" was none)
        ("The knee injury cost KD 62 games last season.", [(62, None, "games")]),
        ("Nike KD 16 sneakers sold out.", []),
        # a noun's sum, then its verb, counts nothing; nor does a sum's participle or its "plus"
        ("EPS of $1.20 missed estimates.", [(1.2, "USD", None)]),
        ("He signed a $212 million extension with $150 million guaranteed.",
         [(2.12e8, "USD", "extension"), (1.5e8, "USD", None)]),
        ("Liverpool agreed a fee of £116m plus £9m in add-ons.", [(1.16e8, "GBP", None), (9e6, "GBP", None)]),
        # a gerund's plural noun before a verb in the past tense
        ("Shareholders holding 10% voting rights backed the plan.", [(10, "percent", "rights")]),
        ("A $5m aid package approved by MPs.", [(5e6, "USD", "package")]),
        # coins counted by their tickers, as by their names
        ("A trader said he had sold 0.5 BTC at the peak.", [(0.5, None, "BTC")]),
        ("The exchange lost 4,000 ETH in the hack.", [(4000, None, "ETH")]),
        # ... not the same capitals before a noun they name: Musk's DOGE, the Zurich ETH
        ("Musk said the 19 DOGE staffers had resigned.", [(19, None, "staffers")]),
        ("A team of 12 ETH researchers built the robot.", [(12, None, "researchers")]),
        ("Some 200 ETH Zurich scientists signed it.", [(200, None, "scientists")]),
        # a gap to a mark counts nothing
        ("Mark Carney's Liberals won 169 seats, three short of a majority.", [(169, None, "seats"), (3, None, None)]),
        ("Its 301 MPs were 17 short of the number needed.", [(301, None, "MPs"), (17, None, None)]),
        ("Two short films won.", [(2, None, "films")]),
    ],
)
def test_recent_news_amounts(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part and its whole with no determiner between them, as results are written: both count the whole's noun
        ("Reform UK took 39 of 57 seats on the council.", [(39, None, "seats"), (57, None, "seats")]),
        ("He completed 18 of 27 passes.", [(18, None, "passes"), (27, None, "passes")]),
        # a noun's sum after "of", then a past tense spelt as its base form or a noun: the sum's verb, no object
        ("Nvidia's EPS of 85 cents beat estimates of 81 cents.", [(0.85, "USD", None), (0.81, "USD", None)]),
        ("Revenue of $4bn fell short of forecasts.", [(4e9, "USD", None)]),
        ("A $5m beat.", [(5e6, "USD", "beat")]),
        # ... but a goods' process before what was traded or seized is an adjective, singular or plural
        ("Imports of $4bn refined petroleum rose.", [(4e9, "USD", "petroleum")]),
        ("Imports of $4bn of refined petroleum rose.", [(4e9, "USD", "petroleum")]),
        ("EPS of $1.20 missed estimates.", [(1.2, "USD", None)]),
        # whom a loss costs, by a person's initials, then a count
        ("The hamstring injury cost AD 30 games last season.", [(30, None, "games")]),
        ("Tickets cost QR 50 for adults.", [(50, "QAR", None)]),
        ("The AD 30 coin was found.", []),
    ],
)
def test_parts_sums_verbs_and_initials(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)
