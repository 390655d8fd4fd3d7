"""What a worry is about: "concerns over safety", "concerned about the strength of the dollar" are worries, not praise.

A worry's tone is the news; a good word in what it is about names what is at stake ("fears for the safety of the
crew", "worries about the health of the economy"), not good news, and read as one it cancelled the worry ("The report
raised concerns over safety at the plant" read 0, "safety" +1.8 against "concerns" −1.8). A good word up to three words
after a worry's preposition (`_ABOUT`) has no valence, none past a mark ("concerns about costs, but strong sales");
a bad word there keeps its own ("fears of a recession"). Tone finds each worry in its scan and asks `worried_about`
which words follow it (Python work per worry found, not per word read).
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_easing import WORRIES, opens_clause
from transforms.enrichments.tone_phrases import make_phrases, phrases_found

# The worries, nouns and adjectives ("concern" and "concerned" where `tone_senses` reads them as worries).
WORRIED = (*WORRIES, "worried", "anxious", "fearful", "concerned")
# A worry followed by a preposition that says what it is about.
_ABOUT = make_phrases({word: ("_ {about}",) for word in WORRIED}, {"about": "about over for on"})
_REACH = 3


def worried_about(text: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, worries: np.ndarray) -> np.ndarray:
    """Return the word numbers of what the worries in `worries` (their word numbers in a batch's `lowered` text, whose
    word starts are `starts`; `joined` the text as written) are about.

    >>> from transforms.enrichments.tone import word_starts
    >>> from transforms.matching.search_text import search_text
    >>> joined = "Concerns over safety at the plant. Fears for costs, but strong sales"
    >>> text = search_text(joined)
    >>> starts = word_starts(text)
    >>> worried_about(text, joined, starts, np.zeros(len(starts), int), np.array([0, 6])).tolist()
    [2, 3, 4, 8]
    """
    about = []
    for worry in worries[phrases_found(text, starts, paragraph, worries, _ABOUT)].tolist():  # a few a batch
        for word in range(worry + 2, min(worry + _REACH + 2, len(starts))):
            if paragraph[word] != paragraph[worry] or opens_clause(joined, text, starts, word, frozenset()):
                break
            about.append(word)
    return np.array(about, dtype=np.int64)
