"""Amounts: a number word hyphenated to a currency before a name is a nickname; a track distance's "m" stays with
its number before "in" and a time; a race's "k" before a marathon; a sound's decibels; a hyphenated cent; "one <noun>
in N" a share of the noun."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found

Row = tuple[float, str | None, str | None]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a capitalised number word's currency before a name is a nickname (it was a sum counting the name)
        ("Meet Ten-Dollar Jack, the city's busiest busker.", []),
        ("Meet Five-Pound Fred, who sells tea.", []),
        # ... a note's, a weight's, or a lower-case noun after it is still a sum
        ("The Five-Pound Note Is Back", [(5, "GBP", "note")]),
        ("He paid with a five-dollar bill.", [(5, "USD", "bill")]),
    ],
)
def test_a_currencys_nickname_is_no_sum(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a distance's "m" before "in" and a time is metres (its number was read alone, of nothing)
        ("She ran the 5,000m in 14 minutes.", [(5000, "m", None), (14, None, "minutes")]),
        ("He won the 10,000m in 27 minutes.", [(10000, "m", None), (27, None, "minutes")]),
        # ... money near keeps it millions
        ("Sales hit £5m in 3 years.", [(5e6, "GBP", None), (3, None, "years")]),
        # a share still a share
        ("One in five adults smokes.", [(20, "percent", "adults")]),
        # a marathon's "k" is kilometres (it was 21,000 marathons)
        ("He finished a 42k marathon in Berlin.", [(42, "km", "marathon")]),
        # decibels are a unit (they were what the number counted)
        ("Noise of 85 decibels was recorded.", [(85, "dB", None)]),
    ],
)
def test_track_distances_marathons_and_decibels(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cent hyphenated to its number is a coin's or a wage's worth in hundredths (they were none)
        ("A 50-cent raise was agreed.", [(0.5, "USD", "raise")]),
        ("Workers won a fifty-cent-an-hour raise.", [(0.5, "USD", "raise")]),
        # ... "cent" apart from its number is no currency: a name's, as often
        ("He owes 50 cent.", [(50, None, "cent")]),
        ("It rose 5 per cent.", [(5, "percent", None)]),
    ],
)
def test_a_hyphenated_cent_is_a_sum(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # "one <noun> in N" before a verb is a share of the noun (it was N counting the verb, or N of nothing)
        ("One dollar in five goes abroad.", [(20, "percent", "dollar")]),
        ("One pound in every four is spent on rent.", [(25, "percent", "pound")]),
        ("Over 20 years one household in three will be new.", [(20, None, "years"), (100 / 3, "percent", "household")]),
        # ... a noun after N is what N counts
        ("He has one win in 14 league games.", [(14, None, "games")]),
        ("He scored one goal in five matches.", [(5, None, "matches")]),
        ("One dollar in 5 years is lost.", [(5, None, "years")]),
    ],
)
def test_one_noun_in_n_is_a_share(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)
