"""Places: a route's two ends ("from Buffalo to Miami"), a place a storm struck beside a sure place ("Floods hit
Cologne and Akron"), a journey's news town its famous self beside a far city, and Greek cities as English writes
them."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def _places(text: str) -> list[tuple[str, str]]:
    rows = places.rows(ParagraphBatch([text], ["p0"], ["a0"]))
    return sorted(zip(rows["text"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    ("Flights from Buffalo to Miami were cancelled.", [("Buffalo", "US"), ("Miami", "US")]),
    ("Trains ran from Portland to Salem on Monday.", [("Portland", "US"), ("Salem", "US")]),
    ("Buses ran from Leeds to Bradford.", [("Bradford", "GB"), ("Leeds", "GB")]),
])
def test_a_routes_two_ends_are_read_as_a_pair_of_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He passed the ball from Tyler to Warren.", []),  # a ball's "from": players
    ("Trains ran from Salem to the coast.", []),  # one town: still needs its country
])
def test_a_balls_from_or_a_lone_town_is_no_route(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Flights from Manchester to Chicago were delayed.", [("Chicago", "US"), ("Manchester", "GB")]),
    ("Flights from Liverpool to Chicago resumed.", [("Chicago", "US"), ("Liverpool", "GB")]),
])
def test_a_journeys_news_town_beside_a_far_city_is_its_famous_self(text: str, expected: list[tuple[str, str]]) -> None:
    # Chicago's US lifted England's Manchester to New Hampshire's
    assert _places(text) == expected


def test_a_news_towns_namesake_near_a_small_town_on_its_route_is_that_namesake() -> None:
    assert _places("Flights from Manchester to Concord were full.") == [("Concord", "US"), ("Manchester", "US")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Floods hit Cologne and Akron.", [("Akron", "US"), ("Cologne", "DE")]),
    ("Storms battered Hamburg and Memphis.", [("Hamburg", "DE"), ("Memphis", "US")]),
])
def test_a_place_a_storm_struck_beside_a_sure_place_is_its_dominant_city(text: str,
                                                                        expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


def test_a_striking_verbs_object_that_is_a_persons_name_too_stays_unread() -> None:
    assert _places("Floods hit Tyler and Cologne.") == [("Cologne", "DE")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Clashes near Athens and Patras left two hurt.", [("Athens", "GR"), ("Patras", "GR")]),
    ("Wildfires hit Athens and Heraklion.", [("Athens", "GR"), ("Heraklion", "GR")]),
])
def test_greek_cities_as_english_news_spells_them(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected
