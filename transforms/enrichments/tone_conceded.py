"""What a concession grants has no tone where it would turn against the news: "cut staff despite the crisis".

VADER lists "despite" as a negation, so "The hospital cut staff despite the crisis" read +4.3: the crisis negated into
good news. Most concessions oppose their news ("Despite the optimism, the virus reemerged", "Despite the disappointment,
Roddick storms into a lead"), and there the negated word says the news's own sign: removing "despite" from the
negations, or silencing every conceded word, each moved some 95 dev paragraphs, many the wrong way ("earn less despite
being better qualified" read 0), and silencing it wherever it opposed the words eight either side moved 26, most the
wrong way (the window read the conceded clause and the sentence before). So a conceded word (a negation's three words,
within its own clause) is silenced only where it reads good, a bad backdrop negated, and the clause before the
concession reads bad: a crisis conceded beside a cut is no good news. "in spite of" is a term (`tone_keys`), so "spite"
(−2.4) has none of its own: it concedes as "despite" does, a negation.

A concession's negation stops at the mark that ends what it grants: "Despite the ceasefire, fighting continued in the
north" read +3.5, "fighting" three words on negated as though it were conceded, when it is the news the concession is
set against. Only a mark stops it, not a word of a clause ("despite the rain and wind" grants both).
Python work per concession found: a few a batch.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.members import members
from transforms.enrichments.tone_easing import opens_clause
from transforms.enrichments.tone_tables import WINDOW

CONCEDING = ("despite", "in spite of")
# How far back from a concession the news it is conceded to is read, at most: a clause's length ("The hospital cut
# staff despite the crisis"), so that a paragraph's earlier sentences never count
NEAR = 8
# A word that opens a clause of its own after the conceded thing: "despite the rain but the crowds came"
_CLAUSE_WORDS = frozenset("but yet while although though whereas and so".split())


def conceded_words(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray,
                   concessions: np.ndarray) -> np.ndarray:
    """Return the word numbers a concession in `concessions` (the word number of its last word) reaches: up to
    `WINDOW` words after it, in its paragraph, up to a clause's mark or word (`joined` the batch's text as written).

    >>> from transforms.enrichments.tone_scores import word_starts
    >>> text = "cut staff despite the crisis  despite rain  profits rose"
    >>> joined = "cut staff despite the crisis. despite rain, profits rose"
    >>> conceded_words(joined, text, word_starts(text), np.zeros(9, int), np.array([2, 5])).tolist()
    [3, 4, 6]
    """
    reached: list[int] = []
    for at in concessions.tolist():  # a few a batch
        for word in range(at + 1, min(at + WINDOW + 1, len(starts))):
            if paragraph[word] != paragraph[at] or (word > at + 1 and opens_clause(joined, text, starts, word,
                                                                                   _CLAUSE_WORDS)):
                break
            reached.append(word)
    return np.array(reached, dtype=np.int64)


def past_clause(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray,
                concessions: np.ndarray) -> np.ndarray:
    """Return per word number (one slot more) the number, plus one, of the concession whose negation's reach it lies in
    but past a clause's mark after it (0 elsewhere): "Despite the ceasefire, fighting continued" gives "fighting" one.

    >>> from transforms.enrichments.tone_scores import word_starts
    >>> joined = "despite the truce, shelling went on"
    >>> text = joined.replace(",", " ")
    >>> past_clause(joined, text, word_starts(text), np.zeros(6, int), np.array([0])).tolist()
    [0, 0, 0, 1, 0, 0, 0]
    """
    past = np.zeros(len(starts) + 1, dtype=np.int64)
    for at in concessions.tolist():  # a few a batch
        reach = [w for w in range(at + 1, min(at + 4, len(starts))) if paragraph[w] == paragraph[at]]
        marked = [w for w in reach if opens_clause(joined, text, starts, w, frozenset())]
        if marked:
            past[np.arange(marked[0], reach[-1] + 1)] = at + 1
    return past


def conceded_tone(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, concessions: np.ndarray,
                  words: np.ndarray, valence: np.ndarray) -> np.ndarray:
    """Return `valence` (of the words of tone `words`, in order) with each concession's words silenced where, a bad
    backdrop negated into good, they oppose the bad news of the clause before them ("cut staff despite the crisis")."""
    valence = valence.copy()
    for at in concessions.tolist():  # a few a batch
        granted = members(words, conceded_words(joined, text, starts, paragraph, np.array([at])))
        near = (words >= _clause_start(joined, text, starts, paragraph, at)) & (words < at)
        if valence[granted].sum() > 0 and valence[near].sum() < 0:
            valence[granted] = 0.0
    return valence


def _clause_start(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, at: int) -> int:
    """Return the first word of the clause a concession at word `at` ends, at most `NEAR` words back (`at` itself where
    a mark or a clause's word opens it: "Despite the defeat, ...", "..., but despite her problems she won")."""
    first = at
    while first > max(at - NEAR, 0) and paragraph[first - 1] == paragraph[at] and not opens_clause(
            joined, text, starts, first, _CLAUSE_WORDS):
        first -= 1
    return first
