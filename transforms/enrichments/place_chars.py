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

    >>> text_bytes("Café $5").tobytes(), text_bytes("“Café”").tobytes()
    (b'Caf? $5\\x00\\x00', b'?Caf??\\x00\\x00')
    """
    try:  # a text of Latin-1 characters (accents, no curly quotes): one byte table, no error handler per accent
        raw = text.encode("latin-1").translate(_ASCII_OR_QUESTION_MARK)
    except UnicodeEncodeError:  # the encoding stops at the first other character
        raw = text.encode("ascii", "replace")
    return np.frombuffer(raw + b"\0\0", dtype=np.uint8)


# Latin-1's bytes as `text_bytes` writes them: ASCII as it is, any other "?" (as the "replace" error handler writes it)
_ASCII_OR_QUESTION_MARK = bytes(range(128)) + b"?" * 128


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


def literal_at(chars: np.ndarray, offsets: np.ndarray, literal: str) -> np.ndarray:
    """Return, per offset, whether the text has `literal` (ASCII, no "?") right at it.

    >>> literal_at(text_bytes("Leeds and York"), np.array([0, 5, 10, 13]), " and ").tolist()
    [False, True, False, False]
    """
    found = np.ones(len(offsets), dtype=bool)
    for k, char in enumerate(literal):  # an offset past the text's end reads the last 0 after it
        found &= chars[np.minimum(offsets + k, len(chars) - 1)] == ord(char)
    return found
