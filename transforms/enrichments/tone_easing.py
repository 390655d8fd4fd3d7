"""Verbs of easing a worry: "eased fears of a recession", "relieve concerns about the bank"; where a clause ends.

A verb of easing reaches no worry past a mark or a word that opens a clause or a phrase (`CLAUSE_WORDS`): a market's
"eased" is often intransitive, and "Shares eased as fears of a recession grew", "Prices eased, but concerns remain" and
"Stocks eased on fears of a slowdown" are still bad news ("eased investors' fears", "calmed some concerns" are eased).
"""

from __future__ import annotations

import re

import numpy as np

from transforms.enrichments.tone_phrases import word_at as word_from
from transforms.enrichments.tone_tables import WINDOW

# Verbs of easing a worry, which avert only a worry (`WORRIES`) and what it is about, up to three words after it:
# "eased fears of a recession", "relieve concerns about the bank"; "eased into the lead", "oil eases" avert nothing.
EASING = ("ease", "eases", "eased", "easing", "relieve", "relieves", "relieved", "relieving", "allay", "allays",
          "allayed", "allaying", "calm", "calms", "calmed", "calming", "dispel", "dispels", "dispelled", "dispelling",
          "soothe", "soothes", "soothed", "soothing")
# What ends the object of a verb of easing before a worry: a word that opens a clause or a phrase of its own
# ("Shares eased as fears grew", "Oil eased while worries persisted", "Stocks eased on fears of a slowdown") or a mark
# between two words ("Prices eased, but concerns remain"). A market's "eased" is as often intransitive, and a worry
# past it is the news, not what was eased ("eased investors' fears", "calmed some concerns" are still eased).
CLAUSE_WORDS = frozenset((
    "as while but and or nor yet so amid on over after despite because since though although when whereas if with in "
    "at for from before until than to that which who").split())
CLAUSE_MARKS = re.compile(r"[,;:.!?()\[\]\u2013\u2014]|\s-\s")
# What ends what an eased worry is about: a mark, or a word that opens a clause of its own ("The talks eased tensions,
# but violence erupted"); not a preposition, which says what the worry is about ("eased fears over the crisis").
_WORRY_ENDS = frozenset("as while but yet so amid despite because since though although when whereas".split())
# The worries a verb of easing averts, each a bad word of tone (the lexicon's or tone_senses' "concern").
WORRIES = ("fear", "fears", "worry", "worries", "concern", "concerns", "anxiety", "anxieties", "doubts", "tension",
           "tensions")
# A burden, eased as a worry is ("easing pressure on the crowded trains", "relieve the pressure on rents"), and waning
# as one ("the pressure had eased on the coach"); no worry felt by someone, whose object is the worry's (`tone_worries`:
# "pressure on China to relax the peg" is no relaxing feared).
BURDENS = ("pressure", "pressures")

def easing_reach(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray) -> np.ndarray:
    """Return, for each word number in `verbs` (each a verb of `EASING` in a batch's `lowered` text, `joined` its
    text as written), how many words after it its object may reach: `WINDOW`, or fewer where a word of `CLAUSE_WORDS`
    or a mark of `CLAUSE_MARKS` comes first.

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = "Prices eased, but fears grew. It eased investors' fears. Oil eased as fears grew"
    >>> text = "prices eased  but fears grew  it eased investors  fears  oil eased as fears grew"
    >>> starts = word_starts(text)
    >>> verbs = np.array([w for w, s in enumerate(starts.tolist()) if text[s:s + 5] == "eased"])
    >>> easing_reach(joined, text, starts, np.zeros(len(starts), int), verbs).tolist()
    [0, 2, 0]
    """
    reach = np.full(len(verbs), WINDOW, dtype=np.int64)
    for i, verb in enumerate(verbs.tolist()):  # per verb of easing found: a few a batch
        for d in range(1, WINDOW + 1):
            word = verb + d
            if word >= len(starts) or paragraph[word] != paragraph[verb]:
                break
            if opens_clause(joined, text, starts, word, CLAUSE_WORDS):
                reach[i] = d - 1
                break
    return reach


def worry_clauses(joined: str, text: str, starts: np.ndarray, verbs: np.ndarray) -> np.ndarray:
    """Return, per word number (and `WINDOW` slots more, all False), whether a word up to two windows after a verb of
    `EASING` in `verbs` opens a clause of its own (a mark of `CLAUSE_MARKS` before it, or a word of `_WORRY_ENDS`):
    what a worry is about ends there ("eased tensions. Violence erupted", "calmed tensions, but violence erupted").

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = "It eased fears of war. Riots broke out"
    >>> text = "it eased fears of war  riots broke out"
    >>> np.flatnonzero(worry_clauses(joined, text, word_starts(text), np.array([1]))).tolist()
    [5]
    """
    opens = np.zeros(len(starts) + 1 + WINDOW, dtype=bool)
    for verb in verbs.tolist():  # the worry is up to WINDOW words after its verb, what it is about WINDOW after that
        for word in range(verb + 2, min(verb + 2 * WINDOW + 1, len(starts))):
            opens[word] = opens_clause(joined, text, starts, word, _WORRY_ENDS)
    return opens


def word_at(text: str, starts: np.ndarray, number: int) -> str:
    """Return the word of `text` that starts at `starts[number]` ("" past the last)."""
    return word_from(text, int(starts[number])) if number < len(starts) else ""


def opens_clause(joined: str, text: str, starts: np.ndarray, word: int, words: frozenset[str]) -> bool:
    """Return whether a word (its number, never the batch's first) is one of `words` or follows a clause's mark.

    >>> joined = "eased fears - but riots, then calm and more"
    >>> text, starts = joined.replace(",", " ").replace("-", " "), np.array([0, 6, 14, 18, 25, 30, 35, 39])
    >>> [opens_clause(joined, text, starts, w, frozenset(["but"])) for w in range(1, 8)]
    [False, True, False, True, False, False, False]
    """
    gap = joined[text.find(" ", starts[word - 1]):starts[word]]  # between the word before and this one
    # most words follow a lone space, which holds no mark: not searched
    return word_at(text, starts, word) in words or (gap != " " and CLAUSE_MARKS.search(gap) is not None)
