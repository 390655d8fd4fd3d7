"""A thing of tone counted by "the number of" is a quantity with the thing's sign: "cut the number of grants".

VADER reads "The fund cut the number of grants" as the grants (+0.9) and the cut (−1.1), +0.4, when fewer grants is the
news and bad. A count's move says its sign by what it counts: more of a good thing is good, more of a harm bad ("The
number of attacks fell" is good news). So a word of tone right after "number of" or "numbers of" is read as a quantity
with its own valence's sign, whose move `tone_moves` reads, as it reads "deaths"; the phrase is the count's own
grammar, no list of the things counted. Python work per "number of" found: a few a batch.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.members import members

# The heads of a count, as the lowered text writes them: "the number of", "numbers of"
_COUNTS = (" number of ", " numbers of ")


def counted_signs(text: str, starts: np.ndarray, paragraph: np.ndarray, last_word: np.ndarray, felt: np.ndarray,
                  values: np.ndarray) -> np.ndarray:
    """Return per key found the sign of the quantity it is, counted by "number of" right before it (0 elsewhere);
    `felt` says which keys are one-word words of tone, `values` their valence.

    >>> from transforms.enrichments.tone_scores import word_starts
    >>> text = "cut the number of grants  a number of attacks  grants rose"
    >>> counted_signs(text, word_starts(text), np.zeros(11, int), np.array([4, 8, 9]), np.array([True, True, True]),
    ...               np.array([0.9, -2.1, 0.9])).tolist()
    [1, -1, 0]
    """
    counted: list[int] = []
    for head in _COUNTS:  # found by the text's own search: a few a batch
        at = text.find(head)
        while at != -1:
            counted.append(int(np.searchsorted(starts, at + len(head))))  # the word right after "of"
            at = text.find(head, at + 1)
    found = np.array([w for w in counted if w < len(starts) and paragraph[w] == paragraph[w - 1]], dtype=np.int64)
    return np.where(felt & members(last_word, found), np.sign(values), 0).astype(np.int64)
