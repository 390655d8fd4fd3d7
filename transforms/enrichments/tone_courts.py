"""A court's verbs of undoing a charge: "quashed her conviction for fraud", "threw out the case", "overturned his
wrongful conviction".

A court that quashes, overturns, dismisses or throws out a conviction, a charge or a case undoes it, which is good news
for the one charged; VADER has no valence for "conviction" or "case" (and "conviction" as a belief is no charge), and
read "quashed her conviction for fraud" as the fraud (−8.8). A verb of `UNDOING_CHARGES` averts, as a verb of easing
averts a worry (`tone_averting`), only a word of `CHARGES` up to three words after it, the bad words that name it
(`charged_words`: "the fraud charges") and the bad words up to three after it, what the charge was for ("dismissed the
fraud charges", "quashed her conviction for fraud"); it averts nothing else, so an intransitive "overturned" ("A lorry
overturned, killing the driver") and a dismissal of what is no charge ("The court dismissed her appeal", "The club
dismissed the coach after heavy defeats") keep their tone. A charge the lexicon lacks has the valence of its "charges"
(−1.1) right after such a verb, one or two words between (`tone_senses`: "quashed her conviction", "threw out the
case"), and none elsewhere ("upheld his conviction for murder" is the murder's; "a case of flu", "her conviction
that").

"acquitted" and "cleared ... of" are `tone_clearing`'s `CLEARING`, which reach three words past the "of" after the one
they clear ("acquitted the three activists of all charges").

Limits: "dismissed the case for higher taxes" reads as a case thrown out.
"""

from __future__ import annotations

import numpy as np

# The verbs, in every form news writes them; "dismiss" and "overturn" undo only a charge (`CHARGES`).
UNDOING_CHARGES = tuple(
    [f"{verb}{ending}" for verb in ("quash", "dismiss") for ending in ("", "es", "ed", "ing")]
    + [f"overturn{ending}" for ending in ("", "s", "ed", "ing")]
    + [f"{throw} out" for throw in ("throw", "throws", "threw", "thrown", "throwing")]
)
# What a court's verb undoes: a charge and what it leads to (a conviction, a sentence); a ruling that throws out an
# appeal or a claim is bad news for whoever brought it, and is no charge.
CHARGES = ("charge", "charges", "conviction", "convictions", "case", "cases", "lawsuit", "indictment",
           "prosecution")
# The charges the lexicon has no valence for, which take its "charges" (−1.1) after a verb of `UNDOING_CHARGES`.
TONELESS_CHARGES = ("charge", "conviction", "convictions", "case", "cases", "indictment")
# A device's "charges" are its filling with power, no court's: "the new battery charges in five minutes", "The car
# charges fully overnight" read bad (the lexicon's "charges" −1.1). Only after a device and before how far or how fast:
# a "battery" before "charges" is a court's as often ("faces assault and battery charges"). Tone's `NEWS_TERMS`.
_HOW_SOON = (*"one two three four five six eight ten fifteen twenty thirty forty under just about around less".split(),
             *(str(minutes) for minutes in range(1, 61)))
DEVICE_CHARGES = tuple(f"{device} charges {how}" for device in ("battery", "phone", "car", "laptop", "device", "it")
                       for how in ("fully", "faster", "quickly", "wirelessly", "overnight", "to", "twice",
                                   *(f"in {soon}" for soon in _HOW_SOON)))
# The last words of those verbs, for `tone_senses`' phrases ("quashed _", "threw out the _").
UNDOING_ONE_WORD = " ".join(verb for verb in UNDOING_CHARGES if " " not in verb)
THROWING = "throw throws threw thrown throwing"


def charged_words(words: np.ndarray, charge: np.ndarray, word_paragraph: np.ndarray) -> np.ndarray:
    """Return, for each sentiment word (its word number in `words`), whether it is one of `CHARGES` (`charge`) or names
    the charge one or two words after it ("the fraud charges", "his murder conviction", "the corruption case").

    >>> charged_words(np.array([1, 2, 5]), np.array([False, True, False]), np.zeros(6, int)).tolist()
    [True, True, False]
    """
    # the charges marked by word number (two slots more: a word's next two), looked up, not searched for (np.isin)
    is_charge = np.zeros(len(word_paragraph) + 2, bool)
    is_charge[words[charge]] = True
    named = np.zeros(len(words), bool)
    for step in (1, 2):  # a charge in the next paragraph names nothing here, one that ends this paragraph does
        ahead = np.minimum(words + step, len(word_paragraph) - 1)
        named |= is_charge[words + step] & (word_paragraph[ahead] == word_paragraph[words])
    return charge | named
