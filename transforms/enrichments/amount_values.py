"""What a number is worth as written: digits ("1,760,000", Indian "17,60,000"), words ("two and a half
million", "half a billion", "three thousand crore"), scale words ("bn", "lakh crore") and currency words.

`amount_reading.parse` reads an `AMOUNT` match with these; they know nothing of the text around it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.enrichments.amount_currencies import CURRENCY_WORDS
from transforms.enrichments.amount_pattern import (
    AND_A_HALF,
    FRACTIONS,
    INDIAN_GROUPS,
    SCALES,
    SOME,
    THOUSANDS_SPACES,
    UNITS,
)
from transforms.enrichments.amount_units import CURRENCY_ADJECTIVES


@lru_cache(maxsize=1 << 14)  # numbers repeat ("5", "10", "1,000"): each read once
def digits_value(text: str) -> float:
    """Return the value of digits with thousands separators: commas, or the spaces of European writing.

    >>> digits_value("1,760,000.5"), digits_value("1 200"), digits_value("20\u202f000"), digits_value("2,4")
    (1760000.5, 1200.0, 20000.0, 2.4)
    """
    if "," in text:  # a decimal comma has one digit after it ("2,4" of "R2,4 billion": `DECIMAL_COMMA`)
        text = text.replace(",", ".") if text[-2] == "," else text.replace(",", "")
    return float(text) if text.isascii() and " " not in text else float(_SPACES.sub("", text))


_SPACES = re.compile(f"[{THOUSANDS_SPACES}]")


_INDIAN = re.compile(INDIAN_GROUPS)
_INDIAN_SCALES = re.compile(r"(?i)\s?(?:lakhs?|crores?)")


def indian_without_rupees(digits: str, unit: str | None, scale: str | None) -> bool:
    """Return True for digits grouped the Indian way ("10,20,300") with no rupees, lakhs or crores:
    a list of numbers or a code more often than an amount.

    >>> indian_without_rupees("1,76,000", "INR", None), indian_without_rupees("1,76,000", None, " crore")
    (False, False)
    >>> indian_without_rupees("10,20,300", None, None), indian_without_rupees("1,760,000", None, None)
    (True, False)
    """
    # Indian groups have a comma: most numbers are settled without the regexes
    return "," in digits and bool(_INDIAN.fullmatch(digits)) and unit != "INR" and not _INDIAN_SCALES.match(
        scale or "")


_FRACTION_PART = re.compile(
    r"(?:(?:a|one)\s)?(half|(?:a|one)[\s-](?:third|quarter)|two[\s-]thirds|three[\s-]quarters)(?:[\s-](?:of\s)?|$)")
SOME_STARTS = tuple(f"{some} " for some in SOME)  # "a few ", "several "
_HALF_MORE = re.compile(rf"(.+?){AND_A_HALF}((?:[\s-]\w+)*)$")


@lru_cache(maxsize=4096)  # a few hundred spellings ("two", "Three hundred") make most of a batch's
def words_value(text: str) -> float:
    """Return the value of a number in words.

    >>> words_value("two hundred thousand"), words_value("twenty-five"), words_value("a million")
    (200000.0, 25.0, 1000000.0)
    >>> words_value("half a million"), words_value("A quarter of a billion"), words_value("two and a half million")
    (500000.0, 250000000.0, 2500000.0)
    >>> words_value("three thousand crore"), words_value("five lakh"), words_value("two and a half lakh crore")
    (30000000000.0, 500000.0, 2500000000000.0)
    >>> words_value("a quarter of a"), words_value("half a"), words_value("a half"), words_value("three-quarters of a")
    (0.25, 0.5, 0.5, 0.75)
    >>> words_value("Several thousand"), words_value("a few hundred"), words_value("several hundred million")
    (3000.0, 200.0, 300000000.0)
    """
    lower = text.lower()
    if lower.startswith(SOME_STARTS):  # "several thousand", "a few hundred": so many of the scale (`SOME`)
        some, _, scale = lower.partition(" few " if lower[0] == "a" else " ")
        return SOME["a few" if some == "a" else some] * words_value(scale)
    whole = _HALF_MORE.match(lower)
    if whole:  # "two and a half million", "one and a half", "two and a half lakh crore"
        return (words_value(whole.group(1)) + 0.5) * scale_factor(whole.group(2).replace("-", " "))
    part = _FRACTION_PART.match(lower)
    if part:  # "half a million", "a quarter of a million"
        fraction = " ".join(part.group(1).replace("-", " ").split()).removeprefix("a ").removeprefix("one ")
        rest = text[part.end():]  # none: "a half" of a percentage point (`amount_pattern._FRACTION_OF_POINT`)
        return FRACTIONS[fraction] / 100 * (words_value(rest) if rest else 1.0)
    total, current = 0.0, 0.0
    for word in re.split(r"[\s-]+", text.lower()):
        if word in UNITS:
            current += UNITS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            if current == 0 and total:  # a scale of a scale: "three thousand crore" is 3,000 crores
                total *= SCALES[word]
            else:
                total += max(current, 1) * SCALES[word]
            current = 0.0
    return total + current


def inches_in_feet(said: str) -> float:
    """Return in feet the inches of a height said after its feet, in digits or words (" two", " 11").

    >>> round(inches_in_feet(" two"), 4), round(inches_in_feet(" 11"), 4)
    (0.1667, 0.9167)
    """
    said = said.strip()
    return (float(said) if said.isdigit() else words_value(said)) / 12


def currency_of(words: str) -> str:
    """Return the ISO 4217 code of a currency's word or words as matched ("Hong Kong\\ndollars" too).

    >>> currency_of("dollars"), currency_of("Hong Kong\\ndollars"), currency_of("won"), currency_of("Dollars")
    ('USD', 'HKD', 'KRW', 'USD')
    >>> currency_of("euro"), currency_of("Australian dollar")  # an adjective after a scale word: "a 8.5bn euro loan"
    ('EUR', 'AUD')
    >>> currency_of("Dollar"), currency_of("Euro")  # a title's, hyphenated: "The 100-Dollar Bill"
    ('USD', 'EUR')
    """
    # "Dollars": a headline's capitals after a capitalised scale word ("5 Million Dollars", `amount_pattern`)
    spaced = " ".join(words.split())  # "Hong Kong\ndollars", "Australian\ndollar"
    # ... and "Dollar" a title's hyphenated to its number ("The 100-Dollar Bill")
    return (CURRENCY_WORDS.get(words) or CURRENCY_WORDS.get(words.lower()) or CURRENCY_ADJECTIVES.get(spaced)
            or CURRENCY_ADJECTIVES.get(spaced.lower()) or CURRENCY_WORDS[spaced])


@lru_cache(maxsize=1024)  # a few dozen spellings ("m", "bn", " billion") make a batch's scales
def scale_factor(words: str | None) -> float:
    """Return what a scale multiplies by: 1 for none, "lakh crore" 1e5 × 1e7.

    >>> scale_factor(None), scale_factor(" bn"), scale_factor("lakh crore"), scale_factor("-million")
    (1.0, 1000000000.0, 1000000000000.0, 1000000.0)
    >>> scale_factor("\\\\billion")  # after AG News's backslash, its source's line break
    1000000000.0
    """
    value = 1.0
    if not words:  # most numbers have none
        return value
    for word in words.lower().lstrip("-\\").split():  # "-million": "$450-million", as the Canadian Press writes
        value *= SCALES.get(word, 1)
    return value
