"""A cost is a quantity only where a verb before it cuts it: "The bank cut the cost of borrowing" is good news.

What a thing costs its buyer is a quantity whose fall is good (`tone_quantities`), but a cost that moves of itself is
a market's news, good to one reader and bad to another (tone's `NEWS_TERMS`: "costs surged"), and read as a quantity
every move near it misread: "the cost of a barrel slumped" (an oil trader's loss, read good), "Record fuel costs ...
contributed to a loss" (read as a rise beside the verb "slashed" later), "a surge in energy costs moderated". A cut is
the one move whose sign every reader of it shares, so a cost is read as a quantity only as the object of a verb of
reducing up to three words before it ("cut the cost", "reduce operating costs", "slashed its costs"), never a noun's
compound ("cost-cutting drive"). Python work per cost found: a few a batch.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_easing import word_at
from transforms.enrichments.tone_reducing import REDUCING

COSTS = ("cost", "costs")
_CUTTING = frozenset((*REDUCING, "cuts", "slash", "slashes", "lower", "lowers"))
_REACH = 3


def cut_costs(text: str, starts: np.ndarray, paragraph: np.ndarray, costs: np.ndarray) -> np.ndarray:
    """Return, per cost (its word number in `costs`), whether a verb of reducing up to three words before it cuts it.

    >>> from transforms.enrichments.tone_scores import word_starts
    >>> text = "cut the cost of loans  costs rose  cost cutting"
    >>> cut_costs(text, word_starts(text), np.zeros(9, int), np.array([2, 5, 7])).tolist()
    [True, False, False]
    """
    cut = np.zeros(len(costs), dtype=bool)
    for i, word in enumerate(costs.tolist()):  # a few a batch
        for before in range(word - 1, max(word - _REACH, 0) - 1, -1):
            if paragraph[before] != paragraph[word]:
                break
            if word_at(text, starts, before) in _CUTTING:
                cut[i] = True
                break
    return cut
