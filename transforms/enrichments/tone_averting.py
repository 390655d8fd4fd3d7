"""Verbs of averting a bad thing: "avoid bankruptcy", "averted a strike", "escaped injury", "released the hostages".

VADER reads the verb's own valence ("avoid" −1.2, "avoided" −1.4, "stop" −1.2) and the bad thing's, so a
bankruptcy avoided read as two bad things ("The airline secured a loan to avoid bankruptcy" −5.3). A bad word
(a negative valence) up to three words after one of `AVERTING` is negated as after "not" (× −0.74, VADER's
weight), and the verb then has no valence of its own. A negation or one of `UNDOING` up to three words before
the verb undoes it ("did not stop atrocities", "could not prevent the looting", "failed to avert a strike"):
the bad word keeps its valence, and the negation does not reach it past the verb, where VADER's rule had
flipped it ("The UN said the government did not stop atrocities" read +7.3). A verb with no bad word after it
keeps its valence ("The minister avoided questions"), and so does a passive's "thwarted by" ("The rescue was thwarted
by bad weather": what was thwarted is before it). "escape" averts only the word right after it ("escaped
injury", "escapes punishment"): one who "escapes a roadside bombing" survived a bombing that happened. A noun or
an adjective of the same letters averts nothing (`NOT_VERBS`): "stop" after an article, a determiner or a word of a
compound ("a stop", "the stop", "bus stop", "non-stop", "pit stop", "full stop"), unless "to" follows it ("put a
stop to the looting"; "that stop" is a relative's verb: "Drugs that stop cancer spreading"), and "escaped" after an
article or a possessive, or before one who escaped ("an escaped killer", "three escaped prisoners", "escaped convict";
"All four escaped injury" is the verb): "A bus stop attack" read +9.7 and "An escaped killer
is on the run" +8.7, the attack and the killer averted. A noun "stop" or "stops" has no valence either: VADER's −1.2 and
−0.6 are a command's and a verb's, not a bus's ("an unscheduled stop", "the next stop", "bus stops"), and one adjective
may come between an article or a possessive and the noun ("an unscheduled stop", "their last stop").

A verb of releasing (`tone_releasing`), of easing (`tone_easing`) and a court's verb of undoing a charge
(`tone_courts`) averts only its own kind of bad word: a captive, a worry, a charge.
A way out of insolvency averts it (`_LEAVING`): "came out of administration", "emerged from bankruptcy", "a way out of
crisis" read good; "out of" and "emerged from" avert nothing else ("out of blind panic", "emerged from the wreckage").
Clearing one of a charge reverses it (`tone_clearing`: "cleared him of all charges", "acquitted of corruption charges";
"cleared the way" averts nothing), and a verb of sparing reaches past the one spared (`tone_sparing`). A recovery
from a harm averts it ("recovering from a knee injury": `RECOVERING`), and so does ending
it ("ending months of strikes": `ENDING`).

Limits: the three words are VADER's window, not a parse, so a bad word in the next clause can be taken for the
verb's object ("stopped, and violence resumed": only a verb of easing, and what its worry is about, stop at the
comma), a verb not on the list averts nothing ("blocked the execution"), and a headline's participle may be another
noun's ("New Video of CARE Hostage Released" reads as the hostage released).
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_clearing import CLEARING, CLEARING_ONE
from transforms.enrichments.tone_courts import UNDOING_CHARGES
from transforms.enrichments.tone_easing import EASING
from transforms.enrichments.tone_mending import MENDING, MENDING_NOT_VERBS, MENDING_SETS
from transforms.enrichments.tone_phrases import PASSIVE, make_phrases, phrases_found
from transforms.enrichments.tone_reducing import REDUCING, REDUCING_NOT_VERBS, REDUCING_SETS
from transforms.enrichments.tone_releasing import RELEASING, RETURNING
from transforms.enrichments.tone_sparing import SPARING, SPARING_REACH
from transforms.enrichments.tone_tables import WINDOW

# The verbs, in every form news writes them, each with how many words after it it reaches (VADER's window of
# three, one for "escape", none for a clearing verb but where `cleared_reach` says, four for a verb of sparing).
ESCAPE = ("escape", "escapes", "escaped", "escaping")
# Ways out of insolvency, which avert only the word right after them and only one of `_INSOLVENT` (`NOT_VERBS`):
# "came out of administration", "emerged from bankruptcy"; not "out of blind faith", "emerged from the rubble".
_LEAVING = ("out of", "emerge from", "emerges from", "emerged from", "emerging from")
# A recovery from a harm leaves it behind: "a slow recovery from injury", "recovering from a knee injury" read bad, the
# injury kept (−6.4). Not "recovered from", a search's as often ("bodies were recovered from the wreckage"), but for
# one told how it came, fully or over time, which a search is not ("She recovered fully from her injuries", "Turkey's
# economy has steadily recovered from a severe crisis"), the adverb before the verb or after it: a search is told by
# what it found, a recovery by its pace and its extent
_HOW_RECOVERED = "fully completely steadily gradually slowly quickly swiftly strongly partly partially largely".split()
RECOVERING = ("recovery from", "recovering from", "recovers from", "recover from",
              *(f"recovered {how} from" for how in _HOW_RECOVERED),
              *(f"{how} recovered from" for how in _HOW_RECOVERED))
# Ending a bad thing stops it: "ending months of strikes", "ended the bloody fighting", "an end to the violence" (none
# averted: "Nurses voted to accept the pay offer, ending months of strikes" read −0.7). Not where the end is what came
# ("ended in defeat", "ended with a loss", "ended up losing") nor a noun's end ("the end of the war": `NOT_VERBS`).
ENDING = ("end", "ends", "ended", "ending")
AVERTING = {verb: 1 if verb in (*ESCAPE, *_LEAVING) else 3 for verb in (
    "avoid", "avoids", "avoided", "avoiding", "avert", "averts", "averted", "averting", *ESCAPE,
    "prevent", "prevents", "prevented", "preventing",
    "stop", "stops", "stopped", "stopping", "halt", "halts", "halted", "halting",
    "stave off", "staves off", "staved off", "staving off", "ward off", "wards off", "warded off", "warding off",
    "fend off", "fends off", "fended off", "fending off", "thwart", "thwarts", "thwarted", "thwarting",
    "foil", "foils", "foiled", "foiling",
    *RELEASING, *RETURNING, *CLEARING, *EASING, *_LEAVING, *RECOVERING, *ENDING,
    *UNDOING_CHARGES,  # only a charge, and what it was for: `tone_courts`
    *MENDING,  # a fault: "fixed a security flaw" (`tone_mending`)
    *REDUCING,  # a harm made smaller, its object only: "cut flood damage" (`tone_reducing`)
)} | {verb: 0 for verb in CLEARING_ONE if " " not in verb and verb not in CLEARING}
AVERTING |= dict.fromkeys(SPARING, SPARING_REACH)
# Words before a verb of averting that undo it, beside VADER's negations: "failed to stop the violence", "refused to
# release the hostages".
# "yet to" only after a verb it completes ("has yet to recover", "are yet to identify"): "its thinnest iPhone yet to
# strong reviews" is a superlative's "yet", no undoing of "strong"
YET_TO = tuple(f"{be} yet to" for be in ("has", "have", "had", "is", "are", "was", "were", "remains", "remain"))
UNDOING = ("failed to", "fail to", "fails to", "failing to", "unable to", "refused to", "refuses to", "refusing to",
           "refuse to", "declined to", "declines to", "decline to", "declining to", *YET_TO)
# Where a verb's letters are a noun or an adjective, which averts nothing (written as tone_senses' `SENSES`: "_" the
# word, "{set}" one of `_SETS`, "!" any word but, "#" a number).
_SETS = {
    # not "that", "this" or "each": "Drugs that stop cancer spreading", "This stops the looting" (the dev corpora
    # hold "that stops an international group" and no "this stop" or "each stop" of a noun)
    "stop_before": "a an the every one first last next final bus non pit full request rest its his her their our",
    "stop_article": "a an its his her their our",  # an adjective between: "an unscheduled stop", "a brief stop"
    # not a number or "several": "All four escaped injury", "two escaped a possible ban" (the adjective's "three
    # escaped prisoners" is `escapee`'s)
    "escaped_before": "a an the his her their its",
    "escapee": "killer killers prisoner prisoners convict convicts inmate inmates murderer murderers criminal "
               "criminals slave slaves rapist rapists suspect suspects fugitive fugitives detainee detainees",
    "metal": "tin aluminium aluminum gold silver kitchen",  # "tin foil": the noun
    "be": "is are was were",  # "Fencing foils were stolen": a verb "foils" takes no "were"
    "passive": PASSIVE,
    "insolvent": "administration bankruptcy insolvency receivership recession crisis danger trouble poverty",
    "emerge": "emerge emerges emerged emerging",
    # "ended in defeat", "ended with a loss", "ended up losing", "ended on a sour note"; a market's close: "Shares end
    # lower"; and how: "ended tragically"; a compound's "end": "end users", "the end result"; a place's: "opposite ends
    # of"; an end its clause closes, before a word that opens the next ("The truce ended, and fighting resumed": the
    # fighting is the next clause's, no end of it)
    "ended_how": "in with up on of lower higher down flat mixed weaker stronger firmer tragically badly abruptly "
                 "bitterly prematurely acrimoniously disastrously user users result results product products point "
                 "game and but or while whereas although though yet as when so because",
    **MENDING_SETS,
    **REDUCING_SETS,
}
NOT_VERBS: dict[str, tuple[str, ...]] = {
    "stop": ("{stop_before} _ !to", "{stop_article} * _ !to"),
    "stops": ("{stop_before} _ !to", "{stop_article} * _ !to"),
    "escaped": ("{escaped_before} _", "_ {escapee}"),
    "of": ("out _ !{insolvent}",),  # "cleared of" ends in "of" too, and is always a verb
    # a recovery's "from" averts any harm (`RECOVERING`), but a passive's is a search's, whatever its pace ("Bodies were
    # slowly recovered from the burning wreckage")
    "from": ("{emerge} _ !{insolvent}", "{passive} * recovered _", "{passive} recovered * _"),
    # a passive's: what was thwarted is before it, and its doer after ("The rescue was thwarted by bad weather")
    "thwarted": ("_ by",),
    # tin "foil", "the perfect foil for his wit": a noun, which foils nothing
    "foil": ("{stop_before} _", "{stop_before} * _", "{metal} _"),
    "foils": ("{stop_before} _", "{stop_before} * _", "{metal} _", "_ {be}"),
    # what an end came to, and a noun's end ("the end of the war", "a tragic ending"; "an end to the violence" ends it)
    "end": ("{stop_before} _ !to", "{stop_article} * _ !to", "_ {ended_how}"),
    "ends": ("{stop_before} _ !to", "{stop_article} * _ !to", "_ {ended_how}"),
    "ended": ("_ {ended_how}",),
    "ending": ("{stop_before} _", "{stop_article} * _", "_ {ended_how}"),
    # one who came back, and a noun's returns, which give nothing back: "The gang returned to sell stolen phones", "Tax
    # returns were stolen", "The returning soldiers looted the town"; "returned the looted bronzes", "the return of
    # looted art" give loot back
    **dict.fromkeys(("return", "returns", "returned"), ("_ to", "_ {be}", "_ home", "_ from")),
    "returning": ("_ to", "_ {be}", "_ home", "_ from", "{stop_before} _"),
    **MENDING_NOT_VERBS,
    **REDUCING_NOT_VERBS,
}
_NOT_VERBS = make_phrases(NOT_VERBS, _SETS)


def _word_before(words: np.ndarray, distance: int, word_paragraph: np.ndarray) -> np.ndarray:
    """Return the word `distance` before each word, or len(word_paragraph) (an empty slot) where that word is in
    another paragraph or before the first."""
    before = words - distance
    same = (before >= 0) & (word_paragraph[np.maximum(before, 0)] == word_paragraph[words])
    return np.where(same, before, len(word_paragraph))


def not_verbs(text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray) -> np.ndarray:
    """Return, for each word number in `verbs` (each the last word of one of `AVERTING` in a batch's `lowered` text,
    whose word starts are `starts` and whose words' paragraphs are `paragraph`), whether it is a noun or an adjective
    (`NOT_VERBS`), which averts nothing.

    >>> from transforms.enrichments.tone import word_starts
    >>> text = " a bus stop attack  stop the killings  put a stop to it  an escaped killer  escaped injury"
    >>> starts = word_starts(text)
    >>> verbs = np.array([w for w, s in enumerate(starts.tolist()) if text[s:s + 4] in ("stop", "esca")])
    >>> not_verbs(text, starts, np.zeros(len(starts), int), verbs).tolist()
    [True, False, False, True, False]
    """
    return phrases_found(text, starts, paragraph, verbs, _NOT_VERBS)


def averting_verbs(
    words: np.ndarray, bad: np.ndarray, word_paragraph: np.ndarray, reach: np.ndarray, undoing: np.ndarray,
    captive: np.ndarray | None = None, releasing: np.ndarray | None = None,
    worry: np.ndarray | None = None, easing: np.ndarray | None = None, clauses: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Return, for each sentiment word (its word number in `words`), how many words before it the verb that
    averts it is (0: none averts it), and whether a negation before that verb undoes it.

    `bad` says which of the words can be averted (negative valence, no verb themselves); `reach` and
    `undoing` are per word number, one slot more than `word_paragraph` (always 0, False): the reach of the
    verb of `AVERTING` that ends there (0: none), whether a negation or one of `UNDOING` ends there. A verb of
    `RELEASING` (per word number in `releasing`, as `reach`) averts only a word of `CAPTIVES` (`captive`, as `bad`),
    and one of `EASING` (`easing`: 1, a court's verb of undoing a charge 2, a verb of returning loot 3) only a word of
    `WORRIES` (`worry`: 1; 2 for a charge, `tone_courts`' `charged_words`; 3 for loot) of its own kind and a bad word
    up to three words after a worry it averts ("eased fears of a recession"), none past a word that opens a clause
    (`clauses`, per word number and `WINDOW` slots more: `worry_clauses`).

    >>> reach = np.zeros(7, int); reach[1] = 3; undo = np.zeros(7, bool)
    >>> averting_verbs(np.array([2, 4, 5]), np.array([True, True, True]), np.zeros(6, int), reach, undo)
    (array([1, 3, 0]), array([False, False, False]))
    >>> undo[0] = True
    >>> averting_verbs(np.array([2]), np.array([True]), np.zeros(6, int), reach, undo)[1]
    array([ True])
    """
    # Only a bad word or a captive is ever averted, and each step reads a word's own row and the words before it: the
    # others (half of a batch's sentiment words) are left out, their distance 0 and nothing undone, as reading every
    # word gives them (`_every_word`, which tests/transforms/enrichments/test_tone_fast_paths.py holds this to).
    at = np.flatnonzero(bad if captive is None else bad | captive)
    # ... and of those only the ones a verb that reaches stands before, close enough: a word's distance is that of a
    # verb with a reach (`reach[verb] >= d`, d >= 1) at most `reach.max()` words before it, or, for what a worry is
    # about, that of a worry at most `WINDOW` words before it that such a verb averts; every other word keeps 0 and
    # nothing undone, as `_every_word` reads it (the others: nine in ten of a batch's bad words)
    verbs = np.flatnonzero(reach != 0)  # (a bool mask's nonzero: a quarter of an int64 array's)
    if len(verbs) and len(at):
        lead = np.searchsorted(verbs, words[at]) - 1  # the last verb before each word (-1: none)
        gap = words[at] - verbs[np.maximum(lead, 0)]
        at = at[(lead >= 0) & (gap <= max(WINDOW, int(reach.max())) + WINDOW)]
    else:
        at = at[:0]
    distance, undone = np.zeros(len(words), dtype=np.int64), np.zeros(len(words), dtype=bool)
    distance[at], undone[at] = _every_word(
        words[at], bad[at], word_paragraph, reach, undoing, None if captive is None else captive[at], releasing,
        None if worry is None else worry[at], easing, clauses)
    return distance, undone


def _every_word(
    words: np.ndarray, bad: np.ndarray, word_paragraph: np.ndarray, reach: np.ndarray, undoing: np.ndarray,
    captive: np.ndarray | None = None, releasing: np.ndarray | None = None,
    worry: np.ndarray | None = None, easing: np.ndarray | None = None, clauses: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """`averting_verbs`, each of the words read."""
    distance = np.zeros(len(words), dtype=np.int64)
    captive = np.zeros(len(words), dtype=bool) if captive is None else captive
    releasing = np.zeros(len(reach), dtype=bool) if releasing is None else releasing
    worry = np.zeros(len(words), dtype=np.int64) if worry is None else worry
    easing = np.zeros(len(reach), dtype=np.int64) if easing is None else easing
    clauses = np.zeros(len(reach) + WINDOW, dtype=bool) if clauses is None else clauses
    # VADER's window, or farther where a verb reaches past the one it clears ("cleared the nurse of": `cleared_reach`)
    for d in range(1, max(WINDOW, int(reach.max(initial=0))) + 1):
        verb = _word_before(words, d, word_paragraph)
        averted = np.where(releasing[verb], captive, np.where(easing[verb] > 0, (worry == easing[verb]) & bad, bad))
        distance[averted & (distance == 0) & (reach[verb] >= d)] = d
    eased = np.zeros(len(reach), dtype=np.int64)  # per word number: how far before an eased worry its verb is
    at = (distance > 0) & (worry > 0)
    eased[words[at]] = distance[at] * (easing[words[at] - distance[at]] > 0)
    ended = np.zeros(len(words), dtype=bool)  # a clause opened between the worry and the word
    for d in range(1, WINDOW + 1):  # what the worry is about: "eased fears of a recession"
        before = _word_before(words, d, word_paragraph)
        ended |= clauses[words - d + 1]
        about = bad & (distance == 0) & (eased[before] > 0) & ~ended
        distance[about] = d + eased[before[about]]
    undone = np.zeros(len(words), dtype=bool)
    averted = np.flatnonzero(distance)
    verbs = words[averted] - distance[averted]
    for d in range(1, WINDOW + 1):
        undone[averted] |= undoing[_word_before(verbs, d, word_paragraph)]
    return distance, undone

