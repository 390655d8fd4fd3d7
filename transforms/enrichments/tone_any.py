"""Where "any" carries a negation on: "did not expect any job losses", "do not foresee any further redundancies".

VADER's negation reaches three words, so a verb and "any" between it and the thing negated leave the thing out of
reach: "The company said it did not expect any job losses" read −3.3, the losses, where it is good news. "any" is
the negation's own word (a word that only a negation or a question puts there), so a negation with "any" one to three
words after it, and no word of tone between them, negates from "any" instead: its three words are counted from there
("any job losses", "any further casualties"), and the words before "any" (a verb of expecting, reporting or
causing) had no tone to negate. A word of tone between them keeps the negation where it is, as VADER reads it
("did not want any trouble": "want"), and a negation once moved negates once, as before. An "any" of the next
sentence is none of the negation's ("Officials did not comment. Any job losses would be announced later."): the
negation stays where it is.
Read by the numbers of the batch's words (`KeyWords`): numpy over the negations; Python work only for a negation
moved to an "any" (the text between them read for a sentence's end), a few a batch.
"""

from __future__ import annotations

import numpy as np

from transforms.matching.key_words import KeyWords

_REACH = 3  # "not any", "not see any", "not expect to see any" (VADER's window)
_SENTENCE_ENDS = frozenset(".!?;")  # between a negation and its "any": the "any" is the next sentence's


def any_reach(words: KeyWords, paragraph: np.ndarray, negations: np.ndarray, felt: np.ndarray,
              joined: str) -> np.ndarray:
    """Return the word numbers that negate in place of `negations` (word numbers of a batch's `words`, whose
    paragraphs are `paragraph`): each the "any" one to `_REACH` words after it in its paragraph, in its sentence
    (of `joined`, the batch's text as written), with no word of `felt` (the last word numbers of the batch's words
    of tone) between them, or the negation itself.

    >>> from transforms.matching.key_words import key_words
    >>> text = "it did not expect any job losses  not any  not want any trouble  not say  any deaths"
    >>> written = "it did not expect any job losses. Not any. Not want any trouble. Not say. Any deaths"
    >>> any_reach(key_words(text), np.zeros(17, int), np.array([2, 7, 9, 13]), np.array([10]), written).tolist()
    [4, 8, 9, 13]
    """
    import pyarrow.compute as pc  # the words' dictionary is Arrow's (`key_words`)

    code = pc.index(words.dictionary, "any").as_py()
    if code < 0 or not len(negations):  # no "any" in the batch
        return negations
    moved, last = negations.copy(), len(words.code) - 1
    tone = np.zeros(last + 2, dtype=bool)
    tone[felt] = True
    clear = np.ones(len(negations), dtype=bool)  # no word of tone yet between the negation and the word at `gap`
    for gap in range(1, _REACH + 1):
        at = np.minimum(negations + gap, last)
        found = clear & (moved == negations) & (words.code[at] == code) & (negations + gap <= last)
        found &= paragraph[at] == paragraph[negations]
        moved[found] = at[found]
        clear &= ~tone[at]
    for index in np.flatnonzero(moved != negations):  # a few a batch
        if not _SENTENCE_ENDS.isdisjoint(joined[words.end[negations[index]]:words.start[moved[index]]]):
            moved[index] = negations[index]
    return moved
