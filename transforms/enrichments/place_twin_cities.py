"""A name borne by two or more cities of one country, none a word's: "Classes in Naga were suspended".

The Philippines has two Nagas (Camarines Sur's, 175,000 people, and Cebu's, 139,000), so neither is a lone city
(`place_lone_cities`: its name's one bearer), and a bare "in Naga" named no place. Whichever the paper meant, the
country is the same: such a name, introduced as a place or a storm's object as a lone city is, is kept as its
country, no town of it. A row of the country rather than the larger town keeps a story of Cebu's Naga from being put
two hundred miles away; the article's other names or a state beside it ("Naga, Cebu") still settle the town as
before. Each namesake must be as large as a lone city, so that a small namesake abroad or a village of the name does
not make a pair of it, and no rule may read the name as a word or a person's.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from transforms.enrichments.geonames import CITY, COUNTRY, Place
from transforms.enrichments.place_lone_cities import LONE_CITY_POPULATION, lone_city
from transforms.enrichments.place_names import gazetteer
from transforms.enrichments.place_rules import Rules


def twin_country(name: str, candidates: Sequence[Place], r: Rules) -> Place | None:
    """Return the country whose cities are all of a name's places, two or more, each a lone city's size, or None.

    >>> from transforms.enrichments.place_rules import rules
    >>> [getattr(twin_country(n, gazetteer()[n], rules()), "name", None) for n in ("Naga", "Tacloban", "Buffalo")]
    ['Philippines', None, None]
    """
    if len(candidates) < 2 or len({p.country_code for p in candidates}) != 1:
        return None
    if any(p.kind != CITY or p.population < LONE_CITY_POPULATION for p in candidates):
        return None
    # each namesake read as a lone city would be, but for the other: no word's, person's nor US town's name
    if not lone_city(name, candidates[:1], r):
        return None
    return _countries().get(candidates[0].country_code)


@lru_cache(maxsize=1)
def _countries() -> dict[str, Place]:
    """Return the gazetteer's countries by their code."""
    return {p.country_code: p for places in gazetteer().values() for p in places if p.kind == COUNTRY}


def twin_countries(placed: list[Place], alone: np.ndarray, twin: np.ndarray, places: list[Place]) -> list[Place]:
    """Return each mention's place, a twin name's country (`twin`: its place index, -1 for none) where the mention
    was kept alone (`alone`: by its place word, its article naming no country of it)."""
    for i in np.flatnonzero(alone & (twin >= 0)).tolist():
        placed[i] = places[int(twin[i])]
    return placed
