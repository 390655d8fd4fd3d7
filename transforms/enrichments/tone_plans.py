"""A plan to avert a bad thing that failed: "A deal to release the hostages collapsed" is bad news.

A verb of averting averts the bad word after it (`tone_averting`), and news writes the plan to avert one as often as
the averting: "A deal to swap prisoners collapsed" read +2.5, the prisoners freed and the collapse a smaller bad word.
Where "to" is before the verb and a verb of failing comes up to three words after it (`FAILING`: "collapsed", "failed",
"stalled", "broke down", "fell through"; after "has", "have" or "had" too), the plan failed and the bad word keeps its
valence, as after "failed to" (`tone_averting`'s `UNDOING`). Tone asks `failed_plans` only of the verbs that avert a
word (Python work per verb that averts, a few a batch).
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_averting import AVERTING
from transforms.enrichments.tone_phrases import make_phrases, phrases_found

_SETS = {
    "failing": "collapsed collapses failed fails faltered falters stalled stalls foundered founders",
    "broke": "broke breaks broken fell falls fallen",  # "broke down", "fell through", "has fallen apart"
    "down": "down through apart",
    "has": "has have had",
}
# Per verb of averting of one word ("stave off" and the like are never a plan's in the dev corpora), the phrases of a
# plan to avert that failed: "to _" and its object of one to three words, then the failing.
FAILING = {verb: tuple(f"to _{' *' * n} {failing}" for n in range(1, 4)
                       for failing in ("{failing}", "{has} {failing}", "{broke} {down}", "{has} {broke} {down}"))
           for verb in AVERTING if " " not in verb}
_FAILING = make_phrases(FAILING, _SETS)


def failed_plans(text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray) -> np.ndarray:
    """Return, for each word number in `verbs` (each a verb of averting that averts a word, in a batch's `lowered` text
    whose word starts are `starts`), whether it is a plan's that failed.

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "a deal to release the hostages collapsed  they released the hostages"
    >>> failed_plans(text, word_starts(text), np.zeros(11, int), np.array([3, 8])).tolist()
    [True, False]
    """
    return phrases_found(text, starts, paragraph, verbs, _FAILING)
