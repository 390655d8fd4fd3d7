"""A disease found early: "A new blood test detected bowel cancer years before symptoms appeared", "Doctors caught the
cancer early" read bad, the cancer's −3.4 kept, where news of a disease caught in time is good news for whom it is found
in. A verb of finding (`_FINDING`) before the disease and "early", "at an early stage" or "before symptoms" after it in
its clause, or the participle right before "early" after the disease ("Cancers caught early are easier to treat"),
averts it as a verb of averting does; not where a negation is in the span or a failure just before its verb ("was not
detected early enough", "Doctors failed to spot the cancer early"), nor an "early" of a time or of an age ("diagnosed
with cancer early last year", "diagnosed with cancer in her early forties"), nor an illness caught, which is one
contracted ("Half the squad caught an illness early").
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from transforms.enrichments.tone_keys import keys

# The diseases whose finding in time is news (those with a tone of the lexicon: "cancer" −3.4, "tumor" −1.6)
DISEASES = frozenset("cancer cancers tumour tumours tumor tumors illness illnesses".split())


@lru_cache(maxsize=1)
def disease_words() -> tuple[str, ...]:
    """Return the words of `DISEASES` that are keys of tone's scan (the lexicon's and the news words')."""
    return tuple(sorted(word for word in DISEASES if f" {word} " in keys()[0]))


_FINDING = (r"detect(?:s|ed|ing)?|spot(?:s|ted|ting)?|caught|catch(?:es|ing)?|pick(?:s|ed|ing)? up|"
            r"diagnos(?:e|es|ed|ing)")
# "early" of a time is no stage of a disease: "early last year", "early on Sunday", "early in 2024", "early during
# the tour"; nor is one of an age: "in her early forties", "in his early 30s", "in early adulthood"
_EARLY = (r"(?:early(?! (?:on|in|last|this|next|morning|hours|days|weeks|months|years|today|yesterday|afternoon|"
          r"evening|during|teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\d0s|"
          r"adulthood|childhood|life)\b)|at an early stage|before (?:any )?symptoms)")
_FOUND_EARLY = re.compile(rf"\b(?:{_FINDING})\b[^.;:!?]{{0,80}}?\b{_EARLY}", re.IGNORECASE)
# a disease before its participle: "Cancers caught early", "bowel cancer detected at an early stage"
_EARLY_AFTER = re.compile(rf"\b(?:{_FINDING}) {_EARLY}", re.IGNORECASE)
_WINDOW = 100  # characters either side of a disease: a verb of finding is at most 80 before it
_NEGATIONS = re.compile(r"\b(?:not|never|no|n't|cannot|failed|fail|fails)\b|n't\b", re.IGNORECASE)
# ... and a failure just before the verb: "Doctors failed to spot the cancer early" (a "not" there, "did not detect the
# cancer early", is the lexicon's negation of the disease found, which reads bad once it is averted)
_NEGATED_BEFORE = re.compile(r"\b(?:fail|fails|failed|failing|unable)\s+to\s+$", re.IGNORECASE)
# An illness caught is one contracted, none found ("Half the squad caught an illness early, the coach said"): only a
# cancer or a tumour is caught as it is found
_CONTRACTED = frozenset(("illness", "illnesses"))
_CATCHING = re.compile(r"caught|catch", re.IGNORECASE)


def found_early(joined: str, starts: np.ndarray, paragraph: np.ndarray, diseases: np.ndarray) -> np.ndarray:
    """Return, for each of `diseases` (word numbers of a batch's text as written, `joined`, whose word starts are
    `starts` and paragraphs `paragraph`: its words of `DISEASES` of bad tone), whether it is found early in its
    paragraph, to be averted (Python work per disease: the regular expressions read its paragraph's `_WINDOW`
    characters either side of it, a few a batch).

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = "Doctors caught the cancer early. Cancer was not detected early. Cancers caught early heal."
    >>> found_early(joined, word_starts(joined), np.zeros(14, int), np.array([3, 5, 10])).tolist()
    [True, False, True]
    >>> joined = "AI to spot cancer  Doctors detect early signs"  # a headline, and its story's first paragraph
    >>> found_early(joined, word_starts(joined), np.array([0] * 4 + [1] * 4), np.array([3])).tolist()
    [False]
    """
    found = np.zeros(len(diseases), dtype=bool)
    for i, disease in enumerate(diseases.tolist()):  # a few a batch: the window of its paragraph around it
        first = int(starts[np.searchsorted(paragraph, paragraph[disease])])
        last = int(starts[np.searchsorted(paragraph, paragraph[disease], side="right") - 1])
        stop = joined.find(" ", last)
        window_start, at = max(first, int(starts[disease]) - _WINDOW), int(starts[disease])
        window = joined[window_start:min(stop if stop >= 0 else len(joined), at + _WINDOW)]
        contracted = joined[at:at + 10].split(" ", 1)[0].lower().strip(".,;:!?") in _CONTRACTED
        found[i] = any(start <= at - window_start < end for start, end in _spans(window, contracted))
    return found


def _spans(window: str, contracted: bool = False) -> list[tuple[int, int]]:
    """Return the spans (start, end) of a text that find a disease early, with no negation in them nor just before
    their verb; none of a verb of catching where the disease is one caught as it is contracted (`contracted`).

    >>> [len(_spans(t)) for t in ("Doctors failed to spot the cancer early", "diagnosed with cancer in her early 40s",
    ...                           "Doctors spotted the cancer early")]
    [0, 0, 1]
    """
    spans = [m.span() for m in _FOUND_EARLY.finditer(window) if not _NEGATIONS.search(m.group()) and not (
        _NEGATED_BEFORE.search(window, 0, m.start())) and not (contracted and _CATCHING.match(m.group()))]
    for m in _EARLY_AFTER.finditer(window):  # the disease up to three words before the participle, in its clause
        if contracted and _CATCHING.match(m.group()):
            continue
        before = [w.start() for w in re.finditer(r"\S+", window[:m.start()])][-3:]
        first = max(before[0] if before else m.start(), *(window.rfind(mark, 0, m.start()) + 1 for mark in ".;:!?"))
        if not _NEGATIONS.search(window, first, m.end()):
            spans.append((first, m.end()))
    return spans
