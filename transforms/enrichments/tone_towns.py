"""Words of praise that are a town's name, told by the sentence that says so: "Brilliant is a town in Ohio", "Hope is
a city in Arkansas". A capitalised word that opens its sentence and is the subject of "is a town", "was a small
village", "is the county seat" names the place, whatever its word means (so does one that opens a name of two or three
capitalised words: "Pleasant Valley is a village in New York"): read so by the sentence's shape, not by a list
of the towns named after a virtue, since the gazetteer lacks most of them. Python work per word of praise that opens a
sentence: a few a batch, each a handful of words read.
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_easing import word_at

# "is" or "was", then an article: the subject is what the rest of the sentence defines
_BE = frozenset(("is", "was"))
_ARTICLES = frozenset(("a", "an", "the"))
# what a settlement or a district is called in news and gazetteers
_PLACES = frozenset("""town city village county hamlet borough township suburb municipality community parish district
                    commune settlement seat port""".split())
# the words after a place's noun that end its phrase: where it is, or a clause about it
_AFTER = frozenset("in on near of north south east west outside within located and with that which where founded "
                   "known".split())
# the marks that end a place's phrase (not a possessive's: "Liberty is the county's largest employer")
_ENDS = frozenset(".,;:!?)")
# the words of a name after its word of praise, capitalised, before its "is" ("Pleasant Valley", "Happy Valley Ranch")
_NAME_WORDS = 2
# words between the article and the place's noun: "a small town", "the county seat", "a former mining village"
_BETWEEN = 3


def named_towns(text: str, joined: str, starts: np.ndarray, paragraph: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Return which of `words` (word numbers in `text`, the batch's `lowered`; `joined` as written) are a capitalised
    subject of "is a town", "was a village", or the first word of one: a place's name, no praise.

    >>> from transforms.enrichments.tone_scores import word_starts
    >>> text = "Brilliant is a town in Ohio. Brilliant is a word. Pleasant Valley is a village"
    >>> lowered = text.lower().replace(".", " ")
    >>> named_towns(lowered, text, word_starts(lowered), np.zeros(15, int), np.array([0, 6, 10])).tolist()
    [True, False, True]
    """
    named = np.zeros(len(words), dtype=bool)
    # the starts read as one list, the capital first: most words of praise are lower-case (no numpy scalar each)
    for at, word, start in zip(range(len(words)), words.tolist(), starts[words].tolist(), strict=True):
        if not joined[start].isupper():
            continue
        # the rest of a name of two or three words: "Pleasant Valley is a village in New York", "Happy Camp was a town"
        be = word + 1
        while be < min(word + 1 + _NAME_WORDS, len(starts)) and paragraph[be] == paragraph[word] \
                and joined[int(starts[be])].isupper() and joined[int(starts[be]) - 1].isspace():
            be += 1
        if be + 2 >= len(starts) or paragraph[be + 1] != paragraph[word]:
            continue
        if word_at(text, starts, be) not in _BE or word_at(text, starts, be + 1) not in _ARTICLES:
            continue
        for after in range(be + 2, min(be + 2 + _BETWEEN, len(starts))):
            if paragraph[after] != paragraph[word]:
                break
            noun = word_at(text, starts, after)
            if noun in _PLACES:  # the place's noun heads its phrase: "a community issue" is no place
                end = int(starts[after]) + len(noun)
                named[at] = after + 1 >= len(starts) or paragraph[after + 1] != paragraph[word] \
                    or joined[end:end + 1] in _ENDS or word_at(text, starts, after + 1) in _AFTER
                break
            # a place's noun is the first noun after the article; a stop or a comma before it ends the phrase
            if not joined[int(starts[after]) + len(noun):int(starts[after]) + len(noun) + 1].isspace():
                break
    return named
