"""Places of 2025-2026 news: Victoria's districts as forecasters capitalise them, Indonesia's provinces of its floods,
and a capitalised phrase that only looks like one of Nigeria's states."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(*paragraphs: str) -> list[tuple[str, str, str]]:
    """Return (text as written, row name, country code) of every place found in one article's paragraphs."""
    batch = ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))], ["a"] * len(paragraphs))
    rows = places.rows(batch)
    return list(zip(rows["text"], rows["name"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    ("A heatwave is forecast for North-West Victoria this weekend, with 45C expected in Mildura.",
     [("Victoria", "Victoria", "AU"), ("Mildura", "Mildura", "AU")]),
    ("Farmers in South-West Victoria say the drought is the worst in a decade.", [("Victoria", "Victoria", "AU")]),
    ("Total fire bans were declared across Western Victoria.", [("Victoria", "Victoria", "AU")]),
    # the Bureau's districts written with a space, as often as with a hyphen: no place was found
    ("Severe thunderstorms are forecast for North East Victoria on Friday.", [("Victoria", "Victoria", "AU")]),
    ("Severe thunderstorms are forecast for North West Victoria on Friday.", [("Victoria", "Victoria", "AU")]),
    # a name before Victoria stays a person's or a place's own
    ("East Victoria Park residents objected to the plan.", []),
    ("Queen Victoria's letters go on show on Monday.", []),
])
def test_a_capitalised_part_of_victoria_is_australias_state(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the state's possessive before a part of it: a compass word or one of `region_parts` (it was no place)
    ("Bushwalkers were evacuated from Victoria's Grampians as a fire spread through the park.",
     [("Victoria", "Victoria", "AU")]),
    ("Police in Geelong, in Victoria's south-west, are investigating a fire.",
     [("Geelong", "Geelong", "AU"), ("Victoria", "Victoria", "AU")]),
    ("Victoria's premier announced a lockdown.", [("Victoria", "Victoria", "AU")]),
    # London's Tube line, though a compass word stands before it (it was Australia's state)
    ("Commuters faced delays after a signal failure on the northern Victoria line.", []),
    # a possessive before no part of the state stays a person's or a firm's
    ("Victoria's Secret shares fell.", []),
    ("Victoria's husband said she was fine.", []),
])
def test_victorias_parts_after_its_possessive_are_australias_state(text: str,
                                                                    expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Floods in Sumatra killed hundreds; Indonesia's disaster agency said Aceh and North Sumatra were worst hit.",
     [("Sumatra", "Sumatra", "ID"), ("Indonesia", "Indonesia", "ID"), ("Aceh", "Aceh", "ID"),
      ("North Sumatra", "North Sumatra", "ID")]),
    ("Landslides buried villages in West Sumatra after days of rain.", [("West Sumatra", "West Sumatra", "ID")]),
])
def test_indonesias_provinces_are_found_without_the_country(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Economists say the country is stuck on a Plateau State of stagnation.", []),
    # "a" before a state's name and a noun after it is a person or a body of that state: each was no place
    ("A Plateau State official said 12 villagers were killed on Tuesday.", [("Plateau State", "Plateau State", "NG")]),
    ("Gunmen abducted a Plateau State lawmaker on Sunday.", [("Plateau State", "Plateau State", "NG")]),
    ("Gunmen killed 12 villagers in Plateau State on Tuesday, police said.",
     [("Plateau State", "Plateau State", "NG")]),
    ("Herders and farmers clashed again in Nigeria's Plateau state.",
     [("Nigeria", "Nigeria", "NG"), ("Plateau state", "Plateau State", "NG")]),
])
def test_a_state_of_after_a_is_no_nigerian_state(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # England's regions and metropolitan counties, named for police, buses and weather
    ("West Yorkshire Police said the road was closed.", [("West Yorkshire", "West Yorkshire", "GB")]),
    ("Buses in the West Midlands will cost less from April.", [("West Midlands", "West Midlands", "GB")]),
    ("Flood warnings were issued across the Midlands after heavy rain.", [("Midlands", "Midlands", "GB")]),
    # ... but Zimbabwe's province of the name is no England's region
    ("Zimbabwe's Midlands province voted.", [("Zimbabwe", "Zimbabwe", "ZW")]),
])
def test_englands_regions_as_news_names_them(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected
