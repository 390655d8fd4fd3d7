"""Loot that the police recovered: "Police recovered the stolen car", "Detectives retrieved stolen jewellery".

A verb that gets back what was taken returns it, as `tone_releasing`'s `RETURNING` does ("returned the looted
bronzes"), so the theft it undoes is averted (× −0.74). "recover" is no verb of averting, since it is a verb of a
quantity's move ("Shares recovered", `tone_moves`) and a key has one kind: the loot word reads back to it instead,
its object, with at most an article or a possessive between them. A negation or a failure before the verb keeps
the theft ("Police have not recovered the stolen car", "failed to recover the stolen paintings"). Python work per
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
    found = np.zeros(len(loot), dtype=bool)
    for at, word in enumerate(loot.tolist()):
        verb = word - 1
        if verb >= 0 and word_at(text, starts, verb) in _DETERMINERS:
            verb -= 1
        if verb < 0 or paragraph[verb] != paragraph[word] or word_at(text, starts, verb) not in RECOVERING:
            continue
        before = {word_at(text, starts, back) for back in range(max(verb - 2, 0), verb)
                  if paragraph[back] == paragraph[verb]}
        found[at] = not before & _UNDOING
    return found
