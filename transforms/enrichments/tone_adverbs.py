"""How far a negation reaches: past an adverb of tone to the word it qualifies ("No one has been seriously hurt").

VADER's negation reaches three words, and an adverb of tone in "-ly" before the word it qualifies ("seriously" −0.7,
"badly" −2.1) can take the last of them: "No one has been seriously hurt" and "No passengers were seriously injured"
read −5.9 and bad, "seriously" negated and "hurt" a word past it. A negated adverb passes its negation on to the word
right after it, in its paragraph, as the negation would have reached it had the adverb not been there (the word itself
not negated twice). Read only at the words a negation reached (Python work per such word, never per word read).
"""

from __future__ import annotations

import numpy as np


def passed_on(text: str, starts: np.ndarray, paragraph: np.ndarray, words: np.ndarray,
              negated: np.ndarray) -> np.ndarray:
    """Return the word numbers a negated adverb of tone in "-ly" among `words` (word numbers of a batch's `lowered`
    text, whose word starts are `starts` and whose words' paragraphs are `paragraph`; `negated` says which a negation
    reached) passes its negation on to: the word right after it, in its paragraph ("no one was seriously hurt",
    "nobody has been badly injured": VADER's window of three words ends at the adverb, whose own tone was the harm's).

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "no one has been seriously hurt  not really"
    >>> starts = word_starts(text)
    >>> passed_on(text, starts, np.zeros(len(starts), int), np.array([4, 5, 7]), np.array([True, False, True])).tolist()
    [5]
    """
    at = words[negated]  # a few a batch
    if not len(at):
        return at
    ends = [text.find(" ", start) for start in starts[at].tolist()]
    adverb = np.array([text.endswith("ly", start, end if end >= 0 else len(text))
                       for start, end in zip(starts[at].tolist(), ends, strict=True)], dtype=bool)
    at = at[adverb & (at + 1 < len(starts))]
    return at[paragraph[np.minimum(at + 1, len(starts) - 1)] == paragraph[at]] + 1
