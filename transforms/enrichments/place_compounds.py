"""Names inside a longer name: a mountain's ("Mount St Helens"), an event's ("the Athens Olympics"), a team's
("the Cleveland Indians"), a place's ("San José de Cúcuta") and a person's, a firm's or a prize's ("Howard
Stern", "Golden Globe").

A name right after a word of places.toml's [ambiguity] `landforms` ("Mount", "Mt.") names a mountain,
which the gazetteer lacks, not a town of its name: "Mount St Helens" is no St Helens, England, "Mt.
Washington" no US capital (`on_mountains`). A country's or region's name stays its place ("Mount
Kenya": the mountain is in it; "Mount Lebanon" is a whole name of the gazetteer's, Pennsylvania's town, as
"Mount Vernon" and "Mount Isa" are), and so does a town before its state ("Mt. Vernon, N.Y."). A US or
Canadian town's "Mount" and a given name ([ambiguity] `mount_given_names`) is the town only in an article
that writes it once with its state after it (`on_person_mounts`): alone, "Mount Juliet" is the Kilkenny golf
course.

A saint's name right before a particle and a word ("San José de Cúcuta") is the start of a place's long
name that the gazetteer holds by its last part only (`in_saints_long_names`): Cúcuta, Colombia, and no San
José, Costa Rica. The long names the gazetteer holds whole are found whole, as the longest name wins
("Santiago de Cuba", "Santa Cruz de Tenerife"), and a saint's person is no place either ("St. Louis de
Montfort").

A name glued to a dollar sign is a currency's letters, no place (`in_currency_signs`: "US$2.16 billion",
"$US 170,000" name no country; `amount_pattern` reads them as the currency).

A nation's people in the plural that is, with the city's name before it, a North American team's name
([ambiguity] `team_names`) names no nation (`in_team_names`: "the Cleveland Indians" names no India; "Toronto
Indians" and "Miami Cubans" are the nations' people).

A city's name right before a word of `events` ("Olympics", "Games", "Marathon") or `meetings` ("Summit",
"Festival") names the event's host, one of its national capitals or cities of a million, whatever other
countries the article names: a US athlete at "the Athens Olympics" does not move them to Athens, Georgia,
as the US's support would (Georgia's Athens is not ten times smaller, so support may lift it). Among
several such cities the article's support still chooses ("the Hyderabad Summit" in a story of Pakistan is
Pakistan's). A sporting event's host is also every other mention of that name in the article ("gold at the
Athens Olympics ... her double in Athens": the story is the event's); a meeting's only its own ("the
Athens Summit of Georgia business leaders met in Athens" may be Georgia's Athens, as its support says). A town news
names alone ([ambiguity.news_towns]) hosts a meeting: "the Geneva Motor Show" in a story of Detroit is Switzerland's.
The Olympic Games named anywhere in an article are `place_olympics`'.

A town's name (all its places towns of fewer than `TOWN_POPULATION` people) right before a capitalised
word that is none of `place_nouns` is a person's, a firm's or a prize's name, not the town, as a name
found without its accents is (`towns_only`, read by `place_person_reading.person_reading`): "Howard Stern" is no
Howard, Wisconsin, "Golden Globe" no Golden, Colorado, "Davis Cup" no Davis, California; but a date, "I"
or the town's own state or country is no surname ("hit Galveston Tuesday", "Galveston Texas"), and in a
headline in Title Case the article says ("Green Tosses 3 Touchdown Passes" is the town only where the
story keeps Green, Ohio, elsewhere). A larger city's
name lends itself to the clubs, streets and landmarks in it ("Manchester United", "Leicester Square",
"Boston Red Sox"), which are the place; a first name that is a larger city's is on the people list
("Vladimir Putin").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import numpy as np

from transforms.enrichments.geonames import CITY, Place
from transforms.enrichments.place_chars import char_at, text_bytes
from transforms.enrichments.place_full_names import SAINTS
from transforms.enrichments.place_mentions import name_keys
from transforms.enrichments.place_names import gazetteer
from transforms.enrichments.place_rules import WORD_END, rules
from transforms.enrichments.place_states import state_follows
from transforms.enrichments.place_table import places_toml


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Return the patterns of a landform word and the space after it, before a name, and of the space and a
    sporting event's word, and a meeting's, after a name (anchored there by `match`)."""
    a = places_toml()["ambiguity"]

    def either(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    # no lookbehind before the landform words: it would cost the scan its literal prefix (90 ms a batch)
    return (re.compile(rf"(?:{either(a['landforms'])}) (?=[A-Z])"),
            re.compile(rf"  ?(?:{either(a['events'])}){WORD_END}"),
            re.compile(rf"  ?(?:{either(a['meetings'])}){WORD_END}"))


# Towns smaller than this lend their names to people, firms and prizes far more often than to what
# stands in them: before a capitalised word, such a name is not the town (`towns_only`).
TOWN_POPULATION = 100_000


def towns_only(places: tuple[Place, ...]) -> bool:
    """Return whether a name's places are all towns of fewer than `TOWN_POPULATION` people.

    >>> [towns_only(gazetteer()[name]) for name in ("Howard", "Golden", "Manchester", "Vladimir", "Georgia")]
    [True, True, False, False, False]
    """
    return all(p.kind == CITY and p.population < TOWN_POPULATION for p in places)


@cache
def _towns(n: int) -> bool:
    """Return whether the name of index `n` (into `name_keys().names`) may name a city."""
    return any(p.kind == CITY for p in gazetteer()[name_keys().names[n]])


@cache
def _famous(n: int) -> frozenset[str]:
    """Return, when the places of the name of index `n` are cities, the keys (`place_choice.choose`'s
    `within`: "city/GR/ESYE31") of those that are national capitals of [ambiguity.capitals] or of
    `city_population` people or more, the cities an event named so may be in; else none."""
    r, places = rules(), gazetteer()[name_keys().names[n]]
    if any(p.kind != CITY for p in places):
        return frozenset()
    return frozenset(f"{p.kind}/{p.country_code}/{p.admin1}" for p in places
                     if p.geonames_id in r.capitals or r.big_city(p))


@cache
def _meeting_hosts(n: int) -> frozenset[str]:
    """Return `_famous`'s keys of the name of index `n`, and those of its town news names alone ([ambiguity.news_towns]:
    "the Geneva Motor Show" is Switzerland's in a story of Detroit, no Geneva, Illinois)."""
    r, places = rules(), gazetteer()[name_keys().names[n]]
    if any(p.kind != CITY for p in places):
        return frozenset()
    return _famous(n) | {f"{p.kind}/{p.country_code}/{p.admin1}" for p in places if p.geonames_id in r.news_town_ids}


def on_mountains(text: str, start: np.ndarray, end: np.ndarray, name: np.ndarray) -> np.ndarray:
    """Return, per mention (start, end, name index), whether it is a mountain's name, no place: right after
    a landform word and a name that may be a city, but for a town before its state ("Mt. Vernon, N.Y.":
    a town the gazetteer lacks so spelt, and the state a mention still).

    >>> from transforms.enrichments.place_mentions import mention_arrays
    >>> text = "Ash from Mount St Helens fell as far as Mt. Washington; Mount Kenya and St Helens were calm."
    >>> start, end, name = mention_arrays(text)
    >>> [text[s:].split(" ")[0] for s in start[on_mountains(text, start, end, name)].tolist()]
    ['St', 'Washington;']
    """
    after = [m.end() for m in _patterns()[0].finditer(text)
             if not m.start() or not (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".'’-")]
    if not after:
        return np.zeros(len(start), dtype=bool)
    at = np.isin(start, after)
    for i in np.flatnonzero(at).tolist():
        at[i] = _towns(int(name[i])) and not state_follows(text, int(end[i]))
    return at


def in_currency_signs(text: str, start: np.ndarray, end: np.ndarray, chars: np.ndarray | None = None) -> np.ndarray:
    """Return, per mention (start, end), whether a dollar sign is glued to it: a currency's letters (`chars`: the
    text's `place_chars.text_bytes`, if made already).

    >>> from transforms.enrichments.place_mentions import mention_arrays
    >>> text = "Shopify earned US$2.16 billion and $US 5m in the US."
    >>> start, end, _ = mention_arrays(text)
    >>> [text[s:e] for s, e in zip(start.tolist(), end.tolist())], in_currency_signs(text, start, end).tolist()
    (['US', 'US', 'US'], [True, True, False])
    """
    if "$" not in text:
        return np.zeros(len(start), dtype=bool)
    chars = text_bytes(text) if chars is None else chars  # the character at each mention's end and before its start
    return char_at(chars, end, "$") | char_at(chars, start - 1, "$")


@lru_cache(maxsize=1)
def _team_nicknames() -> dict[int, frozenset[str]]:
    """Return the indexes (into `name_keys().names`) of the nations' people in the plural that are North
    American teams' nicknames (`team_names`: "Indians"), each with the cities whose team it names."""
    cities: dict[str, set[str]] = {}
    for team in places_toml()["ambiguity"]["team_names"]:
        city, _, nickname = team.rpartition(" ")
        cities.setdefault(nickname, set()).add(city)
    return {i: frozenset(cities[name]) for i, name in enumerate(name_keys().names) if name in cities}


def in_team_names(text: str, start: np.ndarray, end: np.ndarray, name: np.ndarray) -> np.ndarray:
    """Return, per mention (start, end, name index), whether it is a nation's people in the plural that is,
    with the city's name and a space before it, a team's name (`team_names`): no mention of the nation ("the
    Cleveland Indians" names no India; "Toronto Indians" and "Miami Cubans" are the nations' people). The
    city's own name is left to the other rules, as the city of a team's name is ("Boston Red Sox").

    >>> from transforms.enrichments.place_mentions import mention_arrays
    >>> text = "The Cleveland Indians beat Indians in Delhi; Toronto Indians and Miami Cubans cheered."
    >>> start, end, name = mention_arrays(text)
    >>> team = in_team_names(text, start, end, name)
    >>> [text[s:e] for s, e, t in zip(start.tolist(), end.tolist(), team.tolist()) if t]
    ['Indians']
    """
    team = np.zeros(len(start), dtype=bool)
    if len(start) < 2:
        return team
    nicknames = _team_nicknames()
    people = np.isin(name, list(nicknames))
    people[0] = False
    for i in np.flatnonzero(people).tolist():
        team[i] = (start[i] == end[i - 1] + 1 and text[end[i - 1]] == " "
                   and text[start[i - 1]:end[i - 1]] in nicknames[int(name[i])])
    return team


@lru_cache(maxsize=1)
def _person_mounts() -> list[int]:
    """Return the indexes (into `name_keys().names`) of the US and Canadian towns' names that are "Mount" and
    a given name (`mount_given_names`: "Mount Juliet")."""
    a, table = places_toml()["ambiguity"], gazetteer()
    return [i for i, name in enumerate(name_keys().names)
            if name.partition(" ")[0] in a["landforms"] and name.partition(" ")[2] in a["mount_given_names"]
            and all(p.kind == CITY and p.country_code in ("US", "CA") for p in table[name])]


def on_person_mounts(text: str, end: np.ndarray, name: np.ndarray, article: np.ndarray) -> np.ndarray:
    """Return, per mention (end, name index, article index), whether it is a US or Canadian town's "Mount" and
    a given name in an article that never writes it with its state after it: an estate, a resort or a
    mountain named after a person, not the town ("Mount Juliet" in Kilkenny; "Mount Juliet, Tenn." is the
    town, and so is every "Mount Juliet" of its article: "Mount Juliet residents fled").

    >>> from transforms.enrichments.place_mentions import mention_arrays
    >>> text = "Golf at Mount Juliet. A storm hit Mount Juliet, Tenn.; Mount Juliet and Mount Isa."
    >>> _, end, name = mention_arrays(text)
    >>> on_person_mounts(text, end, name, np.array([0, 1, 1, 1])).tolist()
    [True, False, False, False]
    """
    at = np.isin(name, _person_mounts())
    mounts = np.flatnonzero(at).tolist()
    stated = {(int(article[i]), int(name[i])) for i in mounts if state_follows(text, int(end[i]))}
    for i in mounts:
        at[i] = (int(article[i]), int(name[i])) not in stated
    return at


def event_hosts(text: str, end: np.ndarray, name: np.ndarray, article: np.ndarray,
                at: np.ndarray) -> dict[int, frozenset[str]]:
    """Return the mentions (indexes, of `at`: with several places) read as an event's host, each with the
    places it may be (`_famous`'s keys): a famous city's name right before a meeting's word (that mention)
    or a sporting event's (every mention of the name in its article).

    >>> from transforms.enrichments.place_mentions import mention_arrays
    >>> text = "He won in Athens. The Athens  Olympics ended; Athens, Ga. was calm. The Moscow Summit met in Moscow."
    >>> _, end, name = mention_arrays(text)
    >>> at, nowhere = np.arange(len(end)), np.zeros(len(end), np.int64)
    >>> hosts = event_hosts(text, end, name, nowhere, at)
    >>> [(i, sorted(hosts[i])) for i in sorted(hosts)]  # not the last Moscow: a summit is its own mention's
    [(0, ['city/GR/ESYE31']), (1, ['city/GR/ESYE31']), (2, ['city/GR/ESYE31']), (3, ['city/RU/48'])]
    """
    _, sport, meeting = _patterns()
    hosts: dict[int, frozenset[str]] = {}
    keys = set()
    for i, a, n in zip(at.tolist(), article[at].tolist(), name[at].tolist(), strict=True):
        if _famous(n):
            if sport.match(text, int(end[i])):
                keys.add((a, n))
            elif meeting.match(text, int(end[i])):
                hosts[i] = _famous(n)  # "the Athens Summit": that mention only
        elif _meeting_hosts(n) and meeting.match(text, int(end[i])):
            hosts[i] = _meeting_hosts(n)  # "the Geneva Motor Show": a news town's, that mention only
    for i, a, n in zip(at.tolist(), article[at].tolist(), name[at].tolist(), strict=True):
        if (a, n) in keys:
            hosts[i] = _famous(n)
    return hosts


# A saint's name, then the particle that goes on to the rest of a place's long name (`in_saints_long_names`); the
# gazetteer writes some saints' towns with a hyphen ("San-Pédro", Côte d'Ivoire's port, found as "San Pedro"), which
# "San Pedro de Atacama" and every other "San Pedro de ..." opened
_SAINT_START = re.compile(rf"(?:{SAINTS})\.?[ -]")
_LONG_NAME_PARTICLE = re.compile(r" (?:de|del|da|do|dos|das)(?: la| las| los)? ")


@lru_cache(maxsize=1)
def _saints_names() -> np.ndarray:
    """Return, per name of `name_keys().names`, whether it opens with a saint's word ("San José"): a mention's
    name index looks it up (np.isin sorted a batch's mentions with the names' indexes)."""
    return np.array([_SAINT_START.match(name) is not None for name in name_keys().names], dtype=bool)


def in_saints_long_names(text: str, end: np.ndarray, name: np.ndarray) -> np.ndarray:
    """Return, per mention (end, name index), whether it is a saint's name followed by a particle and a
    capitalised word: the start of a place's long name, not the place of its own name.

    >>> from transforms.enrichments.place_mentions import mention_arrays
    >>> text = "San José de Cúcuta; San José, Costa Rica; St. Louis de Montfort; San Juan de Pasto; San José de la era."
    >>> start, end, name = mention_arrays(text)
    >>> inside = in_saints_long_names(text, end, name)
    >>> [(text[s:e], bool(i)) for s, e, i in zip(start.tolist(), end.tolist(), inside.tolist())]
    [('San José', True), ('Cúcuta', False), ('San José', False), ('Costa Rica', False), ('St. Louis', True), \
('San Juan', True), ('Pasto', False), ('San José', False)]
    """
    inside = np.zeros(len(end), dtype=bool)
    for i in np.flatnonzero(_saints_names()[name]).tolist():
        particle = _LONG_NAME_PARTICLE.match(text, int(end[i]))
        inside[i] = particle is not None and text[particle.end():particle.end() + 1].isupper()
    return inside
