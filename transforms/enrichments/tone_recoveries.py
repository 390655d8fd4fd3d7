"""Loot that the police recovered: "Police recovered the stolen car", "Detectives retrieved stolen jewellery".

A verb that gets back what was taken returns it, as `tone_releasing`'s `RETURNING` does ("returned the looted
bronzes"), so the theft it undoes is averted (× −0.74). "recover" is no verb of averting, since it is a verb of a
quantity's move ("Shares recovered", `tone_moves`) and a key has one kind: the loot word reads back to it instead,
its object, with at most an article or a possessive between them. A negation or a failure before the verb keeps
the theft ("Police have not recovered the stolen car", "failed to recover the stolen paintings"), and the negation,
which is the verb's, does not reach the theft past it (VADER's three words read "have not recovered the stolen jewels"
as a theft negated, +5.8: `unrecovered_loot`). Python work per
loot word found: a few a batch, each two or three words read.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_easing import word_at

# The verbs of getting back what was taken; "found" is left out, as a thing found stolen was stolen ("found the car
# had been stolen")
RECOVERING = frozenset("""recover recovers recovered recovering retrieve retrieves retrieved retrieving recoup
                       recouped""".split())
# The words between the verb and its object's loot word: "recovered the stolen car", "retrieved their stolen bikes"
_DETERMINERS = frozenset("the a an some all his her their its several most much".split())
# What undoes the verb two words or fewer before it: "have not recovered", "failed to recover", "yet to recover"
_UNDOING = frozenset("not never t no yet failed unable".split())


def recovered_loot(text: str, starts: np.ndarray, paragraph: np.ndarray, loot: np.ndarray) -> np.ndarray:
    """Return which of `loot` (word numbers in `text`, the batch's `lowered`, each "stolen" or "looted") are the object
    of a verb of `RECOVERING` that nothing undoes.

    >>> from transforms.enrichments.tone_scores import word_starts
    >>> text = "police recovered the stolen car  police have not recovered stolen goods  a stolen car"
    >>> recovered_loot(text, word_starts(text), np.zeros(14, int), np.array([3, 9, 12])).tolist()
    [True, False, False]
    """
    verbs, undone = _loot_verbs(text, starts, paragraph, loot)
    return (verbs >= 0) & ~undone


def unrecovered_loot(text: str, starts: np.ndarray, paragraph: np.ndarray, loot: np.ndarray) -> np.ndarray:
    """Return, for each of `loot` (as `recovered_loot` reads them), how many words after its verb of `RECOVERING` it is
    where a negation or a failure undoes that verb (0: none): the negation is the verb's, and the theft keeps its
    harm, as a bad word keeps it after a verb of averting that a negation undoes.

    >>> from transforms.enrichments.tone_scores import word_starts
    >>> text = "police recovered the stolen car  police have not recovered the stolen jewels"
    >>> unrecovered_loot(text, word_starts(text), np.zeros(12, int), np.array([3, 10])).tolist()
    [0, 2]
    """
    verbs, undone = _loot_verbs(text, starts, paragraph, loot)
    return np.where(undone, loot - verbs, 0)


def _loot_verbs(text: str, starts: np.ndarray, paragraph: np.ndarray, loot: np.ndarray) -> tuple[np.ndarray,
                                                                                                  np.ndarray]:
    """Return, for each of `loot`, the word number of the verb of `RECOVERING` whose object it is (0: none) and whether
    a negation or a failure two words or fewer before that verb undoes it."""
    verbs = np.full(len(loot), -1, dtype=np.int64)
    undone = np.zeros(len(loot), dtype=bool)
    for at, word in enumerate(loot.tolist()):
        verb = word - 1
        if verb >= 0 and word_at(text, starts, verb) in _DETERMINERS:
            verb -= 1
        if verb < 0 or paragraph[verb] != paragraph[word] or word_at(text, starts, verb) not in RECOVERING:
            continue
        before = {word_at(text, starts, back) for back in range(max(verb - 2, 0), verb)
                  if paragraph[back] == paragraph[verb]}
        verbs[at], undone[at] = verb, bool(before & _UNDOING)
    return verbs, undone
