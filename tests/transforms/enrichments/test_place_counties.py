"""A US county's name is a mention of its state: which state, and when none."""

from __future__ import annotations

import numpy as np
import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch
from transforms.enrichments.geonames import CITY, REGION, Place
from transforms.enrichments.place_counties import county_mentions, county_places


def named(*paragraphs: str) -> list[tuple[str, str]]:
    """Return (text as written, name) of every place found in one article's paragraphs."""
    rows = places.rows(ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))],
                                      ["a"] * len(paragraphs)))
    return list(zip(rows["text"], rows["name"], strict=True))


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("Santa Ana winds destroyed homes in Los Angeles County.",), [("Los Angeles County", "California")]),
    (("Harris County officials in Houston said.",), [("Harris County", "Texas"), ("Houston", "Houston")]),
    (("Jefferson Parish Sheriff Harry Lee spoke in New Orleans.",),
     [("Jefferson Parish", "Louisiana"), ("New Orleans", "New Orleans")]),
    # a name of counties in several states: the state its article names, in any paragraph
    (("Voters in Orange County backed him.", "Florida's governor conceded."),
     [("Orange County", "Florida"), ("Florida", "Florida")]),
    (("Voters in Orange County backed him.", "The governor of California conceded."),
     [("Orange County", "California"), ("California", "California")]),
    # ... and none where the article names two of them, or none
    (("Voters in Orange County backed him.", "Florida and California are key states."),
     [("Florida", "Florida"), ("California", "California")]),
    (("Voters in Orange County backed him, the US network said.",), [("US", "United States")]),
    # the state written after it is the one mention
    (("Prosecutors in Cook County, Illinois, charged the officer.",), [("Illinois", "Illinois")]),
    (("Prosecutors in Cook County Illinois charged him.",), [("Illinois", "Illinois")]),
    # Washington state, whose bare name the gazetteer gives the capital alone
    (("Officials in King County said Seattle grew.",), [("King County", "Washington"), ("Seattle", "Seattle")]),
], ids=["one-state", "houston", "parish", "its-state", "other-state", "two-states", "no-state", "state-after",
        "no-comma", "washington-state"])
