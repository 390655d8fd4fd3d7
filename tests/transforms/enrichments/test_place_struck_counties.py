"""Places: a bare Irish county as the second of a storm's pair beside a place of Ireland ("lashed Cork and Kerry"),
while a lone bare county, or one beside a place of another country, stays no place."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.place_rows import found


@pytest.mark.parametrize(("text", "expected"), [
    ("Heavy rain lashed Cork and Kerry.", [("Cork", "IE"), ("Kerry", "IE")]),
    ("Storms battered Galway and Mayo on Sunday.", [("Galway", "IE"), ("Mayo", "IE")]),
    ("Heavy rain lashed Belfast and Antrim.", [("Belfast", "GB"), ("Antrim", "GB")]),
    # the county first, the place of the island second
    ("Heavy rain lashed Kerry and Cork.", [("Kerry", "IE"), ("Cork", "IE")]),
    ("Floods hit Clare and Limerick on Monday.", [("Clare", "IE"), ("Limerick", "IE")]),
])
def test_a_bare_county_after_a_struck_irish_place_is_its_county(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(written, code) for written, _, _, code in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kerry said the plan would work.", []),
    ("Clare and Kerry met in the final.", []),
    ("Heavy rain lashed London and Kerry.", [("London", "GB")]),
    ("He went to Cork and Kerry said nothing.", [("Cork", "IE")]),
    ("Floods hit Dublin and Clare Island.", [("Dublin", "IE")]),
    # a place of Great Britain is no neighbour of Northern Ireland's counties
    ("Storms hit London and Down.", [("London", "GB")]),
    ("Kerry and Cork met in the final.", [("Cork", "IE")]),
    ("He went to Kerry and Cork said nothing.", [("Cork", "IE")]),
])
def test_a_bare_county_elsewhere_stays_no_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(written, code) for written, _, _, code in found(text)] == expected
