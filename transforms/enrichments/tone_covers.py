"""Which words of a paragraph have no sentiment of their own: a booster's, a negation's, a term's, and a phrase's.

A booster ("very", "kind of"), a negation ("not", "no one") and a news term ("tested positive", "confidence vote")
cover all their words. A sentiment phrase of tone's `NEWS_WORDS` ("steals the show", "sold out", "vote of no
confidence") has its valence on its last word and covers the others ("steals" −2.3, "no" −1.2 have none there), and
a shorter sentiment word or phrase that ends on the same word has none ("vote of no confidence" is no "confidence",
+2.3). A phrase says its word over a shorter term that ends on it ("no confidence vote" holds the term "confidence
vote"), a longer term over the phrase ("selling restrictions were lifted" holds "restrictions were lifted"), and a
phrase not over a term that runs on past it ("The favourite laid off the pace": the term "laid off the pace" holds
"laid off"). A phrase's negation and booster count from its first word (`phrase_origins`).
"""

from __future__ import annotations

import numpy as np


def covered_words(
    n_words: int, last_word: np.ndarray, lengths: np.ndarray, covering: np.ndarray, sentiment: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return, per word number (one more than `n_words`: the last always clear), whether it is covered, and per key
    found (its `last_word`, its number of words `lengths`) whether a longer phrase on its last word shadows it.

    >>> covered, shadowed = covered_words(4, np.array([1, 3, 3, 3]), np.array([2, 1, 4, 2]),
    ...                                   np.array([True, False, False, False]), np.array([False, True, True, True]))
    >>> covered.tolist(), shadowed.tolist()
    ([True, True, True, False, False], [False, True, False, True])
    """
    covered = np.zeros(n_words + 1, dtype=bool)
    phrase = sentiment & (lengths > 1)
    for k in range(int(lengths.max()) if len(lengths) else 0):
        covered[(last_word - k)[(covering | (phrase & (k > 0))) & (lengths > k)]] = True
    shadowed = np.zeros(len(last_word), dtype=bool)
    if not phrase.any():  # most paragraphs: no phrase to weigh against the words it holds
        return covered, shadowed
    runs_on = np.zeros(n_words + 1, dtype=bool)  # a word that a covering key ends after ("laid off the pace")
    for k in range(1, int(lengths.max())):  # or a longer phrase: "lifted the ban on commercial whaling" holds "lifted
        runs_on[(last_word - k)[(covering | phrase) & (lengths > k)]] = True  # the ban", no restriction eased
    ends, order = last_word[phrase], np.argsort(lengths[phrase], kind="stable")
    covered[ends[~runs_on[ends]]] = False
    longest = np.zeros(n_words + 1, dtype=np.int64)  # the longest phrase on each word: the last written, by length
    longest[ends[order]] = lengths[phrase][order]
    # a longer term on the phrase's last word holds it: "selling restrictions were lifted" is a market's, no
    # restriction eased ("restrictions were lifted" is +1.2); a shorter one is held by the phrase, as above
    held = np.flatnonzero(covering & (lengths > longest[last_word]))
    held = last_word[held[longest[last_word[held]] > 0]]  # the words where such a term ends on a phrase: a few a batch
    shadowed = sentiment & (lengths < longest[last_word])
    if len(held):
        covered[held] = True
        shadowed |= sentiment & np.isin(last_word, held)
    return covered, shadowed


def phrase_origins(words: np.ndarray, last_word: np.ndarray, lengths: np.ndarray, phrase: np.ndarray) -> np.ndarray:
    """Return, per word number in `words` (a sentiment's, its valence on its last word), the word its negation and
    booster count back from: a phrase's first ("not yet out of the woods" is "not yet out", two words before the phrase,
    where its last word is five past "not"), any other word itself. `phrase` marks the keys found (their `last_word`,
    in the text's order, and `lengths`) that are sentiment phrases: a few a batch, looked up, no array of every word.

    >>> phrase_origins(np.array([2, 7]), np.array([2, 7]), np.array([1, 4]), np.array([False, True])).tolist()
    [2, 4]
    """
    if not phrase.any():
        return words
    ends, extra = last_word[phrase], lengths[phrase] - 1
    at = np.minimum(np.searchsorted(ends, words), len(ends) - 1)
    return words - np.where(ends[at] == words, extra[at], 0)
