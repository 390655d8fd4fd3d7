"""What an escape escaped: "escaped serious injury", "All four escaped injury in the crash".

"escape" averts only the word right after it (`tone_averting`: one who "escapes a roadside bombing" survived a bombing
that happened), so "escaped serious injury" averted the adjective ("serious", −0.3) and read the injury (−3.6), and
"All four escaped injury in the crash" read the crash the four escaped as the news (−1.3). A bad word right after the
escaped one is its noun and escaped too ("serious injury", "severe injuries"), and the bad word of "in the" or "in a"
right after what was escaped is the event escaped, whose tone is the escape's, none of its own ("escaped injury in the
crash", "escaped serious harm in a fire"). Tone asks `escaped` only of the verbs of escape that avert a word (Python
work per escape, a few a batch).
"""

from __future__ import annotations

import numpy as np

# The articles of the event escaped: "in the crash", "in a fire".
_ARTICLES = frozenset(("the", "a", "an"))


def escaped(text: str, starts: np.ndarray, paragraph: np.ndarray, verbs: np.ndarray,
            bad: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return, for each verb of escape in `verbs` (word numbers in a batch's `lowered` text, whose word starts are
    `starts`), how many words after it it reaches (1, or 2 for an adjective and its noun), and the word numbers of the
    events escaped; `bad` holds the word numbers of the bad words.

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "all four escaped injury in the crash  he escaped serious injury  escapes a bombing"
    >>> starts = word_starts(text)
    >>> verbs, bad = np.array([2, 8, 11]), np.array([3, 6, 9, 10, 13])
    >>> reach, events = escaped(text, starts, np.zeros(len(starts), int), verbs, bad)
    >>> reach.tolist(), events.tolist()
    ([1, 2, 1], [6])
    """
    bad_words = set(bad.tolist())
    reach, events = np.ones(len(verbs), dtype=np.int64), []

    def word(at: int) -> str:
        end = text.find(" ", starts[at])
        return text[starts[at]:end if end >= 0 else len(text)]

    for i, verb in enumerate(verbs.tolist()):
        if verb + 1 not in bad_words:  # "escapes a roadside bombing": the bombing happened
            continue
        last = verb + 1
        if last + 1 in bad_words and paragraph[last + 1] == paragraph[verb]:  # "serious injury"
            last += 1
        reach[i] = last - verb
        event = last + 3
        if (event in bad_words and paragraph[event] == paragraph[verb] and word(last + 1) == "in"
                and word(last + 2) in _ARTICLES):
            events.append(event)
    return reach, np.array(events, dtype=np.int64)
