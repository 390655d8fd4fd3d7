"""Places: towns under 100,000 people written without their accents ("Niksic", "Sibenik", "Bihac"), as English
news of the Balkans writes them, but no short name nor one read as a word or a person's; Pakistan's Sheikhupura as
its news spells it, and Jamaica's Port Royal."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.place_rows import found


def _places(text: str) -> list[tuple[str, str]]:
    return sorted((written, country) for written, _, _, country in found(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Voting was calm in Podgorica, Niksic and Bijelo Polje.",
     [("Bijelo Polje", "ME"), ("Niksic", "ME"), ("Podgorica", "ME")]),
    ("Tourists returned to Sibenik and Split, Croatia.", [("Croatia", "HR"), ("Sibenik", "HR"), ("Split", "HR")]),
    ("Officials in Banja Luka and Bihac met on Monday.", [("Banja Luka", "BA"), ("Bihac", "BA")]),
    ("Turnout was low in Kraljevo and Uzice, Serbia.", [("Kraljevo", "RS"), ("Serbia", "RS"), ("Uzice", "RS")]),
])
def test_a_town_is_found_by_its_name_without_accents(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Save the date: the fair opens in Cotonou, Benin.", [("Benin", "BJ"), ("Cotonou", "BJ")]),  # Savé: too short
    ("Gloria and Fatima flew home to Brazil.", [("Brazil", "BR")]),  # villages under 30,000: given names
])
def test_a_short_or_small_towns_name_without_accents_is_no_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sarah Palin visited Guatemala.", [("Guatemala", "GT")]),  # Palín
    ("Japan's Hanyu won the gold medal.", [("Japan", "JP")]),  # Hanyū
    ("In Mexico, Garcia scored twice.", [("Mexico", "MX")]),  # García
    ("Argentina's Lujan scored the winner.", [("Argentina", "AR")]),  # Luján
    ("Spain drew as Munoz scored, Philippines fans said.", [("Philippines", "PH"), ("Spain", "ES")]),  # Muñoz
])
def test_a_surname_or_word_that_a_towns_folded_name_spells_is_no_place(text: str,
                                                                     expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


def test_sheikhupura_is_the_punjab_city_geonames_spells_shekhupura() -> None:
    assert found("More than 2,000 kilns operate around Lahore, Sheikhupura and Kasur.") == [
        ("Lahore", "Lahore", "city", "PK"), ("Sheikhupura", "Shekhupura", "city", "PK"),
        ("Kasur", "Kasur", "city", "PK")]


def test_port_royal_is_jamaicas_town_where_the_article_names_jamaica() -> None:
    assert _places("Residents of Port Royal, Jamaica, cleared debris.") == [("Jamaica", "JM"), ("Port Royal", "JM")]
    assert _places("The Port Royal restaurant opened in London.") == [("London", "GB")]
