"""What an amount counts: the noun after it (`counted_object`), and whether the word after a number is a
plural noun it counts (`counts`).

The object is the first lower-case word after the amount (after "of", after capitalised words and a
few adjectives: "12,000 North Korean troops" → "troops"), unless it is a function word or a verb of a
short list: then it is null. It is a heuristic without a part-of-speech tagger, and says so.
"""

from __future__ import annotations

import re

NEXT_WORD = re.compile(r"[^\S\n]*([A-Za-z][\w'-]*)")  # a line break ends the search
_ADJECTIVES = {"more", "extra", "additional", "new", "other", "fewer", "less", "young", "old", "full-time", "large",
               "small", "big", "major", "separate", "different", "further", "top",
               "part-time", "british", "foreign", "local", "armed", "senior", "former", "million", "billion"}
NOT_OBJECTS = set(
    "in on at to of for and or but the a an from by with as than that this these those is are was were be been "
    "being will would could should can may might must has have had do does did it its their his her our your "
    "my they them he she we you i who which what when where while if so not no yes per each every all both "
    "last next this year's up down out off over under into onto about after before since until between near "
    "against during without within across through a.m. p.m. am pm rose fell rise fall increase decrease "
    "higher lower more less heavier lighter overweight underweight compared says said say according".split()
)
# Plural nouns without an "s" that news counts: "In Gaza 200 children", "At Heathrow 300 staff".
IRREGULAR_PLURALS = frozenset(
    "people children men women police staff personnel crew cattle sheep fish aircraft livestock".split()
)


def counted_object(text: str, end: int) -> str | None:
    """Return the noun an amount counts: the first lower-case word after it that is not a function word.

    >>> counted_object("12,000 North Korean troops", 6), counted_object("5 of the", 1)
    ('troops', None)
    """
    skipped = 0
    position = end
    while skipped < 4:
        match = NEXT_WORD.match(text, position)
        if not match:
            return None
        word = match.group(1)
        position = match.end()
        lower = word.lower()
        if word == "of" and skipped == 0 or word[0].isupper() or lower in _ADJECTIVES:
            skipped += 1
            continue
        return None if lower in NOT_OBJECTS else word
    return None


def counts(after: list[str]) -> bool:
    """Return True when the word after a number is a plural noun it counts ("London 13 years ago",
    "Friday 15 protesters"), not a verb ("Halo 2 has") or a name's next word ("Band Aid 20 single").

    >>> counts(["years"]), counts(["has"]), counts(["single"]), counts(["Max"]), counts([])
    (True, False, False, False, False)
    """
    word = after[0].rstrip(".,;:)") if after else ""
    if word in IRREGULAR_PLURALS:
        return True
    return word[-1:] == "s" and word[:1].islower() and word[-2:] != "ss" and word not in NOT_OBJECTS
