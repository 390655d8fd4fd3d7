"""A name that is a state's and a city's or a country's, read by its neighbours: "Spokane, Washington", "Washington
and Oregon" are the state of Washington; "Washington, Pennsylvania" is a town the gazetteer lacks (`state_readings`,
for `place_states.stated_states`)."""

from __future__ import annotations

import numpy as np

from transforms.enrichments.geonames import CITY, REGION, Place
from transforms.enrichments.place_pairs import joint
from transforms.enrichments.place_rules import Rules


def state_readings(text: str, at: list[int], start: np.ndarray, end: np.ndarray, name: np.ndarray, names: list[str],
                   table: dict[str, tuple[Place, ...]], r: Rules) -> dict[int, str | None]:
    """Return the mentions (indexes) `at`, of names of `r.means`, that their neighbours say are other than
    the one place it means: the state of `r.state_of` (the second of "City, State": "Spokane, Washington";
    next to another state of its country: "Washington and Oregon", "Oregon, Washington"), or None, a
    town the gazetteer lacks (the first of "City, State": "Washington, Pennsylvania"). `name` indexes
    `names`, whose places `table` gives; the mentions are in text order."""
    out: dict[int, str | None] = {}
    for i in at:
        own = names[name[i]]
        state = r.state_of.get(own)
        if state is None:
            continue
        code = table[own][0].country_code
        before = joint(text, start, end, i - 1, i)
        after = joint(text, start, end, i, i + 1)
        if before == "," and (_is_state(table[names[name[i - 1]]], code)
                              or _is_city_of(table[names[name[i - 1]]], code)):
            out[i] = state  # "Spokane, Washington", "Oregon, Washington"
        elif before == "and" and _is_state(table[names[name[i - 1]]], code):
            out[i] = state  # "Oregon and Washington"
        elif after == "and" and _is_state(table[names[name[i + 1]]], code):
            out[i] = state  # "Washington and Oregon"
        elif after == "," and _is_state(table[names[name[i + 1]]], code):
            then = joint(text, start, end, i + 1, i + 2)
            if then is None:
                out[i] = None  # "Washington, Pennsylvania": the town, not the capital
            elif _is_state(table[names[name[i + 2]]], code):
                out[i] = state  # "Washington, Oregon and Idaho"
    return out


def _is_state(places: tuple[Place, ...], code: str) -> bool:
    """Return whether a name may be a region of the gazetteer's (a US state) in the country `code`."""
    return any(p.kind == REGION and p.country_code == code and p.geonames_id is not None for p in places)


def _is_city_of(places: tuple[Place, ...], code: str) -> bool:
    """Return whether a name may be a city in the country `code` that no city of its name dwarfs (more than
    10 times its population): Spokane or Vancouver, not Moscow ("to Moscow, Washington said")."""
    biggest = max((p.population for p in places if p.kind == CITY), default=0)
    return any(p.kind == CITY and p.country_code == code and p.population * 10 >= biggest for p in places)
