"""A harm that failed: "The gunman failed to kill anyone", "The thieves failed to steal anything".

"failed to", "refused to" and the other words that undo a verb of averting (tone_averting's `UNDOING`) negate the good
verb right after them; a harm done on purpose that its doer failed at did not happen, so it is negated too, and the
failure and a bad word of the one who tried it carry no tone (the failure is the news). So does a bad word of the one
that "failed to cause" harm (`CAUSING`: "The outage failed to cause major disruption" read bad, the outage outweighing
the disruption that did not come; "failed to cause" negates the harm: tone_tables' `NEGATIONS`), and a loss one "has
yet to" suffer did not happen (`LOSING`: "The unbeaten side has yet to lose a game"). tone reads these per "failed to"
found: a few a batch.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.members import members
from transforms.enrichments.tone_averting import YET_TO
from transforms.enrichments.tone_keys import is_key
from transforms.enrichments.tone_phrases import word_at
from transforms.enrichments.tone_tables import CAUSING

# The verbs of a harm done on purpose: one an attacker "failed to" or "refused to" do did not happen ("The gunman failed
# to kill anyone", "The thieves failed to steal anything" read bad), where a bad verb the subject needed to do is no
# good news undone ("unable to leave", "failed to arrest the gang", "refused to resign" stay bad). Their forms after
# "to" only: the lexicon's valence of each.
HARMS = ("kill", "murder", "hurt", "harm", "injure", "steal", "rob", "destroy", "damage")
# A loss not yet suffered: "The unbeaten side has yet to lose a game" read bad, the loss kept; after "failed to" a loss
# is an aim missed ("failed to lose weight"), so only "yet to" undoes it.
LOSING = ("lose",)
# Where a bad one (a bad word one or two words before the failure: "The thieves failed", "The gunmen failed") failed to
# do anything to anyone, what it tried was a harm whatever its verb ("The thieves failed to take anything", "The
# hackers failed to access any data"); one who is no bad word failing to find anyone is no good news ("Rescuers failed
# to find anyone alive").
_ANY = frozenset(("anything", "anyone", "anybody", "any"))


def failed_at_anything(text: str, starts: np.ndarray, paragraph: np.ndarray, undoing: np.ndarray,
                       bad: np.ndarray) -> np.ndarray:
    """Return, per word number in `undoing` (the "to" of "failed to"), whether a bad one tried a harm: a word of `_ANY`
    two words on ("failed to take anything") and a bad word (word numbers in `bad`) one or two words before "failed".

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "thieves failed to take anything  rescuers failed to find anyone"
    >>> failed_at_anything(text, word_starts(text), np.zeros(10, int), np.array([2, 7]), np.array([0])).tolist()
    [True, False]
    """
    tried = np.zeros(len(undoing), dtype=bool)
    is_bad = np.zeros(len(starts) + 3, dtype=bool)  # per word: a mask, not np.isin's sort of a batch's bad words
    is_bad[bad] = True
    doers = is_bad[undoing - 2] | is_bad[undoing - 3]  # -1, -2 and -3: the mask's last, always empty, slots
    for i in np.flatnonzero(doers & (undoing + 2 < len(starts))).tolist():  # a few a batch
        to = int(undoing[i])
        tried[i] = paragraph[to + 2] == paragraph[to] and word_at(text, int(starts[to + 2])) in _ANY
    return tried


def failed_harms(failed: np.ndarray, last_word: np.ndarray, word_paragraph: np.ndarray) -> np.ndarray:
    """Return, per key found (its `last_word`), whether it is the failure of a harm (a word number in `failed`: "failed"
    of "failed to kill") or a word of the one who tried it, the two words before ("The thieves failed to steal
    anything", "Armed robbers failed to hurt anyone": the failure is the news; the caller keeps only their bad words).

    >>> failed_harms(np.array([2]), np.array([0, 1, 2, 3]), np.zeros(4, int)).tolist()
    [True, True, True, False]
    """
    tried = members(last_word, np.concatenate((failed - 1, failed - 2)))
    return members(last_word, failed) | (tried & members(word_paragraph[last_word], word_paragraph[failed]))


def undone_harms(text: str, starts: np.ndarray, word_paragraph: np.ndarray,
                 found: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray], undoing: np.ndarray,
                 sentiment: int) -> np.ndarray:
    """Return per word number (two slots more than `starts`) whether it is a harm that the word of `undoing` (word
    numbers, each the "to" of "failed to" or another undoing word) before it undid, and take the tone off (kind -1, in
    `found`'s kinds) of the failure and the bad words of the one that tried it or failed to cause harm.

    `found` is the batch's keys: their key numbers, kinds, valences and last word numbers; `sentiment` the kind of a
    word of tone.
    """
    key, kinds, values, last_word = found
    harm = np.zeros(len(starts) + 2, dtype=bool)
    if len(undoing):  # "The gunman failed to kill anyone"
        harm[last_word[is_key(key, HARMS)]] = True
        harm[undoing[failed_at_anything(text, starts, word_paragraph, undoing, last_word[values < 0])] + 1] = True
        kinds[failed_harms(undoing[harm[undoing + 1]] - 1, last_word, word_paragraph) & (kinds == sentiment) & (
            (values < 0) | members(last_word, undoing - 1))] = -1
    losing = last_word[is_key(key, LOSING)]
    if len(losing):  # "has yet to lose a game": no loss yet (the one yet to lose keeps its words' tone)
        harm[losing[members(losing - 1, last_word[is_key(key, YET_TO)])]] = True
    caused = last_word[is_key(key, CAUSING)]  # its "cause": "failed" is two words before it
    if len(caused):  # "The outage failed to cause major disruption": no bad news of the outage's own
        kinds[failed_harms(caused - 2, last_word, word_paragraph) & (kinds == sentiment) & (values < 0)] = -1
    return harm
