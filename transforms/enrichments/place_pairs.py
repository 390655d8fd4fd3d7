"""The country a pair of names allows: "City, State", "City, Country" and "City in Country".

A name, ", " or " in ", then a name with a country or region decide the country of both, and of the cities of a
list before them (`within_named`): Paris, Texas; Kingston, Jamaica; Atlanta, Georgia; "Perth and Dundee in
Scotland". `joint` says what joins two mentions into a pair or a list, for these and for `place_states`.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.geonames import CITY, COUNTRY, Place


def within_named(text: str, start: np.ndarray, end: np.ndarray, name: np.ndarray, pending: np.ndarray,
                 names: list[str], table: dict[str, tuple[Place, ...]]) -> dict[int, set[str]]:
    """Return the country codes "City, State", "City, Country" and "City in Country" allow, by mention (index):
    both names of a pair, a name then ", " or " in " then a name with a country or region, at least one of them
    `pending` (with several places), where the two have a country in common; and the cities of a list before
    the pair ("Perth and Dundee in Scotland"), where each has a place there. `name` indexes `names`, whose
    places `table` gives."""
    within: dict[int, set[str]] = {}
    gap = start[1:] - end[:-1]
    for i in np.flatnonzero((gap == 2) | (gap == 4)).tolist():
        if text[end[i]: start[i + 1]] not in (", ", " in "):
            continue
        outer = {p.country_code for p in table[names[name[i + 1]]] if p.kind != CITY}
        common = {p.country_code for p in table[names[name[i]]]} & outer
        if not common or _countries_listed(names[name[i]], table, names[name[i + 1]], common):
            continue
        listed = _listed_before(text, start, end, name, names, table, i, common)
        if pending[i] or pending[i + 1] or pending[list(listed)].any():  # "Perth and Glasgow in Scotland"
            within[i] = within[i + 1] = common
            within.update((k, codes) for k, codes in listed.items() if pending[k])
    return within


def _countries_listed(first: str, table: dict[str, tuple[Place, ...]], second: str, common: set[str]) -> bool:
    """Return whether a country's name, then a country's, where the first has only a town in the second ("Venezuela,
    Cuba and Trinidad": Cuba's town Venezuela), is a list of two countries, as news writes them ("Venezuela, Cuba sign
    deal"), not a town and its country; a state of the second keeps the pair ("Georgia, US"), and so does a country's
    other name that is a town's, the island's "Trinidad" ("Trinidad, Cuba": Cuba's town).

    >>> from transforms.enrichments.place_names import gazetteer
    >>> g = gazetteer()
    >>> _countries_listed("Venezuela", g, "Cuba", {"CU"}), _countries_listed("Georgia", g, "US", {"US"})
    (True, False)
    >>> _countries_listed("Kingston", g, "Jamaica", {"JM"}), _countries_listed("Trinidad", g, "Cuba", {"CU"})
    (False, False)
    """
    return (any(p.kind == COUNTRY and p.name == first for p in table[first])
            and any(p.kind == COUNTRY for p in table[second])
            and all(p.kind == CITY for p in table[first] if p.country_code in common))


def _listed_before(text: str, start: np.ndarray, end: np.ndarray, name: np.ndarray, names: list[str],
                   table: dict[str, tuple[Place, ...]], i: int, outer: set[str]) -> dict[int, set[str]]:
    """Return the codes of `outer` that the cities of the list ending at mention `i` allow, by mention: every
    city of it must have a place there, or none is decided ("London, Paris and Athens, Georgia": Paris has a
    Georgia of its own no more than London has; "Perth and Dundee in Scotland": both have Scotland's)."""
    listed: dict[int, set[str]] = {}
    while joint(text, start, end, i - 1, i) is not None:
        i -= 1
        common = {p.country_code for p in table[names[name[i]]] if p.kind == CITY} & outer
        if not common:
            return {}
        listed[i] = common
    return listed


def joint(text: str, start: np.ndarray, end: np.ndarray, a: int, b: int) -> str | None:
    """Return what joins mentions a and b into a pair or list, "," or "and", or None (also when one is missing)."""
    if a < 0 or b >= len(start):
        return None
    between = text[end[a]: start[b]]
    if between == ", ":
        return ","
    return "and" if between in (" and ", ", and ") else None


def allows(keys: set[str], code: str) -> bool:
    """Return whether the codes a mention's stated form allows (`within_named`'s, or a state's "city/US/IL"
    keys: `place_states`) hold a country.

    >>> allows({"US"}, "US"), allows({"city/US/OH"}, "US"), allows({"city/US/OH"}, "IE")
    (True, True, False)
    """
    return code in keys or any(key.split("/")[1] == code for key in keys if "/" in key)
