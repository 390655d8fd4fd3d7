"""A plan to avert a bad thing that failed: "A deal to release the hostages collapsed" is bad news.

A verb of averting averts the bad word after it (`tone_averting`), and news writes the plan to avert one as often as
the averting: "A deal to swap prisoners collapsed" read +2.5, the prisoners freed and the collapse a smaller bad word.
Where "to" is before the verb and a verb of failing comes two to five words after it in the plan's clause (`FAILING`:
"collapsed", "failed", "stalled", "broke down", "fell through", after an object of one to three words and "has",
"have" or "had"; no mark nor a word that opens a clause between: "helped to prevent deaths. The outbreak stalled" is
no failed plan), the plan failed and the bad word keeps its valence, as after "failed to" (`tone_averting`'s
`UNDOING`). Tone asks `failed_plans` only of the verbs that avert a word (Python work per verb that averts, a few a
batch, most with no "to" before them).
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_easing import opens_clause

# Verbs of a plan's failing, and those that fail with the word after them ("broke down", "fell through", "fell apart").
FAILING = frozenset("collapsed collapses failed fails faltered falters stalled stalls foundered founders".split())
_FAILING_WITH = {"broke": "down", "breaks": "down", "broken": "down", "fell": "through apart", "falls": "through apart",
                 "fallen": "through apart"}
# How far after the verb its failing may be: an object of one to three words, then "has", "have" or "had" or none.
_REACH = 5
# What ends the plan's clause before a verb of failing, which is then another's: a mark or a word that opens a clause
# ("helped to prevent deaths as the outbreak stalled", "moved to stop the attacks, which failed").
_CLAUSE_ENDS = frozenset("as while but yet so amid despite because since though although when whereas which who "
                         "after before until".split())


def failed_plans(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray) -> np.ndarray:
    """Return, for each word number in `verbs` (each a verb of averting that averts a word, in a batch's `lowered` text
    whose word starts are `starts`; `joined` the text as written), whether it is a plan's that failed.

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = "A deal to release the hostages collapsed. They released the hostages. Talks to avert it broke down"
    >>> text = joined.lower().replace(".", " ")
    >>> starts = word_starts(text)
    >>> failed_plans(joined, text, starts, np.zeros(len(starts), int), np.array([3, 8, 13])).tolist()
    [True, False, True]
    >>> joined = "helped to prevent deaths as the outbreak stalled"
    >>> failed_plans(joined, joined, word_starts(joined), np.zeros(8, int), np.array([2])).tolist()
    [False]
    """
    def word(at: int) -> str:
        end = text.find(" ", starts[at])
        return text[starts[at]:end if end >= 0 else len(text)]

    failed = np.zeros(len(verbs), dtype=bool)
    for i, verb in enumerate(verbs.tolist()):  # a few a batch; most have no "to" before them
        if verb == 0 or paragraph[verb - 1] != paragraph[verb] or word(verb - 1) != "to":
            continue
        for at in range(verb + 2, min(verb + _REACH + 1, len(starts))):
            if paragraph[at] != paragraph[verb] or opens_clause(joined, text, starts, at, _CLAUSE_ENDS):
                break
            said = word(at)
            if said in FAILING or (said in _FAILING_WITH and at + 1 < len(starts)
                                   and paragraph[at + 1] == paragraph[verb]
                                   and word(at + 1) in _FAILING_WITH[said].split()):
                failed[i] = True
                break
    return failed
