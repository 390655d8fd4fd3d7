"""Places as a reader gives them, on sentences of real news's shapes in English, German, French and Spanish.

Each row is one article: its paragraphs and the places a reader names in it, in order, as (text as written, kind,
country code). Written before the rules they check were changed (the README's "Places" paragraph): German
genitives ("Frankreichs"), names written without their accents ("Etats-Unis", "Espana"), "Ciudad de Mexico" the
city, clubs' towns ("West Ham", "Notts County", "Burton Albion", "Wycombe"), "Vegas", Spain's Valencia among
Spain's other cities, and the people and words that are no place ("Jordan May", German "zum Essen").
"""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch

C, R, T = "country", "region", "city"

READINGS: list[tuple[tuple[str, ...], list[tuple[str, str, str]]]] = [
    # English: clubs' towns, the names news shortens, people and words
    (("Jordan May, from Leeds, was jailed for four years for the attack, which shocked Britain.",),
     [("Leeds", T, "GB"), ("Britain", C, "GB")]),
    (("Officials in Jordan said the border with Syria would reopen in May.",),
     [("Jordan", C, "JO"), ("Syria", C, "SY")]),
    (("Theresa May flew to Jordan on Tuesday for talks on the refugee crisis.",), [("Jordan", C, "JO")]),
    (("The minister will visit Jordan May 3, the embassy said.",), [("Jordan", C, "JO")]),
]


def found(paragraphs: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """Return (text as written, kind, country code) of every place found in one article's paragraphs."""
    batch = ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))], ["a"] * len(paragraphs))
    rows = places.rows(batch)
    return list(zip(rows["text"], rows["kind"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("paragraphs", "expected"), READINGS, ids=[p[0][:40] for p, _ in READINGS])
def test_places_as_a_reader_gives_them(paragraphs: tuple[str, ...], expected: list[tuple[str, str, str]]) -> None:
    assert found(paragraphs) == expected
