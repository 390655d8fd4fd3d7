"""Countries named in their own languages ("Italia", "Schweiz", "España") or in another of news ("Frankreich",
"Estados Unidos") are the countries, as their English names are, and name them for the article's small cities;
the shipped table says what babel says."""

from __future__ import annotations

import pytest

from transforms.enrichments import geonames, place_endonyms, place_names, places
from transforms.enrichments.batch import ParagraphBatch
from transforms.enrichments.geonames import CITY, COUNTRY, Place
from transforms.enrichments.place_table import places_toml


def found(*paragraphs: str) -> list[tuple[str, str, str, str]]:
    """Return (text as written, name, kind, country code) of every place found in one article's paragraphs."""
    batch = ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))], ["a"] * len(paragraphs))
    rows = places.rows(batch)
    return list(zip(rows["text"], rows["name"], rows["kind"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("endonym", "english"), [
    ("Italia", "Italy"), ("Deutschland", "Germany"), ("Schweiz", "Switzerland"), ("Suisse", "Switzerland"),
    ("España", "Spain"), ("Nederland", "Netherlands"), ("Österreich", "Austria"), ("Brasil", "Brazil"),
    ("Polska", "Poland"), ("Česko", "Czechia"), ("Sverige", "Sweden"), ("Danmark", "Denmark"), ("Norge", "Norway"),
    ("Türkiye", "Turkey"), ("México", "Mexico"),
])
def test_a_country_in_its_own_language_is_the_country_as_in_english(endonym: str, english: str) -> None:
    [(_, name, kind, code)] = found(f"Talks in {english}.")
    assert found(f"Talks in {endonym}.") == [(endonym, name, kind, code)]


@pytest.mark.parametrize(("foreign", "english"), [
    ("Frankreich", "France"), ("Francia", "France"), ("Allemagne", "Germany"), ("Alemania", "Germany"),
    ("Germania", "Germany"), ("Duitsland", "Germany"), ("Estados Unidos", "United States"),
    ("Vereinigte Staaten", "United States"), ("Stati Uniti", "United States"), ("États-Unis", "United States"),
    ("Royaume-Uni", "United Kingdom"), ("Reino Unido", "United Kingdom"), ("Verenigd Koninkrijk", "United Kingdom"),
    ("Russland", "Russia"), ("Rusia", "Russia"), ("Japon", "Japan"), ("Giappone", "Japan"), ("Suíça", "Switzerland"),
])
def test_a_country_in_another_language_of_news_is_the_country_as_in_english(foreign: str, english: str) -> None:
    [(_, name, kind, code)] = found(f"Talks in {english}.")
    assert found(f"Talks in {foreign}.") == [(foreign, name, kind, code)]


@pytest.mark.parametrize("paragraph", [
    "Life on the Island was quiet.",  # Iceland in German
    "The Red Hot Chili Peppers played.",  # Chile in French and Dutch
    "Grenade attacks went on.",  # Grenada in French
    "Malte Pollmann, spokesman for Lycos Europe, said.",  # Malta in French, a first name
    "Real Madrid coach Wanderley Luxemburgo said.",  # Luxembourg in Spanish, a surname
    "Francia Márquez, the vice president, spoke on Tuesday.",  # France in Spanish, a given name
    "The singer Francia Raisa released an album.",
    "Grecia Colmenares starred in the telenovela.",  # Greece in Spanish
    "Liban Abdi scored twice for the club.",  # Lebanon in French
    "Chef Cina Cooper opened a restaurant.",  # China in Italian
])
def test_a_foreign_name_of_a_country_that_is_an_english_word_or_a_name_is_no_country(paragraph: str) -> None:
    assert [row for row in found(paragraph) if row[2] == "country"] == []


@pytest.mark.parametrize(("paragraph", "code"), [
    ("Er lebt in den Vereinigten Staaten.", "US"), ("Die Vereinigten Staaten drohen.", "US"),
    ("Die Inflation im Vereinigten Königreich steigt.", "GB"), ("Flüge aus den Vereinigten Arabischen Emiraten.", "AE"),
])
def test_a_german_name_declined_after_an_article_is_the_country(paragraph: str, code: str) -> None:
    assert [c for *_, c in found(paragraph)] == [code]


def test_a_foreign_name_of_a_country_names_that_country_alone() -> None:
    # "Congo", the Republic of the Congo in Spanish, stays the DRC of English news
    assert found("Talks in Congo.")[0][3] == "CD"
    left_out = set(places_toml()["endonyms"]["left_out"])
    gazetteer = place_names.gazetteer()
    for endonym in place_endonyms.packaged():
        if endonym.name not in left_out:
            named = gazetteer[endonym.name]
            assert named[0].kind == COUNTRY and {p.country_code for p in named if p.kind == COUNTRY} == {
                endonym.country_code}, endonym


def test_a_foreign_name_of_a_country_that_is_another_places_is_not_read_from_babel() -> None:
    # "Granada" is Grenada in Spanish and Portuguese, and Spain's city; Grenada's own names are English
    grenada, granada = Place("Grenada", COUNTRY, "GD"), Place("Granada", CITY, "ES", 2517117, 37.2, -3.6, 234758)
    names = {e.name for e in place_endonyms.from_babel([grenada, granada])}
    assert "Grenade" in names and "Granada" not in names
    assert "Granada" in {e.name for e in place_endonyms.from_babel([grenada])}


@pytest.mark.parametrize(("paragraphs", "city", "code"), [
    (("Ein Großbrand in Zürich.", "Die Schweiz trauert."), "Zürich", "CH"),
    (("Un incendie à Zürich.", "La Suisse est en deuil."), "Zürich", "CH"),
    (("De haven van Rotterdam groeit.", "Nederland investeert."), "Rotterdam", "NL"),
    (("Incendio a Bergamo.", "L'Italia piange le vittime."), "Bergamo", "IT"),
    # Valencia, Spain, smaller than Venezuela's: Spain named decides it
    (("Un incendio cerca de Valencia obligó a evacuar a 300 vecinos.", "España envió ayuda."), "Valencia", "ES"),
    # English news quoting it
    (('Fans in Graz sang "Österreich"',), "Graz", "AT"),
    # another country's news
    (("El puerto de Rotterdam crece.", "Los Países Bajos invierten."), "Rotterdam", "NL"),
    (("Un incendie à Leipzig.", "L'Allemagne est en deuil."), "Leipzig", "DE"),
])
def test_a_small_city_is_kept_where_its_country_is_named_in_its_own_language(paragraphs: tuple[str, ...],
                                                                                city: str, code: str) -> None:
    assert (city, code) in [(written, c) for written, _, kind, c in found(*paragraphs) if kind == "city"]


def test_an_endonym_that_is_a_first_name_is_no_country() -> None:
    # "Maurice", Mauritius in French
    assert found("Maurice Greene won the 100m in Paris.") == [("Paris", "Paris", "city", "FR")]


def test_an_endonym_that_is_a_surname_is_no_country_beside_a_name() -> None:
    # "Luxemburg", Luxembourg in German and Luxembourgish (and in older English): Rosa Luxemburg was Luxembourg
    assert found("Rosa Luxemburg was murdered in Berlin.") == [("Berlin", "Berlin", "city", "DE")]
    assert [code for *_, code in found("Officials in Luxemburg said the bank would close.")] == ["LU"]


def test_a_foreign_city_of_an_endonyms_name_is_below_the_country() -> None:
    # Nederland, Texas: the country, as Jamaica is not the town in Queens
    assert found("Het bedrijf verhuist naar Nederland.", "Texas is ver.")[0][1:] == ("The Netherlands", "country", "NL")


@pytest.mark.slow
def test_table_matches_babel() -> None:
    # If this fails after a babel upgrade: python -m warehouse.gazetteer_table
    assert place_endonyms.packaged() == place_endonyms.from_babel(geonames.packaged())


def test_a_word_of_another_language_opening_a_sentence_is_no_town_of_a_country_named_in_it() -> None:
    # "Auch" (German "also") was France's Auch once "Frankreich" named France in the article
    paragraph = "Die Regierung will mit Frankreich reden. Auch mit dem Vereinigten Königreich sollen Abkommen kommen."
    assert [c for *_, c in found(paragraph)] == ["FR", "GB"]
