"""A nation's adjective inside a firm's name, the South West of the countries that have one, Nigeria's states written
"X State" with the whole name as their text, and a person after a place's possessive or a firm after "General"."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.place_rows import found


@pytest.mark.parametrize(("text", "places"), [
    ("Welsh Water said supplies in Gwynedd were restored.", ["Gwynedd"]),
    ("Scottish Power raised its prices on Monday.", []),
    ("Irish Life reported higher profits.", []),
    ("British Airways cancelled flights to Rome.", ["Rome"]),
    ("Swiss Re cut its catastrophe estimate.", []),
    ("Scottish Widows raised its pension charges.", []),
])
def test_a_nations_adjective_before_what_a_firm_sells_is_the_firms_name(text: str, places: list[str]) -> None:
    assert [row[0] for row in found(text)] == places


@pytest.mark.parametrize(("text", "row"), [
    ("Welsh farmers protested.", ("Welsh", "Wales", "region", "GB")),
    ("British troops left.", ("British", "United Kingdom", "country", "GB")),
    ("The Indian Air Force flew relief.", ("Indian", "India", "country", "IN")),
    ("The Scottish Government said.", ("Scottish", "Scotland", "region", "GB")),
    ("Japanese power companies raised prices.", ("Japanese", "Japan", "country", "JP")),
    # a headline capitalises every noun: the country's rail cars, no firm
    ("Philippine Rail Cars Crash Into Ravine", ("Philippine", "Philippines", "country", "PH")),
])
def test_a_nations_adjective_before_other_words_names_the_nation(text: str, row: tuple[str, str, str, str]) -> None:
    assert found(text) == [row]


@pytest.mark.parametrize(("paragraphs", "code"), [
    (["Floods hit the South West on Sunday.", "The Met Office said Britain would see more rain."], "GB"),
    (["Separatists attacked a school in the South West region.", "Cameroon's army said five died."], "CM"),
])
def test_the_south_west_is_the_region_of_the_country_its_article_names(paragraphs: list[str], code: str) -> None:
    assert ("South West", "South West", "region", code) in found(*paragraphs)


@pytest.mark.parametrize("paragraphs", [["Floods hit the South West on Sunday."], ["South West Trains raised fares."]])
def test_the_south_west_alone_is_no_region(paragraphs: list[str]) -> None:
    assert found(*paragraphs) == []


@pytest.mark.parametrize(("text", "row"), [
    ("Gunmen attacked a village in Zamfara State.", ("Zamfara State", "Zamfara", "region", "NG")),
    ("Gunmen attacked a village in Akwa Ibom State.", ("Akwa Ibom State", "Akwa Ibom", "region", "NG")),
    ("Gunmen attacked a village in Imo State.", ("Imo State", "Imo", "region", "NG")),
    ("Gunmen attacked a village in Zamfara.", ("Zamfara", "Zamfara", "region", "NG")),
    ("Gunmen attacked a village in Kano State.", ("Kano State", "Kano State", "region", "NG")),
])
def test_a_nigerian_state_is_one_row_whether_written_with_state_or_not(text: str, row: tuple[str, ...]) -> None:
    assert found(text) == [row]


@pytest.mark.parametrize(("text", "places"), [
    ("Missouri's Bob Ferguson sued.", ["Missouri"]),
    ("Ohio's Jim Jordan said.", ["Ohio"]),
    ("General Motors Detroit plant will close next year.", ["Detroit"]),
])
def test_a_name_after_a_possessive_and_a_first_name_is_a_persons_and_general_motors_a_firm(
        text: str, places: list[str]) -> None:
    assert [row[0] for row in found(text)] == places
