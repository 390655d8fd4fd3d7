"""What an amount's counted noun is read past (`read_past`): a magnitude, a sum's worth or rate, and a model's
number after its maker's name or right after the count (`MODEL_AFTER_NAME`, `MODEL_AFTER_COUNT`); `amount_objects`
reads the noun after them.
"""

from __future__ import annotations

import re

# "a 7.8-magnitude quake", "a 6.5 magnitude earthquake": the quake is what the number is of, as in "a magnitude
# 6.4 earthquake" (the hyphen kept the number from being read at all; spaced, "magnitude" was the object).
MAGNITUDE = re.compile(r"(?:[-–]|[^\S\n]+)magnitude\b")
# "$2bn worth of bonds", "$2bn worth.": a sum's worth is the sum, the object the noun after its "of" (it was "worth")
WORTH = re.compile(r"[^\S\n]+worth\b")
# "a £200,000-a-week contract", "a €40m-a-year deal", "a £50-a-head dinner": a sum's rate, hyphenated, before the
# noun it is of (it counted nothing: the hyphen ended the words read)
# (any one thing's: "a 10-cent-a-litre tax", as `amount_pattern._PER_TIME` reads it)
RATE_HYPHENATED = re.compile(r"[-–]an?[-–][a-z]{3,}\b")  # "a $15-an-hour job"
# ... and spaced, before the "of" that names what the measure or sum is of: "32 million tonnes a year of LNG
# capacity", "$2m a year of rent" (they counted nothing: "a" was read as a determiner), as "32 million tonnes of LNG"
# counts what follows its "of"; a rate is of a unit of time, its "of" right after it, so nothing else is read past.
# Not "per": "per year of" is "for each year of", its "of" the year's kind ("$3m per year of operation", "$1,000 per
# year of service" counted "operation", "service"), as pensions, fines and delays are priced
RATE_SPACED = re.compile(r"[^\S\n]+an?[^\S\n]+(?:year|month|week|day|hour)(?=[^\S\n]+of\b)")
# The four in one match, in this order (the first that matches is the one each alone found first): `counted_object`
# reads past a sum's worth or rate only after a unit, so a match of theirs counts only then (`lastgroup` is none)
_READ_PAST = re.compile(rf"(?P<magnitude>{MAGNITUDE.pattern})|{WORTH.pattern}|{RATE_HYPHENATED.pattern}"
                        rf"|{RATE_SPACED.pattern}")


# What `_READ_PAST` starts with: a dash, or white space and one of these words (`counted_object` tries it only there;
# "a" opens many words, "an", "and", "about": the pattern's anchored match fails at their second word)
READ_PAST_FIRST, READ_PAST_WORDS = frozenset("-–"), ("magnitude", "worth", "a")


def read_past(text: str, end: int, after_unit: bool) -> int:
    """Return where the words an amount counts are read from: past a magnitude, and after a unit past a worth or a
    rate ("a 7.8-magnitude quake", "$2bn worth of bonds", "a £200,000-a-week contract", "$2m a year of rent"), else
    its end.

    >>> read_past("$2m a year of rent", 3, True), read_past("$2m a year in rent", 3, True)
    (10, 3)
    """
    match = _READ_PAST.match(text, end)
    return match.end() if match is not None and (after_unit or match.lastgroup) else end

# A model's number after its maker's name, read past to what the amount counts ("100 Boeing 737 jets", "50 Airbus A320
# planes"; they counted nothing): a few digits, a letter before them, not a number of its own ("5,000", "3.5")
MODEL_AFTER_NAME = re.compile(r"[^\S\n]+[A-Z]?\d{2,4}[A-Za-z]?(?![\w,.%-])")
# ... and one digit after a product's name with a capital inside it, before a lower-case word ("3.2 million
# PlayStation 5 consoles", "2m iPhone 6 handsets"; they counted nothing): after another name one digit is as often a
# count of its own ("300 Chinese 5 days ago")
MODEL_DIGIT_AFTER_NAME = re.compile(r"[^\S\n]+\d(?![\w,.%-])(?=[^\S\n]+[a-z])")
# A model's three digits, not round, and its variant, a dash apart ("737-800", "787-9"; `amount_models.model_range`)
MODEL_VARIANT = r"[1-9]\d[1-9][-–]\d{1,3}[A-Za-z]?(?![\w,.%-])"
# A model's number right after the count, without the maker's name: one with its letter ("30 A350 jets"), of three
# digits, not round, before its name's next word ("44 737 Max jets", "20 787 Dreamliners"; they counted nothing,
# `amount_models.model_number` reads such numbers so), or with its variant ("30 737-800 jets": it counted nothing,
# and read 737 to 800 jets). Not a number alone before a noun ("3 500 people" may be 3,500 people), nor a year's
# four digits.
MODEL_AFTER_COUNT = re.compile(r"[^\S\n]+(?:[A-Z]\d{2,4}[A-Za-z]?(?![\w,.%-])|[1-9]\d[1-9][A-Za-z]?(?![\w,.%-])"
                                r"(?=[^\S\n]+[A-Z][a-z])|" + MODEL_VARIANT + ")")
# A count hyphenated to a noun right after the count, before a plural: what the plural is a kind of, read past to it
# ("Ten 26-man squads", "three 12-member juries", "two 500-bed field hospitals"; they counted nothing: a digit
# ended the words read)
KIND_AFTER_COUNT = re.compile(r"[^\S\n]+[1-9][\d,]*-[a-z]+(?:-[a-z]+)*"
                              r"(?=(?:[^\S\n]+[a-z]+)?[^\S\n]+[a-z][a-z'’-]*s\b)")


def after_count(text: str, position: int) -> re.Match[str] | None:
    """Return what is read past right after a count to the noun it counts: a model's number (`MODEL_AFTER_COUNT`) or a
    hyphenated count that names a kind (`KIND_AFTER_COUNT`).

    >>> [bool(after_count(t, 3)) for t in ("Ten 26-man squads", "Ten 26-man squad", "Ten A350 jets", "Ten 5 people")]
    [True, False, True, False]
    """
    return MODEL_AFTER_COUNT.match(text, position) or KIND_AFTER_COUNT.match(text, position)
