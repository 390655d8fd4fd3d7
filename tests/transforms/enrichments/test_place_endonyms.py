"""Countries named in their own languages ("Italia", "Schweiz", "España") are the countries, as their English
names are, and name them for the article's small cities; the shipped table says what babel says."""

from __future__ import annotations

import pytest

from transforms.enrichments import geonames, place_endonyms, places
from transforms.enrichments.batch import ParagraphBatch


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


@pytest.mark.parametrize(("paragraphs", "city", "code"), [
    (("Ein Großbrand in Zürich.", "Die Schweiz trauert."), "Zürich", "CH"),
    (("Un incendie à Zürich.", "La Suisse est en deuil."), "Zürich", "CH"),
    (("De haven van Rotterdam groeit.", "Nederland investeert."), "Rotterdam", "NL"),
    (("Incendio a Bergamo.", "L'Italia piange le vittime."), "Bergamo", "IT"),
    # Valencia, Spain, smaller than Venezuela's: Spain named decides it
    (("Un incendio cerca de Valencia obligó a evacuar a 300 vecinos.", "España envió ayuda."), "Valencia", "ES"),
    # English news quoting it
    (('Fans in Graz sang "Österreich"',), "Graz", "AT"),
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
