"""Words of praise that are a speaker's name, told by the verb of saying after them: "Hope said on Monday the plan would
cost more", "Joy told reporters". A feeling or a virtue says nothing, so a capitalised word of praise right before a
lower-case verb of saying is a person's name (a surname or a first name), whatever its word means: read so by the
sentence's shape, as the gazetteer of names lacks most of them. Python work per capitalised word of praise: a few a
batch, one word read.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_easing import word_at

# The verbs of a speaker's words, in news's past and present: their subject is a person (or a body: "Trust said")
_SAYING = frozenset("""said says told tells added adds wrote writes explained insisted argued warned noted
                    stressed""".split())


def named_speakers(text: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Return which of `words` (word numbers in `text`, the batch's `lowered`; `joined` as written) are a capitalised
    word right before a lower-case verb of saying: a speaker's name, no praise.

    >>> from transforms.enrichments.tone_scores import word_starts
    >>> text = "Hope said the plan would cost more. There is hope, he said. Hope Said To Fade"
    >>> lowered = text.lower().replace(".", " ").replace(",", " ")
    >>> named_speakers(lowered, text, word_starts(lowered), np.zeros(16, int), np.array([0, 9, 13])).tolist()
    [True, False, False]
    """
    named = np.zeros(len(words), dtype=bool)
    # The capital read first, from one list of the words' starts: most words of praise are lower-case, and a numpy
    # scalar read per word (its start, its paragraph and the next's) was most of this function's time.
    for at, word, start in zip(range(len(words)), words.tolist(), starts[words].tolist(), strict=True):
        if not joined[start].isupper():
            continue
        verb = word + 1
        if verb >= len(starts) or paragraph[verb] != paragraph[word]:
            continue
        # only a space between them ("Hope, he said" is a feeling and its speaker), and the verb as written in a
        # sentence, not a headline's capitals ("Hope Said To Fade")
        between = joined[int(starts[word]) + len(word_at(text, starts, word)):int(starts[verb])]
        named[at] = between.isspace() and joined[int(starts[verb])].islower() \
            and word_at(text, starts, verb) in _SAYING
    return named
