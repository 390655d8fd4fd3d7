"""What a moved quantity counts carries no tone of its own: the move is the news ("cut the risk of heart attacks").

A quantity's move says whether the news is good ("The new drug cut the risk of heart attacks by a fifth", "doubled
survival rates for pancreatic cancer patients", "Deaths from cancer fell"), and the words that say what the quantity
counts are no news of their own: read with VADER's valence, "attacks" (−1.9) and "cancer" (−3.4) outweighed the move
and a good result read bad. The words counted are those after the quantity's preposition of what it counts ("of",
"for", "from", "among", a gap's "between": "The gap between rich and poor has widened"; a measure between: "survival
rates for cancer patients"), up to its move after it ("Deaths from cancer fell") or, for a move before it, up to three
words on. Whom a quantity goes to is what it counts too, up to its move after it ("Donations to the charity fell
sharply" read good, "charity" +1.8 outweighing the fall), not after a move before it ("cut 2,000 jobs to boost
profits": the aim). Other words between a quantity and its move keep their tone ("Sales fail to boost the High
Street").
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_phrases import Phrases, make_phrases, phrases_found
from transforms.enrichments.tone_quantities import MEASURE

# How many words after a preposition a quantity led by its move counts: VADER's window.
COUNTED = 3
_SETS = {"counted": "of for from among between", "measure": MEASURE}  # "The gap between rich and poor widened"


def counting_phrases(quantities: tuple[str, ...]) -> tuple[Phrases, Phrases, Phrases]:
    """Return the phrases of a quantity (read at its last word) followed by its preposition of what it counts, by
    a measure and that preposition, and by "to" (whom it goes to: read only before its move)."""
    last = {word.split()[-1] for word in quantities}
    return (make_phrases({word: ("_ {counted}",) for word in last}, _SETS),
            make_phrases({word: ("_ {measure} {counted}",) for word in last}, _SETS),
            make_phrases({word: ("_ to",) for word in last}, _SETS))


def counted_words(text: str, starts: np.ndarray, word_paragraph: np.ndarray, quantity_at: np.ndarray,
                  move_at: np.ndarray, words: np.ndarray, phrases: tuple[Phrases, Phrases, Phrases]) -> np.ndarray:
    """Return, per word number in `words`, whether it is among what a quantity (its word number `quantity_at`) moved by
    the move at `move_at` counts; `phrases` are `counting_phrases`'."""
    words_sorted = np.sort(words)
    # only a quantity with a word of tone close after it is read for its preposition (most have none)
    near = np.searchsorted(words_sorted, quantity_at + 3 + COUNTED) > np.searchsorted(words_sorted, quantity_at + 1)
    quantity_at, move_at = quantity_at[near], move_at[near]
    if not len(quantity_at) or not len(words):
        return np.zeros(len(words), dtype=bool)
    offset = np.where(phrases_found(text, starts, word_paragraph, quantity_at, phrases[0]), 2,
                      np.where(phrases_found(text, starts, word_paragraph, quantity_at, phrases[1]), 3, 0))
    after = (offset == 0) & (move_at > quantity_at)  # "Donations to the charity fell": whom it goes to, before its move
    if after.any():
        offset[after] = 2 * phrases_found(text, starts, word_paragraph, quantity_at[after], phrases[2])
    # after the preposition, up to a move after the quantity or three words on for a move before it
    first = quantity_at + offset
    end = np.where(offset == 0, first, np.where(move_at > quantity_at, move_at, first + COUNTED))
    order = np.argsort(first)
    first, end, paragraph = first[order], np.maximum.accumulate(end[order]), word_paragraph[quantity_at[order]]
    span = np.searchsorted(first, words, side="right") - 1
    within = np.maximum(span, 0)
    return (span >= 0) & (words < end[within]) & (word_paragraph[words] == paragraph[within])
