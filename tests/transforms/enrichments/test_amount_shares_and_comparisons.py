"""Amounts of 2025-26 news: a hedged share without "of", a comparison's "m", a count before a compound of a kind,
goods' participles, a forecast's bare "C" and a whole named before its verb."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[float, str | None, str | None, bool]]:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return [(round(v, 3), u, o, a) for v, u, o, a in zip(
        rows["value"], rows["unit"], rows["object"], rows["approximate"], strict=True)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share a hedge says, with no "of", where its phrase ends or before a preposition (it was none)
        ("Turnout was just under two-thirds, the commission said.", [(66.667, "percent", None, True)]),
        ("Almost a quarter, 22%, said so.", [(25, "percent", None, True), (22, "percent", None, False)]),
        ("Sales fell nearly three quarters in 2025.", [(75, "percent", None, True)]),
        # ... and "half" before a determiner, of the noun after it, as "half of the nation" is
        ("More than half the nation voted.", [(50, "percent", "nation", True)]),
        ("It trades at less than half its peak.", [(50, "percent", "peak", True)]),
        ("Retired women have just over half the income of men.", [(50, "percent", "income", True)]),
        # ... not without a hedge or "by": an idiom, a kind, a count, a clock's quarter
        ("That is half the battle.", []),
        ("It was a third party.", []),
        ("The preceding three quarters.", [(3, None, "quarters", False)]),
        ("We met at about a quarter to six.", []),  # a clock time: its hour is no count either (it was 6)
        # "by" with no hedge, as before
        ("Prices rose by a third in two years.", [(33.333, "percent", None, False), (2, None, "years", False)]),
    ],
)
def test_a_hedged_share_needs_no_of(text: str, expected: list[tuple[float, str | None, str | None, bool]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a comparison's second amount is in the first's unit: millions of passengers (200 was metres)
        ("Ryanair expects to carry 215m passengers in the year to March, up from 200m, and cut fares by 7%.",
         [(2.15e8, None, "passengers", False), (2e8, None, None, False), (7, "percent", None, False)]),
        ("Netflix added 19m subscribers, against 13m a year earlier.",
         [(1.9e7, None, "subscribers", False), (1.3e7, None, None, False)]),
        # ... and metres stay metres
        ("She jumped 7.1m, up from 6.9m last year.", [(7.1, "m", None, False), (6.9, "m", None, False)]),
    ],
)
def test_a_comparison_takes_the_earlier_amounts_m(
        text: str, expected: list[tuple[float, str | None, str | None, bool]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a count a hyphenated count names a kind of what it counts (it counted 2 seats too)
        ("The air force ordered 24 two-seat jet trainers.", [(24, None, "trainers", False)]),
        ("The navy ordered 12 two-seat jet fighters.", [(12, None, "fighters", False)]),
        # ... while alone it counts a whole's parts, as before; and a kind of flat is none
        ("A 12-member jury sat in 2025.", [(12, None, "members", False)]),
        ("A two-bedroom flat now costs AED 150,000 to AED 180,000 a year.",
         [(150000, "AED", None, False), (180000, "AED", None, False)]),
    ],
)
def test_a_count_before_a_compound_of_a_kind(
        text: str, expected: list[tuple[float, str | None, str | None, bool]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a goods' participle spelt as its verb's past tense, before the goods (it counted nothing)
        ("Kenya's imports of $2bn cut flowers fell last year.", [(2e9, "USD", "flowers", False)]),
        ("Antwerp traded $40m cut diamonds.", [(4e7, "USD", "diamonds", False)]),
        # ... a verb still before anything else
        ("A loss of $5m cut profits.", [(5e6, "USD", None, False)]),
    ],
)
def test_goods_participles(text: str, expected: list[tuple[float, str | None, str | None, bool]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a forecast's words speak of temperature: a bare "C" is degrees (the range was none)
        ("The Met Office said highs of 34–36C were likely on Saturday.",
         [(34, "°C", None, False), (36, "°C", None, False)]),
        ("Overnight lows of -4C are forecast.", [(-4, "°C", None, False)]),
        # ... and where nothing does, a flat's name is none, as before
        ("Police were called to flat 4C on Monday.", []),
        # ... nor a "chilling effect", no chill of the weather's (Article 5C was 5 degrees)
        ("The chilling effect of Article 5C worries publishers.", []),
        ("A wind chill of -12C is expected.", [(-12, "°C", None, False)]),
    ],
)
def test_a_forecasts_bare_c(text: str, expected: list[tuple[float, str | None, str | None, bool]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a whole's name or adjective before a verb in "-s" is the whole's noun (they counted the verb)
        ("Some 40% of the UK wants a ban.", [(40, "percent", "UK", True)]),
        ("40% of the public backs the plan.", [(40, "percent", "public", False)]),
        # ... while before a noun it is the noun's
        ("5% of UK adults say so.", [(5, "percent", "adults", False)]),
        ("Half of the public sector is unionised.", [(50, "percent", "sector", False)]),
    ],
)
def test_a_whole_named_before_its_verb(text: str, expected: list[tuple[float, str | None, str | None, bool]]) -> None:
    assert found(text) == expected
