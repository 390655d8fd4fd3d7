"""What a worry is about: "concerns over safety", "concerned about the strength of the dollar" are worries, not praise.

A worry's tone is the news; a good word in what it is about names what is at stake ("fears for the safety of the
crew", "worries about the health of the economy"), not good news, and read as one it cancelled the worry ("The report
raised concerns over safety at the plant" read 0, "safety" +1.8 against "concerns" −1.8). A good word up to three words
after a worry's preposition (`ABOUT`) has no valence, none past a mark ("concerns about costs, but strong sales");
a bad word there keeps its own ("fears of a recession"). Tone finds each worry in its scan and asks `worried_about`
which words follow it (Python work per worry found, not per word read).
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_averting import CLAUSE_MARKS, WORRIES

# The worries, nouns and adjectives ("concern" and "concerned" where `tone_senses` reads them as worries).
WORRIED = (*WORRIES, "worried", "anxious", "fearful", "concerned")
# The prepositions that say what a worry is about.
ABOUT = frozenset("about over for on".split())
_REACH = 3


def worried_about(text: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, worries: np.ndarray) -> np.ndarray:
    """Return per word number (one slot more, always False) whether the word is in what a worry in `worries` (their
    word numbers in a batch's `lowered` text, whose word starts are `starts`; `joined` the text as written) is about.

    >>> from transforms.enrichments.tone import word_starts
    >>> from transforms.matching.search_text import search_text
    >>> joined = "Concerns over safety at the plant. Fears for costs, but strong sales"
    >>> text = search_text(joined)
    >>> starts = word_starts(text)
    >>> np.flatnonzero(worried_about(text, joined, starts, np.zeros(len(starts), int), np.array([0, 6]))).tolist()
    [2, 3, 4, 8]
    """
    about = np.zeros(len(starts) + 1, dtype=bool)

    def word_at(i: int) -> str:
        end = text.find(" ", int(starts[i]))
        return text[int(starts[i]): end if end >= 0 else len(text)]

    for worry in worries.tolist():  # a few a batch
        at = worry + 1
        if at >= len(starts) or paragraph[at] != paragraph[worry] or word_at(at) not in ABOUT:
            continue
        for word in range(at + 1, min(at + _REACH + 1, len(starts))):
            gap = joined[text.find(" ", int(starts[word - 1])): int(starts[word])]
            if paragraph[word] != paragraph[worry] or CLAUSE_MARKS.search(gap):
                break
            about[word] = True
    return about
