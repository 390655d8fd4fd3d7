"""Verbs of releasing a captive: "released the hostages", "Hostages freed", "swapped prisoners".

A verb of releasing averts only a captive (`RELEASING`, `CAPTIVES`): "released the hostages", "Myanmar Releases
Hundreds of Prisoners" read good, "have not released the hostages" and "refused to release the hostages" bad, and
"released a statement about the attack" leaves the attack as it was. A captive is released by a participle after it
too ("Hostages freed in Iraq", "the hostages were released"; "The hostages were not freed" is still bad news), and the
bad words between a captive and a passive's participle that frees it say which captives, part of the captivity freed
("The hostages held by their kidnappers were freed" is good news; not "Two hostages were killed and three were
freed": `CAPTIVITY`). A prisoner swap releases ("exchanged hundreds of
prisoners of war", "swapped prisoners"; "exchanged fire with the rebels" averts nothing).
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_phrases import PASSIVE, make_phrases, phrases_found

# Verbs of releasing, which avert only a captive (`CAPTIVES`), after them or before them: "released the hostages",
# "Hostages freed"; "released a statement about the attack" leaves the attack as it was.
RELEASING = ("release", "releases", "released", "releasing", "free", "frees", "freed", "freeing",
             # a prisoner swap frees both sides' captives: "exchanged hundreds of prisoners of war"
             "exchange", "exchanges", "exchanged", "exchanging", "swap", "swaps", "swapped", "swapping")
# Verbs of returning what was taken, which avert only a thing looted or stolen (`LOOT`), as a verb of releasing a
# captive: "returned the looted bronzes to Nigeria", "agreed to return looted artefacts" read bad, the looting kept;
# "returned to the site" or "a return to growth" avert nothing (tone_averted reads them as a verb of easing's kind 3).
RETURNING = ("return", "returns", "returned", "returning", "repatriate", "repatriates", "repatriated", "repatriating",
             "hand back", "hands back", "handed back", "handing back")
LOOT = ("looted", "stolen")
# Those that release a captive before them, a passive's participles: "Hostages freed", "were released"; not a noun's
# "release" ("Fatwa Demands Release") or an active verb's object ("Hostages Say They Will Free").
RELEASED = ("freed", "released", "exchanged", "swapped")
# Those that release a captive before them only as a passive's ("are to be exchanged"; not "prisoners exchanged blows")
SWAPPED = ("exchanged", "swapped")
# The captives news reports the release of, each a bad word of tone (the lexicon's or tone's `NEWS_WORDS`).
# "trapped": people a disaster holds, freed as captives are ("Rescuers freed the climbers trapped by the avalanche").
CAPTIVES = ("hostage", "hostages", "prisoner", "prisoners", "kidnapped", "abducted", "trapped")
# A captive's captivity, the words a participle that frees it passes ("The hostages held by their kidnappers were
# freed"): a participle of captivity right after the captive; "Two hostages were killed and three were freed" has none.
CAPTIVITY = make_phrases({word: ("_ {held}", "_ of war {held}") for word in CAPTIVES},
                         {"held": "held taken seized captured kidnapped abducted detained jailed imprisoned"})
# A passive's participle of releasing ("were freed", "have been released") reaches its captive, the sentence's subject,
# past the words that say which captives: "Twelve prisoners of war held by the rebels were freed".
_PASSIVE = make_phrases({word: ("{passive} _",) for word in RELEASED}, {"passive": PASSIVE})
# The war of "prisoners of war" names the captives, no war of the news: "The prisoners of war were freed" is good news.
CAPTIVES_OF_WAR = make_phrases({"war": ("{captive} of _",)}, {"captive": "prisoner prisoners"})
# How far before a passive's participle of releasing its captive may be (`released_captives`), and a worry before the
# verb of its waning (`tone_waning`): ten words, for the captivity a news sentence names between them ("The hostages,
# held by Hamas since October 2023, were freed" is nine; at seven it read as a captivity still going on).
FAR = 10


def passive_participles(text: str, starts: np.ndarray, paragraph: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Return, for each word number in `words` (each one of `RELEASED`), whether it is a passive's ("were freed")."""
    return phrases_found(text, starts, paragraph, words, _PASSIVE)


def released_captives(
    words: np.ndarray, captive: np.ndarray, word_paragraph: np.ndarray, reach: np.ndarray, released: np.ndarray,
    undoing: np.ndarray,
) -> np.ndarray:
    """Return, for each sentiment word (its word number in `words`), how many words after it a participle of `RELEASED`
    that releases it is (0: none): a captive (`captive`) up to three words before the verb ("Hostages freed"), ten
    before a passive's ("The prisoners of war were freed", "The three hostages taken in the raid were released"), no
    negation or one of `UNDOING` between them ("The hostages were not freed").

    `reach` and `undoing` are per word number, as `averting_verbs` reads them (a verb's reach is 0 where its letters
    are a noun or an adjective), and so is `released`: how many words before it a participle of `RELEASED` that ends
    there reaches (0: none; `WINDOW`, or `FAR` after a passive's auxiliary: `passive_participles`).

    >>> reach = np.zeros(7, int); reach[[2, 5]] = 3; released = reach; undo = np.zeros(7, bool); undo[4] = True
    >>> released_captives(np.array([0, 3]), np.array([True, True]), np.zeros(6, int), reach, released, undo)
    array([2, 0])
    """
    distance = np.zeros(len(words), dtype=np.int64)
    # Only a captive can be released, and each word's walk reads its own words after it: the few captives of a
    # batch are walked, not its thousands of sentiment words (the same distances, a tenth of tone's time less).
    at = np.flatnonzero(captive)
    if not len(at):
        return distance
    words = words[at]
    found_at = np.zeros(len(at), dtype=np.int64)
    blocked = np.zeros(len(at), dtype=bool)
    n_words = len(word_paragraph)
    for d in range(1, FAR + 1):
        after = np.minimum(words + d, n_words)
        same = (words + d < n_words) & (word_paragraph[np.minimum(words + d, n_words - 1)] == word_paragraph[words])
        after = np.where(same, after, n_words)  # the last slot is always empty
        found = (found_at == 0) & ~blocked & (released[after] >= d) & (reach[after] > 0)
        found_at[found] = d
        blocked |= undoing[after]
    distance[at] = found_at
    return distance
