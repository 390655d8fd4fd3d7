"""Square and cubic units are units ("10 billion cubic metres" → m³), a count whose noun is elided after "and"
takes the noun of the count it is coordinated with ("Three people were killed and 11 injured" → 11 people), a
dollar council of a gazetteer town, Gulf dirhams written "Dh" before a number, the currencies of Central Asia and
Mongolia, and cents under a rand's or a Fijian dollar's dateline; a ratio before a participle stays a ratio."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Israel will raise gas exports to Egypt to 10 billion cubic metres a year.", (10e9, "m³")),
        ("The reservoir holds 40 million cubic feet of water.", (40e6, "ft³")),
        ("The fire burned 300 square kilometres of forest.", (300, "km²")),
        ("The estate covers 12 square miles.", (12, "mi²")),
        ("The flat has 85 square metres of floor.", (85, "m²")),
    ],
)
def test_square_and_cubic_units_are_units_not_objects(text: str, expected: tuple) -> None:
    value, unit, _ = found(text)[0]
    assert (value, unit) == (pytest.approx(expected[0]), expected[1])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Three people were killed and 11 injured when debris hit a building.", ["people", "people"]),
        ("Two soldiers died and four wounded in the attack.", ["soldiers", "soldiers"]),
    ],
)
def test_a_count_before_a_participle_after_and_takes_its_partners_noun(text: str, expected: list) -> None:
    assert [o for _, _, o in found(text)] == expected


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Hutt City Council will spend $12 million on new stormwater pipes.", "NZD"),
        ("Porirua City Council will spend $3 million on a pool.", "NZD"),
        ("Toowoomba Regional Council approved $40 million for roads.", "AUD"),
        ("Hamilton City Council will spend $5 million on parks.", "USD"),  # New Zealand's, Canada's, Ohio's
        ("Austin City Council will spend $12 million on parks.", "USD"),
    ],
)
def test_a_council_of_one_dollar_countrys_town_spends_its_dollar(text: str, unit: str) -> None:
    assert [u for _, u, _ in found(text)] == [unit]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Later, Dh5 fees rose.", (5, "AED")),
        ("Tajikistan will spend 5 billion somoni on roads.", (5e9, "TJS")),
        ("Mongolia will borrow 100 billion tugrik for the mine.", (100e9, "MNT")),
        ("Uzbekistan will spend 10 trillion soums on schools.", (10e12, "UZS")),
        ("JOHANNESBURG - Petrol will rise by 40 cents a litre.", (0.4, "ZAR")),
        ("SUVA - Fares rise by 20 cents.", (0.2, "FJD")),
    ],
)
def test_more_currencies_by_word_letter_and_dateline(text: str, expected: tuple) -> None:
    value, unit, _ = found(text)[0]
    assert (value, unit) == (pytest.approx(expected[0]), expected[1])


def test_a_dollar_under_a_rand_dateline_stays_us() -> None:
    assert [u for _, u, _ in found("JOHANNESBURG - Gold rose to $2,400 an ounce.")] == ["USD"]


def test_a_ratio_before_a_participle_phrase_stays_a_ratio() -> None:
    assert found("One voter in five backs the plan unveiled on Monday.") == [(pytest.approx(20), "percent", "voter")]
