"""A paragraph's tone, positive and negative from its words' valences, GDELT's convention; where a batch's words start.

Each a share of the paragraph's words times 100 (so −100…100, as GDELT's GKG tone), a sentiment word counting by its
valence over `MAX_VALENCE` (tone's docstring says how the valences are read).
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.batch import Rows

# The strongest valence in VADER's lexicon: a word of this valence counts as one whole word.
MAX_VALENCE = 4.0


def word_starts(text: str) -> np.ndarray:
    """Return the offset of every word of a `search_text` (runs of non-spaces).

    >>> word_starts(" ab  c d").tolist()
    [1, 5, 7]
    """
    try:  # one byte a character: a batch's `lowered` (ASCII and "\x80") always is
        codes = np.frombuffer(text.encode("latin-1"), dtype=np.uint8)
    except UnicodeEncodeError:
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    word = codes != 32
    return np.flatnonzero(word & ~np.concatenate(([False], word[:-1])))


def paragraph_scores(valence: np.ndarray, paragraph: np.ndarray, n_words: np.ndarray) -> Rows:
    """Return tone, positive and negative (each rounded to 0.001) per paragraph from its sentiment words' valences.

    >>> paragraph_scores(np.array([2.0, -4.0]), np.array([0, 1]), np.array([4.0, 2.0]))["tone"]
    [12.5, -50.0]
    """
    n = len(n_words)
    weight = np.minimum(np.abs(valence) / MAX_VALENCE, 1.0)
    per_word = np.maximum(n_words, 1.0)
    positive = np.bincount(paragraph, weights=weight * (valence > 0), minlength=n) * 100 / per_word
    negative = np.bincount(paragraph, weights=weight * (valence < 0), minlength=n) * 100 / per_word
    # tone is the difference of the rounded columns, so that round(positive - negative, 3) = tone in a query
    positive, negative = np.round(positive, 3), np.round(negative, 3)
    return {
        "tone": np.round(positive - negative, 3).tolist(),
        "positive": positive.tolist(),
        "negative": negative.tolist(),
    }
