"""A country's name before a given name, a person's whole name: "Samoa Joe", the wrestler; "Kenya Airways" the place.

A stage or ring name may open with a country's ("Samoa Joe"), where the given name that follows ends the name: no
surname and no capitalised word after it. News writes a country before a given name otherwise only across a
missing comma, which a word of place before it ("in Samoa Joe met ...") announces, so the rule reads only a name
after no such word. The given names are places.toml's [ambiguity] `given_names`, the project's list of them; a firm's
or a body's word after the country ("Kenya Airways", "Samoa Rugby Union") is no given name and keeps the country,
and a nation's adjective before a given name ("an average American Joe") is the nation's still.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from transforms.enrichments.place_table import places_toml
from transforms.enrichments.place_words import FUNCTION_WORDS, word_after, word_before


@cache
def _given_names() -> frozenset[str]:
    """Return places.toml's [ambiguity] `given_names`."""
    return frozenset(places_toml()["ambiguity"]["given_names"])


@cache
def _demonyms() -> frozenset[str]:
    """Return places.toml's [demonyms]: "American", "British"."""
    return frozenset(places_toml()["demonyms"])


def stage_names(text: str, start: np.ndarray, end: np.ndarray, country: np.ndarray) -> np.ndarray:
    """Return, by mention, whether it is a country's name (`country`: all its places countries) opening a person's
    name (`stage_name_at`): "Samoa Joe"."""
    out = np.zeros(len(start), dtype=bool)
    for i in np.flatnonzero(country).tolist():
        out[i] = stage_name_at(text, int(start[i]), int(end[i]))
    return out


def stage_name_at(text: str, start: int, end: int) -> bool:
    """Return whether a country's name at `start`..`end` opens a person's name: a given name follows it and ends
    it (no capitalised word after), and no word that introduces a place stands before it.

    >>> [stage_name_at(t, t.index("Samoa"), t.index("Samoa") + 5) for t in (
    ...     "The Samoa Joe wrestler returned.", "Samoa Joe said.", "Samoa Joe Smith said.", "in Samoa Joe said",
    ...     "Samoa Airways said.")]
    [True, True, False, False, False]
    >>> stage_name_at("an average American Joe, he said", 11, 19)
    False
    """
    # the given name first: a country's every mention passes here, and a given name after one is rare
    if not text.startswith(" ", end):
        return False
    given, tight = word_after(text, end)
    if not tight or given not in _given_names():
        return False
    if text[start:end] in _demonyms():
        return False  # "an average American Joe": a nation's adjective before a person, still the nation
    following, tight_after = word_after(text, end + 1 + len(given))
    if tight_after and following[:1].isupper():
        return False  # "Samoa Joe Smith": a longer name, or a list's next name
    before, tight_before = word_before(text, start)
    # "in Samoa Joe met": a word that introduces a place makes the country one, its given name a new sentence's
    # subject across a missing comma (a verb before it, "beat Brazil Pedro", is not read: news writes it rarely)
    return not (tight_before and before.lower() in FUNCTION_WORDS and before.lower() not in ("the", "a"))
