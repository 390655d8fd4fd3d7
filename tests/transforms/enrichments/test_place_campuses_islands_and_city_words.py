"""Places of 2025-2026 news: a campus named by its university system's letters, the Dodecanese islands, a city whose
name holds its island's or province's, a Philippine city written with "City", Greater Manchester and the Bay Area."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.place_rows import Row, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Students at UC Santa Cruz walked out over a tuition rise, the university said.",
     [("Santa Cruz", "Santa Cruz", "city", "US")]),
    ("A UC Davis study linked wildfire smoke to asthma.", [("Davis", "Davis", "city", "US")]),
    ("Researchers at UMass Amherst and SUNY Buffalo led the survey.",
     [("Amherst", "Amherst", "city", "US"), ("Buffalo", "Buffalo", "city", "US")]),
    # ... and a campus the gazetteer holds as a place of its own
    ("Researchers at UC Irvine said the quake swarm was unusual.", [("UC Irvine", "UC Irvine", "city", "US")]),
    # the letters inside a longer word are no system's: Bolivia's Catholic university in Santa Cruz
    ("The PUC Santa Cruz campus closed.", []),
])
def test_a_campus_after_its_systems_letters_is_that_countrys_town(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Greek firefighters battled wildfires on Rhodes and Kos as thousands of tourists were evacuated.",
     [("Greek", "Greece", "country", "GR"), ("Rhodes", "Rhodes", "region", "GR"), ("Kos", "Kos", "region", "GR")]),
    ("Migrants landed on Kos overnight, the coastguard said.", [("Kos", "Kos", "region", "GR")]),
    # Rhodes is a surname too: a person after a first name, and no island where no name says Greece
    ("Jonty Rhodes took a stunning catch in the Cape Town Test.", [("Cape Town", "Cape Town", "city", "ZA")]),
    ("She won a Rhodes scholarship to Oxford.", [("Oxford", "Oxford", "city", "GB")]),
    ("Zoe Kos scored twice as Poland beat Serbia.", [("Poland", "Poland", "country", "PL"),
                                                     ("Serbia", "Serbia", "country", "RS")]),
])
def test_the_dodecanese_islands_are_greeces(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Cruise ships docked at Santa Cruz de Tenerife on Monday.",
     [("Santa Cruz de Tenerife", "Santa Cruz de Tenerife", "city", "ES")]),
    ("Flights to Las Palmas de Gran Canaria were cancelled.",
     [("Las Palmas de Gran Canaria", "Las Palmas de Gran Canaria", "city", "ES")]),
    ("Aid reached Banda Aceh by sea.", [("Banda Aceh", "Banda Aceh", "city", "ID")]),
])
def test_a_city_whose_name_holds_its_region_names_its_country(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rescuers in Davao City pulled three survivors from a collapsed mall after the quake.",
     [("Davao City", "Davao", "city", "PH")]),
    ("Rescuers in Davao pulled three survivors from the rubble.", [("Davao", "Davao", "city", "PH")]),
    # elsewhere "City" after a town is a club's: the row is the town as written before it
    ("Leicester City fans marched on the King Power Stadium.", [("Leicester", "Leicester", "city", "GB")]),
])
def test_a_philippine_city_written_with_city_is_so_in_its_row(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Police in Greater Manchester arrested four men.",
     [("Greater Manchester", "Greater Manchester", "region", "GB")]),
    ("Rents across the Bay Area fell for a third month in 2025.", [("Bay Area", "Bay Area", "region", "US")]),
])
def test_metropolitan_regions_are_regions(text: str, expected: list[Row]) -> None:
    assert found(text) == expected
