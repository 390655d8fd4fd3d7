"""Good things that faded: "Hopes of a breakthrough faded", "Optimism evaporated", "Hopes for a recovery dimmed".

A verb of `tone_waning`'s `WANING` after a worry averts it ("Fears of a trade war faded"); after a good thing it says
the good thing is gone, which read as good news that is still there ("Hopes of a breakthrough faded" +9.0, the hope
counted). A word of tone with a positive valence up to `FAR` words before a verb of `FADING`, in its clause, is negated
(× −0.74, as after "not"): a hope that faded is bad news. The rule reads the clause's shape, a subject before an
intransitive verb of waning, not a list of hopes, so it holds for "Enthusiasm for the deal faded" and "His smile faded"
as for "Hopes faded". Not past a mark or a word that opens a clause ("He was hopeful, but the storm faded" is no hope
gone), nor where a negation stands right before the verb ("Hopes have not faded", "Hopes never faded": they are still
there) or a passive's "be" ("The lights were dimmed"), and only the finite verbs: "fading" and "receding" are adjectives
as often ("fading hopes", "a receding hairline"), whose good word comes after them.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_easing import opens_clause, word_at

# The finite verbs of a thing that waned, each one of `WANING` (so a key of tone's scan): the subject before it is gone.
FADING = ("fade", "fades", "faded", "recedes", "receded", "subsides", "subsided", "evaporates", "evaporated",
          "dissipates", "dissipated", "dimmed", "waned")
# How far before the verb its subject's good words may be: "Hopes of a lasting peace deal faded" (six words).
FAR = 6
# ... and the subordinators of a time or a condition: "celebrated after the floods receded" is no celebration gone
_CLAUSE_WORDS = frozenset("""and but or while whereas as when because so that which who though although after before
                           since until once if unless""".split())
# A negation before the verb keeps the good thing ("have not faded", "never waned", "hasn't dimmed"); a "be" before it
# makes it a passive's participle, something done to its subject, no waning of its own ("Its light bulbs are dimmed",
# "a great achievement ... has been dissipated in in-fighting", where "great" is the shame's)
_NEGATIONS = frozenset(("not", "never", "t", "hardly", "barely"))
_PASSIVE = frozenset(("is", "are", "was", "were", "be", "been", "being"))


def faded_goods(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray,
                goods: np.ndarray) -> np.ndarray:
    """Return which of `goods` (sorted word numbers of good words) are the subject of a verb of `FADING` (`verbs`).

    >>> from transforms.enrichments.tone_scores import word_starts
    >>> joined = "hopes of a breakthrough faded. hopes have not faded. good, but it faded"
    >>> text = joined.replace(".", " ").replace(",", " ")
    >>> faded_goods(joined, text, word_starts(text), np.zeros(13, int), np.array([4, 8, 12]),
    ...             np.array([0, 5, 9])).tolist()
    [True, False, False]
    """
    faded = np.zeros(len(goods), dtype=bool)
    for verb in verbs.tolist():  # a verb of fading: a few a batch
        if verb == 0 or word_at(text, starts, verb - 1) in _NEGATIONS | _PASSIVE or (
                verb > 1 and word_at(text, starts, verb - 2) in _NEGATIONS):
            continue
        for word in range(verb - 1, max(verb - FAR, 0) - 1, -1):
            if paragraph[word] != paragraph[verb] or opens_clause(joined, text, starts, word + 1, _CLAUSE_WORDS):
                break
            at = int(np.searchsorted(goods, word))
            if at < len(goods) and goods[at] == word:
                faded[at] = True
    return faded
