"""Places: the Pacific territories' seats named alone, two towns a journey's verb lists, a city's A-League club."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def _places(text: str) -> list[tuple[str, str]]:
    rows = places.rows(ParagraphBatch([text], ["p0"], ["a0"]))
    return sorted(zip(rows["text"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    ("A new hotel opened in Noumea, New Caledonia.", [("New Caledonia", "NC"), ("Noumea", "NC")]),
    ("Talks in Papeete and Noumea stalled.", [("Noumea", "NC"), ("Papeete", "PF")]),
    ("Flights to Avarua resumed.", [("Avarua", "CK")]),
])
def test_territory_seats_are_read_alone_and_without_accents(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


def test_two_towns_a_tour_lists_share_their_one_country() -> None:
    assert _places("The Earl of Wessex toured Kingston and Spanish Town.") == [("Kingston", "JM"),
                                                                               ("Spanish Town", "JM")]


def test_a_visit_to_people_is_no_pair_of_towns() -> None:
    assert _places("He visited Burton and Taylor at their home.") == []


def test_wellington_phoenix_is_new_zealands_capital() -> None:
    assert _places("The Wellington Phoenix beat Sydney FC 2-1.") == [("Sydney", "AU"), ("Wellington", "NZ")]


def test_a_lone_wellington_names_no_country() -> None:
    # England's and Florida's Wellingtons are as often meant: the small-city rules read it, as Kingston
    assert _places("Officials in Wellington said the budget would pass.") == []


def test_a_large_city_beside_a_news_town_is_that_towns_countrys_namesake() -> None:
    assert _places("Snow fell near Perth and Dundee on Sunday.") == [("Dundee", "GB"), ("Perth", "GB")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Flights between Sydney and Dundee resumed.", [("Dundee", "GB"), ("Sydney", "AU")]),
    ("Rain fell in Perth and Fremantle.", [("Fremantle", "AU"), ("Perth", "AU")]),
])
def test_a_large_city_with_no_namesake_there_is_read_as_it_is(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Flights between Paris and Boston were cancelled.", [("Boston", "US"), ("Paris", "FR")]),
    ("Direct flights link London and Vancouver.", [("London", "GB"), ("Vancouver", "CA")]),
    ("Pilgrims flew between Rome and Atlanta.", [("Atlanta", "US"), ("Rome", "IT")]),
])
def test_a_large_city_beside_a_far_news_town_is_the_large_city(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected
