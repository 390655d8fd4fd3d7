"""A spreadsheet's cell reference ("$A1", "A$1", "=SUM($A1:$A9)"), which a dollar's letters and a number resemble: no
Australian or American dollar (`cell_reference`, asked by `amount_reading`)."""

from __future__ import annotations

import re

# What stands right before a spreadsheet's cell reference ("cell $A1", "=SUM($A1:$A9)", "=$A1+$B1", "=A$1"):
# an "=", a range's ":", a function's bracket, a list's comma, or the word "cell".
_CELL_BEFORE = re.compile(r"(?:[=:,]|\b[A-Z]{2,}\(|\b[Cc]ells?\s+)\Z")
# ... or another cell reference and a list's or range's word: "cells $A1 to $A9", "cells A1, $A2 and $A3" (each is a
# cell where the first is: `cell_reference` reads back along the list).
_CELL_LIST_BEFORE = re.compile(r"(?<![\w$])\$?[A-Z]{1,3}\$?\d+(?:\s*,\s*|\s+(?:to|and|or|through)\s+|\s*[-–]\s*)\Z")


# A column's letters fixed by a "$" right before a row's "$" ("$A$1", "$AB$12"): the "$" of "$1" ends them.
_ABSOLUTE_COLUMN = re.compile(r"(?<![\w$])\$[A-Z]{1,3}\Z")


def cell_reference(text: str, start: int, symbol: str, digits: str, scale: str | None) -> bool:
    """Return True when a dollar with letters and a whole number at `start` ("$A1", "A$1", "$US1") is a
    spreadsheet's cell reference, no Australian or American dollar: a column's letters and a row's number
    after what a formula writes before one (`_CELL_BEFORE`). With a scale or a decimal point it is money.

    >>> [cell_reference(t, at, symbol, "1", None) for t, at, symbol in (
    ...     ("in cell $A1", 8, "$A"), ("=SUM($A1:$A9)", 5, "$A"), ("=A$1", 1, "A$"), ("fell to $A1", 8, "$A"))]
    [True, True, True, False]
    >>> cell_reference("cell $A1", 5, "$A", "1", " billion")
    False
    >>> [cell_reference(t, t.rindex("$"), "$A", "9", None) for t in ("cells $A1 to $A9", "from $A1 to $A9")]
    [True, False]
    >>> [cell_reference(t, t.rindex("$"), "$", "9", None) for t in ("cells $A$1 to $B$9", "AT$9", "A $9")]
    [True, False, False]
    """
    if "$" not in symbol or scale or not digits.isdigit():
        return False
    if symbol == "$":  # "$A$1", "$AB$12": a column's letters between two dollars are an absolute reference, no money
        return _ABSOLUTE_COLUMN.search(text, max(0, start - 5), start) is not None
    for _ in range(16):  # back along a list of references to the one after the cue ("cells $A1, $A2, ... $A9")
        if _CELL_BEFORE.search(text, max(0, start - 8), start) is not None:
            return True
        previous = _CELL_LIST_BEFORE.search(text, max(0, start - 24), start)
        if previous is None:
            return False
        start = previous.start()
    return False
