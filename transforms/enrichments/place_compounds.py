"""Names inside a longer name: a mountain's ("Mount St Helens"), an event's ("the Athens Olympics"), a team's
("the Cleveland Indians") and a person's, a firm's or a prize's ("Howard Stern", "Golden Globe").

A name right after a word of places.toml's [ambiguity] `landforms` ("Mount", "Mt.") names a mountain,
which the gazetteer lacks, not a town of its name: "Mount St Helens" is no St Helens, England, "Mt.
Washington" no US capital (`on_mountains`). A country's or region's name stays its place ("Mount
Kenya": the mountain is in it; "Mount Lebanon" is a whole name of the gazetteer's, Pennsylvania's town, as
"Mount Vernon" and "Mount Isa" are), and so does a town before its state ("Mt. Vernon, N.Y."). A US or
Canadian town's "Mount" and a given name ([ambiguity] `mount_given_names`) is the town only in an article
that writes it once with its state after it (`on_person_mounts`): alone, "Mount Juliet" is the Kilkenny golf
course.

A nation's people in the plural that is, with the city's name before it, a North American team's name
([ambiguity] `team_names`) names no nation (`in_team_names`: "the Cleveland Indians" names no India; "Toronto
Indians" and "Miami Cubans" are the nations' people).

A city's name right before a word of `events` ("Olympics", "Games", "Marathon") or `meetings` ("Summit",
"Agreement") names the event's host, one of its national capitals or cities of a million, whatever other
countries the article names: a US athlete at "the Athens Olympics" does not move them to Athens, Georgia,
as the US's support would (Georgia's Athens is not ten times smaller, so support may lift it). Among
several such cities the article's support still chooses ("the Hyderabad Summit" in a story of Pakistan is
Pakistan's). A sporting event's host is also every other mention of that name in the article ("gold at the
Athens Olympics ... her double in Athens": the story is the event's); a meeting's only its own ("the
Athens Summit of Georgia business leaders met in Athens" may be Georgia's Athens, as its support says).
An article that names the Olympic Games anywhere ("an Olympic gold ... in Athens") reads each bare name of
an Olympic host city ([ambiguity.olympic_hosts]) as the host (`olympic_hosts`): a list of the hosts, not
every famous city, since an Olympic story names athletes' home towns too ("Cordoba" is Spain's as often as
Argentina's). A state after the name still says which ("Athens, Ga.").

A town's name (all its places towns of fewer than `TOWN_POPULATION` people) right before a capitalised
word that is none of `place_nouns` is a person's, a firm's or a prize's name, not the town, as a name
found without its accents is (`towns_only`, read by `place_context.person_reading`): "Howard Stern" is no
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
from transforms.enrichments.place_context import WORD_END, places_toml, rules
from transforms.enrichments.place_names import gazetteer, name_keys
from transforms.enrichments.place_states import state_follows


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


_WORD_END = re.compile(WORD_END)

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
                     if p.geonames_id in r.capitals or p.population >= r.city_population)


def on_mountains(text: str, start: np.ndarray, end: np.ndarray, name: np.ndarray) -> np.ndarray:
    """Return, per mention (start, end, name index), whether it is a mountain's name, no place: right after
    a landform word and a name that may be a city, but for a town before its state ("Mt. Vernon, N.Y.":
    a town the gazetteer lacks so spelt, and the state a mention still).

    >>> from transforms.enrichments.place_names import mention_arrays
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

    >>> from transforms.enrichments.place_names import mention_arrays
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

    >>> from transforms.enrichments.place_names import mention_arrays
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


def olympic_words(text: str) -> np.ndarray:
    """Return the offsets of the words that name the Olympic Games (`olympics`) in `text`: not before a
    word of `not_olympics` ("the Olympic Peninsula", "Olympic Airways" are no Games').

    >>> olympic_words("An Olympic gold; Olympia; non-Olympic; the Paralympics' end; Olympic Peninsula.").tolist()
    [3, 43]
    >>> olympic_words("US OLYMPIC TEAM; an Olympian; OLYMPIC PENINSULA; The Olympian; Olympian gods").tolist()
    [3, 20]
    """
    a = places_toml()["ambiguity"]
    not_before = a["not_olympics"]
    # a headline or a results line in capitals names the Games too ("US OLYMPIC TEAM", "OLYMPICS:")
    forms = {form for olympic in a["olympics"] for form in (olympic, olympic.upper())}
    found = set()
    for at, word in _olympic_candidates(text, forms):
        after = at + len(word)
        if _WORD_END.match(text, after) and not (at and (text[at - 1].isalnum() or text[at - 1] in "_'’-")):
            # split at any space: a headline ends in a line break, not a space ("OLYMPIC PENINSULA\nThey")
            next_word = (text[after + 1: after + 1 + 12].split() or [""])[0].rstrip(".,;:)")
            # ... and a word in capitals read as its Title Case; a lower-case word is none of them ("Olympic
            # air rifle gold", "Olympic national team")
            next_word = next_word.capitalize() if next_word.isupper() else next_word
            if not (text[after: after + 1] == " " and next_word in not_before) and not (
                    word.lower().endswith(("ian", "ians")) and _no_athlete(text, at, word, next_word)):
                found.add(at)
    return np.array(sorted(found), dtype=np.int64)


