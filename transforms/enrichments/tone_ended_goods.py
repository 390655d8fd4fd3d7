"""A good thing ended: "The government ended the talks", "ended their hopes of a title", "The winning run ended".

A verb of `ENDING` averts a bad word after it ("ended the fighting": `tone_averting`) and read a good one as still
there: "The club's winning run ended at Anfield" read +7.5, and "The government ended the talks" 0, "talks" having no
tone. Ending a good thing is mildly bad news: a good word that is the first word of tone up to three words after a
verb of ending, in its clause, reads negated (× −0.74), as a bad word does there; and where one of `GOODS` comes
first (things whose end the news regrets and the lexicon has no tone for: "talks", "truce", "aid"), the verb takes
`ENDED_GOOD`. Not where a negation or one of `UNDOING` before the verb undoes it ("did not end their hopes"), nor a
noun's end ("the end of the talks": `NOT_VERBS`), nor past a negation ("The summit ended without agreement": VADER's
rule reads it), a span ("ending years of legal wrangling": what the span held is ended, `spans_reach`), a compound's
("an open-ended list") or a name's end ("Preston North End": `plain_ends`), nor past an adverb of manner right after
the verb, which says how a thing ended ("The protests ended peacefully", "ended well": `_MANNER`), nor a good word that
sums up a span its holder ended ("The show ended its successful run": `_RUNS`). A good word one or
two words before "ended" or "ends" with no object, in its clause, is ended too ("The winning run ended at Anfield";
"Their hopes ended in the semi-final" is a noun's "ended in": none; not "The uncertainty over his participation
ended", what the subject is about), as a worry before its verb of waning (`waning_verbs`). Python work per verb of
ending found: a few a batch.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_easing import opens_clause, word_at
from transforms.enrichments.tone_tables import WINDOW
from transforms.enrichments.tone_waning import waning_verbs

# Good things with no tone in the lexicon whose end is bad news: "ended the talks", "The truce ended".
GOODS = frozenset("talks negotiations ceasefire ceasefires truce truces partnership alliance aid funding "
                  "subsidy subsidies programme program scheme".split())
# The valence of a verb that ends one of `GOODS`: the lexicon's "stop" (a command's −1.2).
ENDED_GOOD = -1.2
# What opens a clause of its own before the good thing ("ended the strike and the talks resumed").
_CLAUSE_WORDS = frozenset("and but or while whereas as when because so that which who".split())
# A span of time after the verb: what it held is ended, no good thing ("ending years of legal wrangling").
_SPANS = frozenset("days weeks months years decades".split())
# A span its holder ends, which a good word before it sums up, no good thing lost: "The show ended its successful run",
# "She ended her glittering career" read −8.6 (not another's: "Chelsea ended Arsenal's unbeaten run")
_OWN = frozenset("its his her their".split())
_RUNS = frozenset("run runs career tenure tour season stint spell reign term".split())
# How many words before "ended" its good subject may be: "Their hopes ended", "The winning run ended".
_SUBJECT = 2
# An adverb of manner right after the verb says how a thing ended, no object: "The protests ended peacefully".
_MANNER = ("ly", "well")
# What says how a subject's end came, or that it came to nothing: "The talks ended with a deal", "ended up", a market's
# "Shares ended lower".
_HOW = frozenset("with up lower higher down flat mixed weaker stronger firmer".split())


def plain_ends(joined: str, starts: np.ndarray, verbs: np.ndarray) -> np.ndarray:
    """Return, for each verb of ending (word numbers in `verbs`; `joined` the batch's text as written), whether it is a
    verb of its own: not a compound's ("open-ended") nor a name's after a capital ("Preston North End").

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = "an open-ended list  Preston North End won  talks ended"
    >>> plain_ends(joined, word_starts(joined.replace("-", " ")), np.array([2, 6, 9])).tolist()
    [False, False, True]
    """
    plain = np.ones(len(verbs), dtype=bool)
    for i, verb in enumerate(verbs.tolist()):
        start = int(starts[verb])
        before = joined[max(start - 40, 0):start].rstrip()  # the word before, not the batch's text before
        plain[i] = not (joined[start - 1:start] == "-" or (joined[start:start + 1].isupper() and before[-1:].isalpha()
                                                         and before.split()[-1][:1].isupper()))
    return plain


def ended_goods(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray,
                words: np.ndarray, good: np.ndarray, undoing: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return, for each word of tone in `words` (sorted word numbers; `good`: whether its valence is positive),
    whether a verb of ending in `verbs` (word numbers) before it ends it, and the verbs that end one of `GOODS`.
    `undoing` is per word number (one slot more) whether a negation or an undoing word ends there.

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "the government ended the talks  the defeat ended their hopes  did not end their hopes"
    >>> starts = word_starts(text)
    >>> undo = np.zeros(len(starts) + 1, bool); undo[11] = True
    >>> ended_goods(text, text, starts, np.zeros(len(starts), int), np.array([2, 7, 12]), np.array([1, 9, 14]),
    ...             np.array([False, True, True]), undo)
    (array([False,  True, False]), array([2]))
    """
    ended = np.zeros(len(words), dtype=bool)
    valued: list[int] = []
    undone = np.zeros(len(verbs), dtype=bool)
    for d in range(1, WINDOW + 1):  # "did not end their hopes"
        before = np.maximum(verbs - d, 0)
        undone |= (verbs - d >= 0) & undoing[before] & (paragraph[before] == paragraph[verbs])
    for verb in verbs[~undone].tolist():  # a few a batch
        at = int(np.searchsorted(words, verb, side="right"))
        for word in range(verb + 1, min(verb + WINDOW + 1, len(starts))):
            if (paragraph[word] != paragraph[verb] or undoing[word]  # "ended without agreement": negated already
                    or opens_clause(joined, text, starts, word, _CLAUSE_WORDS)):
                break
            end = text.find(" ", starts[word])
            found = text[starts[word]:end if end >= 0 else len(text)]
            if word == verb + 1 and found.endswith(_MANNER) and not joined[starts[word]:starts[word] + 1].isupper():
                break  # "ended peacefully", "ended well": how it ended, no object ("ended Italy's hopes": a name's)
            if at < len(words) and words[at] == word:  # the first word of tone decides
                ended[at] = bool(good[at]) and not _own_span(text, starts, paragraph, verb, word)
                break
            if found in _SPANS:
                break
            if found in GOODS:
                valued.append(verb)
                break
    return ended, np.array(valued, dtype=np.int64)


def ended_subjects(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray) -> np.ndarray:
    """Return the verbs of `verbs` ("ended" or "ends" with no object: word numbers) whose subject is one of `GOODS`,
    one or two words before it in its clause: "The aid programme ended", "The truce ended on Friday" (read 0, the
    good thing having no tone); not before a word of `_HOW`, which says how it ended ("The talks ended with a deal").

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "the aid programme ended  the talks ended with a deal  the war ended"
    >>> ended_subjects(text, text, word_starts(text), np.zeros(13, int), np.array([3, 6, 12])).tolist()
    [3]
    """
    valued = []
    for verb in verbs.tolist():  # a few a batch
        if word_at(text, starts, verb + 1) in _HOW and paragraph[min(verb + 1, len(starts) - 1)] == paragraph[verb]:
            continue
        for word in range(verb - 1, max(verb - _SUBJECT, 0) - 1, -1):
            if paragraph[word] != paragraph[verb] or opens_clause(joined, text, starts, word + 1, _CLAUSE_WORDS):
                break
            if word_at(text, starts, word) in GOODS:
                valued.append(verb)
                break
    return np.array(valued, dtype=np.int64)


def _own_span(text: str, starts: np.ndarray, paragraph: np.ndarray, verb: int, word: int) -> bool:
    """Return whether a word of tone (its number) right after a verb's `_OWN` sums up a span of `_RUNS` after it:
    "ended its successful run"."""
    return (word == verb + 2 and word_at(text, starts, verb + 1) in _OWN and word_at(text, starts, word + 1) in _RUNS
            and paragraph[min(word + 1, len(starts) - 1)] == paragraph[word])


def ended_before(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, words: np.ndarray,
                 good: np.ndarray, verbs: np.ndarray, negations: np.ndarray) -> np.ndarray:
    """Return, for each word of tone in `words` (`good`: whether its valence is positive), whether "ended" or "ends"
    (sorted word numbers in `verbs`) after it, with no object, ends it ("The winning run ended at Anfield")."""
    ended = np.zeros(len(words), dtype=bool)
    at = np.flatnonzero(good)
    if len(at) and len(verbs):
        verb = waning_verbs(joined, text, starts, paragraph, words[at], verbs, negations)
        ended[at] = (verb >= 0) & (verb - words[at] <= _SUBJECT)
    return ended
