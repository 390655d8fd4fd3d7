"""Places: a route or a pair whose ends lie in two countries, each end read as its namesake near the other ("A ferry
sailed from Dover to Calais": England's Dover, not Delaware's), and no such reading where the ends lie far apart."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def _places(text: str) -> list[tuple[str, str]]:
    rows = places.rows(ParagraphBatch([text], ["p0"], ["a0"]))
    return sorted(zip(rows["text"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    ("A ferry sailed from Dover to Calais.", [("Calais", "FR"), ("Dover", "GB")]),
    ("Ferries from Calais to Dover were halted.", [("Calais", "FR"), ("Dover", "GB")]),
    ("The ferry from Dover to Dunkirk was cancelled.", [("Dover", "GB"), ("Dunkirk", "FR")]),
])
def test_a_crossings_ends_are_the_namesakes_near_each_other(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Ferries from Dover to Turku were cancelled.", []),  # no Dover near Turku: Dover still needs its country
    ("The cross from Dover to Calais was headed wide.", [("Calais", "FR")]),  # a ball's "from": no route
    ("Storms hit Douglas and Larne.", []),  # a striking verb's people, no word of place
])
def test_ends_far_apart_or_no_route_read_as_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Concerts in Berlin and Kingston.", [("Berlin", "DE"), ("Kingston", "JM")]),
])
def test_a_capital_largest_of_its_name_beside_a_sure_place_is_that_capital(text: str,
                                                                           expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Concerts in Berlin and Hamilton.", [("Berlin", "DE")]),  # Bermuda's capital, dwarfed by Ontario's Hamilton
    ("Kingston and Berlin scored.", [("Berlin", "DE")]),  # no word of place: a person's name
])
def test_a_capital_smaller_than_a_namesake_or_without_a_word_of_place_is_unread(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Storms battered Weymouth and Folkestone.", [("Folkestone", "GB"), ("Weymouth", "GB")]),
    ("The scandal hit Preston and Bolton.", []),  # names that are people's too: a striking verb takes people
])
def test_a_storms_two_struck_towns_are_a_pair_of_places(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected
