"""Where a negation keeps a possibility open: "not ruled out", "cannot rule out", "did not rule out".

A negation before "rule out" says that what is not ruled out remains possible: "Police have not ruled out foul play"
is a suspicion of crime, "Officials cannot rule out an attack" a threat. VADER's negation reaches three words, past
"ruled out" to the thing itself, and flipped it: "Police have not ruled out foul play" read +6.6, "had not ruled out
murder" +8.6. Such a negation negates nothing: the thing keeps its own valence (a crime bad, "a full recovery" good).
"ruled out" with no negation before it is left as it is ("ruled out with injury", "ruled out a rate rise").
Read at the negations tone found, by the numbers of the words after them (numpy: no Python work per negation).
"""

from __future__ import annotations

import numpy as np

from transforms.matching.key_words import KeyWords

# The forms of "rule" before "out", and how many words after a negation they may come: right after it ("not ruled
# out", "cannot rule out") or past an adverb or an auxiliary ("not yet ruled out", "did not entirely rule out",
# "could not have ruled out").
_RULE = ("rule", "rules", "ruled", "ruling")
_REACH = 2


def open_possibilities(words: KeyWords, negations: np.ndarray) -> np.ndarray:
    """Return, for each word number in `negations` (each a negation's last word among a batch's `words`, its
    `lowered` text's), whether a form of "rule" and "out" follow it within `_REACH` words: a negation that keeps a
    possibility open ("not ruled out foul play"), which negates nothing. "rule" and "out" are looked up once in
    the batch's dictionary of words, and the words after each negation compared with them by number.

    >>> from transforms.matching.key_words import key_words
    >>> words = key_words("police have not ruled out foul play  not yet ruled out  not ruled it  it is not out")
    >>> open_possibilities(words, np.array([2, 7, 12, 17])).tolist()
    [True, True, False, False]
    """
    import pyarrow.compute as pc  # the words' dictionary is Arrow's (`key_words`)

    found = np.zeros(len(negations), dtype=bool)
    out = pc.index(words.dictionary, "out").as_py()
    rule = [code for code in (pc.index(words.dictionary, form).as_py() for form in _RULE) if code >= 0]
    if out < 0 or not rule or not len(negations):  # no "out" or no "rule" in the batch: most batches have both
        return found
    code, last = words.code, len(words.code) - 1
    for gap in range(1, _REACH + 1):
        at = np.minimum(negations + gap, last - 1)  # "rule" and "out" within the batch's words
        found |= np.isin(code[at], rule) & (code[at + 1] == out) & (negations + gap < last)
    return found
