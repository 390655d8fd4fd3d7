""""fine" as a penalty, which carries no tone: "a fine of £5m", "a $550,000 fine", "pay a fine".

VADER's lexicon has "fine" (0.8) but not "fined" or "fines", so a penalty read as good news; the adjective keeps its
tone ("a fine performance", "that's fine", "fine form"). Tone finds each "fine" in its scan and asks `penalties`
which of them are penalties, by the words next to each (Python work per "fine" found, not per word read).
"""

from __future__ import annotations

import re

import numpy as np

from transforms.enrichments.tone_phrases import word_at

# "fine" as a penalty carries no tone, as "fined" and "fines", which VADER's lexicon leaves out; the adjective
# keeps its 0.8 ("a fine performance", "that's fine", "fine form"). A penalty where "of" follows ("a fine of
# £5m"), where a sum of money or one of these words is one of the two before it ("a $550,000 fine", "pay a fine",
# "a maximum fine", "ban and fine"), or where an article is right before it and one of these words or the
# sentence's punctuation right after ("the fine was", "a fine for speeding", "landing the network a fine.").
PENALTY = "fine"
_PENALTY_BEFORE = frozenset(
    "pay pays paid paying face faces faced facing impose imposes imposed imposing levy levied issue issued hand "
    "handed given receive received avoid avoided appeal appealed contest contested contesting maximum minimum "
    "record hefty heavy huge big massive substantial indecency parking speeding penalty ban jail prison million "
    "billion euro euros dollar dollars pound pounds".split()
)
_PENALTY_ARTICLES = frozenset(("a", "the", "that", "this"))
_PENALTY_AFTER = frozenset("of for was is will would could has had levied imposed against in".split())
_SENTENCE_MARKS = frozenset(".,;:!?)")
_MONEY = re.compile(r"[$£€¥₹]|\d(?i:m|bn|k)\b")  # a sum of money, a number of the two words before "fine"


def a_penalty(text: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, word: int) -> bool:
    """Return True when the word "fine" that is word number `word` of a batch's `lowered` text is a
    penalty, not the adjective (`PENALTY`); `joined` is the batch's text as written.

    >>> from transforms.enrichments.tone import word_starts
    >>> from transforms.matching.search_text import search_text
    >>> joined = "They face a fine of it; we saw a fine performance. The $5m fine? That's fine."
    >>> text = search_text(joined)
    >>> starts = word_starts(text)
    >>> [a_penalty(text, joined, starts, np.zeros(len(starts)), w)
    ...  for w, start in enumerate(starts.tolist()) if text.startswith("fine ", start)]
    [True, False, True, False]
    """
    def neighbour(i: int) -> str:  # word number `i`, if it is in the paragraph of the "fine"
        return word_at(text, int(starts[i])) if 0 <= i < len(starts) and paragraph[i] == paragraph[word] else ""

    after = neighbour(word + 1)
    if after == "of":
        return True
    before = neighbour(word - 1), neighbour(word - 2)
    if any(w in _PENALTY_BEFORE for w in before):
        return True
    sums = [word - k for k, w in enumerate(before, start=1) if w[:1].isdigit()]
    if sums and _MONEY.search(joined, int(starts[sums[-1]]) - 1, int(starts[word])):
        return True  # "a $550,000 fine", "a £5m fine"; "2 fine goals", "in 2004 fine weather" are no sums
    end = int(starts[word]) + len(PENALTY)
    return before[0] in _PENALTY_ARTICLES and (
        after in _PENALTY_AFTER or not after or joined[end: end + 1] in _SENTENCE_MARKS)


def penalties(text: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Return, for each word number in `words` (each a "fine" of the batch's `lowered` text), whether it is a
    penalty (`a_penalty`)."""
    return np.array([a_penalty(text, joined, starts, paragraph, w) for w in words.tolist()], dtype=bool)
