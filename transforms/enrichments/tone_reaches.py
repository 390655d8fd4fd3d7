"""How far a verb of averting reaches past its object: to the harm a span of time names, not to the main verb after it.

A verb of averting reaches VADER's three words (`tone_averting`). An end of a span of a harm names the harm past the
span ("The ceasefire ended three months of fighting" read −5.4, "fighting" four words on and kept): a verb of `ENDING`
before a count and a span ("three months of", "20 years of", `_SPANS`) reaches three words past its "of". And an
aim's object is no harm of the sentence's own verb: "The operation to end the siege killed 12 hostages" read +0.8, the
killing averted three words on. A verb of averting whose object (a determiner and a noun, or a noun alone) a main
verb of a harm follows (`MAIN_HARMS`: "killed", "failed", "collapsed") reaches only its object. Not the participles
that are adjectives as often ("to treat the badly injured", "avoid the damaged bridge").
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_averting import AVERTING, ENDING
from transforms.enrichments.tone_phrases import make_phrases, phrases_found

# Words of tone (each a key of tone's scan, which finds them before any phrase is read) that a sentence's main verb
# of a harm is: "to end the siege killed 12 hostages", "An attempt to stop the gang failed".
MAIN_HARMS = ("killed", "kills", "failed", "fails", "collapsed", "destroyed")
_SETS = {
    "count": "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
             "several many # a",
    "span": "days weeks months years decades",
    "determiner": "the a an its their his her this that these those",
    # a span's unit in a compound adjective, its hyphen read as a space: "a two-year legal fight", "a decade-long row"
    "unit": "day week month year decade days weeks months years decades",
    # the past of a harm, a sentence's verb after an aim's object: "to end the siege killed 12 hostages"
    "main": " ".join(MAIN_HARMS),
}
# the nearer "of" first: "three months of", "20 long years of"
_SPANS = tuple(make_phrases(dict.fromkeys(ENDING, (phrase,)), _SETS)
               for phrase in ("_ {count} {span} of", "_ {count} * {span} of"))
# ... and before a span as a compound adjective ("ending a two-year legal fight", "ends a decade-long legal battle" read
# bad, the fight five words on and kept): three words past the span's last word
_SPAN_ADJECTIVES = make_phrases(dict.fromkeys(ENDING, ("_ {determiner} {count} {unit}", "_ {determiner} # {unit}",
                                                        "_ {determiner} {unit} long")), _SETS)
# the object is the word after the verb, or a determiner and the word after it, read at each verb's last word
_LAST = {verb.split()[-1] for verb in AVERTING}
_MAIN_AFTER = tuple(make_phrases(dict.fromkeys(_LAST, (phrase,)), _SETS)
                    for phrase in ("_ !{determiner} {main}", "_ {determiner} * {main}"))


def spans_reach(text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray) -> np.ndarray:
    """Return, for each word number in `verbs` (each one of `ENDING` in a batch's `lowered` text, whose word starts are
    `starts` and whose words' paragraphs are `paragraph`), how far it reaches past a span of time after it (0: no
    span): three words past the span's "of", or past its unit as a compound adjective ("ended a two-year row").

    >>> from transforms.enrichments.tone import word_starts
    >>> text = " ended three months of fighting  ended 20 long years of war  ended the fighting  ended a two year row"
    >>> starts = word_starts(text)
    >>> verbs = np.array([w for w, s in enumerate(starts.tolist()) if text[s:s + 5] == "ended"])
    >>> spans_reach(text, starts, np.zeros(len(starts), int), verbs).tolist()
    [6, 7, 0, 6]
    """
    reach = np.zeros(len(verbs), dtype=np.int64)
    for distance, phrases in enumerate(_SPANS, start=3):
        found = (reach == 0) & phrases_found(text, starts, paragraph, verbs, phrases)
        reach[found] = distance + 3
    reach[(reach == 0) & phrases_found(text, starts, paragraph, verbs, _SPAN_ADJECTIVES)] = 6
    return reach


def object_reach(text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray,
                 mains: np.ndarray) -> np.ndarray:
    """Return, for each word number in `verbs` (each the last word of one of `AVERTING`), how far its object reaches
    where a main verb of a harm follows it (1 or 2), or 0 (no such verb: the verb keeps its reach). `mains` are the word
    numbers of the words of `MAIN_HARMS` (from tone's scan): only a verb with one two or three words after it is read.

    >>> from transforms.enrichments.tone import word_starts
    >>> text = " to end the siege killed 12  to stop violence failed  ended the bloody fighting"
    >>> starts = word_starts(text)
    >>> verbs = np.array([w for w, s in enumerate(starts.tolist()) if text[s:s + 4] in ("end ", "stop", "ende")])
    >>> object_reach(text, starts, np.zeros(len(starts), int), verbs, np.array([4, 9])).tolist()
    [2, 1, 0]
    """
    reach = np.zeros(len(verbs), dtype=np.int64)
    near = np.zeros(len(starts) + 4, dtype=bool)
    near[mains] = True
    at = np.flatnonzero(near[verbs + 2] | near[verbs + 3])  # most verbs have none: no phrase read for them
    if len(at):
        reach[at] = np.where(phrases_found(text, starts, paragraph, verbs[at], _MAIN_AFTER[1]), 2,
                             phrases_found(text, starts, paragraph, verbs[at], _MAIN_AFTER[0]))
    return reach
