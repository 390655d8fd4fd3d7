"""A feeling's participle that opens a sentence before a name and the people the name qualifies: "Delighted Manchester
United fans sang", "Relieved Air France passengers". Such a word describes the people, no part of the name, where a
firm's or a body's name that opens with one is followed by its verb ("Trusted Media Brands announced"). Python work per
sentence-opening word of praise: a few words read.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_easing import word_at

# a participle's ending: the feeling of those it describes ("delighted", "thrilled", "relieved")
_PARTICIPLE = "ed"
# a plural noun of people or things is of this many letters at least ("fans")
_NOUN_LETTERS = 4


def feeling_before_people(text: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, word: int,
                          run: int) -> bool:
    """Whether `word` (a sentence's first, in `text`, the batch's `lowered`; `joined` as written), a participle, stands
    before a name of `run` capitalised words and a lower-case plural noun the name qualifies.

    >>> from transforms.enrichments.tone_scores import word_starts
    >>> text = "Delighted Manchester United fans sang. Trusted Media Brands announced"
    >>> lowered = text.lower().replace(".", " ")
    >>> [feeling_before_people(lowered, text, word_starts(lowered), np.zeros(9, int), w, 2) for w in (0, 5)]
    [True, False]
    """
    noun = word + run + 1
    # a name of two words or more: before one word, the first is read as an adjective already ("Elated Liverpool fans")
    if run < 2 or not word_at(text, starts, word).endswith(_PARTICIPLE) or noun + 1 >= len(starts) \
            or paragraph[noun + 1] != paragraph[word]:
        return False
    written = joined[int(starts[noun]):int(starts[noun]) + len(word_at(text, starts, noun))]
    # a plural's "-s", not a verb's past ("announced") nor its "-ed" noun's ("Trusted Media Brands announced")
    return written.islower() and written.isalpha() and len(written) >= _NOUN_LETTERS and written.endswith("s") \
        and not written.endswith(("ss", "ed"))
