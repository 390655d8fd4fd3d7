"""Regions news names bare (Sudan's Gezira, Kerala's Wayanad) and an island that is also a surname (Rhodes) where
its sentence says it is the island: "the island of Rhodes", "Rhodes' beaches"; not a club's, a person's or a guard's."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.place_rows import found


def places_of(text: str) -> list[tuple[str, str]]:
    """Return (text as written, country code) of every place found in a one-paragraph article."""
    return [(t, code) for t, _, _, code in found(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighting spread to Gezira state as the paramilitaries advanced.", [("Gezira", "SD")]),
    ("The army retook Wad Madani, capital of Gezira, in January.", [("Wad Madani", "SD"), ("Gezira", "SD")]),
    ("Landslides in Wayanad, Kerala, killed more than 200 people.", [("Wayanad", "IN"), ("Kerala", "IN")]),
    ("Rescue teams in Wayanad district searched through the night.", [("Wayanad", "IN")]),
    ("Hotels on the island of Rhodes reopened after the fires.", [("Rhodes", "GR")]),
    ("Tourists were evacuated from Rhodes' beaches as the blaze spread.", [("Rhodes", "GR")]),
    ("Rhodes's resorts lost a week of bookings.", [("Rhodes", "GR")]),
])
def test_a_bare_region_or_an_island_said_as_one_is_a_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert places_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Members met at the Gezira Sporting Club in Cairo on Friday.", [("Cairo", "EG")]),
    ("Cecil Rhodes' estate was left to the scholarship trust.", []),
    ("Jonty Rhodes' fielding set a standard.", []),
    ("The coach, Rhodes, said his side's coast guard was clear.", []),
    ("Rhodes Scholars from Oxford met in London.", [("Oxford", "GB"), ("London", "GB")]),
])
def test_a_club_a_person_or_a_scholarship_is_no_such_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert places_of(text) == expected
