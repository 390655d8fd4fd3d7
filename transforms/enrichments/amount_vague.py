"""Whether "scores of" is a vague count ("Scores of homes were flooded", "killed scores of people": at least 40) or
a plural noun's phrase ("the test scores of pupils", "their scores of 6.5 and 7", "credit scores of borrowers").

A count's "scores of" opens its clause or follows a preposition, a conjunction, a verb of being or having, or a verb's
"-ed" or "-ing" form; after a determiner or a noun it is the noun "scores" (`AMOUNT` reads it only before a lower-case
word, never a number: "scores of 6.5").
"""

from __future__ import annotations

# The words before a count's "scores of" that no noun is
_BEFORE_COUNT = frozenset(
    "in on at to of for and or but from by with as than that among amid after before despite including like "
    "are were was is be been have has had left saw see sees see where while when"
    .split())
_CLAUSE_ENDS = frozenset(".,;:!?\"'()“”‘’—–-")


def scores_counted(text: str, start: int, low: int) -> bool:
    """Return True when "scores" at `start` (its paragraph starting at `low`) is a vague count (`_BEFORE_COUNT`).

    >>> t = "Scores of homes flooded. Police arrested scores of men, among scores of others; the test scores of pupils"
    >>> [scores_counted(t, i, 0) for i in (0, t.index("scores"), t.index("scores of o"), t.index("scores of p"))]
    [True, True, True, False]
    """
    before = text[max(low, start - 24): start].rstrip()
    if not before or before[-1] in _CLAUSE_ENDS:
        return True
    word = before.rsplit(None, 1)[-1].lower()
    return word in _BEFORE_COUNT or word.endswith(("ed", "ing"))
