"""An area's or a volume's unit as wire copy abbreviates it ("3 km²", "300 sq km") is a unit; a measure's or a sum's
rate before its "of" ("32 million tonnes a year of LNG capacity") counts what follows the "of"; a town's council in
lower case ("Lower Hutt council") spends its town's dollar; Mongolia's soums are districts, counted, not money."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The fire destroyed 3 km² of forest.", (3, "km²", "forest")),
        ("The wildfire has burned 1,200 sq km of bush.", (1200, "km²", "bush")),
        ("The new office has 5,000 sq ft of space.", (5000, "ft²", "space")),
        ("It holds 40 m³ of water.", (40, "m³", "water")),
        ("The park covers 12 sq miles.", (12, "mi²", None)),
    ],
)
def test_an_area_or_volume_symbol_is_its_unit(text: str, expected: tuple) -> None:
    assert found(text) == [(pytest.approx(expected[0]), expected[1], expected[2])]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Qatar will add 32 million tonnes a year of LNG capacity.", (32e6, "t", "capacity")),
        ("The ministry set aside $40m a year of funding for schools.", (40e6, "USD", "funding")),
        ("The pipeline will carry 55 billion cubic metres a year of gas.", (55e9, "m³", "gas")),
        # no "of" after the rate: nothing read past it
        ("He paid $2m a year in rent.", (2e6, "USD", None)),
        ("The plant makes 3 million tonnes a year, of which half is exported.", (3e6, "t", None)),
    ],
)
def test_a_rate_before_of_counts_what_the_of_names(text: str, expected: tuple) -> None:
    assert found(text) == [(pytest.approx(expected[0]), expected[1], expected[2])]


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Lower Hutt council will spend $12 million on pipes.", "NZD"),
        ("The Hutt city council spent $4m.", "NZD"),
        ("Nelson city council will spend $6 million on the port.", "NZD"),
        # no town's name before "council", or a name of towns in several countries: the "$" as it was
        ("The city council will spend $12 million on pipes.", "USD"),
        ("Paris council spent $4m on parks.", "USD"),
        ("The Security Council approved $4m in aid.", "USD"),
    ],
)
def test_a_towns_council_in_lower_case_spends_its_dollar(text: str, unit: str) -> None:
    assert [u for _, u, _ in found(text)] == [unit]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mongolia has 330 soums.", (330, None, "soums")),
        ("Uzbekistan will spend 5 billion soums on roads.", (5e9, "UZS", None)),
    ],
)
def test_soums_are_counted_where_no_country_of_the_som_is_named(text: str, expected: tuple) -> None:
    assert found(text) == [(pytest.approx(expected[0]), expected[1], expected[2])]
