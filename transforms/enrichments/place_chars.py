"""A batch's text as one byte per character, for the rules that read a character or three at every mention at once.

A rule that asks what stands right before or after each of a batch's 21,000 mentions ("$" glued to "US", a comma
before an apposition, "of " before a see) reads it with numpy from these bytes, not in a Python loop per mention nor
by a search of the whole text (a pattern's search of 4.5 MB tries it at every comma or letter). Every character
outside ASCII is "?" (one byte still, so offsets are the text's), which is none of the characters the rules ask for.
"""

from __future__ import annotations

import numpy as np


def text_bytes(text: str) -> np.ndarray:
    """Return the text's characters as ASCII bytes (uint8; "?" for any other), and two 0s after the last: the two
    offsets from the text's end and the offsets -1 and -2 (before its start) read 0, no character.

    >>> text_bytes("Café $5").tobytes()
    b'Caf? $5\\x00\\x00'
    """
    return np.frombuffer(text.encode("ascii", "replace") + b"\0\0", dtype=np.uint8)


def char_at(chars: np.ndarray, offsets: np.ndarray, char: str) -> np.ndarray:
    """Return, per offset, whether the text has `char` (ASCII) there; -1 and the text's length have none.

    >>> char_at(text_bytes("US$5"), np.array([-1, 0, 2, 4]), "$").tolist()
    [False, False, True, False]
    """
    return chars[offsets] == ord(char)


def literal_before(chars: np.ndarray, offsets: np.ndarray, literal: str) -> np.ndarray:
    """Return, per offset, whether the text has `literal` (ASCII) right before it.

    >>> literal_before(text_bytes("Bishop of Ely"), np.array([0, 1, 10, 13]), "of ").tolist()
    [False, False, True, False]
    """
    found = offsets >= len(literal)
    for k, char in enumerate(literal):  # an offset before the text's start reads the 0 after its end (-1)
        found &= chars[np.maximum(offsets - len(literal) + k, -1)] == ord(char)
    return found
