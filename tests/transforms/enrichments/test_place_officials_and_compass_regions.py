"""A person's name after an official's title, the North West of the three countries that have one, Nigeria's states
written "X State", and firms and lakes named after a place."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.place_rows import found


@pytest.mark.parametrize(("text", "state"), [
    ("Washington Attorney General Bob Ferguson sued.", "Washington"),
    ("Washington Attorney General Ferguson sued.", "Washington"),
    ("Missouri Gov. Mike Parson met Gov. Bob Ferguson.", "Missouri"),
])
def test_a_name_after_an_officials_title_is_a_persons_whatever_the_state(text: str, state: str) -> None:
    assert [row[0] for row in found(text)] == [state]


def test_a_town_of_an_officials_name_stays_a_town_where_it_is_introduced() -> None:
    assert [row[0] for row in found("Protesters marched in Ferguson, Missouri, on Monday.")] == ["Ferguson", "Missouri"]


@pytest.mark.parametrize(("paragraphs", "code"), [
    (["Floods hit the North West on Sunday.", "The Met Office said Britain would see more rain."], "GB"),
    (["Floods hit the North West on Sunday.", "South Africa's weather service warned of more."], "ZA"),
    (["Separatists attacked a school in the North West region.", "Cameroon's army said five died."], "CM"),
])
def test_the_north_west_is_the_region_of_the_country_its_article_names(paragraphs: list[str], code: str) -> None:
    assert ("North West", "North West", "region", code) in found(*paragraphs)


@pytest.mark.parametrize("paragraphs", [
    ["Floods hit the North West on Sunday."],
    ["The seats are Bristol West, Leeds North West and Cambridge.", "Britain votes in May."],
    ["Kenya's North West is dry."],
])
def test_the_north_west_alone_or_in_a_seats_name_is_no_region(paragraphs: list[str]) -> None:
    assert "North West" not in [row[0] for row in found(*paragraphs)]


@pytest.mark.parametrize(("text", "state"), [
    ("Police in Bauchi State arrested 20 people.", "Bauchi State"),
    ("The Enugu State government closed schools.", "Enugu State"),
    ("Gunmen attacked a village in Gombe State.", "Gombe State"),
    ("Ondo State governor spoke.", "Ondo State"),
    ("Oyo State police said.", "Oyo State"),
])
def test_nigerias_states_named_after_their_capitals_are_states_with_state(text: str, state: str) -> None:
    assert found(text) == [(state, state, "region", "NG")]


def test_nigerias_capital_cities_alone_stay_cities() -> None:
    assert found("Traders in Enugu, Nigeria, went on strike.")[0][1:] == ("Enugu", "city", "NG")


@pytest.mark.parametrize(("text", "expected"), [
    ("Norfolk Southern shares rose, the New York Stock Exchange said.", ["New York"]),
    ("Fishermen on Lake Turkana say the water is rising.", []),
])
def test_a_firm_or_a_lake_named_after_a_place_is_no_place(text: str, expected: list[str]) -> None:
    assert [row[0] for row in found(text)] == expected


def test_a_state_of_no_towns_name_written_with_state_is_the_state() -> None:
    assert found("Imo State governor Hope Uzodimma said.") == [("Imo State", "Imo", "region", "NG")]
