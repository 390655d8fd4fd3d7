"""Verbs that clear one of a charge: "cleared him of all charges", "acquitted of corruption charges".

Clearing one of a charge reverses it, as a verb of averting does (`tone_averting`); "cleared the way" and "cleared a
plan" keep the lexicon's +0.4 of "cleared" and avert nothing. "acquitted", "cleared" and "clears" reach three words past
an "of" one to three words after them, past the one cleared ("cleared the nurse of all charges", "acquitted the three
activists of all charges"; not a place or a part cleared: "cleared the scene of the crash", "cleared the rest of the
wreckage": `cleared_reach`).
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_phrases import make_phrases, phrases_found

# Verbs of clearing one of a charge, which reverse the charge: "cleared of all charges", "cleared him of doping",
# "acquitted of murder"; "cleared" without "of" clears a way, a plan or a bank's bid, and keeps its valence.
CLEARING = ("acquit", "acquits", "acquitted", "acquitting",
            *(f"{verb} {whom}of" for verb in ("clear", "clears", "cleared", "clearing")
              for whom in ("", "him ", "her ", "them ", "it ", "us ", "me ")))
# Those that reach past the one they clear to its "of" ("cleared the nurse of all charges", "acquitted the three
# activists of all charges": `cleared_reach`); "cleared" and "clears" avert nothing elsewhere and keep the lexicon's
# +0.4 and +0.3 ("cleared the way"). Not "clear" or "clearing", adjectives as often ("clear evidence of fraud").
CLEARING_ONE = ("acquit", "acquits", "acquitted", "acquitting", "cleared", "clears")
# A clearing verb's "of" one to three words after the one it clears, one phrase per distance from the verb; not after a
# place, a part or the dead cleared of something ("cleared the scene of the crash", "cleared the rest of the debris",
# "cleared the square of protesters after clashes", "cleared the bodies of the dead") or a particle ("cleared up the
# mess of").
_CLEARED = {"not_whom": "scene site area areas rest street streets road roads way path building buildings room rooms "
                        "backlog remains wreckage debris runway ground field pitch table desk square squares town "
                        "towns city village villages camp camps land park beach beaches port harbour district region "
                        "zone neighbourhood body bodies rubble ruins",
            "particle": "up out away off"}
_CLEARED["not_object"] = f"{_CLEARED['not_whom']} {_CLEARED['particle']}"
_CLEARED_OF = tuple(make_phrases(dict.fromkeys(CLEARING_ONE, (phrase,)), _CLEARED) for phrase in (
    "_ !{not_object} of", "_ !{particle} !{not_whom} of", "_ !{particle} * !{not_whom} of"))


def cleared_reach(text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray) -> np.ndarray:
    """Return, for each word number in `verbs` (each one of `CLEARING_ONE`), how many words after it a clearing verb
    reaches: three past its "of" where one to three words stand between them, the one cleared (0: none).

    >>> from transforms.enrichments.tone import word_starts
    >>> text = " cleared the nurse of all charges  cleared the way  cleared the scene of the crash  acquitted him"
    >>> starts = word_starts(text)
    >>> verbs = np.array([w for w, s in enumerate(starts.tolist()) if text[s:s + 4] in ("clea", "acqu")])
    >>> cleared_reach(text, starts, np.zeros(len(starts), int), verbs).tolist()
    [6, 0, 0, 0]
    """
    reach = np.zeros(len(verbs), dtype=np.int64)
    for distance, phrases in enumerate(_CLEARED_OF, start=2):  # the nearest "of" wins
        found = (reach == 0) & phrases_found(text, starts, paragraph, verbs, phrases)
        reach[found] = distance + 3
    return reach
