"""What was expected: a move "less than feared" is the other way's news, and "than feared" is no fear.

News measures a move against what was expected of it: "Retail sales fell less than economists had feared" is good
news and "Profits rose, but far less than analysts had expected" bad, where the move alone reads the other way
("fell" −8.3 and "rose" +3.9 before this rule). A move with "less than" up to three words after it and a word of
expectation (`EXPECTED`) up to four words after "than" reads reversed, weighted as after a negation (× −0.74);
"less than 1%" is no expectation and keeps the move's sign, and so do "less than 1%, as expected" and "no less than
forecast" (as much as); "more than expected" says the move is larger, as read.
A word of expectation with a valence of its own ("feared" −2.2, "hoped" +1.6) in such a move's "less than" has none:
it says what was expected, no fear of the news ("Sales fell less than feared" read −8.3 from "feared"). Elsewhere it
keeps its own: "The market for games shrank less than feared" moves no quantity of `tone_moves` and stays bad news,
as "worse than feared" does. An economy is a quantity: "The economy shrank less than feared" is a relief, good news
to its reader as "Retail sales fell less than economists had feared" is.
A move by "just", "only", "merely" or "a mere" so much is one that fell short too, read the other way as a move less
than expected is: "The economy grew just 0.1%" and "Sales rose only slightly" are disappointments (each read as a
rise, +3.5), "Unemployment fell by only 0.1%" no good news, "Shares fell just 1%" a relief. The word after it must be a
number or "slightly" and the like: "rose just as", "fell only to recover" say no size. "only about 2%" is merely so
much, but "just over 2%" and "just under 6%" are a size a little off a round one, no shortfall ("Unemployment rose by
just over 100,000" stays bad news, "inflation rose by just under 6%" too).
A comparative move's "than" says what was expected too: "Hospital admissions for flu were lower than feared" is good
news and "Sales were lower than hoped" bad, as the move reads them, "feared" and "hoped" with no valence there (the
first read −3.3 from "feared").
Both are read only at the few moves of a quantity a batch's scan found (Python work per move, never per word read).
"""

from __future__ import annotations

import numpy as np

from transforms.enrichments.tone_phrases import Phrases, make_phrases, phrases_found

# The words that say what was expected of a move, after "than" and up to three words of who expected it.
EXPECTED = ("expected feared hoped forecast forecasts predicted anticipated estimated thought projected "
            "estimates expectations")
# Those with a valence in VADER's lexicon: none in a move's "less than" ("than many had feared").
EXPECTING = frozenset(("feared", "hoped"))
_REACH = 4  # "than economists had feared", "than the market had expected"
# Not "no less than" (as much as), and no expectation of another clause's: "rose by less than 1%, as expected" and
# "fell by less than 1% but is expected to fall further" measure the move against a number, which keeps its sign.
_SETS = {"expected": EXPECTED, "at_least": "no not", "other_clause": "as is are was were be been and but"}
_LESS_THAN = tuple(f"_ {'* ' * (before - 1)}{'!{at_least} ' * (before > 0)}less than "
                   f"{'* ' * (gap - 1)}{'!{other_clause} ' * (gap > 0)}{{expected}}"
                   for before in range(3) for gap in range(_REACH))


# A move by little: "grew just 0.1%", "rose by only 2%", "fell a mere 3%", "rose only slightly", "grew only about 1%".
# "just" before a size's hedge is no "merely": "just over 100,000", "just under 6%", "just about 2%" say the size.
_MERELY_SETS = {"only": "just only merely", "merely": "only merely", "by": "by",
                "slight": "slightly marginally modestly fractionally", "about": "over under about around"}
_BY_LITTLE = ("_ {only} #", "_ {merely} {about} #", "_ {only} {slight}", "_ a mere #", "_ {by} {only} #",
              "_ {by} {merely} {about} #", "_ {by} a mere #")
# How the words after such a move begin: one `startswith` a move tells the few that may be one
_MERE_STARTS = tuple(f"{by}{only} " for by in ("", "by ") for only in (*_MERELY_SETS["only"].split(), "a mere"))


def by_little(moves: tuple[str, ...]) -> Phrases:
    """Return the phrases of a move (each of `moves`, read at its last word) by a small amount ("grew just 0.1%")."""
    return make_phrases({word.split()[-1]: _BY_LITTLE for word in moves}, _MERELY_SETS)


def moved_by_little(text: str, starts: np.ndarray, paragraph: np.ndarray, moves: np.ndarray,
                    phrases: Phrases) -> np.ndarray:
    """Return, for each move's word number in `moves` (in a batch's `lowered` text, whose word starts are `starts` and
    whose words' paragraphs are `paragraph`), whether it moved by little (one of `phrases`, `by_little`'s).

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "the economy grew just 0 1  in q2  sales rose just as costs rose only slightly"
    >>> starts = word_starts(text)
    >>> moved_by_little(text, starts, np.zeros(len(starts), int), np.array([2, 9, 13]), by_little(("grew", "rose"))
    ...                 ).tolist()
    [True, False, True]
    """
    found = np.zeros(len(moves), dtype=bool)
    # only where the words after the move begin as one of its phrases (a few a batch): they are read word by word
    after = starts[np.minimum(moves + 1, len(starts) - 1)].tolist()
    near = [text.startswith(_MERE_STARTS, start) for start in after]
    if any(near):
        at = np.flatnonzero(near)
        found[at] = phrases_found(text, starts, paragraph, moves[at], phrases)
    return found


def less_than_expected(moves: tuple[str, ...]) -> Phrases:
    """Return the phrases of a move (each of `moves`, read at its last word) that fell short of what was expected."""
    return make_phrases({word.split()[-1]: _LESS_THAN for word in moves}, _SETS)


def expecting_words(text: str, starts: np.ndarray, paragraph: np.ndarray, moves: np.ndarray,
                    than: int = 2) -> np.ndarray:
    """Return the word numbers of the words of expectation with a valence (`EXPECTING`) in the "less than" of each
    move in `moves` (word numbers in a batch's `lowered` text, whose word starts are `starts` and whose words'
    paragraphs are `paragraph`; each a move `less_than_expected` found), or in its "than" (`than` 1: a comparative's,
    "lower than feared").

    >>> from transforms.enrichments.tone import word_starts
    >>> text = "fell less than many had feared  they feared the worst"
    >>> starts = word_starts(text)
    >>> expecting_words(text, starts, np.zeros(len(starts), int), np.array([0])).tolist()
    [5]
    """
    found = []
    for move in moves.tolist():  # a few a batch
        for at in range(move + than + 1, min(move + than + 1 + 2 + _REACH, len(starts))):  # past "than", its phrase
            end = text.find(" ", int(starts[at]))
            if paragraph[at] == paragraph[move] and text[starts[at]: end if end >= 0 else len(text)] in EXPECTING:
                found.append(at)
                break
    return np.array(found, dtype=np.int64)
