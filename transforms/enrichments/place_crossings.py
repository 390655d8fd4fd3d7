"""A pair of towns in two countries, each end read as its namesake near the other: "A ferry sailed from Dover to
Calais" is England's Dover, 40 km across the Channel from Calais, not Delaware's, 5,900 km away.

Where the two names of a pair share no country, the pair still says both are places, and a route's or a region's
ends lie near each other more often than a world apart: each end's places are kept where they lie within a
crossing's reach of the other end's, and where that leaves one country for each end, each is read there. A distance,
not a list of ports, so that any crossing (the Channel, the Irish Sea, the Gulf of Finland, a border's two towns)
reads alike; where no namesake lies near (Dover and Turku), or several do, nothing changes.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from transforms.enrichments.geonames import Place
from transforms.enrichments.place_name_facts import NameFacts

# How near a route's ends lie for the nearness to choose between namesakes: a ferry's or a short flight's crossing
# between neighbouring countries (Dover to Calais 40 km, Holyhead to Dublin 110, Portsmouth to Dieppe 180), where a
# long-haul route's ends ("from Dover to Turku") say nothing of which Dover
CROSSING_KM = 300.0


def crossing_countries(info: NameFacts, names: Sequence[int], codes: Sequence[frozenset[str] | None],
                       km: float = CROSSING_KM) -> tuple[str, str] | None:
    """Return the one country of each end of a pair whose names share none, as its places within `km` of the other
    end's places give it (`codes`: the countries each end may be in), or None where an end has none or several.

    >>> from transforms.enrichments.place_name_facts import name_facts
    >>> info = name_facts()
    >>> at = [info.index_of[n] for n in ("Dover", "Calais", "Turku")]
    >>> crossing_countries(info, at[:2], [frozenset({"GB", "US"}), frozenset({"FR"})])
    ('GB', 'FR')
    >>> crossing_countries(info, [at[0], at[2]], [frozenset({"GB", "US"}), frozenset({"FR"})]) is None
    True
    """
    # (an end of no country, None, has no place to be near)
    ends = [[p for p in info.table[info.names[n]] if p.country_code in (c or ())]
            for n, c in zip(names, codes, strict=True)]
    near = [{p.country_code for p in ends[e] if any(km_between(p, q) <= km for q in ends[1 - e])} for e in (0, 1)]
    if len(near[0]) != 1 or len(near[1]) != 1:
        return None
    return next(iter(near[0])), next(iter(near[1]))


def km_between(a: Place, b: Place) -> float:
    """Return the great-circle distance between two places, in kilometres (infinite for a place with no point)."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return math.inf
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))
