"""What a negation leaves alone: the object of the verb it negates, where the two have opposite signs.

VADER's negation multiplies every word of tone up to three words after it by −0.74. Where the word right after it is
a word of tone and a later one has the other sign, the first is a verb and the later its object or what it acts on:
the negation undoes the act, not the object ("The budget would not help struggling families" read good, "struggling"
negated with "help"; "did not harm innocent people" read bad, "innocent" negated; "never lose hope"). Words of the same
sign are read as VADER reads them ("not safe or secure", "not worried about problems"). Only a negation before a verb
leaves an object so (`VERB_NEGATIONS`: "not", "never", "didn't", "without", "unlikely to"...); a "no" or a "no one"
negates what follows it as VADER does ("no serious damage"; "The virus spares no one, killing rich and poor alike" is
no killing of the rich spared).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from vaderSentiment.vaderSentiment import NEGATE

from transforms.enrichments.tone_keys import key_mask, key_of
from transforms.enrichments.tone_tables import NEGATIONS
from transforms.matching.search_text import search_text

# The negations a verb follows: VADER's but those of a noun or a whole answer ("nothing", "none", "nor", "nope"), and
# tone's phrases ending in "to" ("unlikely to help", "did little to ease", "failed to cause").
_NOT_VERBAL = frozenset(("neither", "none", "nope", "nor", "nothing", "nowhere", "uhuh", "uh-uh"))
VERB_NEGATIONS = (*(word for word in NEGATE if word not in _NOT_VERBAL),
                  *(words for words in NEGATIONS if " to" in words))


@lru_cache(maxsize=1)
def verb_negation_keys() -> np.ndarray:
    """Return per key number whether the key is one of `VERB_NEGATIONS` (as the text reads: "didn't" is "didn t")."""
    return key_mask(tuple(sorted({key_of(" ".join(search_text(word).split())) for word in VERB_NEGATIONS})))


def objects_of_negated(before: np.ndarray, signs: np.ndarray, word_signs: np.ndarray) -> np.ndarray:
    """Return, for each word of tone whose sign is in `signs` and whose word number minus a distance of two or three is
    `before` (a negation's place), whether the word right after that place has the other sign: the word is the negated
    verb's object, which the negation leaves alone. `word_signs` holds per word number the sign of the word of tone
    ending there (0: none), two slots more than the words (so `before` may be the last slot).

    >>> word_signs = np.array([0, 1, -1, 0, 0])  # "not help struggling families"
    >>> objects_of_negated(np.array([0, 0]), np.array([-1, 1]), word_signs).tolist()
    [True, False]
    """
    return word_signs[before + 1] == -signs
