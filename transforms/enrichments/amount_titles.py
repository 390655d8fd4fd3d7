"""Whether a line is a headline in Title Case ("Motorola to Cut 1,000 Jobs"), where every word is capitalised and
a capital says nothing of a name: `amount_objects` then reads the counted noun lower-cased."""

from __future__ import annotations

import re

# The short words a headline in Title Case keeps in lower case ("Motorola to Cut 1,000 Jobs", "Oil Hits $46 as ...")
_LOWER_IN_TITLES = "a an the and or but nor of to in on at by for as from with vs via per up".split()
_NOT_IN_WORD = r"(?<![\w'’&.-])"
_LOWER_WORD = re.compile(rf"{_NOT_IN_WORD}(?!(?:{'|'.join(_LOWER_IN_TITLES)})(?![\w'’&.-]))[a-z]")
_CAPITAL_WORD = re.compile(rf"{_NOT_IN_WORD}[A-Z]")


def title_case(text: str, at: int) -> bool:
    """Return True when the line around `at` (a paragraph or a headline, at most 200 characters each way) is a
    headline in Title Case: every word capitalised but the short ones headlines keep in lower case, three of them
    or more ("Motorola to Cut 1,000 Jobs, Take Charge"; not "Tony Blair and Gordon Brown met 300 MPs", nor "Rivals
    of the £400 Apple", the name of a line in sentence case as likely).

    >>> title_case("Motorola to Cut 1,000 Jobs, Take Charge", 20), title_case("Blair met 300 Labour MPs", 10)
    (True, False)
    """
    head = text.rfind("\n", max(at - 200, 0), at) + 1 or max(at - 200, 0)
    tail = text.find("\n", at, at + 200)
    tail = tail if tail >= 0 else at + 200
    if _LOWER_WORD.search(text, head, tail):  # one search, not a loop over the line's words
        return False
    capitals = _CAPITAL_WORD.finditer(text, head, tail)
    return next(capitals, None) is not None and next(capitals, None) is not None and next(capitals, None) is not None
