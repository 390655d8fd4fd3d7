"""The place a name of several places names at each of its mentions: the one its article supports (`settle`).

`places.rows` settles the names of one place with numpy; a name with several ("Paris", "Georgia", "Athens") is
chosen here, in Python, from what its article names (`place_choice.choose`).
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from transforms.enrichments.members import distinct
from transforms.enrichments.place_choice import choose
from transforms.enrichments.place_name_facts import NameFacts
from transforms.enrichments.place_namesakes import pointed_mentions
from transforms.enrichments.place_olympics import olympic_hosts
from transforms.enrichments.place_pairs import allows, within_named

CODES = 1 << 20  # more than country codes can ever be numbered: article × CODES + code is a key


def _as_stated(within: dict[int, set[str]], in_state: dict[int, str], name: np.ndarray, article: np.ndarray,
               several: np.ndarray, listed: np.ndarray) -> None:
    """Add to `within` the place a US state or a Canadian province stated with a mention (`in_state`: "LONDON,
    Ontario -", "Athens, Ga.", "Macon, Georgia") allows at its article's other mentions of the name that state
    none, but in a list of countries: "Police in London said" is London, Ontario's, "Georgia officials" the state's.
    Of two stated forms of a name in an article, the first."""
    if not in_state:
        return
    at = several.tolist()
    keys = list(zip(article[several].tolist(), name[several].tolist(), strict=True))  # (article, name) by mention
    stated: dict[tuple[int, int], set[str]] = {}
    for i, key in zip(at, keys, strict=True):
        if i in in_state:
            stated.setdefault(key, {in_state[i]})
    if stated:
        for i, key, listed_i in zip(at, keys, listed[several].tolist(), strict=True):
            codes = stated.get(key)
            if codes is not None and i not in within and not listed_i:
                within[i] = codes


def settle(text: str, info: NameFacts, start: np.ndarray, end: np.ndarray, name: np.ndarray, article: np.ndarray,
            place: np.ndarray, several: np.ndarray, in_state: dict[int, str], bare: np.ndarray,
            dateline: np.ndarray, hosts: dict[int, frozenset[str]], olympic: np.ndarray,
            commonwealth: np.ndarray, sides: np.ndarray) -> set[int]:
    """Fill in `place` at the mentions (`several`) whose name has several places (`choose`).

    The support of a mention is the countries the article's other names name on their own (`anchor`);
    a small city's country (Atlanta's US) supports a region or country only (Georgia the state).
    "City, State" and "City, Country" decide both (`within_named`): Paris, Texas; Atlanta, Georgia.
    A bare dateline ("ATHENS (Reuters) -") has no support: the place its name means alone; an event's host
    ("the Athens Olympics", "won Olympic gold in Athens": `hosts`, as `place_compounds.event_hosts` says) is
    one of its capitals and cities of a million, or the Olympic host (a Commonwealth Games' host in an article that
    names them, `commonwealth`), as "City, Country" would say, where
    nothing more explicit does (an Olympic host's name only where the article states it as no other
    country's place: "from Athens, Ga., ... returned home to Athens" is Georgia's); and a
    dateline (where the reporter sits) only hints its country, as a small city does: "NEW YORK (Reuters) -
    ... the Athens Olympics" is Greece's Athens, not Georgia's. A city over ten times smaller than a namesake is the
    name's where the article points to it and not to the namesake's country (`pointed_namesake`: "St Petersburg"
    in a story of Tampa, Florida): those mentions are returned."""
    names, table = info.names, info.table
    country = info.only_countries[name]
    close = np.zeros(len(name) + 1, dtype=bool)  # close[i]: mention i starts at most 6 characters after i-1
    close[1:-1] = start[1:] - end[:-1] <= 6
    listed = (close[:-1] & np.r_[False, country[:-1]]) | (close[1:] & np.r_[country[1:], False])
    own, anchor = info.country[name], info.anchor[name]
    within = within_named(text, start, end, name, place < 0, names, table)
    within.update((i, {key}) for i, key in in_state.items())
    anchored = (anchor >= 0) & ~dateline
    for i, codes in within.items():  # "Dublin, Ohio" names no Ireland, though a bare "Dublin" is Ireland's
        if anchored[i] and not allows(codes, info.codes[anchor[i]]):
            anchored[i] = False
    # ... read only at the articles of the mentions chosen below: the others' keys are not gathered
    asked = np.zeros(int(article.max()) + 1, dtype=bool)
    asked[article[several]] = True
    asked = asked[article]
    supported: dict[int, set[str]] = defaultdict(set)
    for key in distinct((article * CODES + anchor)[anchored & asked]).tolist():
        supported[key // CODES].add(info.codes[key % CODES])
    for key in sides.tolist():  # a national side's nickname ("the All Blacks"), as its country's name (`place_sides`)
        supported[key // CODES].add(info.codes[key % CODES])
    hinted: dict[int, set[str]] = defaultdict(set)  # by the names of small cities, but a person's surname's
    hints = (own >= 0) & asked
    hints[np.flatnonzero(hints & ~anchored)] = ~_after_given_names(text, start[hints & ~anchored])
    for key in distinct((article * CODES + own)[hints]).tolist():
        hinted[key // CODES].add(info.codes[key % CODES])
    # ... of which a news town's, kept itself, lifts a small namesake too ("TPC of Boston in Norton": `choose`)
    vouched: dict[int, set[str]] = defaultdict(set)
    hints &= info.town_name[name]
    if hints.any():
        for key in distinct((article * CODES + own)[hints]).tolist():
            vouched[key // CODES].add(info.codes[key % CODES])
    olympic_host = olympic_hosts(name, article, several, olympic, within)  # the stated ones only, so far
    if len(commonwealth):  # "Ghana's athletes at the Commonwealth Games on the Gold Coast"
        for i, code in olympic_hosts(name, article, several, commonwealth, within, "commonwealth_hosts").items():
            olympic_host.setdefault(i, code)
    for i, keys in hosts.items():
        within.setdefault(i, set(keys))  # "Athens, Ga." after "the Athens Olympics" is still Georgia's
    for i, code in olympic_host.items():
        within.setdefault(i, {code})
    _as_stated(within, in_state, name, article, several, listed)  # "ATHENS, Ga. - the Athens Olympics": Greece's
    # ... not in a list of countries, where a name is its country ("Cuba and Trinidad")
    side_codes = [(key // CODES, info.codes[key % CODES]) for key in sides.tolist()]
    pointed = pointed_mentions(text, info, start, end, name, article, several[~bare[several] & ~listed[several]],
                               within, anchored, own, side_codes)
    within.update(pointed)
    # a name's mentions in an article that no "City, State" form decides are chosen alike: once (of the 3,300
    # choices of 2,000 bench articles, 1,100 repeat one)
    chosen: dict[tuple[int, int, bool], int] = {}
    for i, n, a, listed_i in zip(several.tolist(), name[several].tolist(), article[several].tolist(),
                                 listed[several].tolist(), strict=True):
        alone, stated = bool(bare[i]), within.get(i)
        key = (n, -1 if alone else a, listed_i)
        if stated is None and key in chosen:
            place[i] = chosen[key]
            continue
        # a news town's own name is vouched for by no other news town: two news towns side by side are each their
        # famous self ("Flights from Manchester to Boston": England's Manchester, not a small namesake near Boston
        # that the article, naming no country, would then drop); a small town beside a news town is still lifted
        vouch: set[str] | frozenset[str] = frozenset() if alone or info.town_name[n] else vouched[a]
        place[i] = info.place(choose(table[names[n]], set() if alone else supported[a], listed_i, stated,
                                     frozenset() if alone else hinted[a], vouch))
        if stated is None:
            chosen[key] = place[i]
    return set(pointed)


def _after_given_names(text: str, start: np.ndarray) -> np.ndarray:
    """Return, per mention (its start), whether a capitalised word of letters stands right before it, a space
    between, after a space or at the text's start: a person's surname ("Cole Palmer scored": Palmer, Massachusetts
    hinted the US to Brighton's mention, which then left with the person's town), whose town hints no country.

    A function word a sentence opens with ("In Palmer, fans cheered", "At Palmer", "The Palmer fans") is no given
    name (`_FUNCTION_WORDS`): the town there hints its country as "in Palmer" does.

    >>> text = "Cole Palmer scored; in Palmer; the O'Neill Palmer; New-Palmer. In Palmer"
    >>> _after_given_names(text, np.array([5, 23, 42, 55, 66])).tolist()
    [True, False, False, False, False]
    """
    out = np.zeros(len(start), dtype=bool)
    for i, at in enumerate(start.tolist()):
        if at > 1 and text[at - 1] == " ":
            opened = text.rfind(" ", 0, at - 1) + 1
            word = text[opened:at - 1]
            out[i] = len(word) > 1 and word[0].isupper() and word.isalpha() and word not in _FUNCTION_WORDS
    return out


# Capitalised function words, which open sentences before a town's name and are nobody's given name.
_FUNCTION_WORDS = frozenset(
    "In At On To From By With For Of Near Into Onto Over Under Outside Inside Across Around Through Throughout "
    "Toward Towards Beyond Between Among Amid Against Despite During Within Without After Before Since Until Via "
    "About Above Below Behind Beside Along Alongside Like Unlike Upon The A An This That These Those Its Their His "
    "Her Our My Your Some Any All Each Every Both And But Or Nor So Yet As If When Where While Then Also".split())
