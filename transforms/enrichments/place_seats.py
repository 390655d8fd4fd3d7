"""A firm's or a body's seat, "based in" or "headquartered in" a town: that town, though its article names no country.

A city under a million is kept only where its article names its country (`places.rows`), as a small town's name is
as often a person's or a word. After "based in" or "headquartered in" it is a place, and where the gazetteer has one
place of that name it is that place ("Apple, based in Cupertino, reported ...": California's; "a firm based in
Richmond" is left out, Richmond being a town of several countries).
"""

from __future__ import annotations

import numpy as np

# ... and at a sentence's start, a clause before its firm ("Based in Cupertino, Apple employs ...")
_SEAT_WORDS = ("based in ", "headquartered in ", "headquarters in ", "Based in ", "Headquartered in ")
_LONGEST = max(map(len, _SEAT_WORDS))


def seats(text: str, start: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """Return, per mention, whether it is one of the `candidates` (the mentions to look at: small towns of one place
    left out) right after "based in" or "headquartered in".

    >>> text = "Apple, based in Cupertino, said Walker in Cupertino. Based in Cupertino, it"
    >>> seats(text, np.array([16, 41, 62]), np.array([True, True, True])).tolist()
    [True, False, True]
    """
    out = np.zeros(len(start), dtype=bool)
    for i in np.flatnonzero(candidates).tolist():
        s = int(start[i])
        out[i] = text[max(0, s - _LONGEST):s].endswith(_SEAT_WORDS)
    return out
