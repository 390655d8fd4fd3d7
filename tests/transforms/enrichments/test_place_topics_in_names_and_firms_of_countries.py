"""A nation's adjective and a firm's line inside a longer name (a body's subject, the nation), a country's own name
inside a firm's name (the country, as GDELT counts a text's place names), and South Africa's North West Province."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.place_rows import found

US = ("American", "United States", "country", "US")


@pytest.mark.parametrize(("text", "rows"), [
    # a think tank's subject, the adjective and "Life" inside its longer name: the nation
    ("The Pew Internet and American Life Project said 60 percent of adults use email.", [US]),
    ("A survey by the Pew Internet and American Life Project found teens blog.", [US]),
    # ... where firms named side by side, or a firm's name that ends at its line, stay the firms'
    ("Standard Life and Scottish Widows merged their pension arms last year, the companies said.", []),
    ("The firm bought Scottish Power and Welsh Water last year, regulators were told on Tuesday.", []),
    ("Scottish Power customers in Glasgow lost supply.", [("Glasgow", "Glasgow", "city", "GB")]),
])
def test_a_nations_adjective_inside_a_longer_name_is_the_nation_a_firms_name_is_none(
        text: str, rows: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == rows


@pytest.mark.parametrize(("text", "row"), [
    ("Air India ordered 30 more Airbus jets.", ("India", "India", "country", "IN")),
    ("Qatar Airways' results beat forecasts.", ("Qatar", "Qatar", "country", "QA")),
    ("Japan Tobacco raised prices.", ("Japan", "Japan", "country", "JP")),
    ("Bank of America cut jobs.", ("America", "United States", "country", "US")),
    ("Singapore Airlines posted a profit.", ("Singapore", "Singapore", "country", "SG")),
])
def test_a_countrys_own_name_inside_a_firms_name_is_the_country(text: str, row: tuple[str, str, str, str]) -> None:
    assert found(text) == [row]


@pytest.mark.parametrize("text", ["North West Province's premier resigned.",
                                  "Violence flared in Mahikeng, the capital of North West Province, on Friday."])
def test_north_west_province_is_south_africas_wherever_it_is_named(text: str) -> None:
    assert ("North West Province", "North West Province", "region", "ZA") in found(text)


def test_a_bare_north_west_still_needs_its_country_named() -> None:
    assert found("Floods hit the North West on Sunday.") == []


def test_a_lake_shared_by_countries_is_no_row() -> None:
    # the water is no one country's: a row of one of Lake Victoria's three would be wrong twice in three
    assert found("Fishermen on Lake Victoria said catches fell.") == []
