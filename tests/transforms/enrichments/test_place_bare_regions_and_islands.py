"""Regions news names bare (Sudan's Gezira, Kerala's Wayanad) and an island that is also a surname (Rhodes) where
its sentence says it is the island: "the island of Rhodes", "Rhodes' beaches"; not a club's, a person's or a guard's,
nor another region of that list whose namesakes are islands or have beaches ("Santa Cruz", "Victoria")."""

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
    ("The Gezira Palace hotel in Zamalek hosted the summit.", []),
])
def test_a_club_a_person_or_a_scholarship_is_no_such_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert places_of(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rangers on the island of Santa Cruz counted the giant tortoises.", []),
    ("Surfers crowded Santa Cruz's beaches as the swell arrived.", []),
    ("Santa Cruz's coastline, from Capitola to Davenport, eroded in the storms.", []),
    ("Victoria's beaches, her new fragrance, launched in Paris.", [("Paris", "FR")]),
    ("Victoria's resorts are booked out, her publicist said of the singer's tour.", []),
])
def test_only_an_island_is_said_as_one_by_its_land(text: str, expected: list[tuple[str, str]]) -> None:
    assert places_of(text) == expected
