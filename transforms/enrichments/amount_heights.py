"""A height's inches after its feet: "6ft 2in", "6-foot-2", "six feet two inches" are one height in feet."""

from __future__ import annotations

import re

from transforms.enrichments.amount_measures import INCH_WORDS
from transforms.enrichments.amount_pattern import UNITS

# after feet: "6ft 2in", "5 ft 11 in", "6 ft 2 inches", "5 feet 1 inch", "six feet two inches" (a number under 12
# after feet is its inches)
_INCHES = re.compile(rf"\s(\d{{1,2}}(?:\.\d+)?|(?:{INCH_WORDS})(?=\sinch))(?:\s?in|\s?inch(?:es)?)\b")
# ... and a height as US copy writes it, "6-foot-2", "5-foot-11", "six-foot-two": the number after "-foot-" is the
# height's inches
_FOOT_INCHES = re.compile(rf"(?<=foot)-(1[01]|\d(?!\d)|(?:{INCH_WORDS})\b)(?:-inch\b)?")
_INCHES_IN_WORDS = {word: float(UNITS[word]) for word in INCH_WORDS.split("|")}


def inches_after(text: str, done: int) -> tuple[int, float] | None:
    """Return where the inches after a height's feet (ending at `done`) end and how many there are, or None.

    >>> t = "6ft 2in, 6-foot-two, 6ft 14in"
    >>> inches_after(t, 3), inches_after(t, 15), inches_after(t, 24)
    ((7, 2.0), (19, 2.0), None)
    """
    inches = _INCHES.match(text, done) or _FOOT_INCHES.match(text, done)
    if inches is None:
        return None
    said = inches.group(1)
    number = _INCHES_IN_WORDS[said] if said in _INCHES_IN_WORDS else float(said)
    return (inches.end(), number) if number < 12 else None
