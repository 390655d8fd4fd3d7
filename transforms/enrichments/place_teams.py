"""A place's name before a team's nickname: the team's city or state, no person, in the team's country.

A name of places.toml's `people` ("Dallas", "Houston", "Washington") or a town's is no place before another
capitalised word, which is as often a surname ("Dallas Roberts", "Houston Nutt", "Denver Pyle"); before a
nickname of the major leagues' teams (`team_nicknames`: "Cowboys", "Astros", "Red Sox") it is the team's
place, as a larger city's name lends itself to its clubs ("Manchester United"). `place_context` asks
`nickname_follows` where it reads such a name.

A team's whole name (`[ambiguity.teams]`: "Denver Broncos", "Manchester United", "a former Dallas Cowboy") also
says which country its place is in: `team_countries` gives it to `places.rows`, where it decides the place and
names the country as a country's name does. A name of `people` that beats a place's name is a team too ("Valencia
beat Barcelona": `place_follows`).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from transforms.enrichments.place_names import gazetteer
from transforms.enrichments.place_table import places_toml

# Words after a team's name that make its city's word the city's: "Manchester City Council", "Birmingham City
# Hall", "Chicago Fire Department" (with `place_nouns`)
_CITY_WORDS = ("Hall", "Centre", "Center", "Centre's", "School", "Schools", "Limits", "Square", "Council's")


@lru_cache(maxsize=1)
def _nickname() -> re.Pattern[str]:
    nicknames = sorted(places_toml()["ambiguity"]["team_nicknames"], key=len, reverse=True)  # "Red Sox" over "Reds"
    # one space or two (texts joined from lines), and the nickname whole: no letter, digit or hyphen after it
    # ("Dallas Starsky" is a person's), an apostrophe being the possessive's ("the Broncos' coach")
    return re.compile(rf"  ?(?:{'|'.join(map(re.escape, nicknames))})(?![\w-])")


def nickname_follows(text: str, end: int, start: int = -1) -> bool:
    """Return whether a team's nickname (`team_nicknames`) follows the name ending at `end` after a space, or,
    given the name's `start`, a nickname of its own teams (`team_follows`: "a former Dallas Cowboy").

    >>> [nickname_follows(t, t.index(" ")) for t in ("Dallas Cowboys", "Boston Red Sox", "Dallas Roberts")]
    [True, True, False]
    >>> nickname_follows("a Dallas Cowboy", 8), nickname_follows("a Dallas Cowboy", 8, 2)
    (False, True)
    """
    return _nickname().match(text, end) is not None or (start >= 0 and team_follows(text, start, end) is not None)


@lru_cache(maxsize=1)
def _teams() -> dict[str, tuple[re.Pattern[str], str]]:
    """Return, by a team's place as written (`[ambiguity.teams]`), the pattern of its teams' nicknames after it
    and the place's country code."""
    a = places_toml()["ambiguity"]
    no_singular = set(a["place_nouns"]) | set(a["titles"])  # "Washington Senator Patty Murray", "Sacramento King"
    after = "|".join(map(re.escape, sorted(set(a["place_nouns"]) | set(_CITY_WORDS), key=len, reverse=True)))
    teams = {}
    for code, places in a["teams"].items():
        for place, nicknames in places.items():
            forms = []
            for nickname in sorted(nicknames, key=len, reverse=True):
                one = nickname[:-1]
                forms.append(re.escape(one) + "s?" if nickname.endswith("s") and not nickname.endswith("ss")
                             and "'" not in nickname and one not in no_singular else re.escape(nickname))
            # as `_nickname`, and no word of a city's own after it ("Manchester City Council")
            teams[place] = (re.compile(rf"  ?(?:{'|'.join(forms)})(?![\w-])(?![ \t]+(?:{after})(?![\w-]))"), code)
    return teams


def team_follows(text: str, start: int, end: int) -> str | None:
    """Return the country code of the team whose name the place's name from `start` to `end` opens
    (`[ambiguity.teams]`), or None.

    >>> [team_follows(t, 0, t.index(" ")) for t in ("Denver Broncos", "Dallas Cowboy", "Manchester City fans",
    ...                                            "Manchester City Council", "Denver Roberts")]
    ['US', 'US', 'GB', None, None]
    """
    team = _teams().get(text[start:end])
    return team[1] if team is not None and team[0].match(text, end) else None


@lru_cache(maxsize=1)
def team_places() -> frozenset[str]:
    """Return the places' names that open a team's name (`[ambiguity.teams]`), as written."""
    return frozenset(_teams())


def team_countries(text: str, start: np.ndarray, end: np.ndarray, at: np.ndarray) -> dict[int, str]:
    """Return, by mention (index), the country code of the team whose name it opens (`team_follows`), of the
    mentions `at` (indexes: those whose name is one of `team_places`)."""
    teams = {}
    for i in at.tolist():
        if code := team_follows(text, int(start[i]), int(end[i])):
            teams[i] = code
    return teams


# Verbs of `speech` that a team does to another: before a place's name ("Valencia beat Barcelona", "Jordan beat
# Syria 2-1") the name is a team's, its place, as a player beats a player ("Agassi beat Federer").
SPORT_VERBS = frozenset({"beat"})
# One or two capitalised words, a club's name ("Barcelona", "Real Madrid", "Inter Milan", "Aston Villa")
_CLUB = re.compile(r" ([A-Z][\w.-]*)(?: ([A-Z][\w-]*))?")


def place_follows(text: str, at: int) -> bool:
    """Return whether a space and a place's name of the gazetteer, perhaps a club's in two words, follow `at`.

    >>> [place_follows(t, t.index(" beat") + 5) for t in ("Valencia beat Barcelona", "Valencia beat Real Madrid 2-0",
    ...                                                    "Valencia beat Federer", "Valencia beat the odds")]
    [True, True, False, False]
    """
    match = _CLUB.match(text, at)
    if match is None:
        return False
    first, second = match.groups()
    names = gazetteer()
    return first in names or (second is not None and (f"{first} {second}" in names or second in names))
