"""The event of a harm that befell no one: "No one was hurt in the crash", "No accounts were affected by the outage".

A harm's participle that a negation reached ("No one was injured", "None of the passengers was hurt", "No customer
accounts were affected") is the news; the event it names after "in", "by" or "during" is where the harm did not come,
no bad news of its own, as an escape's event is none (`tone_escapes`: "escaped injury in the crash"). "Not one of the
200 passengers was injured in the emergency landing" read bad, the emergency's −1.6 outweighing the injury undone, and
"The bank said no customer accounts were affected by the outage" (the outage's −1.5). Only the event's noun and the word
before it, after an article at most, in the participle's clause; a harm that came keeps its event ("10,000 homes were
affected by flooding", "Two were hurt in the crash": no negation reached the participle).
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_easing import opens_clause, word_at

# The participles of a harm that befalls someone or something in an event (each a word of the lexicon or of tone's
# `NEWS_WORDS`: one with no tone is no harm that a negation turns).
HARMED = ("hurt", "injured", "harmed", "killed", "wounded", "affected", "damaged")
_IN = frozenset(("in", "by", "during"))
_ARTICLES = frozenset(("the", "a", "an", "this", "that", "its", "their", "last", "friday's", "sunday's"))


def spared_events(joined: str, text: str, starts: np.ndarray, paragraph: np.ndarray, harms: np.ndarray,
                  bad: np.ndarray) -> np.ndarray:
    """Return the word numbers of the bad words (`bad`: their sorted word numbers in a batch's `lowered` text, `joined`
    with its marks, whose word starts are `starts`) that name the event of a negated harm in `harms` (word numbers of
    the words a negation reached): "in the emergency landing" after "No one was injured" (Python work per such word:
    a few a batch).

    >>> from transforms.enrichments.tone import word_starts
    >>> joined = "no one was hurt in the crash  two were hurt in the crash  none was hurt  in the end"
    >>> text = joined
    >>> starts = word_starts(text)
    >>> spared_events(joined, text, starts, np.zeros(len(starts), int), np.array([3, 14]), np.array([6, 11])).tolist()
    [6]
    """
    events: list[int] = []
    bad_words: set[int] | None = None  # made only where a harm names its event: most batches' have none
    for harm in harms.tolist():
        at = harm + 1
        if (word_at(text, starts, harm) not in HARMED or word_at(text, starts, at) not in _IN
                or paragraph[at] != paragraph[harm] or opens_clause(joined, text, starts, at, frozenset())):
            continue
        bad_words = set(bad.tolist()) if bad_words is None else bad_words
        at += word_at(text, starts, at + 1) in _ARTICLES
        for event in (at + 1, at + 2):  # "in the emergency landing", "by the outage"
            if event >= len(starts) or paragraph[event] != paragraph[harm] or opens_clause(joined, text, starts, event,
                                                                                            frozenset()):
                break
            if event in bad_words:
                events.append(event)
    return np.array(events, dtype=np.int64)
