"""Places: a lone city named without a preposition, as a town's possessor before its institution ("Tarija's
council") or a storm's object ("Storms battered Wollongong"); the Philippines' and Malaysia's islands and region
news names alone ("off Palawan", "Langkawi", "Bicol"), and Legazpi as news spells it."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.place_rows import found


def _places(text: str) -> list[tuple[str, str]]:
    return [(written, code) for written, _, _, code in found(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tarija's council approved a budget.", [("Tarija", "BO")]),
    ("Cusco's mayor resigned on Monday.", [("Cusco", "PE")]),
    ("Oruro's police arrested two men.", [("Oruro", "BO")]),
    ("Storms battered Wollongong and its beaches overnight.", [("Wollongong", "AU")]),
    ("Heavy rain lashed Cochabamba on Sunday.", [("Cochabamba", "BO")]),
])
def test_a_lone_city_as_a_towns_possessor_or_a_storms_object_is_found(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text", [
    "The scandal hit Hitachi hard.",  # no weather: a firm of a city's name
    "Pushkin's letters were sold.",  # no town's institution: a person's work
    "Tarija's council seat was lost.",  # a person's seat on a council
    "A storm of criticism hit Hitachi.",  # a figure's storm, no weather
    "Pushkin's council of advisers met.",  # a person's council
])
def test_a_lone_citys_name_without_a_towns_cue_stays_no_place(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("A cargo ship sank off Palawan.", [("Palawan", "PH")]),
    ("Resorts in Langkawi reopened.", [("Langkawi", "MY")]),
    ("Typhoon rains flooded Bicol.", [("Bicol", "PH")]),
    ("Schools in Legazpi were closed.", [("Legazpi", "PH")]),
])
def test_islands_and_regions_news_names_alone_are_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected
