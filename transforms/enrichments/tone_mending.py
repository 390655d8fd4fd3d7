"""Verbs of mending a fault: "fixed a security flaw", "patched the vulnerability", "repaired the damage".
A fault's clause of what it let happen is the fault's too, and mended with it (`fault_reach`): "fixed a security flaw
that let hackers steal data" read bad, the theft kept (−10.5), and "patched a vulnerability that allowed attackers to
take control" (−4.2); only a fault's word, then "that" or "which" and a verb of letting or exposing, with no mark
between ("fixed a bug, which meant users lost photos": the "which" is the mending's, whose harm is kept).

A mending verb before a fault averts it as "avoid" does (`tone_averting`'s `AVERTING`, three words on): "The update
fixed a security flaw" and "Engineers repaired the damage" read bad, the flaw and the damage kept (−5.0, −13.8), while
news of a fault mended is good news. A noun or an adjective of the same letters mends nothing (`MENDING_NOT_VERBS`):
"a fixed penalty notice", "fixed costs", "a rough patch", "match fixing", "price fixing" ("fixing" after what is fixed
crookedly is the crime's, as tone_bans' "match fixing"), "in need of repair"; but a fix's or a patch's noun before
"for" is a remedy, read as the verb (`remedies`: "Microsoft issues patches for 7 software flaws" read bad).
A remedy that never came mends nothing (`undelivered`): "A fix for the flaw that let hackers in was never shipped" read
+5.1, the flaw and its doing mended; so "has yet to be released", "never arrived", "has yet to release a patch"; but
not a thing of the remedy's giver ("fixed the flaw, but did not release further details"); and a promise of a remedy
that never came is a promise broken (`broken_promises`: "promised a fix but it never arrived" read +4.2).
"""

from __future__ import annotations

import re

import numpy as np

from transforms.enrichments.tone_easing import opens_clause, word_at
from transforms.enrichments.tone_phrases import make_phrases, phrases_found

MENDING = tuple(f"{verb}{ending}" for verb in ("fix", "patch") for ending in ("", "es", "ed", "ing")) + tuple(
    f"{verb}{ending}" for verb in ("repair", "mend") for ending in ("", "s", "ed", "ing"))
# Where the letters are a noun's or an adjective's (written as `tone_averting`'s `NOT_VERBS`, with its sets and these).
MENDING_SETS = {
    "fixed_noun": "penalty penalties term terms rate rates odds income cost costs price prices abode sum sums fee fees "
                  "line lines point points asset assets interval intervals date dates number amount location address",
    "crooked": "match matches price prices spot race rate bid vote result results",
    "patch_before": "a an the bad rough difficult lean sticky tough poor purple nicotine this that",
    "repair_before": "of beyond disrepair",
}
MENDING_NOT_VERBS: dict[str, tuple[str, ...]] = {
    "fixed": ("_ {fixed_noun}",),
    "fixing": ("{crooked} _",),
    "fix": ("{crooked} _",),
    "patch": ("{patch_before} _",),
    "patches": ("{patch_before} _", "_ of"),
    "repair": ("{repair_before} _",),
}

# The fault's own doing, its harm the fault's: "a fix for the bug that drained iPhone batteries" read bad (−1.6), the
# draining kept. Its harm is the verb and its object, no farther (`_DOING_WINDOW`).
_DOING = ("caused causes drained drains crashed crashes froze freezes deleted deletes wiped wipes corrupted corrupts "
          "disrupted disrupts grounded grounds stranded strands leaked leaks broke breaks slowed slows")
_DOINGS = frozenset(_DOING.split())
# A fault's words, and the verbs of its clause that say what it let happen: "a flaw that let hackers steal data".
_FAULT_SETS = {
    "fault": "flaw flaws vulnerability vulnerabilities bug bugs glitch glitches loophole loopholes weakness weaknesses "
             "hole holes",
    "relative": "that which",
    "letting": "let lets allowed allows enabled enables could would might left leaves exposed exposes gave gives meant "
               + _DOING,
    "whose": "a an the its their his her this that several two three some",
}
# A fault's clause, each phrase's clause verb at its last word: the fault right after the mending verb, after a
# determiner or a word of its kind ("a security flaw"), or after both ("the critical security flaw").
_CLAUSES = tuple(make_phrases({verb: (phrase,) for verb in MENDING}, _FAULT_SETS)
                 for phrase in ("_ {fault} {relative} {letting}", "_ {whose} {fault} {relative} {letting}",
                                "_ * {fault} {relative} {letting}", "_ {whose} * {fault} {relative} {letting}",
                                # a remedy's, past its "for" (`remedies`): "a fix for the bug that drained batteries"
                                "_ for {whose} {fault} {relative} {letting}",
                                "_ for {whose} * {fault} {relative} {letting}"))
