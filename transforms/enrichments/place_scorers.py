"""A scorer for a side: "Peja scored twice for Kosovo", a player's surname that is also a town's.

A club named by its town scores too ("Leeds scored twice", its town still a place: `place_person_reading` reads
sport's verbs as no person's), but a club scores against a side, not for one: a name before a verb of scoring whose
clause goes on to "for" and a side's capitalised name is a player of that side. The clause is read to its first
stop or comma only, so "Leeds scored twice, a boost for Bielsa" keeps Leeds.
"""

from __future__ import annotations

# The verbs of a goal or a try, right after the scorer's name
SCORING_VERBS = frozenset("scored scores netted nets equalised equalized converted".split())
# How far past the verb the clause is read for "for <Side>": "scored twice in the second half for Kosovo"
_CLAUSE_CHARS = 48


def scores_for_side(text: str, end: int, verb: str) -> bool:
    """Return whether `verb` (of SCORING_VERBS) right after the name ending at `end` goes on, within its clause, to
    "for" and a capitalised name: the name is a player of that side.

    >>> scores_for_side("Peja scored twice for Kosovo.", 4, "scored")
    True
    >>> [scores_for_side(t, 5, "scored") for t in ("Leeds scored twice, a boost for Bielsa.",
    ...                                             "Leeds scored twice for the lead.", "Leeds scored.")]
    [False, False, False]
    """
    if verb not in SCORING_VERBS:
        return False
    at = end + 1 + len(verb)
    clause = text[at:at + _CLAUSE_CHARS]
    stop = min((i for i in (clause.find(c) for c in ".,;:\n") if i >= 0), default=len(clause))
    clause = clause[:stop]
    side = clause.find(" for ")
    return side >= 0 and clause[side + 5:side + 6].isupper()
