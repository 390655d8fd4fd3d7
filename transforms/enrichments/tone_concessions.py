"""Concessions: what "despite" names happened, and is not the news ("Despite the massacre, rescuers failed to reach
the village").

VADER lists "despite" among its negations, so the bad thing it concedes read as good news: "Despite the massacre,
rescuers failed to reach the village" and "Despite the killings, the government failed to act" read positive, the
massacre and the killings denied. A concession denies nothing, and its words are the background of the clause that
carries the news ("Shares fell just 1% despite the warning" is a relief, the warning no news of its own): the words up
to VADER's window of three after "despite" or "in spite of" carry no tone, up to a clause's mark ("Despite the
bombing, aid workers failed to reach the wounded": "aid" keeps its tone). Limits: a concession longer than three words
keeps the tone of its later words ("despite the company's record losses").
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_easing import opens_clause
from transforms.enrichments.tone_tables import WINDOW

CONCEDING = ("despite", "in spite of")


def conceded(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Return the word numbers a concession (the last word of each of `CONCEDING`, numbers in `words`) names: up to
    three after it, in its paragraph, before a clause's mark.

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = "despite the massacre, rescuers failed"
    >>> text = "despite the massacre  rescuers failed"
    >>> conceded(joined, text, word_starts(text), np.zeros(5, int), np.array([0])).tolist()
    [1, 2]
    """
    named: list[int] = []
    for word in words.tolist():  # a few a batch
        for after in range(word + 1, min(word + WINDOW + 1, len(starts))):
            if paragraph[after] != paragraph[word] or opens_clause(joined, text, starts, after, frozenset()):
                break
            named.append(after)
    return np.array(named, dtype=np.int64)
