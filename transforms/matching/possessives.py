"""Phrases across a plural possessive: "farmers' market" reads the term "farmers market".

A key is its words one space apart in the key text, where every character that is no letter or digit is a
space: "farmers' market" reads "farmers  market", two spaces, and no term of the taxonomy across a plural
possessive ("farmers market", "teachers union", "workers rights") ever matched one. The apostrophe that
follows a word's final "s" and precedes a space (`possessive_joins`) joins its two words as one space
does: the phrase matcher by words (transforms.matching.phrase_keys) counts such a gap as a single space,
and the automaton (`automaton_spans`) reads the text with those apostrophes taken out, its offsets mapped
back; both find the same hits (tests/transforms/matching/test_possessives.py).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

# A plural possessive's apostrophe, straight or curly, then the space before the next word.
_APOSTROPHES = ("' ", "\u2019 ")


def possessive_joins(text: str) -> np.ndarray:
    """Return the offsets of the apostrophes that close a plural possessive in `text` ("farmers' market"):
    each right after an "s" and right before a space. `str.find` jumps from one apostrophe to the next, so
    text without them costs one scan in C.

    >>> possessive_joins("The farmers' market and the boss’ car; 'yes' he said").tolist()
    [11, 32, 43]
    """
    found: list[int] = []
    for mark in _APOSTROPHES:
        at = text.find(mark, 1)
        while at != -1:
            if text[at - 1] in "sS":
                found.append(at)
            at = text.find(mark, at + 1)
    return np.array(sorted(found), dtype=np.int64)


def possessive_at(text: str, gaps: np.ndarray) -> np.ndarray:
    """Return, for offsets in `text` each right after a word, whether a plural possessive's apostrophe is
    there: `np.isin(gaps, possessive_joins(text))`, reading only those characters, not the whole text (the
    phrase matcher asks about the few gaps inside a phrase it may find).

    >>> text = "The farmers' market and the boss’ car; 'yes' he said"
    >>> possessive_at(text, np.array([3, 11, 32, 43, 23])).tolist()
    [False, True, True, True, False]
    """
    return np.fromiter(
        (text[g] in _MARKS and text[g + 1 : g + 2] == " " and g > 0 and text[g - 1] in "sS" for g in gaps.tolist()),
        bool, len(gaps),
    )


_MARKS = "".join(mark[0] for mark in _APOSTROPHES)


def automaton_spans(hits: Callable[[str], np.ndarray], text: str, joins: np.ndarray,
                    sizes: np.ndarray) -> np.ndarray:
    """Return (end offset in " " + text + " ", key, start offset in text) of the keys `hits` finds, reading
    `text` with its possessive apostrophes (`joins`) taken out: `hits(t)` gives (end offset in " " + t + " ",
    key) rows, `sizes` each key's length with its two spaces."""
    cuts = joins.tolist()
    closed = "".join(text[a:b] for a, b in zip([0] + [c + 1 for c in cuts], cuts + [len(text)], strict=True))
    found = hits(closed)
    last = found[:, 0] - 2  # the key's last character, in the closed text
    start = last - sizes[found[:, 1]] + 3
    if len(joins):
        taken = joins - np.arange(len(joins))  # each apostrophe's place in the closed text
        last = last + np.searchsorted(taken, last, side="right")
        start = start + np.searchsorted(taken, start, side="right")
    return np.column_stack((last + 2, found[:, 1], start))


def may_cross_possessive(phrase: str) -> bool:
    """Return whether a term or exclusion may be found across a plural possessive: a word ending in "s" before
    another word ("farmers market"); a taxonomy with one relabels (transforms.taxonomy_version).

    >>> may_cross_possessive("farmers market"), may_cross_possessive("stock market")
    (True, False)
    """
    words = phrase.lower().split()
    return any(word.endswith("s") for word in words[:-1])
