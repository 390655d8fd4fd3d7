"""An opening after a span of trouble is the news, the trouble its backdrop: "The bridge opened after months of delays".

VADER reads "The bridge finally opened after months of delays" as the delays (−4.1), "opened" having no valence, when
the opening they held up is the news and good. News writes such a backdrop as a phrase of time after "after": a span and
"of" ("after months of delays", "after two years of setbacks and problems") or a repetition ("after repeated delays",
"after lengthy delays"); what the span held up came at last. So the bad words of that phrase, up to its clause's end,
read as over, negated as a worry that waned is (`tone_waning`), where a verb of an opening or a completion (`OPENINGS`)
comes before "after" in its clause. The shape, not the trouble's word, decides: "The mine closed after years of losses"
keeps its losses (a closing is no verb of `OPENINGS`), "opened after the attack killed 12" its killing (no span before
the trouble), and "Police opened fire after months of protests" its fire. Python work per "after" found: a few a batch.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_easing import opens_clause, word_at

# Verbs of a thing opened, done or started at last, whose news a span of trouble before it only delayed
OPENINGS = frozenset("open opens opened reopen reopens reopened complete completes completed launch launches launched "
                     "unveil unveils unveiled inaugurate inaugurates inaugurated finish finishes finished resume "
                     "resumes resumed".split())
# The spans a backdrop lasted: "after months of delays", "after a decade of setbacks"
_SPANS = frozenset("days weeks months years decades decade year month".split())
# A backdrop's repetition, the span said by its kind: "after repeated delays", "after lengthy delays"
_REPEATED = frozenset("repeated lengthy long numerous several many multiple persistent costly".split())
# What opens another clause inside the backdrop or between the verb and "after": its news is its own
_CLAUSE_WORDS = frozenset("that which who when as but because while although though since before until".split())
_VERB_REACH = 7  # "Hanoi opened its second metro line after": the object between, up to six words
_PHRASE_REACH = 5  # "years of delays and problems", "months of legal wrangling and cost overruns"


def backdrop_harms(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, bad: np.ndarray) -> np.ndarray:
    """Return the word numbers in `bad` (the sorted bad words of a batch's lowered `text`, whose word starts are
    `starts`; `joined` the text as written) that are the backdrop of an opening (Python work per "after" found).

    >>> from transforms.enrichments.tone_scores import word_starts
    >>> joined = "It opened after months of delays. It closed after months of losses. It opened after delays."
    >>> text = joined.lower().replace(".", " ")
    >>> starts = word_starts(text)
    >>> backdrop_harms(joined, text, starts, np.zeros(len(starts), int), np.array([5, 11, 15])).tolist()
    [5]
    """
    found: list[int] = []
    at = text.find(" after ")
    while at != -1:
        after = int(np.searchsorted(starts, at + 1))
        start = _backdrop_start(text, starts, paragraph, after)
        if start > 0 and _opened_before(joined, text, starts, paragraph, after):
            for word in range(start, min(start + _PHRASE_REACH, len(starts))):
                if paragraph[word] != paragraph[after] or (word > start and opens_clause(joined, text, starts, word,
                                                                                         _CLAUSE_WORDS)):
                    break
                found.append(word)
        at = text.find(" after ", at + 1)
    return bad[np.isin(bad, found)] if found else bad[:0]


def _backdrop_start(text: str, starts: np.ndarray, paragraph: np.ndarray, after: int) -> int:
    """Return the word number where the trouble of a backdrop after "after" (its number) starts, 0: no backdrop."""
    words = [word_at(text, starts, w) if w < len(starts) and paragraph[w] == paragraph[after] else ""
             for w in range(after + 1, after + 5)]
    if words[0] in _REPEATED:  # "after repeated delays"
        return after + 2
    for i in range(3):  # "after months of", "after two years of", "after nearly a decade of"
        if words[i] in _SPANS and words[i + 1] == "of":
            return after + i + 3
    return 0


def _opened_before(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, after: int) -> bool:
    """Return whether a verb of `OPENINGS` comes before "after" (its number) in its clause, not "opened fire"."""
    for word in range(after - 1, max(after - _VERB_REACH, 0) - 1, -1):
        # a mark right before "after" keeps its clause: "The line opened on Monday, after years of delays"
        if paragraph[word] != paragraph[after] or (word + 1 < after and opens_clause(joined, text, starts, word + 1,
                                                                                     _CLAUSE_WORDS)):
            return False
        if word_at(text, starts, word) in OPENINGS:
            return word_at(text, starts, word + 1) != "fire"
    return False
