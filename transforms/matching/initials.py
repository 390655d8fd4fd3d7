"""An initial's full stop: "E. coli" is the phrase "e coli", as "E.coli" and "E coli" are.

The search text reads every sign as a space, so "E. coli" is "e  coli", two spaces between its words, and a
phrase term ("e coli") is a run of words one space apart: it missed the spelling news uses most, and the term
that found it was the bare "coli", which a footballer of that name also is. A full stop right after a word of one
letter, then a space, is read as that space alone: the letter is an initial (a genus's, a name's: "E. coli",
"J. K. Rowling"), not a sentence's end, which a word of one letter rarely is. "Mr. Smith" and "U.S. troops" keep
their reading (two letters; one character between).
"""

from __future__ import annotations

import numpy as np


def initial_at(text: str, gaps: np.ndarray) -> np.ndarray:
    """Return, for offsets in `text` each right after a word, whether an initial's full stop and a space are there:
    the word before is one letter.

    >>> text = "E. coli, Mr. Smith and plan B. Then"
    >>> initial_at(text, np.array([1, 11, 29, 7])).tolist()
    [True, False, True, False]
    """
    return np.fromiter(
        (text[g : g + 2] == ". " and g > 0 and text[g - 1].isalpha() and (g == 1 or not text[g - 2].isalnum())
         for g in gaps.tolist()),
        bool, len(gaps),
    )