_CLAUSE_AT = (3, 4, 4, 5, 5, 6)
_REMEDY_CLAUSES = 2  # the last of `_CLAUSES`, a remedy's
# How far past the clause's verb what the fault let happen reaches: "let hackers steal data", "allowed attackers to
# take control".
_CLAUSE_WINDOW = 4
# ... and past a verb of the fault's own doing only its object: "the bug that crashed phones made the problem worse",
# "the glitch that froze Pixel phones left many handsets unusable" (the remedy's own news after it kept bad)
_DOING_WINDOW = 2


# A mending noun before "for" is a remedy for what follows ("Microsoft issues patches for 7 software flaws", "a fix for
# the bug"), read as the verb is, its reach past "for" and three words; not a rough patch's ("a rough patch for the
# club, with three defeats": `MENDING_SETS`' adjectives), nor a fixing's of a crooked kind.
_REMEDIES = make_phrases({noun: ("!{rough} _ for",) for noun in ("fix", "fixes", "patch", "patches")},
                         {"rough": "bad rough difficult lean sticky tough poor purple nicotine match matches price "
                                   "prices spot race rate bid vote result results"})
REMEDY_REACH = 4


def remedies(text: str, starts: np.ndarray, paragraph: np.ndarray, nouns: np.ndarray) -> np.ndarray:
    """Return, for each word number in `nouns` (each one of `MENDING` in a batch's `lowered` text, whose word starts are
    `starts` and whose words' paragraphs are `paragraph`), whether it is a remedy for what follows: a fix's or a
    patch's noun before "for" ("issues patches for 7 software flaws"; not "a rough patch for the club").

    >>> from transforms.enrichments.tone import word_starts
    >>> text = " issues patches for 7 flaws  a rough patch for the club  a patch for the bug  patched the flaw"
    >>> remedies(text, word_starts(text), np.zeros(20, int), np.array([1, 7, 12, 16])).tolist()
    [True, False, True, False]
    """
    return phrases_found(text, starts, paragraph, nouns, _REMEDIES)


def fault_reach(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray) -> np.ndarray:
    """Return, for each word number in `verbs` (each one of `MENDING` in a batch's `lowered` text, `joined` with its
    marks, whose word starts are `starts` and whose words' paragraphs are `paragraph`), how many words after it it
    reaches through its fault's clause ("fixed a security flaw that let hackers steal data"), or 0 where no such clause
    follows.

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = " fixed a security flaw that let hackers steal data  fixed the roof that leaked  fixed a bug, that let"
    >>> text = joined.replace(",", " ")
    >>> starts = word_starts(text)
    >>> fault_reach(joined, text, starts, np.zeros(len(starts), int), np.array([0, 9, 14])).tolist()
    [9, 0, 0]
    """
    reach = np.zeros(len(verbs), dtype=np.int64)
    # a remedy's clauses are looked for only where a "for" follows a verb: most batches' have none, so no search
    last = len(starts) - 1
    after_for = any(verb < last and text.startswith("for ", int(starts[verb + 1])) for verb in verbs.tolist())
    for k, (phrases, at) in enumerate(zip(_CLAUSES, _CLAUSE_AT, strict=True)):
        if k >= len(_CLAUSES) - _REMEDY_CLAUSES and not after_for:
            break
        found = phrases_found(text, starts, paragraph, verbs, phrases) & (reach == 0)
        for i in np.flatnonzero(found):  # (a handful a batch) the relative right after the fault, no mark between
            if not opens_clause(joined, text, starts, int(verbs[i]) + at - 1, frozenset()):
                doing = word_at(text, starts, int(verbs[i]) + at) in _DOINGS
                reach[i] = at + (_DOING_WINDOW if doing else _CLAUSE_WINDOW)
    return reach


