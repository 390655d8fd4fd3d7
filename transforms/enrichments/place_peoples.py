"""A nation's adjective that names an ethnic people, not the nation: "ethnic Tajik fighters", "Iraqi Turkmen", "Uzbek
militias in Afghanistan" name no Tajikistan, Turkmenistan or Uzbekistan.

A demonym right after "ethnic" is a people's (`after_ethnic`: "ethnic Tajik", "an ethnic Turkish city" in Iraq, "ethnic
Russians in Estonia"), and so is a name of places.toml's [peoples] (peoples many of whom live outside their nation's
state: Tajiks, Uzbeks and Turkmen in Afghanistan, Turkmen in Iraq and Syria)
right after another nation's adjective ("Iraqi Turkmen", "Afghan Uzbeks", "Syrian Turkmen"). In an article that
names one of the countries where the people lives as a minority (its `hosts`) and names the nation by no other word
(no "Uzbekistan", "Tashkent" or "Uzbekistan's president"), such a name is the people too (`minority_peoples`: "Uzbek
militias in Afghanistan's Jowzjan province"), unless one of a state's words follows it ("the Uzbek government",
"Uzbek President Mirziyoyev visited Kabul", "Tajik troops"; `state_words`).
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from transforms.enrichments.place_cues import Cues
from transforms.enrichments.place_mentions import name_keys
from transforms.enrichments.place_names import demonym_plural
from transforms.enrichments.place_table import places_toml

_ETHNIC = re.compile(r"(?<![\w-])[Ee]thnic (?=[A-Z])")
# `_ETHNIC` searched by its literal part: a pattern that opens with a look-behind and a class is tried at every
# character of the batch's text (about 90 ms a batch of 2,000 articles), a literal is found by a fast search (4 ms),
# or by the names' scan (`place_cues`)
_THNIC = re.compile(r"thnic (?=[A-Z])")
_WORD_CHARACTER = re.compile(r"[\w-]")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w-]*) $")
_WORD_AFTER = re.compile(r" ([\w-]+)")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str]]:
    """Return [peoples]: each people's name (and its plural) → the codes of the countries it lives in as a minority;
    the state's words; and the demonyms of [demonyms] with their plurals."""
    table = places_toml()["peoples"]
    hosts: dict[str, frozenset[str]] = {}
    for name, codes in table["hosts"].items():
        for form in filter(None, (name, demonym_plural(name))):
            hosts[form] = frozenset(codes)
    demonyms = places_toml()["demonyms"]
    return hosts, frozenset(table["state_words"]), frozenset(
        form for name in demonyms for form in (name, demonym_plural(name)) if form)


@lru_cache(maxsize=1)
def _peoples() -> np.ndarray:
    """Return, by name index (into `name_keys().names`), whether the name is a people's of [peoples]."""
    hosts = _tables()[0]
    return np.array([name in hosts for name in name_keys().names], dtype=bool)


def after_ethnic(text: str, start: np.ndarray, name: np.ndarray, cues: Cues | None = None) -> np.ndarray:
    """Return, per mention (start, name index), whether it is a people's: right after "ethnic", or a name of [peoples]
    right after another nation's adjective (`cues`: where the text has "thnic ", if found already).

    >>> from transforms.enrichments.place_mentions import mention_arrays
    >>> text = "Ethnic Tajik and Iraqi Turkmen families, Turkmen gas and an ethnic Turkish city near Syrian towns."
    >>> start, end, name = mention_arrays(text)
    >>> [text[s:e] for s, e, p in zip(start.tolist(), end.tolist(), after_ethnic(text, start, name).tolist()) if p]
    ['Tajik', 'Turkmen', 'Turkish']
    """
    people = np.isin(start, _ethnic_ends(text, cues))
    demonyms = _tables()[2]
    for i in np.flatnonzero(_peoples()[name] & ~people).tolist():
        s = int(start[i])
        word = _WORD_BEFORE.search(text, max(0, s - 30), s)
        people[i] = word is not None and word.group(1) in demonyms
    return people


def _ethnic_ends(text: str, cues: Cues | None = None) -> list[int]:
    """Return the ends of `_ETHNIC`'s matches in a text: its literal part's, where an "E" or "e" stands before it
    with no word's character before that.

    >>> _ethnic_ends("Ethnic Tajik, multiethnic Uzbek, ethnic groups, -ethnic Kurds, (ethnic Hazara")
    [7, 71]
    """
    ends, cues = [], cues or Cues(text)
    # `_THNIC`'s matches after an "E" or "e" at a word's start, all that are kept: "ethnic " or "Ethnic " there
    for match in filter(None, (_THNIC.match(text, at + 1) for at in sorted(cues.at("ethnic ") + cues.at("Ethnic ")))):
        e = match.start() - 1
        if e >= 0 and text[e] in "Ee" and (e == 0 or not _WORD_CHARACTER.match(text, e - 1)):
            ends.append(match.end())
    return ends


def minority_peoples(text: str, end: np.ndarray, name: np.ndarray, code: list[str], article: np.ndarray,
                     keep: np.ndarray) -> np.ndarray:
    """Return, per kept mention (end, name index, its place's country code, article), whether it is a name of [peoples]
    in an article that keeps a place of one of its host countries and none of its nation but by such names, and with
    no state's word after it: the people, no mention of the nation."""
    drop = np.zeros(len(end), dtype=bool)
    at = np.flatnonzero(_peoples()[name] & keep)
    if not len(at):
        return drop
    hosts, state_words, _ = _tables()
    names, peoples = name_keys().names, _peoples()
    for i in at.tolist():
        others = np.flatnonzero((article == article[i]) & keep).tolist()
        codes = {code[j] for j in others}
        if not hosts[names[name[i]]] & codes:
            continue
        if any(code[j] == code[i] and not peoples[name[j]] for j in others):
            continue  # "Uzbekistan", "Tashkent": the article names the nation
        word = _WORD_AFTER.match(text, int(end[i]))
        drop[i] = word is None or word.group(1) not in state_words
    return drop
