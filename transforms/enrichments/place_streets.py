"""A place's name that opens a street's: the street, which is seldom in that place ("Oxford Street" is London's,
"London Road" is in half the towns of England, "Pennsylvania Avenue" is Washington's).

News names streets after the towns they lead to and squares after the towns they honour; such a name is no mention
of the town. The streets news names as places of their own are [city_aliases]' ("Oxford Street", "Regent
Street": London), found whole before their town's name is.
"""

from __future__ import annotations

import re

import numpy as np

# A street's or a square's word after a name, capitalised as a street's name is, and whole: "Oxford Street",
# "London Road", "Leicester Square"; not "Oxford Streetcar", nor "Oxford street parties" (lower case, a street of
# Oxford's). No "Boulevard": news names a boulevard after the district it runs through ("Hollywood Boulevard").
# Not before another capitalised word: a headline's words in Title Case ("Kenya Road Crash Kills 12", "India Road
# Deaths Rise", "US, China Square Off Over Trade" name the countries)
_STREET = re.compile(r" (?:Street|Road|Lane|Avenue|Square)(?![\w-])(?![^\S\n]+[A-Z])")


def on_streets(text: str, end: np.ndarray) -> np.ndarray:
    """Return, per mention (its end), whether a street's or a square's word follows it: the name is the street's.
    The text is searched once, not at every mention: a batch has tens of thousands of mentions and few streets.

    >>> text = "Shops on London Road and in Leicester Square; London streets"
    >>> on_streets(text, np.array([15, 37, 52])).tolist()
    [True, True, False]
    >>> on_streets("Kenya Road Crash Kills 12", np.array([5])).tolist()
    [False]
    """
    found = [m.start() for m in _STREET.finditer(text)]
    if not found:
        return np.zeros(len(end), dtype=bool)
    return np.isin(end, found)