# A remedy's coming undone, in its sentence after it ("was never shipped", "has yet to be released", "never arrived",
# "is not yet available") or right before it ("has yet to release a fix", "never shipped a patch").
_NOT_COME = (r"(?:\bnever|\bnot|n't|\byet to)\s+(?:(?:yet|be|been|being)\s+)*(?:ship|release|issue|arriv|came|come|"
             r"deliver|deploy|roll|materiali[sz]|appear|available|made available)")
# After it, a verb that takes an object is the remedy's only in the passive ("was never shipped") or with none ("never
# shipped to older phones"): "fixed the flaw, but did not release further details" is another thing not released.
_GIVING = r"(?:ship|release|issue|deliver|deploy|roll)\w*(?:\s+out)?"
_NOT_COME_AFTER = re.compile(
    r"(?:\bnever|\bnot|n't|\byet to)\s+(?:yet\s+)?(?:(?:(?:be|been|being)\s+(?:yet\s+)?)+" + _GIVING
    + r"|(?:(?:be|been)\s+)?(?:arriv|came|come|materiali[sz]|appear|available|made available)|" + _GIVING
    + r"(?=\s*[.,;:!?\"')]|\s*$|\s+(?:to|until|in|on|for|yet|as|before|after|at|with|because|and|but|so|despite)\b))")
_NOT_COME_BEFORE = re.compile(_NOT_COME + r"\w*\s+(?:out\s+)?(?:a|an|the|any|its|their)?\s*$")
_SENTENCE_END = re.compile(r"[.!?;](?:\s|$)")
# How far a remedy's sentence is read past it: "a fix for the flaw that let hackers in was never shipped"
_UNDELIVERED_WORDS = 14


def undelivered(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, menders: np.ndarray) -> np.ndarray:
    """Return, for each word number in `menders` (each one of `MENDING` in a batch's `lowered` text, `joined` with its
    marks), whether the remedy never came: "A fix for the flaw was never shipped", "has yet to release a patch".

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = "a fix for the flaw was never shipped. a fix was shipped. never shipped a patch for it"
    >>> text = joined.replace(".", " ")
    >>> undelivered(joined, text, word_starts(text), np.zeros(20, int), np.array([1, 9, 15])).tolist()
    [True, False, True]
    """
    came = np.zeros(len(menders), dtype=bool)
    for i, mender in enumerate(menders.tolist()):  # a few a batch
        begin, last = int(starts[mender]), min(mender + _UNDELIVERED_WORDS, len(starts) - 1)
        while paragraph[last] != paragraph[mender]:
            last -= 1
        end = len(text) if last == len(starts) - 1 else int(starts[last + 1])
        sentence = _SENTENCE_END.search(joined, begin, end)
        first = max(mender - 5, 0)
        while paragraph[first] != paragraph[mender]:
            first += 1
        before = joined[int(starts[first]):begin]
        ends = [found.end() for found in _SENTENCE_END.finditer(before)]  # the remedy's own sentence only
        came[i] = (_NOT_COME_AFTER.search(joined, begin, sentence.start() if sentence else end) is not None
                   or _NOT_COME_BEFORE.search(text[int(starts[first]) + (ends[-1] if ends else 0):begin]) is not None)
    return came


# The verbs of promising a remedy: a promise of one that never came is a promise broken ("promised a fix but it never
# arrived" read +4.2, the promise's +1.5 kept), up to `_PROMISE_WORDS` before it ("pledged to repair", "vowed a fix")
PROMISES = frozenset("promise promises promised pledge pledges pledged vow vows vowed".split())
_PROMISE_WORDS = 3


def broken_promises(text: str, starts: np.ndarray, paragraph: np.ndarray, undone: np.ndarray) -> np.ndarray:
    """Return the word numbers of the promises of the remedies in `undone` (word numbers of remedies that never came).

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "they promised a fix but it never came"
    >>> broken_promises(text, word_starts(text), np.zeros(8, int), np.array([3])).tolist()
    [1]
    """
    found = [mender - distance for mender in undone.tolist() for distance in range(1, _PROMISE_WORDS + 1)
             if mender - distance >= 0 and paragraph[mender - distance] == paragraph[mender]
             and word_at(text, starts, mender - distance) in PROMISES]
    return np.array(found, dtype=np.int64)