def test_a_county_is_its_state(paragraphs: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    assert named(*paragraphs) == expected


def test_a_county_needs_a_us_story() -> None:
    """A county's name of no US city ("Cook") is its state only where its article names a US place: British news
    writes "Durham County Council" and "Kent County Cricket Club"."""
    assert named("Prosecutors in Cook County charged the officer.") == []
    assert named("Prosecutors in Cook County charged the officer in Chicago.") == [
        ("Cook County", "Illinois"), ("Chicago", "Chicago")]


def test_a_county_of_another_countrys_place_stays_that_place() -> None:
    """A county's name the article reads as another country's place is that place, no US state."""
    text = "Kent County Council met. The US firm Acme is in Kent County."
    counties = county_mentions(text)
    kent = Place("Kent", REGION, "GB")
    us = Place("United States", "country", "US")
    found, inside = county_places(text, counties, [0, 0], np.array([0, 29]), np.array([4, 31]), [0, 0],
                                  [kent, us], set())
    assert found == [] and not inside.any()  # Kent County is in five states: the article names none
    delaware = Place("Delaware", REGION, "US", admin1="DE")
    found, _ = county_places(text + " Delaware", counties, [0, 0], np.array([0, 29, 61]), np.array([4, 31, 69]),
                             [0, 0, 0], [kent, us, delaware], set())
    assert [(text[c.start:c.end], c.state.name) for c in found] == [("Kent County", "Delaware")]  # not the GB one


def test_a_us_city_inside_a_countys_name_is_no_mention() -> None:
    """"Miami" of "Miami-Dade County" was Miami the city; it is the county's, Florida."""
    assert named("Miami-Dade County officials ordered evacuations.") == [("Miami-Dade County", "Florida")]
    miami = Place("Miami", CITY, "US", admin1="FL")
    text = "Miami-Dade County officials"
    _, inside = county_places(text, county_mentions(text), [0], np.array([0]), np.array([5]), [0], [miami], set())
    assert inside.tolist() == [True]


@pytest.mark.parametrize(("text", "expected"), [
    # a county named after another country's place: Canada's capital, England's county and city
    ("Deputies in Ottawa County, Mich., arrested two men.", [("Mich.", "Michigan")]),
    ("Deputies in Kent County, Mich., arrested two men.", [("Mich.", "Michigan")]),
    ("Deputies in Durham County, N.C., arrested two men.", [("N.C.", "North Carolina")]),
    ("Deputies in Ottawa County, Ohio, arrested two men.", [("Ohio", "Ohio")]),
])
def test_a_county_with_its_state_after_it_is_no_other_countrys_place(text: str,
                                                                      expected: list[tuple[str, str]]) -> None:
    """"Ottawa County, Mich." was Ottawa, Canada, and Michigan: a county's name is no city of its name in the US
    ("Maricopa County, Ariz."), nor in another country where its US state follows it."""
    assert named(text) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("Wildfires spread across Orange and Los Angeles counties.",),
     [("Orange", "California"), ("Los Angeles", "California")]),
    (("Flooding hit Broward, Miami-Dade and Palm Beach counties.",),
     [("Broward", "Florida"), ("Miami-Dade", "Florida"), ("Palm Beach", "Florida")]),
    (("Schools closed in Orleans and Jefferson parishes, New Orleans officials said.",),
     [("Orleans", "Louisiana"), ("Jefferson", "Louisiana"), ("New Orleans", "New Orleans")]),
    # ... and none where the article names none of them: a city of the county's name is no support
    (("Polls closed in Orange and Osceola counties in the US.",), [("US", "United States")]),
    # a name of counties in several states: the one its article names, as for "Orange County"
    (("Polls closed in Orange and Osceola counties.", "Florida's governor conceded."),
     [("Orange", "Florida"), ("Osceola", "Florida"), ("Florida", "Florida")]),
])
def test_counties_named_together_are_each_a_county(paragraphs: tuple[str, ...],
                                                   expected: list[tuple[str, str]]) -> None:
    """"Orange and Los Angeles counties" were the cities of Orange and Los Angeles: each is a county, a mention of
    its state."""
    assert named(*paragraphs) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Floods hit County Durham and Cumbria.", [("County Durham", "County Durham"), ("Cumbria", "Cumbria")]),
    ("A farmer from Co. Cork and one from County Down.", [("Co. Cork", "County Cork"), ("County Down", "County Down")]),
    ("Derry Girls is set in County Derry.", [("County Derry", "County Londonderry")]),
])
def test_irish_counties_and_county_durham_are_regions(text: str, expected: list[tuple[str, str]]) -> None:
    assert named(text) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # Jamaica's parishes of Louisiana's parishes' names, in a story that names a US city
    (("Hurricane Melissa flattened homes in St. Mary and St. James parishes in Jamaica, the hurricane center in "
      "Miami said.",), [("Jamaica", "Jamaica"), ("Miami", "Miami")]),
    (("St. James Parish, Jamaica, was flattened, the hurricane center in Miami said.",),
     [("Jamaica", "Jamaica"), ("Miami", "Miami")]),
    (("He was born in Durham County, England, and moved to Texas.",), [("England", "England"), ("Texas", "Texas")]),
    # ... while a US state after the list or the county keeps it the US's
    (("Floods hit St. Mary and St. James parishes in Louisiana, officials in Miami said.",),
     [("St. Mary", "Louisiana"), ("St. James", "Louisiana"), ("Louisiana", "Louisiana"), ("Miami", "Miami")]),
])
def test_a_county_or_list_with_another_country_after_it_is_no_us_county(paragraphs: tuple[str, ...],
                                                                      expected: list[tuple[str, str]]) -> None:
    """"St. Mary and St. James parishes in Jamaica" were Louisiana's, as "Durham County, England" was North
    Carolina's, where the story named a US place: the country written after them is theirs."""
    assert named(*paragraphs) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("Cobb County, Ga., officials said the count was over.",), [("Ga.", "US")]),
    (("Fulton County, Georgia, prosecutors charged him.",), [("Georgia", "US")]),
    (("Officials in Cobb County, GA, said.",), [("GA", "US")]),
    (("Cobb and Gwinnett counties in Georgia reported delays.",),
     [("Cobb", "US"), ("Gwinnett", "US"), ("Georgia", "US")]),
    # the country stays the country elsewhere, and after a county of no Georgia's
    (("Protesters in Tbilisi, Georgia, marched.",), [("Tbilisi", "GE"), ("Georgia", "GE")]),
    (("He was born in Durham County, Georgia, and moved to Tbilisi.",), [("Georgia", "GE"), ("Tbilisi", "GE")]),
])
def test_a_state_after_its_county_is_the_us_state(paragraphs: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    """"Fulton County, Georgia" and "Cobb County, Ga." were the country Georgia where the story named no other US
    place: a state after a county of it is the US state, as after a city of it ("Atlanta, Ga.")."""
    rows = places.rows(ParagraphBatch(list(paragraphs), ["p"] * len(paragraphs), ["a"] * len(paragraphs)))
    assert list(zip(rows["text"], rows["country_code"], strict=True)) == expected
