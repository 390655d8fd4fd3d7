"""Places: a short line ending at a full stop is a sentence, no Title Case headline ("Storms in Wollongong."); a
country's two namesakes name the country ("Classes in Naga": the Philippines); Malaysia's states and the
Philippines' islands and provinces news names alone; a region before a firm's line is the firm's name ("the Bicol
Express"); an idiom's weather before a clause's own subject is no storm ("Rain or shine, the recall hit Hitachi")."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.place_rows import found


def _places(text: str) -> list[tuple[str, str]]:
    return [(written, code) for written, _, _, code in found(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Storms in Wollongong.", [("Wollongong", "AU")]),
    ("Protests in Cusco.", [("Cusco", "PE")]),
    ("Typhoon Haiyan battered Tacloban.", [("Tacloban", "PH")]),
    ("Heavy rain, driven by gales, battered Wollongong.", [("Wollongong", "AU")]),
])
def test_a_short_sentence_of_capitalised_words_keeps_its_lone_city(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text", [
    "Storms Lash Wollongong Coast",  # a headline's capitals, no full stop
    "Protests In Tarija Grow",
    "Trust in Hitachi.",  # a short sentence, but "trust in" takes a firm
    "Rain or shine, the recall hit Hitachi.",  # an idiom's rain, the clause's subject a recall
    "Floods in San Pedro hit homes.",  # a saint's short name, a dozen towns', no lone city
    "Storms battered San Pedro.",
])
def test_a_headline_or_a_firms_cue_keeps_a_lone_name_no_place(text: str) -> None:
    assert _places(text) == []


def test_a_countrys_two_namesakes_name_the_country_not_a_town() -> None:
    assert [(w, name, kind, code) for w, name, kind, code in found("Classes in Naga were suspended.")] == [
        ("Naga", "Philippines", "country", "PH")]
    assert _places("Naga rebels signed a truce.") == []  # India's people, no place word before it


@pytest.mark.parametrize(("text", "expected"), [
    ("Ferries to Boracay were halted.", [("Boracay", "PH")]),
    ("Flights to Penang resumed.", [("Penang", "MY")]),
    ("The ferry capsized off Mindoro.", [("Mindoro", "PH")]),
    ("Evacuations began in Albay.", [("Albay", "PH")]),
    ("Floods in Kelantan forced evacuations.", [("Kelantan", "MY")]),
    ("Tourists flocked to Sabah.", [("Sabah", "MY")]),
])
def test_malaysias_states_and_philippine_islands_are_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize("text", [
    "The Bicol Express is a spicy dish.",
    "Palawan Express ferries sailed.",
    "Lawyers for Langkawi Holdings said.",
    "Cebu Pacific cancelled flights.",
    "Sheikh Sabah al-Ahmad al-Sabah died.",  # Kuwait's emir, no Malaysia's state
])
def test_a_regions_name_in_a_firms_or_a_persons_name_is_no_place(text: str) -> None:
    assert _places(text) == []
