"""Admin regions news names alone: England's Norfolk where Britain is named, Kenya's counties and Nigeria's states of
no town's name, New York's state by its offices, and a squad's surname that is a town."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.place_rows import found


@pytest.mark.parametrize(("text", "expected"), [
    ("Flooding hit Norfolk, England, on Monday.",
     [("Norfolk", "Norfolk", "region", "GB"), ("England", "England", "region", "GB")]),
    ("Councils in Norfolk, Kent and Cornwall must plan for 5,000 new homes.",
     [("Norfolk", "Norfolk", "region", "GB"), ("Kent", "Kent", "region", "GB"),
      ("Cornwall", "Cornwall", "region", "GB")]),
    ("Police in Norfolk and Suffolk are searching for the man.",
     [("Norfolk", "Norfolk", "region", "GB"), ("Suffolk", "Suffolk", "region", "GB")]),
])
def test_norfolk_is_englands_county_where_britain_is_named(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The carrier returned to Norfolk, Virginia.",
     [("Norfolk", "Norfolk", "city", "US"), ("Virginia", "Virginia", "region", "US")]),
    ("Sailors in Norfolk were told by the US Navy.",
     [("Norfolk", "Norfolk", "city", "US"), ("US", "United States", "country", "US")]),
    ("The Navy base at Norfolk was busy.", []),
    ("Norfolk Southern shares rose 2%.", []),
])
def test_norfolk_is_no_english_county_in_american_news_or_alone(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Livestock are dying across the northern county of Turkana, officials said.",
     [("Turkana", "Turkana", "region", "KE")]),
    ("Herders clashed with ranchers in Laikipia on Friday.", [("Laikipia", "Laikipia", "region", "KE")]),
    ("Floods swept through Taita Taveta county.", [("Taita Taveta", "Taita-Taveta", "region", "KE")]),
    ("Maize farmers in Trans Nzoia want better prices.", [("Trans Nzoia", "Trans Nzoia", "region", "KE")]),
    ("Gunmen killed five people in Imo on Tuesday.", [("Imo", "Imo", "region", "NG")]),
    ("The governor of Abia promised new roads.", [("Abia", "Abia", "region", "NG")]),
])
def test_kenyas_counties_and_nigerias_states_are_named_alone(text: str, expected: list) -> None:
    assert found(text) == expected


def test_an_acronym_is_no_state() -> None:
    assert found("The IMO said shipping emissions must fall.") == []


@pytest.mark.parametrize("text", [
    "New York Governor Kathy Hochul said the budget would pass.",
    "New York Gov. Kathy Hochul signed it.",
    "New York's legislature passed the bill.",
    "New York Senator Charles Schumer said he was told.",
    "New York Attorney General Letitia James sued.",
])
def test_new_yorks_state_offices_name_the_state(text: str) -> None:
    assert found(text) == [("New York", "New York", "region", "US")]


@pytest.mark.parametrize(("text", "expected"), [
    ("New York Mayor Eric Adams said.", [("New York", "New York City", "city", "US")]),
    ("The New York Knicks won.", [("New York", "New York City", "city", "US")]),
    ("It was a New York state of mind.", []),
    ("It was a New York State of Mind.", []),
    ("New York state officials said.", [("New York state", "New York", "region", "US")]),
])
def test_new_yorks_city_and_a_state_of_mind_are_no_state(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_squads_surname_is_no_town_though_other_surnames_are_towns_abroad() -> None:
    squad = "Squad: Smith, Jones, Brown, Taylor, Williams, Wilson, Evans, Thomas, Worthing."
    assert found(squad, "The match is in West Sussex.") == [("West Sussex", "West Sussex", "region", "GB")]


def test_a_line_of_one_countrys_towns_after_a_colon_stays_towns() -> None:
    stops = "Stops: Crawley, Horsham, Worthing, Shoreham, Lancing, Steyning, Henfield, Burgess Hill."
    assert [row[0] for row in found("The route runs across West Sussex.", stops)] == [
        "West Sussex", "Crawley", "Horsham", "Worthing", "Lancing", "Burgess Hill"]
