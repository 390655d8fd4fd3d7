"""A comparison with what was feared or hoped: "better than feared" is good news, "lower than hoped" bad.

News compares an outcome with what was expected of it, and the words of that expectation with a valence of their own
("feared" −2.2, "hoped" +1.6) then say no feeling of the news: "Results were better than feared" read −0.8 from
"feared". `tone_moves` reads the comparison of a known quantity's move ("Deaths were lower than feared"); this reads
the others, by the comparative before "than":
- a comparative of quality ("better", "worse", "stronger" and any other word in "-er" that is no size or pace) says
  the news with its own valence, and the word of expectation has none ("worse than expected", "better than feared");
- a comparative of less (`LESS`: "lower", "smaller", "fewer", "weaker", "less severe", "more slowly") says the
  expectation was not met: what was feared did not come and what was hoped did not either, so the word of expectation
  reads as negated (× −0.74, VADER's weight) and the comparative has no tone of its own ("The cost of the repairs was
  lower than feared" read −4.2 from "lower" and "feared", "Turnout was lower than organisers had hoped" +1.4);
- a comparative of more (`MORE`: "higher", "bigger", "stronger") says it came, and more: the word of expectation
  keeps its valence and the comparative has none ("The storm was stronger than feared");
- what is compared, the subject before a copula ("is", "was", "has been", a degree between: "was far weaker"), up to
  five words and none past a mark, has no tone of its own: the comparison says the news ("Growth was weaker than
  hoped" read +, "growth" +1.6 outweighing the hope not met; "The damage from the fire was less severe than first
  feared" −).
A move's "less than feared" is `tone_moves`' to read, at a known quantity only ("The market for games shrank less
than feared" keeps the fear: a shrinking market is no good news). Up to three words of who expected it may stand
between "than" and the word ("than many had feared", "than first feared"). Read only at the words of expectation a
batch holds (Python work per such word, never per word read).
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_phrases import word_at

# The words of expectation with a valence in VADER's lexicon (those without one need no rule).
EXPECTING = ("feared", "hoped")
# Comparatives of a size or a pace that fell short of what was expected, and that went past it.
LESS = frozenset("lower smaller fewer shorter lighter slower weaker milder narrower cheaper softer".split())
MORE = frozenset("higher bigger larger greater heavier faster quicker stronger sooner earlier longer wider deeper "
                 "steeper harsher".split())
# The pace of a move that fell short: "Inflation fell more slowly than economists had hoped"
SLOWLY = frozenset(("slowly", "gradually", "modestly"))
# "-er" words that are no comparative: "rather than feared", "other than hoped"
_NOT_COMPARATIVE = frozenset("rather other never ever however whether under over after later together".split())
_QUALITY = frozenset(("better", "worse"))
_REACH = 3  # words of who expected it: "than the market had feared"
# A comparison's copula and the degree that may stand between it and the comparative ("was far weaker than hoped")
_BE = frozenset("is are was were be been".split())
_DEGREE = frozenset("much far slightly significantly considerably even somewhat markedly substantially still "
                    "rather".split())
_SUBJECT = 5  # words of a compared subject before its copula: "Sales over the Christmas period were"

QUALITY, SHORT, PAST = 1, 2, 3  # what a comparison says of its word of expectation


def _subject(text: str, starts: np.ndarray, paragraph: np.ndarray, first: int) -> list[int]:
    """Return the word numbers of the subject a comparison whose first word is `first` compares, before its copula
    ("Growth was weaker than hoped": "growth"), up to `_SUBJECT` words and none past a mark; none without a copula."""
    at = first - 1
    if at > 0 and word_at(text, int(starts[at])) in _DEGREE:
        at -= 1
    if at <= 0 or paragraph[at] != paragraph[first] or word_at(text, int(starts[at])) not in _BE:
        return []
    if word_at(text, int(starts[at])) in ("been", "be") and at > 0:  # "has been", "will be"
        at -= 1
    subject: list[int] = []
    for word in range(at - 1, max(at - 1 - _SUBJECT, -1), -1):
        end = int(starts[word]) + len(word_at(text, int(starts[word])))
        if paragraph[word] != paragraph[first] or int(starts[word + 1]) - end > 1:  # a mark ends the clause before
            break
        subject.append(word)
    return subject


def comparisons(text: str, starts: np.ndarray, paragraph: np.ndarray,
                words: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return, for each word number in `words` (each a word of expectation of a batch's `lowered` text, whose word
    starts are `starts` and whose words' paragraphs are `paragraph`), what the comparison before it says (0 none,
    `QUALITY`, `SHORT` or `PAST`), and the word numbers of its comparatives and of the subject they compare before a
    copula ("results", "costs"), which have no tone of their own (the adjective of "less severe than feared" too).

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "results were better than feared  costs were lower than many had feared  rather than feared"
    >>> starts = word_starts(text)
    >>> said, compared = comparisons(text, starts, np.zeros(len(starts), int), np.array([4, 11, 14]))
    >>> said.tolist(), compared.tolist()
    ([1, 2, 0], [0, 7, 5])
    """
    said = np.zeros(len(words), dtype=np.int8)
    compared: list[int] = []
    for i, word in enumerate(words.tolist()):  # a few a batch
        for than in range(word - 1, max(word - 2 - _REACH, 0), -1):
            if paragraph[than] != paragraph[word] or word_at(text, int(starts[than])) != "than":
                continue
            at = than - 1
            if at < 0 or paragraph[at] != paragraph[word]:
                break
            comparative = word_at(text, int(starts[at]))
            before = word_at(text, int(starts[at - 1])) if at > 0 and paragraph[at - 1] == paragraph[word] else ""
            if before == "less" or (before == "more" and comparative in SLOWLY):  # "less severe", "more slowly"
                said[i] = SHORT
                compared += [at - 1, at]
            elif before == "more" and comparative.endswith("ly"):  # "more sharply than feared"
                said[i] = PAST
                compared.append(at)
            elif comparative in LESS or comparative in MORE:
                said[i] = SHORT if comparative in LESS else PAST
                compared.append(at)
            elif comparative in _QUALITY or (comparative.endswith("er") and comparative not in _NOT_COMPARATIVE):
                said[i] = QUALITY
            if said[i]:  # "Growth was weaker than hoped": what is compared says no news of its own, the comparison does
                compared += _subject(text, starts, paragraph, at - 1 if before in ("less", "more") else at)
            break
    return said, np.array(compared, dtype=np.int64)
