"""Verbs of reducing a harm: "cut flood damage", "curbed pollution", "lowered the death toll"; and pressure taken off.

VADER reads a harm reduced as the harm and the verb ("The new sea wall has cut flood damage in the town by half" read
−10.6, "cut" −1.1 and "damage" −2.2), while news of a harm made smaller is good news. A verb of `REDUCING` averts a bad
word of its object as "prevented" does (`tone_averting`'s `AVERTING`), but its object ends at the first preposition,
word of a clause or mark (`tone_easing`'s `easing_reach`): what follows is where or whom the cut hit, not what was cut
("The council cut funding for flood defences", "Floods cut power to the town" keep their bad news, the object no harm).
"cut" is a noun as often (`REDUCING_NOT_VERBS`): after an article or a possessive ("the cut in aid deepened the
crisis") or a word it is the cut of ("a power cut hit the hospital", "the tax cut hurt the poor"), where the words after
it are its clause's verb, no object. "cuts" and "lower" are left out: "Budget cuts hurt the poorest families", "lower
costs" are a noun and an adjective far more than a verb.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_easing import CLAUSE_WORDS, opens_clause, word_at
from transforms.enrichments.tone_quantities import MEASURE
from transforms.enrichments.tone_tables import WINDOW

REDUCING = ("cut", "cutting", "reduce", "reduces", "reduced", "reducing", "halve", "halves", "halved", "halving",
            "curb", "curbs", "curbed", "curbing", "lowered", "lowering", "slash", "slashes", "slashed", "slashing")
# Where "cut" is a noun (written as `tone_averting`'s `NOT_VERBS`, with its sets and these): the word before it says
# what was cut, and the words after it are its own clause's ("A power cut hit the hospital").
REDUCING_SETS = {
    "cut_of": "tax pay price rate rates budget job jobs spending aid wage power interest fare funding staff benefit "
              "benefits pension service services",
}
REDUCING_NOT_VERBS: dict[str, tuple[str, ...]] = {
    "cut": ("{stop_before} _", "{stop_article} * _", "{cut_of} _"),
    "cutting": ("{stop_before} _",),
}
# Pressure taken away is relief: "taking some pressure off rents", "took the pressure off the hospital" (VADER read the
# pressure, −1.2); a phrase of its own, which covers the "pressure", valued as "relieved" (1.6) is.
RELIEF: dict[str, float] = dict.fromkeys(("pressure off", "pressures off"), 1.6)
# The weakest bad words of the lexicon are those with a second, plain sense ("pay" −0.4, "low" −1.1: "cut pay", "cut
# low priority spending" are no harm made smaller); a harm reduced is one whose bad sense is its only one ("damage"
# −2.2, "errors" −1.4, "delay" −1.3, "debt" −1.5), so only a bad word this strong is a harm a verb reduces.
HARM_VALENCE = -1.2
# A harm's measure, the head of an object whose harm is the word before it: "lowered the death toll", "cut the
# unemployment rate".
_MEASURES = frozenset(f"{MEASURE} toll tolls".split())
# To lower is to move a thing down: only a level is lowered in the abstract ("lowered the death toll", a measure's head,
# and "lowered the risk of stroke", a quantity `tone_moves` reads); a harm that is a thing is moved, not made smaller
# ("The crane lowered the wreckage onto a barge" read +4.4, "Divers lowered the coffin", a harm averted), so these verbs
# reduce only a harm's measure.
_LOWERING = frozenset(("lowered", "lowering"))
# What ends a reduced object: a word that opens a clause or a phrase of its own (`tone_easing`'s), and every other
# preposition, which says where or whom, not what was cut ("curbed pollution along the river", "cut crime across
# the city").
OBJECT_ENDS = CLAUSE_WORDS | frozenset("along across among around by through into onto within without near under "
                                       "against between during per via toward towards beyond throughout".split())


def reduced_reach(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray,
                  harm: np.ndarray) -> np.ndarray:
    """Return, for each verb of `REDUCING` (its word number in `verbs` in a batch's `lowered` text, `joined` its text as
    written, `paragraph` each word's paragraph), how far it reaches: to its object's head, the last word before a mark,
    a word of a clause or a preposition (`OBJECT_ENDS`), three at most, where that head is a harm (`harm`, per word
    number, one slot more) or a measure of one right after it; else 0 ("cut low priority spending": no harm was cut).
    A verb of lowering reaches only a measure (`_LOWERING`: "lowered the wreckage" moved a thing).

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = "cut flood damage in it; cut low priority spending; lowered the death toll"
    >>> text = " cut flood damage in it  cut low priority spending  lowered the death toll"
    >>> starts = word_starts(text)
    >>> harm = np.zeros(len(starts) + 1, bool); harm[[2, 11]] = True
    >>> reduced_reach(joined, text, starts, np.zeros(len(starts), int), np.array([0, 5, 9]), harm).tolist()
    [2, 0, 3]
    """
    reach = np.zeros(len(verbs), dtype=np.int64)
    for i, verb in enumerate(verbs.tolist()):  # per verb of reducing found: a few a batch
        head = verb
        while head - verb < WINDOW and head + 1 < len(starts) and paragraph[head + 1] == paragraph[verb] and not (
                opens_clause(joined, text, starts, head + 1, OBJECT_ENDS)):
            head += 1
        # a harm's measure one word past the window, its harm named in two words: "lowered the cancer death rate"
        # read −28.3, the cut reaching "death" and a lowering no harm that is a thing (the measure is the head)
        if (harm[head] and head - verb == WINDOW and head + 1 < len(starts) and paragraph[head + 1] == paragraph[verb]
                and word_at(text, starts, head + 1) in _MEASURES):
            head += 1
        measured = head - verb > 1 and harm[head - 1] and word_at(text, starts, head) in _MEASURES
        if measured or (harm[head] and word_at(text, starts, verb) not in _LOWERING):
            reach[i] = head - verb
    return reach
