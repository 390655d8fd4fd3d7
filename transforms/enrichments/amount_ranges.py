"""Ranges of amounts: one row per end, each with the range's currency, scale, unit and object.

"3-5%" → 3 and 5 percent, "£2-3bn" → 2e9 and 3e9 GBP, "2,000-3,000 troops" → 2000 and 3000 troops
(`dash_range`: `AMOUNT` never matches a number right before a dash and a digit). A range without a
unit is one only where it rises and counts a plural noun: "a 7-3 win", "won 3-1", "24-7", "a 9-5 job"
are scores and names; a date, year or age at either end ("12-14 June", "2004-05", "aged 18-24") makes
it none. A dash with a space each side reads the same ("3 - 5%", "£2 - 3bn", "10 – 15 per cent":
`spaced_range`, after `AMOUNT` has matched the low end alone), and two numbers without a unit that make
no range are no amounts, as "3-1" is none ("won 3 - 1", "12 - 14 June"); amounts of unlike units
("$100 - 18 percent higher") and lists ("1 - 2 - 3") are read one by one.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from transforms.enrichments.amount_currencies import CURRENCY_WORDS
from transforms.enrichments.amount_measures import MEASURE
from transforms.enrichments.amount_objects import counted_object
from transforms.enrichments.amount_pattern import AMOUNT, AND_A_HALF, UNITS
from transforms.enrichments.amount_plurals import counts
from transforms.enrichments.amount_reading import parse
from transforms.enrichments.amount_values import digits_value, words_value

DASHES = "-–"
# The low end of a range (a currency's letters, its number and scale: "US$1,500.5bn", "Rs 2") and its dash,
# then the high end's start (possessive: the run stops at a dash or nowhere): one match rules out most
# candidates (`AMOUNT` fails at "#39;" and "covid-19" too).
_LOW_DASH = re.compile(r"(?:[A-Z][A-Za-z.]{1,3}\s)?[^\s–-]{1,13}+(?=[–-](?:[A-Z]{1,2})?[$£€¥₹]?\d)")
# Two numbers without a unit between them, a dash between them with or without spaces.
_BARE = re.compile(r"(\d[\d,]*(?:\.\d+)?)(?:[–-]|\s[–-]\s)(\d[\d,]*(?:\.\d+)?)")
# A spaced dash between two numbers ("3 - 5%", "£2 - 3bn"), the high end's number, and a spaced dash after a
# number before the low end: a list or a sum ("1 - 2 - 3"), no range.
_SPACED_DASH = re.compile(r"\s[–-]\s(?=(?:[A-Z]{1,2})?[$£€¥₹]?\d)")
_NUMBER = re.compile(r"(?:[A-Z]{1,2})?[$£€¥₹]?\d[\d,]*(?:\.\d+)?")
_SPACED_DASH_BEFORE = re.compile(r"\d[%a-z]{0,3}\s[–-]\s\Z")
# After two numbers with a spaced dash, words that make the second a count of its own, the dash one between
# clauses, not a score's: "the toll rose to 150 - 20 more than on Monday", "it has 1,500 - 300 of them here".
_COUNT_GOES_ON = re.compile(r"\s(?:more|fewer|less|of|times)\b")
# What may follow a range's second number and give it a unit or scale (else it needs a plural noun after it);
# "pct" as `AMOUNT` reads it, after a space ("rose 3-5 pct." gave no amount, as a score gives none).
_UNIT_AFTER = re.compile(r"\s?(?:%|(?:per|percent|percentage|basis|bps?|[Pp]ct|pence|hundred|thousand|million|billion"
                         rf"|trillion|lakhs?|crores?|{'|'.join(w for w in CURRENCY_WORDS if ' ' not in w)}"
                         rf"|{MEASURE})\b)")  # a measure too: "5-10 km", "20-30 mph"
# Numbers with a dash that name something ("the 9-11 attacks", "7-11 stores"), and words before two numbers
# that make them labels (school years and grades, pages, rooms), not a range of counts.
# Lowercase "years" only as school years are written, right after "in" ("pupils in years 7-11"): "over the
# years 20-30 people died", "in recent years 3-4 million fled" are ranges.
_NAMED = frozenset({"9-11", "7-11"})
_SPAN_AFTER = re.compile(r"\s(?:seconds|minutes|hours|days|nights|weeks|months|years)\b")  # "9-11 days" is a range
_LABEL_BEFORE = re.compile(r"(?:\b(?:Years?|Grades?|grades|Key Stages?|[Pp]ages|[Rr]ooms|[Pp]latforms)"
                           r"|(?<![\w-])in years)\s$")
# Stands for the dash while each end is matched on its own: no letter, digit, sign or punctuation that
# `AMOUNT`'s look-arounds or `parse`'s words read.
_GAP = "~"


class End(NamedTuple):
    """One end of a range: where its text starts and ends, its (value, unit, approximate), where its object is read."""

    start: int
    end: int
    parsed: tuple[float, str | None, bool]
    object_at: int


def dash_range(text: str, position: int, paragraph: tuple[int, int]) -> tuple[End, End] | None:
    """Return the two ends of a range written with a dash that starts at `position` ("3-5%", "£2-3bn"),
    or None (`hedged` gives them the hedge before the range).

    >>> text = "rose 3-5%, won 3-1, 2,000-3,000 troops"
    >>> [(e.start, e.end, e.parsed) for at in (5, 15, 20) for e in dash_range(text, at, (0, len(text))) or ()]
    [(5, 6, (3.0, 'percent', False)), (7, 9, (5.0, 'percent', False)), (20, 25, (2000.0, None, False)), \
(26, 31, (3000.0, None, False))]
    """
    low_dash = _LOW_DASH.match(text, position, paragraph[1])
    if low_dash is None:
        return None
    return _range(text, position, low_dash.end(), low_dash.end() + 1, paragraph)


def spaced_range(
    text: str, position: int, low_end: int, paragraph: tuple[int, int]
) -> tuple[tuple[End, ...], int] | None:
    """Return the ends of a range written with a spaced dash ("3 - 5%", "£2 - 3bn", "10 – 15 per cent"), read
    as `dash_range` reads "3-5%", and where reading goes on after it; no ends where two numbers without a unit
    make no range, as "2-1" and "12-14 June" are none ("won 3 - 1", "12 - 14 June", "aged 18 - 24"); None
    where the amount that ends at `low_end` is read alone ("$100 - 18 percent higher", "1 - 2 - 3", and where
    the numbers fall or only the first says a unit: "rose 5% - 3 times the average", "5% - 10 analysts").

    >>> text = "rose 3 - 5%, won 3 - 1, was $100 - 18 percent"
    >>> [spaced_range(text, at, end, (0, len(text))) for at, end in ((17, 18), (28, 32))]
    [((), 23), None]
    >>> [(e.start, e.end, e.parsed) for e in spaced_range(text, 5, 6, (0, len(text)))[0]]
    [(5, 6, (3.0, 'percent', False)), (9, 11, (5.0, 'percent', False))]
    """
    gap = _SPACED_DASH.match(text, low_end, paragraph[1])
    if gap is None or _SPACED_DASH_BEFORE.search(text, max(paragraph[0], position - 16), position):
        return None  # a list or a sum of numbers with dashes ("1 - 2 - 3"), read one by one
    number = _NUMBER.match(text, gap.end())
    assert number is not None  # what `_SPACED_DASH` looks ahead for
    high_end = number.end()
    if _SPACED_DASH.match(text, high_end, paragraph[1]):
        return None
    ends = _range(text, position, low_end, gap.end(), paragraph)
    if ends and (ends[0].parsed[0] >= ends[1].parsed[0] or not text[low_end - 1].isdigit() and ends[1].end == high_end):
        return None  # a dash between clauses, as a range rises and says its unit last: "5% - 10 analysts expected"
    if ends:
        return ends, ends[1].end
    bare = _BARE.match(text, position)
    if bare and bare.end() == high_end and not (text[high_end: high_end + 1].isalnum() or _UNIT_AFTER.match(
            text, high_end) or _COUNT_GOES_ON.match(text, high_end)):
        return (), high_end  # a score, a date, an age, a label: neither number is an amount ("won 3 - 1")
    return None


def _range(text: str, position: int, dash: int, high_start: int, paragraph: tuple[int, int]) -> tuple[End, End] | None:
    """Return the two ends of the range whose low end starts at `position` and ends at `dash`, the high
    end starting at `high_start` (after the dash and its spaces), or None."""
    low_start, high_end = paragraph
    bare = _BARE.match(text, position)
    if bare and digits_value(bare.group(1)) >= digits_value(bare.group(2)):
        return None  # "won 3-1", "6-4 6-3", "24-7": a score or a name (most of the numbers before a dash)
    if bare and not (_UNIT_AFTER.match(text, bare.end()) or _SPAN_AFTER.match(text, bare.end())) and (
            f"{bare.group(1)}-{bare.group(2)}" in _NAMED  # "9 - 11" too
            or _LABEL_BEFORE.search(text, max(low_start, position - 12), position)):
        return None  # "the 9-11 attacks"; "Years 7-11 pupils", "Grades 3-5 students": names and labels
    if bare and not (text[bare.end(): bare.end() + 1].isalnum() or _UNIT_AFTER.match(text, bare.end())
                     or counts([counted_object(text, bare.end()) or ""])):
        return None  # "a 2-3 defeat", "lost 1-3 to": read before the slower matching of each end
    # offsets as in the paragraph
    patched = text[low_start:dash] + _GAP * (high_start - dash) + text[high_start:high_end]
    low = AMOUNT.match(patched, position - low_start)
    if low is None or low.end() != dash - low_start or not (low.group("num1") or low.group("num2")):
        return None
    high = AMOUNT.match(patched, high_start - low_start)
    if high is None or not (high.group("num1") or high.group("num2")) or high.group("per"):
        return None
    unit_said = _scaled(low) or _scaled(high) or low.group("symbol") or high.group("symbol")
    if not unit_said and not (digits_value(low.group("num2")) < digits_value(high.group("num2"))
                              and counts([counted_object(patched, high.end()) or ""])):
        return None  # "won 3-1", "a 7-3 win", "24-7", "a 9-5 job": scores and names, not ranges (read first: many)
    bounds = (0, len(patched))
    low_read, high_read = parse(patched, low, None, bounds), parse(patched, high, None, bounds)
    if low_read is None or high_read is None:
        return None  # a year, a date, an age or a name at either end: "2004-05", "12-14 June", "aged 18-24"
    if low_read[1] and high_read[1] and low_read[1] != high_read[1]:
        return None  # two amounts of different units: "$100 - 18 percent higher", a dash between clauses
    low_value, high_value = _widened(low, low_read[0], high, high_read[0])
    if not _scaled(low):
        low_value *= _thousands(low.group("num1") or low.group("num2"), high.group("num1") or high.group("num2"))
    unit = low_read[1] or high_read[1]
    return (
        End(position, dash, (low_value, unit, False), high.end() + low_start),
        End(high_start, high.end() + low_start, (high_value, unit, False), high.end() + low_start),
    )


def hedged(ends: tuple[End, End], hedge: tuple[int, int] | None) -> tuple[End, End]:
    """Return a range's ends with the hedge before it ("about 3-5%"): both approximate, the first's text from
    the hedge."""
    if hedge is None:
        return ends
    low, high = ends
    return (low._replace(start=hedge[0], parsed=(*low.parsed[:2], True)),
            high._replace(parsed=(*high.parsed[:2], True)))


def _thousands(low: str, high: str) -> float:
    """Return what a range's low end, written short, multiplies by to reach its high end's thousands
    ("10-15,000 people": 10,000; "3-4,000 troops": 3,000; "500-1,000" is as written).

    >>> _thousands("10", "15,000"), _thousands("3", "4,000"), _thousands("500", "1,000"), _thousands("2,000", "3,000")
    (1000.0, 1000.0, 1.0, 1.0)
    """
    groups = high.split(".")[0].split(",")
    if "," in low or "." in low or len(groups) < 2 or not int(low) < int(groups[0]):
        return 1.0
    return 1000.0 ** (len(groups) - 1)


def _scale(matched: re.Match[str], value: float) -> float:
    """Return what the match's unit, scale and currency multiply its digits by (`parse`'s value over them)."""
    digits = digits_value(matched.group("num1") or matched.group("num2"))
    return value / digits if digits else 1.0


def _scaled(matched: re.Match[str]) -> bool:
    """Return True when the match says its own scale (a scale word, cents, basis points, a unit of its own)."""
    return any(matched.group(g) for g in ("scale1", "scale2", "measure", "pct", "curword", "pence"))


def _widened(low: re.Match[str], low_value: float, high: re.Match[str], high_value: float) -> tuple[float, float]:
    """Return the two ends' values, each end without a scale of its own taking the other's ("£2-3bn")."""
    if not _scaled(low) and _scaled(high):
        low_value *= _scale(high, high_value)
    elif _scaled(low) and not _scaled(high) and low.group("scale1"):  # "£2bn-3": rare, but the same range
        high_value *= _scale(low, low_value)
    return low_value, high_value



# A number as the ends of a range in words are written: digits, or number words ("three", "twenty-five", "two
# and a half"; not "a", nor the scale words after them: "three million" is three, of millions).
_NUMBER_WORDS = "|".join(sorted((w for w in UNITS if w != "a"), key=len, reverse=True))
_NUMBER_VALUE = re.compile(rf"\d[\d,]*(?:\.\d+)?|\b(?i:(?:{_NUMBER_WORDS})(?:[\s-](?:{_NUMBER_WORDS}|hundred))*"
                           rf"(?:{AND_A_HALF})?)\b")
# A fall "from 8 to 7 million pounds" gives its first number the second's scale where the first number is at
# most this many times the second's: "from 32,000 to 1.41 million", "from 80 to 1 million users" are rises from
# 32,000 and from 80 (a fall to a tenth within one scale is rare; from tiny counts to millions, common). A
# scale of one or less is no magnitude to doubt: "from 300 to 25 basis points" is 3 to 0.25 percentage point.
_FALL = 10


def _number_value(number: re.Match[str]) -> float:
    """Return the value of a `_NUMBER_VALUE` match: 3.0 for "3" and for "three"."""
    said = number.group()
    return digits_value(said) if said[0].isdigit() else words_value(said)


def widen(text: str, first: list[int], last: list[int], objects: list[int],
          found: list[tuple[float, str | None, bool]]) -> set[int]:
    """Give each bare number of a range written with words the unit, scale and object of its other end
    ("3 to 5 per cent", "between 2 and 3 per cent", "between 200 and 250 million people", and so in number
    words: "three to five per cent", "between two and three million people"), in place: `found[i]` is read
    from `text[first[i]:last[i]]`, its object after `objects[i]`. The unit and scale only where the numbers
    rise: "rose 32,000 to 1.41 million" is a rise and a total, not a range; a fall "from 8 to 7 per cent"
    gives its first number the percent, and "from 8 to 7 million pounds" the scale and currency (8e6 GBP,
    where the first number is at most `_FALL` times the second or the scale is a share: basis points). Returns
    the indices of the low ends it paired with a high end (`amounts.rows` drops a "one" that is none).

    >>> found = [(3.0, None, False), (5.0, "percent", False), (2.0, None, False), (3e9, "GBP", False)]
    >>> widen("3 to 5 per cent, between 2 and £3bn", [0, 5, 25, 31], [1, 15, 26, 35], [1, 15, 26, 35], found)
    {0, 2}
    >>> found
    [(3.0, 'percent', False), (5.0, 'percent', False), (2000000000.0, 'GBP', False), (3000000000.0, 'GBP', False)]
    >>> found = [(10.0, "USD", False), (2e7, "USD", False), (3.0, "GBP", False), (5.0, "GBP", False)]
    >>> widen("between $10 and $20 million, £3 to £5", [8, 16, 29, 35], [11, 27, 31, 37], [11, 27, 31, 37], found)
    {0, 2}
    >>> found
    [(10000000.0, 'USD', False), (20000000.0, 'USD', False), (3.0, 'GBP', False), (5.0, 'GBP', False)]
    >>> found = [(2.0, None, False), (3e9, "USD", False)]
    >>> widen("two to three billion dollars", [0, 7], [3, 28], [3, 28], found)
    {0}
    >>> found
    [(2000000000.0, 'USD', False), (3000000000.0, 'USD', False)]
    """
    paired: set[int] = set()
    for i, (low_end, high_start) in enumerate(zip(last, first[1:], strict=False)):
        if high_start - low_end not in (4, 5):  # " to ", " and ": most amounts are further apart
            continue
        between = text[low_end:high_start]
        if between != " to " and (between != " and " or text[max(0, first[i] - 8): first[i]].lower() != "between "):
            continue
        value, unit, approximate = found[i]
        # A low end with a unit takes the high end's scale only where it has the same unit and no scale of
        # its own: "between $10 and $20 million" is $10m ("£3 to £5", "3% to 5%" stay as they are).
        same_unit = unit is not None and unit == found[i + 1][1]
        if unit is not None and not same_unit:
            continue  # "-3 to 5%", "£3 to 5 people"
        # the low end's number, after its hedge ("about 3") or currency ("$10"), and the high end's ("5 per
        # cent", "three million")
        low = (_NUMBER_VALUE.search(text, first[i], low_end) if approximate or same_unit
               else _NUMBER_VALUE.match(text, first[i]))
        high = _NUMBER_VALUE.search(text, high_start, last[i + 1])
        if low is None or low.end() != low_end or high is None:
            continue  # "3m to 5m", "$3m to $5m", "-3 to 5%"
        if same_unit and _number_value(low) != abs(value):
            continue  # a low end scaled already
        number, high_value = _number_value(high), abs(found[i + 1][0])
        if _number_value(low) < number:  # "rose 32,000 to 1.41 million" is no range
            found[i] = (value * high_value / number, found[i + 1][1], approximate)
        elif text[max(0, first[i] - 5): first[i]].lower() == "from ":  # a fall: its unit and scale, if near
            scale = high_value / number if number else 1.0
            scaled = value * scale if scale <= 1 or _number_value(low) <= _FALL * number else value
            found[i] = (scaled, found[i + 1][1], approximate)
        found[i + 1] = (found[i + 1][0], found[i + 1][1], found[i + 1][2] or approximate)  # "about 3 to 5%"
        objects[i] = objects[i + 1]
        paired.add(i)
    return paired
