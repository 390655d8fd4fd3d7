"""Distance terms: a taxonomy term that is digits and a unit of length ("100m", "10km", "5k")."""

from __future__ import annotations

import re

# A distance: digits and a unit of length ("100m", "10km", "5k"). Such a term does not count as an
# amount of money ("£100m", "400m euros": transforms.matching.term_hits), which a money term ("1bn") may be.
DISTANCE_TERM = re.compile(r"\d+(?:\.\d+)?\s?(?:m|km|k|mi|miles?|metres?|meters?|kilometres?|kilometers?)")


def is_distance_term(text: str) -> bool:
    """Return whether a term is a distance (as the matcher reads it: lower case, signs as spaces).

    >>> is_distance_term("100m"), is_distance_term("$100m"), is_distance_term("1bn"), is_distance_term("3g")
    (True, True, False, False)
    """
    return DISTANCE_TERM.fullmatch(" ".join(re.sub(r"[^0-9a-z.]+", " ", text.lower()).split())) is not None
