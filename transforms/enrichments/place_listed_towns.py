"""Two towns listed as places ("flooding in Brighton and Lancaster"), one country in common: both there, kept.

A city of fewer than `city_population` people is kept only where its article names its country, and a town of
[ambiguity.news_towns] names none ("Brighton" says England to no town beside it). But two towns a word of place
introduces as a pair ("in", "from", "between" ... then "A and B" or "A, B", and on along the list) are places of
one country where their names share only that one: "from Lancaster and Preston" is England's Lancaster (not
California's, the largest) and England's Preston (not Victoria's). A news town beside a town needs no such word
("Storms hit Brighton and Lancaster": England's, Brighton, a news town, being England's alone). Each keeps the
other, as a name of their country would; where the names share several countries, the one where each name's most
populous town lies, if it is one for both ("near Wellington and Christchurch": New Zealand's capital and its second
city, though England has towns of both names): a paper that names two towns of one country side by side means the
country where both are largest, as it means the largest of one name alone; such a pair names its country for the
article's other names, as a name of it would (`places.rows`: the story's "Wellington harbour" is New Zealand's too).
Where their largest lie apart ("in Stafford and Lancaster": England's Stafford, California's Lancaster) or they share
none, nothing changes. A name of a city of a million, a capital's, a region's or a country's is no such town: it is
read as it is, but where a news town is named beside a city of a million whose name a small town near it has
(`_near_namesakes`: "near Perth and Dundee" is Scotland's Perth), and a news town beside a small town of other
countries only is its namesake near that town where it has one (`_near_news_namesakes`: "Manchester and Nashua"). A
news town's country is the pair's only where the news town is read there: its article may place it elsewhere ("Storms
hit York and Lancaster" in a story of Pennsylvania, both its towns), so its partner follows it once the article's
places are settled (`Listed.news_town`), not before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from transforms.enrichments.geonames import CITY, Place
from transforms.enrichments.place_choice import choose
from transforms.enrichments.place_crossings import CROSSING_KM, crossing_countries
from transforms.enrichments.place_crossings import km_between as _km
from transforms.enrichments.place_lone_cities import dominant_city
from transforms.enrichments.place_name_facts import NameFacts
from transforms.enrichments.place_namesakes import is_capital
from transforms.enrichments.place_news_towns import PLAY_FROM
from transforms.enrichments.place_struck_pairs import STRUCK, struck_people_pair

# The words that introduce a pair of small towns as places, the text before the first one ending with one of them
# (not "to": "he passed to Bolton and Preston" are players; nor a ball's "from": `PLAY_FROM`, "goals from"), or a verb
# of a journey whose object is the places gone through ("The Earl of Wessex toured Kingston and Spanish Town"; not
# "met", "saw", "beat", whose objects are as often people or sides)
_INTRODUCERS = tuple(f" {word} " for word in "in at near from between across outside around toured touring visited "
                     "visiting".split())
# What stands between the two towns of a pair; and a route's " to " after its "from" ("from Portland to Salem"), whose
# ends a paper names as places as surely as a list's (not a ball's "from": `PLAY_FROM`)
_JOINS = (" and ", ", ")
_ROUTE_TO = " to "
# The verbs whose object is the places a storm, a flood or a quake reaches ("Floods hit Cologne and Akron"): read as
# a word of place only beside a place the pair names surely (`_beside_sure`), as "hit" takes people and sides too
_STRUCK = STRUCK
# How near a news town a large city's small namesake lies to be the one named beside it (`_near_namesakes`): a
# county's or a conurbation's neighbours (Perth and Dundee, 31 km; St. Petersburg and Tampa, Florida, 30 km), not a
# region's towns a large city's namesake only shares (Rome, Georgia, and Atlanta, 96 km)
NEAR_KM = 50.0
# ... and how near where the pair is no journey's ends but one story's places ("Storms hit Perth and Inverness", 130
# km; "Perth and Glasgow", 78 km): a region's towns, which a storm, a strike or a protest reaches together, where a
# route's ends lie anywhere (`_JOURNEY_ENDS`)
REGION_KM = 150.0
# The words before a pair that make it a route's two ends, which may lie a world apart ("flights between Rome and
# Atlanta", "fans from Paris and Boston", "a line linking Perth and Darwin")
_JOURNEY_ENDS = tuple(f" {word} " for word in "between from to link links linking connect connects connecting".split())


class Listed(NamedTuple):
    """A small town of a listed pair: the one country the pair's names share, and the mention of the news town that
    says the pair is of places (-1: a word of place says it), whose country the town takes only where that news
    town is read there."""

    code: str
    news_town: int


def listed_towns(text: str, start: np.ndarray, end: np.ndarray, name: np.ndarray,
                 info: NameFacts) -> dict[int, Listed]:
    """Return each small town of a pair introduced as places whose names share one country alone: that country, and
    the news town that introduced it.

    >>> from transforms.enrichments.place_name_facts import name_facts
    >>> info = name_facts()
    >>> text = "Fans came from Lancaster and Preston, then Lancaster and Preston sang."
    >>> at = [info.index_of[n] for n in ("Lancaster", "Preston", "Lancaster", "Preston")]
    >>> info.learn(np.array(at))
    >>> listed_towns(text, np.array([15, 29, 43, 57]), np.array([24, 36, 52, 64]), np.array(at), info)
    {0: Listed(code='GB', news_town=-1), 1: Listed(code='GB', news_town=-1)}
    """
    out: dict[int, Listed] = {}
    if len(start) < 2:
        return out
    gap = start[1:] - end[:-1]
    # the second towns of the pairs kept, which introduce the next pair of their list, and the news town of theirs
    chained: dict[int, int] = {}
    for i in np.flatnonzero((gap == 2) | (gap == 4) | (gap == 5)).tolist():  # ", ", " to " or " and ": cheap first
        first, second = int(start[i]), int(end[i])
        join = text[second:int(start[i + 1])]
        if join not in _JOINS and not (join == _ROUTE_TO and _route_from(text[max(0, first - 40):first])):
            continue
        codes = [_town_countries(info, int(n)) for n in name[i:i + 2].tolist()]
        # a large city beside a news town, and a namesake of the city's near that town ("Perth and Dundee"): its
        # country's (`_near_namesakes`)
        if (codes[0] is None) != (codes[1] is None):
            big = 0 if codes[0] is None else 1
            if info.town_name[name[i + 1 - big]]:
                km = NEAR_KM if text[max(0, first - 12):first].endswith(_JOURNEY_ENDS) else REGION_KM
                codes[big] = _near_namesakes(info, int(name[i + big]), int(name[i + 1 - big]), km) or None
                # ... and none near it, a journey's news town is its famous self, the far city no support for a
                # namesake of it ("Flights from Manchester to Chicago": England's, not New Hampshire's)
                town_codes = codes[1 - big]
                if codes[big] is None and km == NEAR_KM and town_codes is not None and len(town_codes) == 1:
                    out[i + 1 - big] = Listed(next(iter(town_codes)), -1)
        if codes[0] is None or codes[1] is None:
            if (codes[0] is None) != (codes[1] is None):  # "Protests in Hamburg and Buffalo"
                _beside_sure(out, text, start, end, name, i, i if codes[1] is None else i + 1, info)
            continue
        # ... a news town says the pair is of places ("Storms hit Brighton and Lancaster"), two small towns need a
        # word of place before them, or before the list they end ("in Lancaster, Preston and Blackpool")
        # (or a storm's striking verb before two names that are no person's: "Storms battered Dover and Folkestone",
        # or of which one is a person's with a town near the other's: "Floods hit Jackson and Memphis")
        before = text[max(0, first - 40):first]
        if (not info.town_name[name[i:i + 2]].any() and i not in chained and not _introduced(before)
                and not (before.endswith(_STRUCK) and join == " and "
                         and (not any(info.names[int(n)] in info.rules.people for n in name[i:i + 2])
                              or struck_people_pair(info, name[i:i + 2].tolist(), codes, REGION_KM)))):
            continue
        common = codes[0] & codes[1]
        # ... names of no common country: each end its namesake near the other, if one alone ("from Dover to
        # Calais": England's Dover; a route's ends may lie a crossing apart, a region's a region's reach)
        crossed = None if common else crossing_countries(info, name[i:i + 2].tolist(), codes,
                                                         CROSSING_KM if join == _ROUTE_TO else REGION_KM)
        if crossed is not None:
            out.update((k, Listed(c, -1)) for k, c in zip((i, i + 1), crossed, strict=True)
                       if not info.town_name[name[k]])
            chained[i + 1] = -1
            continue
        if not common and info.town_name[name[i:i + 2]].sum() == 1:
            # a news town beside a small town of other countries only, one of which has a namesake of the news town
            # near it ("Power cuts in Manchester and Nashua": New Hampshire's both): that namesake and its
            # neighbour, read as a pair of one country is, the news town with them (no longer its famous bearer)
            town = i if info.town_name[name[i]] else i + 1
            km = NEAR_KM if text[max(0, first - 12):first].endswith(_JOURNEY_ENDS) else REGION_KM
            near = _near_news_namesakes(info, int(name[town]), int(name[2 * i + 1 - town]), km)
            if len(near) == 1:
                listed = Listed(next(iter(near)), -1)
                out.update((k, listed) for k in (i, i + 1))
                chained[i + 1] = -1
            else:
                _beside_sure(out, text, start, end, name, i, 2 * i + 1 - town, info)  # "in Leeds and Buffalo"
            continue
        if len(common) > 1:
            common &= _largest_country(info, int(name[i])) & _largest_country(info, int(name[i + 1]))
        if len(common) == 1:
            news_town = next((k for k in (i, i + 1) if info.town_name[name[k]]), chained.get(i, -1))
            listed = Listed(next(iter(common)), news_town)
            out.update((k, listed) for k in (i, i + 1) if not info.town_name[name[k]])
            chained[i + 1] = news_town
    return out


def _beside_sure(out: dict[int, Listed], text: str, start: np.ndarray, end: np.ndarray, name: np.ndarray, pair: int,
                 town: int, info: NameFacts) -> None:
    """Add to `out` a small town named as a place beside a place its pair names surely (a city of a million, a
    capital, a country, a news town), where one city of its name dwarfs the rest (`dominant_city`): that city's
    country ("Protests in Hamburg and Buffalo": New York's Buffalo). The pair's word of place says both are places,
    and the partner says the pair is of places, not of people ("confidence in Warren and Sanders"); joined by "and"
    alone, as a comma after a country may open a list of its people ("runners from Kenya, Tyler and Kiplagat"), or
    by a route's "from ... to" ("from Buffalo to Miami")."""
    first = int(start[pair])
    before, join = text[max(0, first - 40):first], text[int(end[pair]):int(start[pair + 1])]
    n = info.names[int(name[town])]
    # a striking verb takes people as objects as well ("the scandal hit Tyler and Cologne"): a name that is also a
    # person's ([ambiguity] people) is a place there only after a word of place
    struck = before.endswith(_STRUCK) and n not in info.rules.people
    if info.town_name[name[town]] or not (join == " and " and (_introduced(before) or struck)
                                          or join == _ROUTE_TO):  # a route's "to" only after its "from"
        return
    # ... or where the largest of its name is a nation's capital ("Concerts in Berlin and Kingston": Jamaica's, whose
    # namesake in Ontario is a seventh its size); not a capital a namesake dwarfs ("Berlin and Hamilton": Bermuda's)
    big = dominant_city(n, info.table[n]) or _capital(info.table[n])
    if big is not None:
        out[town] = Listed(big.country_code, -1)


def _capital(places: Sequence[Place]) -> Place | None:
    """Return the most populous city of a name where it is its nation's capital, else None."""
    big = max(places, key=lambda p: p.population, default=None)
    return big if big is not None and big.kind == CITY and is_capital(big) else None


def _introduced(before: str) -> bool:
    """Return whether the text before a pair of towns ends with a word introducing places, no ball's "from".

    >>> [_introduced(t) for t in ("Police in ", "travelled from ", "a header from ", "passed to ")]
    [True, True, False, False]
    """
    return before.endswith(_INTRODUCERS) and not (before.endswith(" from ") and PLAY_FROM.search(before))


def _route_from(before: str) -> bool:
    """Return whether the text before a route's first town ends with its "from", no ball's.

    >>> [_route_from(t) for t in ("Trains ran from ", "a header from ", "said to ")]
    [True, False, False]
    """
    return before.endswith(" from ") and not PLAY_FROM.search(before)


def _town_countries(info: NameFacts, n: int) -> frozenset[str] | None:
    """Return the countries a name's town may be in, or None for a name that is no small town's alone: a news town's
    name is its news town's country's, a name of small cities theirs."""
    places = info.table[info.names[n]]
    r = info.rules
    if info.town_name[n]:
        return frozenset(p.country_code for p in places if p.geonames_id in r.news_town_ids) or None
    if all(p.kind == CITY and not r.big_city(p) and p.geonames_id not in r.capitals for p in places):
        return frozenset(p.country_code for p in places)
    return None


def _near_namesakes(info: NameFacts, n: int, town: int, km: float = NEAR_KM) -> frozenset[str]:
    """Return the countries of a large city's small namesakes within `km` of a news town's place, where all the
    city's places are cities, none a capital of [ambiguity.capitals] nor a news town.

    A paper that names two towns side by side as places names neighbours ("Snow fell near Perth and Dundee": Scotland's
    Perth, 30 km from Dundee, not Australia's); a large city named beside a far town is the large city, a journey's
    end ("flights between Paris and Boston": no Paris, Texas; "London and Vancouver": no London, Ontario).

    >>> from transforms.enrichments.place_name_facts import name_facts
    >>> info = name_facts()
    >>> at = info.index_of
    >>> _near_namesakes(info, at["Perth"], at["Dundee"]), _near_namesakes(info, at["Paris"], at["Boston"])
    (frozenset({'GB'}), frozenset())
    """
    places = info.table[info.names[n]]
    r = info.rules
    if not all(p.kind == CITY and p.geonames_id not in r.capitals and p.geonames_id not in r.news_town_ids
               for p in places):
        return frozenset()
    towns = [p for p in info.table[info.names[town]] if p.geonames_id in r.news_town_ids]
    return frozenset(p.country_code for p in places if not r.big_city(p)
                     and any(_km(p, t) <= km for t in towns))


def _near_news_namesakes(info: NameFacts, town: int, n: int, km: float) -> frozenset[str]:
    """Return the countries of a news town's namesakes (none a news town) within `km` of a small town's places.

    >>> from transforms.enrichments.place_name_facts import name_facts
    >>> info = name_facts()
    >>> at = info.index_of
    >>> _near_news_namesakes(info, at["Manchester"], at["Nashua"], 50.0)
    frozenset({'US'})
    """
    r = info.rules
    namesakes = [p for p in info.table[info.names[town]] if p.geonames_id not in r.news_town_ids]
    return frozenset(p.country_code for p in namesakes for q in info.table[info.names[n]] if _km(p, q) <= km)


def _largest_country(info: NameFacts, n: int) -> frozenset[str]:
    """Return the country of the most populous place of a name, as a set to intersect.

    >>> from transforms.enrichments.place_name_facts import name_facts
    >>> info = name_facts()
    >>> _largest_country(info, info.index_of["Christchurch"]), _largest_country(info, info.index_of["Lancaster"])
    (frozenset({'NZ'}), frozenset({'US'}))
    """
    return frozenset({max(info.table[info.names[n]], key=lambda p: p.population).country_code})


def followed_news_towns(listed: dict[int, Listed], place: np.ndarray, name: np.ndarray,
                        info: NameFacts) -> dict[int, Listed]:
    """Return the listed towns that keep their pair's country once every mention's place is settled (`place`): those
    a word of place introduced, and those whose news town is read in that country, each set to its place there; a
    news town read elsewhere leaves its partner as its article reads it (no longer listed)."""
    kept: dict[int, Listed] = {}
    for i, town in listed.items():
        if town.news_town >= 0:
            if info.places[place[town.news_town]].country_code != town.code:
                continue  # "York and Lancaster" in a story of Pennsylvania: the US's York, and Lancaster as read
            if info.places[place[i]].country_code != town.code:
                place[i] = info.place(choose(info.table[info.names[name[i]]], set(), within={town.code}))
        kept[i] = town
    return kept
