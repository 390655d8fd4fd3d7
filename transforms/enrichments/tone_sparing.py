"""Verbs of sparing, which reach past the one spared to the harm: "sparing the coast major damage", "was spared jail".

What a verb of sparing averts is read as any verb of averting's (`tone_averting`); this module says how far it reaches.
Not the event of a harm that befell no one ("No one was injured in the fire"), which is `tone_spared`'s.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_easing import opens_clause
from transforms.enrichments.tone_tables import WINDOW

# A harm that passes one by: "was spared jail"; with no bad word after it, good news of its own (tone's `NEWS_WORDS`).
# It reaches four words: its double object names the one spared, then the harm ("sparing the coast major damage",
# "spared the town serious flooding"), three where a clause opens first (`sparing_reach`). Not "spare", an adjective as
# often ("spare parts", "spare time").
SPARING = ("spared", "spares", "sparing")
# What ends a verb of sparing's reach at VADER's three words: a clause of its own, opened by one of these or a mark
# ("The tornado spared the town but destroyed farms nearby", "spared the town, destroying farms").
_SPARING_ENDS = frozenset("but and or while whereas although though yet as".split())
# The reach of a verb of sparing with no clause opened before the harm: the one spared, then the harm.
SPARING_REACH = 4


def sparing_reach(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray) -> np.ndarray:
    """Return, for each word number in `verbs` (each one of `SPARING`), how many words after it it reaches: four, past
    the one spared to the harm, or VADER's three where a clause opens first (`_SPARING_ENDS` or a mark).

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = "spared the coast major damage. spared the town but destroyed farms"
    >>> text = "spared the coast major damage  spared the town but destroyed farms"
    >>> starts = word_starts(text)
    >>> verbs = np.array([w for w, s in enumerate(starts.tolist()) if text[s:s + 6] == "spared"])
    >>> sparing_reach(joined, text, starts, np.zeros(len(starts), int), verbs).tolist()
    [4, 3]
    """
    reach = np.full(len(verbs), SPARING_REACH, dtype=np.int64)
    for i, verb in enumerate(verbs.tolist()):  # per verb of sparing found: a few a batch
        for word in range(verb + 1, min(verb + reach[i] + 1, len(starts))):
            if paragraph[word] != paragraph[verb] or opens_clause(joined, text, starts, word, _SPARING_ENDS):
                reach[i] = WINDOW
                break
    return reach
