"""Which of a name's places a mention names, and the cities whose name names their country."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(*paragraphs: str) -> list[tuple[str, str, str, str]]:
    """Return (text as written, name, kind, country code) of every place found in one article's paragraphs."""
    batch = ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))], ["a"] * len(paragraphs))
    rows = places.rows(batch)
    return list(zip(rows["text"], rows["name"], rows["kind"], rows["country_code"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "City, Country": Antigua is Guatemala's city there, not the island's country
        ("Tourists flocked to Antigua, Guatemala, for Easter.",
         [("Antigua", "Antigua Guatemala", "city", "GT"), ("Guatemala", "Guatemala", "country", "GT")]),
        # a small city whose name holds its country's names that country: kept without it
        ("He lives in Antigua Guatemala.", [("Antigua Guatemala", "Antigua Guatemala", "city", "GT")]),
        ("Rockets fell on Gaza City.", [("Gaza City", "Gaza", "city", "PS")]),
        ("GAZA CITY (Reuters) - Rockets fell.", [("GAZA CITY", "Gaza", "city", "PS")]),
        # alone, Antigua is still the island's country, and Gaza the territory
        ("Antigua voted at the UN.", [("Antigua", "Antigua and Barbuda", "country", "AG")]),
        ("Israel left Gaza.",
         [("Israel", "Israel", "country", "IL"), ("Gaza", "Palestinian Territory", "country", "PS")]),
        # the United Nations is no place (no "United" town, no Nations)
        ("The United Nations said talks would resume.", []),
    ],
)
def test_a_city_named_with_its_country(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "latitude"),
    [
        # Hollywood is the Los Angeles district (167,664 people in the gazetteer, Florida's city 149,728) ...
        ("US film stars gathered in Hollywood.", 34.09834),
        ("HOLLYWOOD (Reuters) - The studios said.", 34.09834),
        # ... unless its state says Florida's
        ("Police in Hollywood, Fla., said.", 26.0112),
        ("Police in Hollywood, Florida, said.", 26.0112),
        ("Police in Hollywood in Florida said.", 26.0112),
    ],
)
def test_hollywood_is_the_los_angeles_district_unless_its_state_says_floridas(text: str, latitude: float) -> None:
    rows = places.rows(ParagraphBatch([text], ["p"], ["a"]))
    assert [lat for name, lat in zip(rows["name"], rows["latitude"], strict=True) if name == "Hollywood"] == [
        pytest.approx(latitude)]


@pytest.mark.parametrize(("paragraphs", "code"), [
    # alone, Spain's, the Valencia of news (`news_cities`), not Venezuela's larger one; Venezuela's where the
    # article names Venezuela, or its towns
    (("Un incendio cerca de Valencia obligó a evacuar a 300 vecinos.",), "ES"),
    (("Un incendio cerca de Valencia obligó a evacuar a 300 vecinos, informó el gobierno de Venezuela.",), "VE"),
    (("Las lluvias inundaron Valencia y Maracay.",), "VE"),
    # Madrid is Spain's whatever the article (Colombia's is 24 times smaller), so it names Spain as Spain does
    (("Un incendio cerca de Valencia obligó a evacuar a 300 vecinos.", "El Gobierno en Madrid envió ayuda."), "ES"),
    # ... and so does Valencia's region
    (("Un incendio cerca de Valencia.", "Es el peor de la Comunidad Valenciana en diez años."), "ES"),
    (("Fire crews near Valencia were reinforced.", "The Valencian Community asked for help."), "ES"),
])
def test_valencia_is_spains_where_madrid_or_its_region_is_named(paragraphs: tuple[str, ...], code: str) -> None:
    assert [c for written, _, kind, c in found(*paragraphs) if written == "Valencia"] == [code]


@pytest.mark.parametrize("name", ["Hong Kong", "Singapore", "Macau", "Monaco", "Djibouti", "Luxembourg", "Gibraltar"])
def test_a_city_state_is_one_place_at_every_mention(name: str) -> None:
    # alone, after "in", at a dateline and listed among countries: one place, so an article counts it once
    rows = found(f"{name.upper()} (Reuters) - Trade with {name} rose.",
                 f"Investors may buy Air China shares in {name}. Talks in Chile and {name} ended.")
    mine = {(n, kind, code) for _, n, kind, code in rows if n != "Chile" and code != "CN"}
    assert len(mine) == 1 and next(iter(mine))[1] == "country", rows
