"""Where a negation keeps a possibility open: "not ruled out", "cannot rule out", "did not rule out".

A negation before "rule out" says that what is not ruled out remains possible: "Police have not ruled out foul play"
is a suspicion of crime, "Officials cannot rule out an attack" a threat. VADER's negation reaches three words, past
"ruled out" to the thing itself, and flipped it: "Police have not ruled out foul play" read +6.6, "had not ruled out
murder" +8.6. Such a negation negates nothing: the thing keeps its own valence (a crime bad, "a full recovery" good).
"ruled out" with no negation before it is left as it is ("ruled out with injury", "ruled out a rate rise").
Read only at the negations tone found (Python work per negation, never per word read).
"""

from __future__ import annotations

import numpy as np

# The forms of "rule" before "out", and how many words after a negation they may come: right after it ("not ruled
# out", "cannot rule out") or past an adverb or an auxiliary ("not yet ruled out", "did not entirely rule out",
# "could not have ruled out").
_RULE = ("rule ", "rules ", "ruled ", "ruling ")
_REACH = 2


def open_possibilities(text: str, starts: np.ndarray, negations: np.ndarray) -> np.ndarray:
    """Return, for each word number in `negations` (each a negation's last word in a batch's `lowered` text, whose
    word starts are `starts`), whether a form of "rule" and "out" follow it within `_REACH` words: a negation that
    keeps a possibility open ("not ruled out foul play"), which negates nothing.

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "police have not ruled out foul play  not yet ruled out  not ruled it  it is not out"
    >>> open_possibilities(text, word_starts(text), np.array([2, 7, 12, 17])).tolist()
    [True, True, False, False]
    """
    found = np.zeros(len(negations), dtype=bool)
    for gap in range(1, _REACH + 1):
        out = negations + gap + 1
        inside = np.flatnonzero(out < len(starts))
        rule = [text.startswith(_RULE, start) for start in starts[out[inside] - 1].tolist()]
        at = inside[np.array(rule, dtype=bool)] if rule else inside[:0]  # a few a batch
        found[at] |= np.array([text[start: start + 4] in ("out ", "out") for start in starts[out[at]].tolist()],
                              dtype=bool)
    return found
