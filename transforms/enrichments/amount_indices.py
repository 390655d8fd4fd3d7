"""Market indices by their names, whose own number is part of the name ("FTSE 100", "S&P 500", "Nikkei 225", "CAC 40")
and whose level after it, or after a name of no number ("VIX", "Sensex", "Hang Seng"), is an amount: "the VIX 16.2
reading" → 16.2, "the Nikkei 38500" → 38,500, "the FTSE 100 8,120" → 8,120. A level counts nothing: the word for what
it is after it ("the S&P 500 5,900 level", "the Sensex 81,000 mark") is no object.
"""

from __future__ import annotations

import re

# Each index's name (its last word, lower-case) and the numbers that are part of its names: "FTSE 100", "FTSE 250";
# an index with none is named by its word alone ("VIX 16.2", "Sensex 81,000")
OWN_NUMBERS: dict[str, frozenset[str]] = {
    "ftse": frozenset(("100", "250", "350")), "s&p": frozenset(("500", "400", "600", "100")),
    "nikkei": frozenset(("225",)), "dax": frozenset(("30", "40")), "cac": frozenset(("40",)),
    "asx": frozenset(("200", "300", "50")), "nasdaq": frozenset(("100",)),
    "russell": frozenset(("1000", "2000", "3000")), "stoxx": frozenset(("50", "600")), "nifty": frozenset(("50",)),
    "kospi": frozenset(("200",)), "tsx": frozenset(("60",)), "ibex": frozenset(("35",)), "dow": frozenset(("30",)),
    "vix": frozenset(), "sensex": frozenset(), "seng": frozenset(), "topix": frozenset(), "msci": frozenset()}
# How the names are written: in capitals, or with one capital ("Nikkei", "Sensex"), never lower-case ("a cac 40")
_WRITTEN = frozenset(name for word in OWN_NUMBERS for name in (word.upper(), word.capitalize())) | {"S&P"}


def index_level(label: str, digits: str | None) -> bool:
    """Return True when `digits` after the word `label` is the level of the index it names, not its own number.

    >>> [index_level(w, d) for w, d in (("VIX", "16.2"), ("Nikkei", "38500"), ("Nikkei", "225"), ("FTSE", "100"),
    ...     ("Nifty", "50"), ("vix", "16"), ("Sensex", "81,000"), ("Channel", "4"))]
    [True, True, False, False, False, False, True, False]
    """
    return bool(digits) and label in _WRITTEN and digits not in OWN_NUMBERS[label.lower()]


# A first name right before an index's word makes it a person's ("Andre Russell 45 (23)", "George Russell 2 (1)"):
# a capitalised word that is no function word opening a sentence ("The VIX 16.2") nor the first word of the index's
# own name ("Hang Seng", "Euro Stoxx")
_FIRST_NAME = re.compile(r"(?<![\w'’&/])(?!(?:Hang|Euro|The|A|An|This|That|Its|Their|On|In|At|By|As|And|But|So|If|"
                         r"When|While|After|Before|Since|Meanwhile|Yesterday|Today)\b)[A-Z][a-z]+[^\S\n]+$")


def first_name_before(text: str, start: int, low: int) -> bool:
    """Return True when a person's first name ends right before `start` (an index's word there is a surname).

    >>> [first_name_before(t, t.rindex(" ") + 1, 0) for t in ("Andre Russell", "the Russell", "The VIX",
    ...     "the Hang Seng", "Kyle Dow")]
    [True, False, False, False, True]
    """
    return _FIRST_NAME.search(text, max(low, start - 24), start) is not None


# A level's word after it, which is what the amount is, no noun it counts
LEVEL_WORDS = frozenset("level levels mark reading barrier threshold handle close".split())
# An index's name, and its own number, right before an amount (read backwards from the amount's start)
_NAME_BEFORE = re.compile(r"(?:(?<![\w&])(?:S&P|[A-Z][A-Za-z]{2,6})(?:[^\S\n]+\d{2,4})?)[^\S\n]+$")


def after_index(text: str, start: int) -> bool:
    """Return True when the amount starting at `start` follows an index's name (and its own number).

    >>> [after_index(t, t.rindex(" ") + 1) for t in ("the S&P 500 5,900", "the VIX 16.2", "Sensex 81,000",
    ...     "the Channel 4 1,000", "past the 1,000")]
    [True, True, True, False, False]
    """
    found = _NAME_BEFORE.search(text, max(0, start - 16), start)
    if found is None:
        return False
    words = found.group().split()
    if len(words) == 2 and words[1] not in OWN_NUMBERS.get(words[0].lower(), ()):
        return False
    return words[0] in _WRITTEN
