"""An attempt averted: "Police thwarted a plot to bomb the station", "Guards foiled an attempt to smuggle weapons".

A verb of averting that stops a plot, an attempt or a bid stops the harm it aimed at: the harm is what the news says did
not happen. VADER's window of three words ends at the attempt's "to", so the harm kept its valence and the sentence
read bad ("Police thwarted a plot to bomb the station" −7.2, "Guards foiled an attempt to smuggle weapons into the
prison" −14.5). Such a verb reaches three words past that "to" (`attempt_reach`), and what it reaches is averted as
tone_averting says: a bad word reads negated, the verb none, and a negation or "failed to" before the verb still undoes
it ("Police failed to thwart a plot to bomb the station" stays bad). A good thing attempted keeps its valence ("Bad
weather thwarted an attempt to rescue the climbers": only a bad word is ever averted), and an attempt whose verb is a
good word's aimed at no harm, so the verb reaches no further than VADER's window: "thwarted an attempt to help the
injured", "foiled a plan to save the failing hospital" read as harms averted (+8.2, +8.3), the injured and the failing
hospital negated. Such a good aim is undone, as after "failed to" (`halted_aims`): "Rain halted an attempt to free the
trapped miners" read +4.9, the miners freed; the rescue that did not happen is bad news ("Police did not stop an attempt
to rescue the hostages", the verb undone, stays good).
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_phrases import make_phrases, phrases_found
from transforms.enrichments.tone_tables import WINDOW

# The verbs that avert an attempt (tone_averting's `AVERTING`, one word each: a phrase's last word is a particle).
ATTEMPTING = ("avert", "averts", "averted", "averting", "prevent", "prevents", "prevented", "preventing",
              "stop", "stops", "stopped", "stopping", "halt", "halts", "halted", "halting",
              "thwart", "thwarts", "thwarted", "thwarting", "foil", "foils", "foiled", "foiling")
_SETS = {"whose": "a an the any another every this that these those their his her its",
         "attempt": "plot plots attempt attempts bid bids plan plans scheme schemes conspiracy conspiracies"}
# The attempt right after its determiner, or one word between them ("a plot to", "an alleged plot to"): one phrase per
# distance of its "to" from the verb.
_ATTEMPTS = tuple(make_phrases(dict.fromkeys(ATTEMPTING, (phrase,)), _SETS) for phrase in (
    "_ {whose} {attempt} to", "_ {whose} * {attempt} to"))


def attempt_reach(text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray,
                  good: np.ndarray | None = None) -> np.ndarray:
    """Return, for each word number in `verbs` (each one of `ATTEMPTING` in a batch's `lowered` text, whose word starts
    are `starts` and whose words' paragraphs are `paragraph`), how many words after it it reaches: `WINDOW` past the
    "to" of an attempt it averts, or 0 (none, as for an attempt whose verb right after its "to" is a good word, per
    word number in `good`, a mask one slot longer than `starts`: "a bid to help").

    >>> from transforms.enrichments.tone import word_starts
    >>> text = " thwarted a plot to bomb it  foiled an alleged plot to kill him  thwarted the robbers"
    >>> starts = word_starts(text)
    >>> verbs = np.array([w for w, s in enumerate(starts.tolist()) if text[s:s + 4] in ("thwa", "foil")])
    >>> attempt_reach(text, starts, np.zeros(len(starts), int), verbs).tolist()
    [6, 7, 0]
    >>> good = np.zeros(len(starts) + 1, bool); good[4] = True  # "bomb" as a good word: an attempt to do good
    >>> attempt_reach(text, starts, np.zeros(len(starts), int), verbs, good).tolist()
    [0, 7, 0]
    """
    to = _attempts_to(text, starts, paragraph, verbs)
    reach = np.where(to > 0, to + WINDOW, 0)
    if good is not None:  # the attempt's verb, right after its "to": a good aim is no harm averted
        reach[_aimed_well(verbs, to, good)] = 0
    return reach


def halted_aims(text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray, good: np.ndarray,
                undoing: np.ndarray) -> np.ndarray:
    """Return the word numbers of the "to" of each attempt at a good thing (per word number in `good`, as
    `attempt_reach` takes it) that a verb of `verbs` averts, as "failed to" does ("halted an attempt to free the trapped
    miners"); none where a negation or an undoing word ends one to `WINDOW` words before the verb (`undoing`, per word
    number, one slot more than `starts`: "did not stop an attempt to rescue them" lets the rescue go ahead).

    >>> from transforms.enrichments.tone import word_starts
    >>> text = " halted an attempt to free them  did not stop a bid to save him  thwarted a plot to bomb it"
    >>> starts = word_starts(text)
    >>> verbs = np.array([w for w, s in enumerate(starts.tolist()) if text[s:s + 4] in ("halt", "stop", "thwa")])
    >>> good = np.zeros(len(starts) + 1, bool); good[[4, 13]] = True  # "free", "save"
    >>> undoing = np.zeros(len(starts) + 1, bool); undoing[8] = True  # "not"
    >>> halted_aims(text, starts, np.zeros(len(starts), int), verbs, good, undoing).tolist()
    [3]
    """
    to = _attempts_to(text, starts, paragraph, verbs)
    aimed = _aimed_well(verbs, to, good)
    for distance in range(1, WINDOW + 1):
        before = verbs[aimed] - distance
        aimed = aimed[~((before >= 0) & undoing[np.maximum(before, 0)] & (paragraph[np.maximum(before, 0)]
                                                                          == paragraph[verbs[aimed]]))]
    return verbs[aimed] + to[aimed]


def _attempts_to(text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray) -> np.ndarray:
    """Return, for each word number in `verbs`, how many words after it the "to" of the attempt it averts is (0:
    none)."""
    to = np.zeros(len(verbs), dtype=np.int64)
    for distance, phrases in enumerate(_ATTEMPTS, start=3):  # the nearest "to" wins
        to[(to == 0) & phrases_found(text, starts, paragraph, verbs, phrases)] = distance
    return to


def _aimed_well(verbs: np.ndarray, to: np.ndarray, good: np.ndarray) -> np.ndarray:
    """Return the indexes into `verbs` of the attempts whose verb, right after their "to", is a good word."""
    aimed = np.flatnonzero(to)
    return aimed[good[verbs[aimed] + to[aimed] + 1]]
