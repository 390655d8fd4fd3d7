"""Places: a storm's pair of towns read as places where one name is also a word ("Storms battered Dover and
Folkestone") or a person's with a town near the other's ("Floods hit Jackson and Memphis"); not where the pair may
be people's or the second name no place."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.place_rows import found


def _places(text: str) -> list[tuple[str, str]]:
    return sorted((written, country) for written, _, _, country in found(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Storms battered Dover and Folkestone.", [("Dover", "GB"), ("Folkestone", "GB")]),
    ("Gales lashed Dover and Folkestone overnight.", [("Dover", "GB"), ("Folkestone", "GB")]),
    ("Floods hit Bath and Bristol on Sunday.", [("Bath", "GB"), ("Bristol", "GB")]),
])
def test_a_word_that_opens_a_storms_pair_of_towns_is_a_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Floods hit Jackson and Memphis.", [("Jackson", "US"), ("Memphis", "US")]),
    ("Tornadoes struck Memphis and Jackson overnight.", [("Jackson", "US"), ("Memphis", "US")]),
])
def test_a_persons_name_in_a_storms_pair_is_a_town_near_the_other(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Storms battered Dover sole stocks.", []),
    ("Storms battered Dover and sank the ferry.", []),
    ("The scandal hit Jackson and Lincoln.", []),  # two people's names: no evidence of places
    ("The scandal hit Jackson and Cologne.", [("Cologne", "DE")]),  # no Jackson near Cologne
])
def test_no_storms_pair_where_the_names_may_be_peoples_or_no_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected
