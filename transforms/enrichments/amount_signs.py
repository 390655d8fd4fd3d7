"""The minus sign before an amount's number (`minus`): "-5.3%", "-£2m", "minus 4%"; a hyphen after a letter or digit
is no minus, nor a range's dash after a number and a space, unless a markets table's change follows a level.
"""

from __future__ import annotations

import re

MINUS_SIGNS = ("-", "−")
# How "minus " ends: `amounts.rows` calls `minus` only after these or a sign.
SIGN_ENDS = frozenset(("s ", "S ", "s\t"))


def minus(text: str, position: int) -> int:
    """Return where the minus sign of the amount at `position` starts ("-", "−", "minus "), else -1. A
    hyphen after a letter or digit is no minus ("5-10", "covid-19").

    A sign after a number and a space is a range or a score's dash ("2023 -24 season", "2 -1"), but a change's in
    percent after a price or a level with its decimals or thousands, as a flattened markets table writes it ("Brent
    $64.10 -1.2% | WTI", "DAX 24,105 -0.7%"); one after "plus" is a margin either way, as "±" is ("plus or minus 2.8
    percentage points", "+/-3": the number as written).

    >>> [minus(t, t.rindex("5")) for t in ("was -5%", "(−5C)", "4-5", "a minus 5", "laminus 5", "x 5", "2 -5")]
    [4, 1, -1, 2, -1, -1, -1]
    >>> [minus(t, t.rindex("5")) for t in ("$64.10 -5%", "24,105 -5%", "2 -5%", "64.10 -5", "2023 -25%")]
    [7, 7, -1, -1, -1]
    >>> [minus(t, t.rindex("5")) for t in ("Channel 4 -5%", "Channel 4 -5", "rose 4 -5%", "in 2024 -5%",
    ...     "Between 4 -5%", "Roughly 4 -5% of", "Almost 4 -5%", "so Lilly 4 -5%", "Likely 4 -5% of",
    ...     "Eli Lilly 4 -5%", "Alphabet 140.5 -5%", "Roughly 1.5 -5% of")]
    [10, -1, -1, -1, -1, -1, -1, 11, -1, 12, 15, -1]
    >>> [minus(t, t.index("5")) for t in ("Roughly 4 -5%, the poll says", "Totally 4 -5%\\nRenold", "Yearly 4 -5% on")]
    [-1, 10, 9]
    >>> [minus(t, t.rindex("5")) for t in ("plus or minus 5", "Plus/minus 5", "+/-5", "+/−5")]
    [-1, -1, -1, -1]
    """
    sign = text[position - 1: position]
    if sign in MINUS_SIGNS:
        if position >= 3 and text[position - 2] == " " and text[position - 3].isdigit():
            change = _CHANGE_AFTER_LEVEL.match(text, position)
            if change is None:
                return -1
            level = _LEVEL_BEFORE.search(text, max(0, position - 24), position - 1)  # "Semi-annually 2 "
            return position - 1 if level and not _opening_adverb(text, level, change) else -1
        if text[position - 3: position - 1] == "+/":  # "+/-3": a margin
            return -1
        return position - 1 if position < 2 or not text[position - 2].isalnum() else -1
    if sign.isspace() and position >= 6 and text[position - 6: position - 1].lower() == "minus" and (
        position < 7 or not text[position - 7].isalnum()
    ):
        return -1 if _PLUS_BEFORE.search(text, max(0, position - 15), position - 6) else position - 6
    return -1


# A change in percent ("-1.2%") after a price's or a level's number with two decimals or thousands, or a name's
# number, one space apart
# ("$64.10 -1.2%", "24,105 -0.7%"): a markets table's row, no range ("2023 -25%", "3 -5%", "1.5 -2%" have neither)
_CHANGE_AFTER_LEVEL = re.compile(r"\d+(?:\.\d+)?%")
_LEVEL_BEFORE = re.compile(r"\d(?:,\d{3}(?:\.\d+)?|\.\d{2,}) \Z"
                           # ... or a name's number, a channel's, a station's, an index's: "Channel 5 -2%", "Radio 4
                           # -3%" (they lost the sign, a range's dash)
                           # (not a range's first word: "Between 5 -10% of staff")
                           r"|(?<![\w.])(?!(?:Between|From|To|Of|In|By|Up|Down|About|Around|Some|Only|Under|Over"
                           r"|And|Or|At|With|For|Nearly|Almost|Just|Perhaps|Maybe|Another|Estimated|Expected)\b)"
                           # (a word in "-ly" is a level's name here too: `_opening_adverb` tells a hedge's by where it
                           # stands; and a name hyphenated to lower-case words is one name, a period's row as a
                           # table writes it: "Half-yearly 1 -2%", "Semi-annually 2 -5%", "Bi-monthly 1 -3%" read 2,
                           # 5 and 3, their last word's capital taken for the name's)
                           # (and a name's level with one decimal, a share price's as a wire's table rounds it:
                           # "Alphabet 140.5 -0.4%" read 0.4; a range's "1.5 -2.5%" has no name before it)
                           r"[A-Z][A-Za-z&]*(?:-[a-z]+)* \d{1,3}(?:\.\d)? \Z")
_PLUS_BEFORE = re.compile(r"(?i)\bplus(?:\s+or\s+|\s*/\s*|-or-)\Z")  # "plus or minus", "plus/minus", "plus-or-minus"


# Where a sentence has opened before its first word: a paragraph's start (`batch.SEPARATOR` ends in a line's end),
# a full stop, a question or an exclamation mark, a colon, and the quotes or brackets after them, or a list's bullet
# at a line's start ("• Approximately 5 -10% of jobs could go" read −10)
_OPENING = re.compile(r"(?:\A|[\n.!?:])[\s\"'“‘(]*\Z|(?:\A|\n)[^\S\n]*[•·*–-][^\S\n]+\Z")
# After a hedged range the sentence goes on, in lower case ("of roles", "will go", ", the union said") or to its full
# stop; a table's cell ends at its line's end, a bar or the next row's name ("Totally 2 -3%\nRenold", "Italy 4 -5%,
# Spain")
_GOES_ON = re.compile(r"[,;:]?[^\S\n]+[a-z]|[.!?](?:\s|\Z)")
# An adverb in "-ly" by its ending ("Roughly", "Typically", "Generally", "Actually", "Reportedly", "Particularly"),
# a participle's ("Surprisingly", "Seemingly", "Increasingly") or an adjective's in "-ary" ("Primarily",
# "Ordinarily", "Necessarily"): they read −10 in "Surprisingly 5 -10% of voters" ...
_ADVERB_ENDING = re.compile(r"[A-Z](?:[a-z]+(?:al|ab|ib|ous|ent|ant|ate|ive|ed|ful|less|ar|ari|re|ing)|[a-z]*ough)ly")
# ... but not a period's word, whatever its ending: a year's or its parts' and multiples' ("Yearly", "Annually",
# "Semiannually", "Biennially", "Triennially"), which names a table's row as "Monthly" does
_PERIOD_IN_LY = re.compile(r"(?:[A-Z][a-z]*)?(?:[Yy]ear|[Aa]nnual|ennial)ly")
# ... and the hedges whose ending does not tell them; any other word in "-ly" names a table's row ("Supply 4 -5% of
# demand", "Monthly 4 -5% on the year", "Daily 3 -7% in volume": they lost their minus)
_HEDGES_IN_LY = frozenset("Likely Unlikely Mostly Largely Mainly Partly Fairly Fully Easily Merely Barely Hardly "
                          "Rarely Slightly Simply Exactly Precisely Chiefly Broadly Closely Surely Commonly".split())


def _opening_adverb(text: str, level: re.Match[str], change: re.Match[str]) -> bool:
    """Return True when a level's name before a signed change (`_LEVEL_BEFORE`) is a sentence's first word in "-ly"
    and the figures rise from it, the sentence going on in lower case: a hedge before a range ("Likely 5 -10% of
    roles", "Possibly 2 -3% will"), not a company's level and change in a markets table ("Lilly 812 -1.4%", whose
    change is smaller than its level; "Italy 4 -5%, Spain 6 +1%", a table's cell before the next).

    >>> def opens(text: str) -> bool:
    ...     at = text.rindex(" -") + 2
    ...     return _opening_adverb(text, _LEVEL_BEFORE.search(text, 0, at - 1), _CHANGE_AFTER_LEVEL.match(text, at))
    >>> [opens(t + " of") for t in ("Likely 5 -10%", "Lilly 12 -1%", 'Costs fell. "Likely 5 -10%', "so Kelly 5 -10%")]
    [True, False, True, False]
    >>> opens("Italy 4 -5%, Spain 6 +1%"), opens("Italy 4 -5%"), opens("Supply 4 -5% of demand")
    (False, False, False)
    >>> opens("Monthly 4 -5% on the year"), opens("Mostly 4 -5% of")
    (False, True)
    >>> opens("Roughly 0.25 -0.5% of"), opens("Lilly 812.50 -1.4% on"), opens("Roughly 1.75 -0.5% of")
    (True, False, False)
    """
    name, _, low = level.group().partition(" ")
    opens = level.start()
    if name[:1].isdigit():  # a level with decimals, read after its name: "Roughly 0.25 -0.5% of staff" read −0.5
        named = _NAME_BEFORE_DECIMALS.search(text, max(0, opens - 24), level.end())
        if named is None:
            return False
        name, low, opens = named.group(1), named.group(2).replace(",", ""), named.start()
    if not _hedge_in_ly(name) or not _OPENING.search(
            text, max(0, opens - 4), opens) or not _GOES_ON.match(text, change.end()):
        return False
    return float(low) < float(change.group().rstrip("%"))


# The word before a level's number with decimals or thousands ("Roughly 0.25 ", "Lilly 812.50 "), whose first
# digits `_LEVEL_BEFORE` leaves out
_NAME_BEFORE_DECIMALS = re.compile(r"(?<![\w.])([A-Z][A-Za-z]*) (\d[\d,]*\.?\d*) \Z")


def _hedge_in_ly(word: str) -> bool:
    """Return True when `word` is a hedge in "-ly", by its ending or as one listed, and no period's word.

    >>> [_hedge_in_ly(w) for w in ("Roughly", "Totally", "Likely", "Yearly", "Biennially", "Monthly", "Lilly")]
    [True, True, True, False, False, False, False]
    """
    if word in _HEDGES_IN_LY:
        return True
    return _ADVERB_ENDING.fullmatch(word) is not None and _PERIOD_IN_LY.fullmatch(word) is None
