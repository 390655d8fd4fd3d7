"""A plural harm right before a verb of a fall is a count that fell: "Attacks fell" is good news.

VADER reads "Attacks fell" as the attacks (−1.9) and "fell" none (−23.8), and "Attacks dropped" alike, when fewer
attacks is the news, as a cut of a harm is ("cut the number of attacks": `tone_counted`). A bad word of tone that is a
plural (a count of events: "attacks", "killings", "kidnappings") right before a verb of a fall is that count, a quantity
whose fall is good news (`tone_moves` reads the verb): the shape says so, no list of harms. "fell" after one is a fall
too, which `tone_senses` reads only after a market's noun or a quantity. Only a fall: a rise of harms is bad news as the
harm's own valence says, which a move read in its place weakened ("Tensions surge in Haiti" read −6.5, not −10.6). Not a
literal fall, a refusal or a cut: a move followed by where it landed ("Bombs fell on the city", "Shells dropped near the
school"), a "declined to" ("Critics declined to comment"), a verb that takes an object ("Floods cut power to the town"),
a worry that eases (`tone_waning`: "Iraq fears ease"). Python work per bad plural before a fall: a few a batch.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.members import members
from transforms.enrichments.tone_easing import word_at
from transforms.enrichments.tone_keys import SENTIMENT, easing_keys, key_of
from transforms.enrichments.tone_move_words import TRANSITIVE_FALLS

# Where a thing that fell literally landed: "Bombs fell on the city", "Rockets dropped into the sea"
_LANDING = frozenset("on onto upon into near across over at from around behind beside inside through down".split())
# Words of a fall that are no verb: a level or a particle ("put the mistakes down to", "kept losses low")
_LEVELS = frozenset("down low lower lowest lows fallen".split())
# Singular nouns in "s", no count: "the crisis", "the virus", "chaos"
_SINGULAR_ENDS = ("ss", "is", "us", "os")
# Verbs of a move that are a refusal before "to": "Critics declined to comment", "Rebels declined to say"
_REFUSING = frozenset(("decline", "declines", "declined", "declining"))


def moving_harms(text: str, starts: np.ndarray, paragraph: np.ndarray, harms: np.ndarray,
                 moves: np.ndarray) -> np.ndarray:
    """Return, per harm in `harms` (word numbers of a batch's bad one-word words of tone), whether it is a plural count
    that the fall right after it (`moves`: the word numbers of the verbs of a fall) moves.

    >>> from transforms.enrichments.tone_scores import word_starts
    >>> text = "attacks fell  bombs fell on them  critics declined to comment  attack fell"
    >>> moving_harms(text, word_starts(text), np.zeros(12, int), np.array([0, 2, 6, 10]), np.array([1, 3, 7, 11])
    ...              ).tolist()
    [True, False, False, False]
    """
    moved = np.zeros(len(harms), dtype=bool)
    followed = np.isin(harms + 1, moves)
    for i in np.flatnonzero(followed).tolist():  # a few a batch
        harm = int(harms[i])
        said = word_at(text, starts, harm)
        if not said.endswith("s") or said.endswith(_SINGULAR_ENDS) or paragraph[harm + 1] != paragraph[harm]:
            continue  # a count is a plural: "Attacks fell"; not "The attack fell", "distress", "crisis"
        after = word_at(text, starts, harm + 2) if harm + 2 < len(starts) and paragraph[harm + 2] == paragraph[harm] \
            else ""
        verb = word_at(text, starts, harm + 1)
        if verb in _LEVELS or verb in TRANSITIVE_FALLS:
            continue  # "put the mistakes down to", "Floods cut power"
        moved[i] = after not in _LANDING and not (after == "to" and verb in _REFUSING)
    return moved


def harm_counts(text: str, starts: np.ndarray, paragraph: np.ndarray, found: tuple[np.ndarray, ...],
                quantity_sign: np.ndarray, counted: np.ndarray, falls: np.ndarray) -> np.ndarray:
    """Return per key found its quantity's sign, −1 where a plural harm's count falls (`moving_harms`); `found` holds
    the batch's keys, kinds, values, lengths and last words, of which `kinds` is updated: a "fell" after a count
    (`counted`: `tone_counted`'s signs, or this) is a fall, which `tone_senses` mutes after any but a market's noun."""
    key, kinds, values, lengths, last_word = found
    # a worry that eases wanes instead (`tone_waning`: "Iraq fears ease"), no count of worries
    bad = np.flatnonzero((kinds == SENTIMENT) & (lengths == 1) & (values < 0) & (quantity_sign == 0)
                         & ~easing_keys()[0][key])
    moving = np.flatnonzero(falls)
    if len(bad) and len(moving):
        bad = bad[moving_harms(text, starts, paragraph, last_word[bad], last_word[moving])]
        quantity_sign, counted = quantity_sign.copy(), counted.copy()
        quantity_sign[bad], counted[bad] = -1, -1
    if counted.any():  # "Attacks fell", "The number of attacks fell"
        kinds[(key == key_of("fell")) & members(last_word - 1, last_word[counted != 0]) & (kinds == -1)] = SENTIMENT
    return quantity_sign
