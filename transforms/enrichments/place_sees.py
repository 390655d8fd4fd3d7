"""A church office's see: "the Bishop of Durham", "the Diocese of Lincoln", "the Archbishop of York" name the old
world's town, not the US namesake a story naming the US would otherwise pick, unless the story names the country of
a namesake and not the European town's ("the Diocese of Worcester" in a story of Massachusetts is Worcester,
Massachusetts's).

`see_countries` gives `places.rows` the country of such a mention's European place, as a team's name gives its
city's (`place_teams.team_countries`): it decides the place and names the country. A European town that a namesake
more than `place_choice.DWARFED` times larger dwarfs is left to the other rules ("the Archdiocese of Boston" is
Massachusetts's, not Lincolnshire's Boston), and so is a name with no European place ("the Archbishop of Chicago").
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.geonames import CITY, REGION, Place
from transforms.enrichments.place_chars import literal_before, text_bytes
from transforms.enrichments.place_choice import DWARFED

# The offices whose see follows "of", capital or not ("Bishop of", "archbishop of", "Archdiocese of"): the words after
# their first letter, and the letters that may open them
_OFFICES = (("ishop of ", "Bb"), ("ishops of ", "Bb"), ("iocese of ", "Dd"))
# The countries of Europe (ISO 3166-1), whose towns the sees of English-language church news are
_EUROPE = frozenset(
    "AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT "
    "NL NO PL PT RO RS SE SI SK SM UA VA XK".split())


# The sees outside Europe named after a European see's town (Catholic and Anglican dioceses of the US, Canada and
# Australia): only these are the namesake's where the article names its state or province. "The Archbishop of York"
# in a story of Pennsylvania and "the Bishop of Durham" in one of North Carolina are England's, no see being there.
_SEES_ABROAD = frozenset((
    "Worcester", "Manchester", "Norwich", "Rochester", "Richmond", "Lincoln", "Birmingham", "Venice", "Syracuse",
    "Toledo", "Cleveland", "Newark", "Camden", "Portland", "Wilmington", "Hartford", "Arlington", "Belleville",
    "Victoria", "London", "Hamilton", "Kingston", "Peterborough", "Halifax", "Bathurst", "Newcastle",
    "Sale", "Grafton", "Bunbury", "Salisbury", "Springfield", "Albany", "Trenton", "Paterson"))


def _see_starts(text: str, start: np.ndarray, chars: np.ndarray) -> np.ndarray:
    """Return, per offset (a mention's start), whether an office's words ("Bishop of ") end right there, read at
    every offset at once in the text's bytes (`chars`: its `place_chars.text_bytes`), not by a search of the whole
    text for each office (2 ms a batch of 2,000 articles each).

    >>> text = "The Bishop of Durham met the Archbishop of York and the diocese of Ely, not a Fishop of Oz."
    >>> starts = np.array([text.index(w) for w in ("Durham", "York", "Ely", "Oz")])
    >>> _see_starts(text, starts, text_bytes(text)).tolist()
    [True, True, True, False]
    """
    found = literal_before(chars, start, "of ")  # as every office's words end: the offices read after it only
    at = np.flatnonzero(found)
    after = start[at]
    found[at] = False
    for office, initials in _OFFICES:
        first = after - len(office) - 1  # the office's first letter, if any: -1 reads no letter
        found[at] |= literal_before(chars, after, office) & np.isin(chars[np.maximum(first, -1)],
                                                                   list(initials.encode()))
    return found


def see_country(places: tuple[Place, ...]) -> str | None:
    """Return the country of a see's European town among a name's places (the largest one's), or None where none is
    European or a namesake more than `DWARFED` times larger dwarfs it.

    >>> from transforms.enrichments.place_names import gazetteer
    >>> [see_country(gazetteer()[n]) for n in ("Durham", "Lincoln", "Boston", "Chicago")]
    ['GB', 'GB', None, None]
    """
    cities = [p for p in places if p.kind == CITY]
    european = [p for p in cities if p.country_code in _EUROPE]
    if not european:
        return None
    town = max(european, key=lambda p: p.population)
    if town.population * DWARFED < max(p.population for p in cities):
        return None
    return town.country_code


def see_countries(text: str, start: np.ndarray, name: np.ndarray, names: list[str],
                  table: dict[str, tuple[Place, ...]], article: np.ndarray | None = None,
                  chars: np.ndarray | None = None) -> dict[int, str]:
    """Return, by mention (index), the country of the see a church office names ("the Bishop of Durham": GB), but
    where the mention's `article` names the state a namesake city is in and that city is a see (`_SEES_ABROAD`), that
    diocese is the namesake's, left to the other rules ("the Diocese of Worcester" in a story that names Massachusetts;
    naming the US alone is no such support: US news names the Bishop of Durham). `chars`: the text's
    `place_chars.text_bytes`, if made already."""
    sees: dict[int, str] = {}
    for i in np.flatnonzero(_see_starts(text, start, text_bytes(text) if chars is None else chars)).tolist():
        places = table[names[name[i]]]
        code = see_country(places)
        if code is None:
            continue
        if article is not None and names[name[i]] in _SEES_ABROAD and _states_named(
                places, name[article == article[i]].tolist(), names, table):
            continue
        sees[i] = code
    return sees


def _states_named(places: tuple[Place, ...], article_names: list[int], names: list[str],
                  table: dict[str, tuple[Place, ...]]) -> bool:
    """Return whether an article's names (indexes into `names`) name a state (a region with its admin1 code) that one
    of these cities is in.

    >>> from transforms.enrichments.place_names import gazetteer
    >>> names = ["Massachusetts", "Texas", "Worcester"]
    >>> [_states_named(gazetteer()["Worcester"], [n], names, gazetteer()) for n in (0, 1, 2)]
    [True, False, False]
    """
    states = {(p.country_code, p.admin1) for n in set(article_names) for p in table[names[n]]
              if p.kind == REGION and p.admin1}
    return any(p.kind == CITY and (p.country_code, p.admin1) in states for p in places)
