"""Which of a name's places a mention names: the best prior (kind, then a city's size) plus the support
of the countries its article names (`choose`), and the country a name names on its own (`anchor`,
`only_country`), which is that support.

A name with several places (Georgia the state and the country, Birmingham in England and Alabama)
becomes the one the article supports: countries before regions before cities, then the place whose
country the article names unambiguously elsewhere, then the larger city (support never lifts a city
over one of its name more than 10 times larger: Moscow, Russia, not Moscow, Idaho, in a story that names
the US).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from functools import cache, lru_cache

from transforms.enrichments.geonames import CITY, COUNTRY, REGION, Place
from transforms.enrichments.place_names import gazetteer
from transforms.enrichments.place_rules import Rules, rules
from transforms.enrichments.place_table import places_toml

_KIND_PRIOR = {COUNTRY: 3.0, REGION: 2.0, CITY: 1.0}
# A place whose country the article names elsewhere wins over any prior.
_SUPPORTED = 5.0
# A city whose country only the article's small cities name ("near Valencia ... Alicante and Murcia") wins over a
# namesake of a million (the prior's 1.5), not over one the article's countries support.
_HINTED = 2.0
# A city is not lifted by support over a city of its name more than this many times larger.
DWARFED = 10
# What a city of `news_cities` adds to its prior: its name's news meaning before a namesake up to `DWARFED` times
# larger (the log of the size, a tenth, adds at most 0.1 more), where the article supports neither or both
_NEWS_MEANING = 0.1
# The most a city of its own country's name (Singapore, Hong Kong, Monaco, Gaza: a city-state) weighs: below the
# country, so that each of its mentions names the country, as a bare one of Monaco or Macau did, and not the city
# at some and the country at others (where listed among countries): a user counting an article's places counts one
_CITY_STATE = _KIND_PRIOR[COUNTRY] - 0.5


# Each ambiguous name's places' priors (kind, then a city's size), whether one is a country and which are
# dwarfed cities, by the id of its gazetteer tuple, which the entry keeps alive: computed once per process,
# not at every mention.
# (the candidates, their priors, their countries' codes, whether each is dwarfed, whether hints may lift each)
_Entry = tuple[tuple[Place, ...], list[float], frozenset[str], list[bool], tuple[int, ...]]
# Which hints may lift a candidate (`_new_priors`): a news town's only, or any small city's
_VOUCHED, _ANY = 1, 2
_PRIORS: dict[int, _Entry] = {}


def _priors(candidates: tuple[Place, ...]) -> tuple[list[float], frozenset[str], list[bool]]:
    """Return the candidates' priors, the codes of those that are countries and, per candidate, whether
    it is a city that a city of its name more than `DWARFED` times its population dwarfs (Moscow, Idaho,
    by Moscow, Russia)."""
    cached = _PRIORS.get(id(candidates))
    if cached is None or cached[0] is not candidates:
        cached = _PRIORS[id(candidates)] = _new_priors(candidates)
    return cached[1], cached[2], cached[3]


def _new_priors(candidates: tuple[Place, ...]) -> _Entry:
    """Return `_priors`' entry of the candidates, with whether the article's small cities may lift one of them
    (`_hinted_cities`)."""
    r = rules()
    priors = []
    for p in candidates:
        prior = _KIND_PRIOR[p.kind]
        if p.kind == CITY:  # a city of millions is the place before a region of its name (New York)
            prior += math.log10(p.population + 1) / 10 + (1.5 if r.big_city(p) else 0.0)
            prior += _NEWS_MEANING if p.geonames_id in r.news_cities or p.geonames_id in r.news_town_ids else 0.0
        priors.append(prior)
    countries = frozenset(p.country_code for p in candidates if p.kind == COUNTRY)
    # a city-state's city is its country's: one place at every mention, listed or not (`_CITY_STATE`)
    priors = [min(prior, _CITY_STATE) if p.kind == CITY and p.country_code in countries else prior
              for p, prior in zip(candidates, priors, strict=True)]
    biggest = max((p.population for p in candidates if p.kind == CITY), default=0)
    dwarfed = [p.kind == CITY and p.population * DWARFED < biggest for p in candidates]
    liftable = all(p.kind == CITY and p.geonames_id not in r.capitals and p.geonames_id not in r.means.values()
                   for p in candidates)
    # ... and only to a city kept without its country named (of a million, `news_cities`, a news town), or among
    # namesakes of a city of a million (`places.rows` keeps the one lifted): a small town's hint to a small namesake is
    # circular, both left out where no name names the country ("Fans in Brighton and in Palmer": no Brighton at all).
    # A news town's hint lifts any (`places.rows` keeps its state's towns: "TPC of Boston in Norton"): `_VOUCHED`
    big = any(map(r.big_city, candidates))
    lifts = tuple(0 if not liftable else _ANY if big or p.geonames_id in r.news_town_ids else _VOUCHED
                  for p in candidates)
    return candidates, priors, countries, dwarfed, lifts


def _hinted_cities(candidates: tuple[Place, ...]) -> tuple[int, ...]:
    """Return, per candidate, which of the article's small cities' countries may lift it over another: only
    among cities, none of them a national capital (or the place a name `means`). News names a capital alone (a US
    story's "Athens" is Greece's, whatever its Atlanta), and a region or a country is the name's before its cities
    ("HUNTSVILLE, ONT. - The Ontario government": the province, not California's Ontario). Among names of no city
    of a million, any only to those kept without their country named, a news town's to the others (`_new_priors`)."""
    _priors(candidates)
    return _PRIORS[id(candidates)][4]


def choose(candidates: tuple[Place, ...], named: set[str], among_countries: bool = False,
            within: set[str] | None = None, hinted: set[str] | frozenset[str] = frozenset(),
            vouched: set[str] | frozenset[str] = frozenset()) -> Place:
    """Return the place a name with these candidates names: the best prior plus support (a country the
    article `named`; one it only `hinted`, by a small city, supports a country or region, and a city less, enough
    to pass a namesake of a million, not a capital nor a region: "near Valencia ... Alicante" is Spain's), the
    first of equals. Support never lifts a city over a country of its name (Jamaica, not Jamaica
    in Queens, in a story that names the US), nor a city over one of its name more than `DWARFED` times
    larger (Moscow, Russia, not Moscow, Idaho), unless the mention's explicit form says so ("Jamaica,
    New York": `within`, the codes it allows). A hint lifts a small town only where a news town gave it (`vouched`,
    of `hinted`: "Boston ... in Norton"); a small town's hint to a small town of its country would keep neither."""
    if len(candidates) == 1:
        return candidates[0]
    priors, countries, dwarfs = _priors(candidates)
    lifts = _hinted_cities(candidates) if hinted else ()
    city_hints = hinted if any(lifts) else frozenset()
    vouched = vouched & city_hints
    best, best_score = candidates[0], -math.inf
    for j, (p, prior, dwarfed) in enumerate(zip(candidates, priors, dwarfs, strict=True)):
        code = p.country_code
        if within is not None:
            if code not in within and f"{p.kind}/{code}/{p.admin1}" not in within:  # "city/US/IL": Springfield, Ill.
                continue
            if p.kind == CITY and countries:
                prior = _KIND_PRIOR[COUNTRY] + 1.0
        if within is None and p.kind == CITY and (dwarfed or (countries and code not in countries)):
            support = 0.0  # never lifted over the country of its name, nor over a far larger city of it
        else:
            support = (_SUPPORTED if code in named or (p.kind != CITY and code in hinted)
                       else _HINTED if code in city_hints and (lifts[j] == _ANY or code in vouched) else 0.0)
        if among_countries and p.kind == COUNTRY:
            support += _SUPPORTED + 1  # "Ukraine and Georgia": a country in a list of countries
        score = prior + support
        if score > best_score:
            best, best_score = p, score
    return best


def _eligible(candidates: tuple[Place, ...]) -> tuple[Place, ...]:
    """Return the candidates a bare mention may name: not a foreign city below a country of the name, nor
    a city that one of its name more than `DWARFED` times larger dwarfs (`choose` never lifts it: a bare
    "Madrid" is Spain's, whatever the article, and names Spain for its other names as Spain's does, though
    Colombia has a Madrid of 135,000)."""
    if len(candidates) == 1:
        return candidates
    priors, countries, dwarfs = _priors(candidates)
    if not countries:
        return tuple(p for p, dwarfed in zip(candidates, dwarfs, strict=True) if not dwarfed)
    top = max(prior for p, prior in zip(candidates, priors, strict=True) if p.kind == COUNTRY)
    return tuple(p for p, prior, dwarfed in zip(candidates, priors, dwarfs, strict=True)
                 if p.kind != CITY or ((p.country_code in countries or prior > top) and not dwarfed))


def only_country(candidates: tuple[Place, ...]) -> str | None:
    """Return the country a bare mention of these candidates is in whatever the article, or None.

    >>> only_country(gazetteer()["Jamaica"]), only_country(gazetteer()["Georgia"])
    ('JM', None)
    """
    codes = {p.country_code for p in _eligible(candidates)}
    return codes.pop() if len(codes) == 1 else None


def anchor(candidates: tuple[Place, ...], r: Rules) -> str | None:
    """Return the country a name names on its own, without help from the article, or None: a small
    city's does not count (it is kept only where its country is named) unless its name holds its
    country's or its region's (`names_its_country`, `names_its_region`), nor, whatever its size, the
    place a name of `r.means` means (it is that place by fiat, not because it names its country: a bare
    "Washington" does not make Moscow the one in Idaho). Nor, beside a region or a country of the name, do
    small cities that need their country named to be kept at all: "Florida" names the US, whatever Cuba's
    and Uruguay's towns of the name.

    >>> anchor(gazetteer()["Florida"], rules()), anchor(gazetteer()["Georgia"], rules())
    ('US', None)
    """
    eligible = _eligible(candidates)
    small = [(p.kind == CITY and not r.big_city(p) and p.geonames_id not in r.capitals
              and not names_its_country(p) and not names_its_region(p)) or p.geonames_id in r.means.values()
             or (p.kind == REGION and p.name in r.named_regions) for p in eligible]  # "Victoria": kept as a town
    if all(small):
        return None
    if any(p.kind != CITY for p in eligible):
        codes = {p.country_code for p, no in zip(eligible, small, strict=True) if not no}
        return codes.pop() if len(codes) == 1 else None
    return only_country(candidates)


def names_its_country(p: Place) -> bool:
    """Return whether a city's name holds a name of its country, the gazetteer's or one of places.toml's
    [country_aliases] (not a demonym): such a city names its country as a country's name does.

    >>> [names_its_country(gazetteer()[n][0]) for n in ("Antigua Guatemala", "Kuwait City", "Gaza City", "Guatemala")]
    [True, True, True, False]
    """
    return p.kind == CITY and _country_name_pattern(p.country_code).search(p.name) is not None


def names_its_region(p: Place) -> bool:
    """Return whether a city's name holds the name of one of its country's [regions] of places.toml (the islands and
    provinces news names as regions): such a city names its country as a country's name does.

    >>> [names_its_region(gazetteer()[n][0]) for n in ("Santa Cruz de Tenerife", "Banda Aceh", "Santa Cruz")]
    [True, True, False]
    """
    return p.kind == CITY and _region_name_pattern(p.country_code).search(p.name) is not None


@cache
def _country_name_pattern(code: str) -> re.Pattern[str]:
    """Return one pattern of a country's names as whole words: a match wherever one name's own search would
    match (the alternatives are tried at every offset), compiled once per country, not escaped and looked up
    in `re`'s cache per name at each of the 3,600 cities a new worker numbers."""
    names = "|".join(re.escape(name) for name in _country_names()[code])
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])" if names else r"(?!)")


@cache
def _region_name_pattern(code: str) -> re.Pattern[str]:
    """Return one pattern of the names of places.toml's [regions] in a country as whole words (none: no match)."""
    names = "|".join(re.escape(name) for name in sorted(_region_names()[code], key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])" if names else r"(?!)")


@lru_cache(maxsize=1)
def _region_names() -> dict[str, list[str]]:
    """Return each country code's regions of places.toml's [regions] (a region of two countries in both)."""
    names: dict[str, list[str]] = defaultdict(list)
    for region, codes in places_toml()["regions"].items():
        for code in [codes] if isinstance(codes, str) else codes:
            names[code].append(region)
    return names


@lru_cache(maxsize=1)
def _country_names() -> dict[str, list[str]]:
    """Return each country code's names: the gazetteer's and places.toml's [country_aliases]."""
    names: dict[str, list[str]] = defaultdict(list)
    for places in gazetteer().values():
        for p in places:
            if p.kind == COUNTRY and p.name not in names[p.country_code]:
                names[p.country_code].append(p.name)
    for alias, code in places_toml()["country_aliases"].items():
        names[code].append(alias)
    return names