# Every word of `olympics` holds "lympi" one letter ("Olympic") or four ("Paralympic") from its start: two
# str.find scans of the batch, where one per word and case took 18 (20 ms a batch of 5,570 articles).
_OLYMPIC_KEYS = ("lympi", "LYMPI")
_OLYMPIC_OFFSETS = (1, 4)
_LETTERS = re.compile(r"\w*")


def _olympic_candidates(text: str, forms: set[str]) -> list[tuple[int, str]]:
    """Return each (offset, word) of `text` whose letters from the offset to the word's end are one of `forms`.

    >>> _olympic_candidates("Olympic, PARALYMPICS and olympic", {"Olympic", "PARALYMPICS"})
    [(0, 'Olympic'), (9, 'PARALYMPICS')]
    """
    candidates = []
    for key in _OLYMPIC_KEYS:
        hit = text.find(key)
        while hit >= 0:
            letters = _LETTERS.match(text, hit)  # \w* matches at any offset, if only nothing
            end = letters.end() if letters else hit
            for back in _OLYMPIC_OFFSETS:
                if hit >= back and text[hit - back:end] in forms:
                    candidates.append((hit - back, text[hit - back:end]))
            hit = text.find(key, end)
    return sorted(candidates)


def _no_athlete(text: str, at: int, word: str, next_word: str) -> bool:
    """Return True when the "Olympian" `word` at `at` names no athlete of the Games: before "god" or "gods",
    the myth's ("Olympian gods"); the singular after "The" within a sentence, Olympia, Washington's
    newspaper ("would close, The Olympian reported"); not a sentence's "The Olympian" nor "The Olympians".

    >>> [_no_athlete(t, t.index(w), w, t.split(w)[1].split(" ")[1]) for t, w in (
    ...     ("closed, The Olympian reported", "Olympian"), ("The Olympian won.", "Olympian"),
    ...     ("Fans, The Olympians won", "Olympians"), ("Olympian gods ruled", "Olympian"))]
    [True, False, False, True]
    """
    if next_word.lower() in ("god", "gods"):
        return True
    before = text[:max(0, at - 4)].rstrip(" ")
    within_sentence = bool(before) and before[-1] not in ".!?\n\"'“”‘’"
    return word.upper() == "OLYMPIAN" and text[max(0, at - 4): at] in ("The ", "THE ") and within_sentence


@cache
def _olympic_host(n: int) -> str | None:
    """Return the country of the Olympic host city named by the name of index `n`, if it names one."""
    return places_toml()["ambiguity"]["olympic_hosts"].get(name_keys().names[n])


def event_hosts(text: str, end: np.ndarray, name: np.ndarray, article: np.ndarray,
                at: np.ndarray) -> dict[int, frozenset[str]]:
    """Return the mentions (indexes, of `at`: with several places) read as an event's host, each with the
    places it may be (`_famous`'s keys): a famous city's name right before a meeting's word (that mention)
    or a sporting event's (every mention of the name in its article).

    >>> from transforms.enrichments.place_names import mention_arrays
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
    for i, a, n in zip(at.tolist(), article[at].tolist(), name[at].tolist(), strict=True):
        if (a, n) in keys:
            hosts[i] = _famous(n)
    return hosts


def olympic_hosts(name: np.ndarray, article: np.ndarray, at: np.ndarray, olympic: np.ndarray,
                  stated: dict[int, set[str]]) -> dict[int, str]:
    """Return the mentions (indexes, of `at`) of an Olympic host's name in the articles `olympic` (indexes:
    those that name the Games), each with the host's country: but not a name the article states as
    another country's place ("from Athens, Ga., ... home to Athens": `stated`, the codes or keys each
    "City, State" mention allows), whose bare mentions are left to the article's support.

    >>> from transforms.enrichments.place_names import mention_arrays
    >>> _, end, name = mention_arrays("From Athens, Ga., home to Athens; London.")
    >>> at, one = np.arange(3), np.zeros(3, np.int64)
    >>> olympic_hosts(name, one, at, np.array([0]), {0: {"city/US/GA"}})
    {2: 'GB'}
    """
    olympic_articles = set(olympic.tolist())
    if not olympic_articles:
        return {}
    elsewhere = {(int(article[i]), int(name[i])): {k.split("/")[1] if "/" in k else k for k in keys}
                 for i, keys in stated.items()}
    out = {}
    for i, a, n in zip(at.tolist(), article[at].tolist(), name[at].tolist(), strict=True):
        if a in olympic_articles and i not in stated and (country := _olympic_host(n)):
            if (a, n) not in elsewhere or country in elsewhere[(a, n)]:
                out[i] = country
    return out
