"""The places a byline's words may name, the one door from the readers to the places gazetteer: a dateline's place
("Jane Doe, London", "NEW YORK (AP) --"), a city that opens an outlet's name ("Toronto Star"), a place that is no
noble house ("Von Kiel zu Hamburg").

The readers ask the gazetteer the places enrichment builds, not a list of their own: a byline's "London" and a
paragraph's London are one place by one rule, where a second list would drift from it (a town added to one and not the
other). The gazetteer is built from packaged data by `transforms.enrichments.place_names`, which imports nothing of the
readers; moving its build to a module of neither room would move the places room's rules with it, so the readers reach
it here alone (tests/transforms/formats/test_byline_places.py holds them to that), and only when a byline asks: a run
of texts without datelines never builds it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from transforms.enrichments.geonames import Place


def places_named(name: str) -> tuple[Place, ...]:
    """Return the gazetteer's places of a name as written ("London", "Kiel"); () for a name of none."""
    from transforms.enrichments.place_names import gazetteer  # read once per process, and only for such a byline

    return gazetteer().get(name, ())


def is_dateline_place(part: str) -> bool:
    """Return whether a byline's last part is a place, as a dateline names it ("Jane Doe, London"): a country, a
    region or a city of 100,000 people or more ("LONDON" too)."""
    places = places_named(part) or (_in_capitals().get(part.lower(), ()) if part.isupper() else ())
    return any(p.kind != "city" or p.population >= 100_000 for p in places)


def place_countries(capitals: str) -> frozenset[str]:
    """Return the countries a dateline's place in capitals may lie in ("LONDON": GB and CA); none for a place the
    gazetteer lacks."""
    return frozenset(p.country_code for p in _in_capitals().get(capitals.strip().lower(), ()))


@lru_cache(maxsize=256)
def is_big_city(word: str) -> bool:
    """Return whether a word names a city of 500,000 people or more ("Washington", "Toronto", "Jakarta"): a given name
    is seldom one, where smaller towns' names are given names too ("Ann", "Victoria": "Ann Star" is a person)."""
    return any(p.kind == "city" and p.population >= 500_000 for p in places_named(word))


@lru_cache(maxsize=256)
def is_known_place(capitals: str) -> bool:
    """Return whether a dateline's place in capitals names a place of the gazetteer ("NEW YORK", "BRUSSELS")."""
    return bool(places_named(capitals.title()))


@lru_cache(maxsize=1)
def _in_capitals() -> dict[str, tuple[Place, ...]]:
    """Return the gazetteer by lower-case name, for datelines in capitals ("JAMMU AND KASHMIR", "KWAZULU-NATAL",
    "LONDON"): built once per process, when a byline in capitals first needs it."""
    from transforms.enrichments.place_names import gazetteer

    by_lower: dict[str, tuple[Place, ...]] = {}
    for name, places in gazetteer().items():
        by_lower[name.lower()] = by_lower.get(name.lower(), ()) + places
    return by_lower
