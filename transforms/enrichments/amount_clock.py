"""Clock times after "at" written without "pm", "GMT" or "o'clock": "Polls closed at ten", "at 10 last night"
(`clock_time`), the hour after a clock's part, "a quarter to six", "half past ten" (`hour_after_part`), and the
minutes before "past": "twenty past eight" (`minutes_past`), and a time written "9.30" after a preposition of time:
"by 9.30", "until 10.15", and both ends of a range of such times, "from 9.30 to 11.00" (`dotted_time`); read by
`amount_exclusions.no_amount`."""

from __future__ import annotations

import re

from transforms.enrichments.amount_objects import counted_object

# A clock time after "at": an hour in words after a verb of opening, closing or starting ("Polls closed at ten",
# "kicks off at three"), or any hour before a time of day ("at 10 last night", "at nine tonight"). Not an hour in
# digits after the verb alone: "Shares closed at 10" is a price; nor "stood at ten": a toll.
_OPENING_AT = re.compile(r"(?i)\b(?:opens?|opened|closes?|closed|shuts?|starts?|started|begins?|began|resumes?|resumed"
                         r"|kicks?\s+off|kicked\s+off|arrives?|arrived|leaves?|left|meets?|met)\s+at\s+$")
# ... but not a level's "at" before a time of day: a toll's, a count's or a price's ("The death toll stood at 10 last
# night", "cases stood at 12 this morning", "Shares closed at 10 this afternoon"); "Polls closed at 10 last night"
# is a clock time, a market's noun before "closed" a price
_LEVEL_AT = re.compile(r"(?i)(?:\b(?:stood|stands?|standing|remained|remains?|estimated|put|valued|priced|pegged"
                       r"|capped|fixed|peaked|settled|hovered|totall?ed)|\b(?:shares?|stocks?|index|indices|prices?"
                       r"|futures|oil|crude|gold|dollar|euro|pound|sterling|yen|bonds?|yields?|Dow|Nasdaq|FTSE|Nikkei)"
                       r"(?:\s+\w+)?\s+(?:closed|opened|ended|finished|traded))\s+at\s+$")
_TIME_OF_DAY_AFTER = re.compile(r"(?i)\s+(?:tonight|sharp|local\s+time|(?:this|last|tomorrow|yesterday)"
                                r"\s+(?:morning|afternoon|evening|night)|in\s+the\s+(?:morning|afternoon|evening))\b")

# A clock's part and its "to" or "past" right before an hour: "a quarter to six", "half past 10", "at ten to six"
# (the quarter was no share already, the hour a count of 6); not "cut by half to 10", nor minutes' "to" without
# "at": "from ten to six" is a range
_PART_BEFORE = re.compile(r"(?i)\b(?:quarter[^\S\n]+(?:to|past)|(?:half|five|ten|twenty|twenty-five)[^\S\n]+past"
                          r"|at[^\S\n]+(?:about[^\S\n]+|around[^\S\n]+)?(?:five|ten|twenty|twenty-five)[^\S\n]+to)"
                          r"[^\S\n]+$")

# An hour after a clock's minutes and "past": "twenty past eight", "ten past 9" (the minutes counted 20 "past")
_HOUR_AFTER_PAST = re.compile(r"[^\S\n]+past[^\S\n]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                              r"|midnight|noon|[1-9]|1[0-2])(?![\w,:]|\.\d)")
_MINUTES = frozenset((5.0, 10.0, 20.0, 25.0))

# The prepositions of time before a British time written "9.30" (hour, a full stop, two-digit minutes): "by 9.30",
# "until 10.15", "from 8.30"; GDELT counts no times. "at" and "from" also go before a level ("closed at 7.45",
# "rose from 8.30 to 9.15"), "by" before a change ("rose by 9.30", "raised the repo rate by 0.25 to 4.75": its verb
# a few words before "by"): `_LEVEL_AT`, `_CHANGE_BY` and a range after it keep those.
TIME_PREPOSITIONS = frozenset(("by", "at", "until", "till", "before", "after", "from", "to"))
_CHANGE_BY = re.compile(r"(?i)\b(?:rose|rises?|fell|falls?|grew|grows?|up|down|higher|lower|increased?|decreased?"
                        r"|climbed|dropped|jumped|gained|lost|slipped|cut|raised|lowered|declined|eased|slid|surged"
                        r"|tumbled|plunged|soared|advanced|widened|narrowed|improved|beat|won|lead|led|trail(?:ed|s)?|reduced"
                        r"|hiked|trimmed|boosted|lifted|expanded|shrank|contracted)\b(?:\s+[\w'-]+){0,4}\s+by\s+$")
_RANGE_AFTER = re.compile(r"\s*(?:to|and|-|–)\s*\d")
# A range of two times after "from": both ends in a time's form, "from 9.30 to 11.00", "from 8.30 to 10.30" (hours to
# 23, two-digit minutes to 59); a level's range has a verb of change or a market's noun before "from" ("rose from
# 8.30 to 9.15", "Shares traded from 8.30 to 9.15": `_CHANGE_FROM`), so only those keep it an amount
_TIME = r"(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.]\d)"
_TIME_RANGE_END = re.compile(rf"[^\S\n]*(?:to|-|–)[^\S\n]*{_TIME}")
_TIME_RANGE_START = re.compile(rf"\bfrom[^\S\n]+({_TIME})[^\S\n]*(?:to|-|–)[^\S\n]*$")
_CHANGE_FROM = re.compile(_CHANGE_BY.pattern.replace(r"\s+by\s+$", r"\s+from\s+$")
                          .replace("(?i)\\b(?:", r"(?i)\b(?:went|moved|ranged|shares?|stocks?|index|prices?|yields?|"))

# What may follow an hour after a verb of opening besides no noun ("Polls open at seven tomorrow", "at ten Tuesday
# night")
_NO_NOUN_AFTER_HOUR = frozenset((None, "today", "tomorrow", "tonight", "yesterday", "morning", "evening", "night"))


def clock_time(text: str, number_start: int, end: int, in_words: bool) -> bool:
    """Return True when the hour after "at" from `number_start` to `end` is a clock time (`_OPENING_AT`,
    `_TIME_OF_DAY_AFTER`): no noun follows it, and a time of day does but no level's verb is before it (`_LEVEL_AT`),
    or it is in words after a verb of opening.

    >>> [clock_time(t, t.rindex(n), t.rindex(n) + len(n), n.isalpha()) for t, n in (
    ...     ("Polls closed at ten", "ten"), ("Shares closed at 10", "10"), ("at 10 last night", "10"),
    ...     ("The toll stood at ten", "ten"), ("It closed at ten shops", "ten"), ("It stood at 9 last night", "9"))]
    [True, False, True, False, False, False]
    """
    if _TIME_OF_DAY_AFTER.match(text, end):
        return _LEVEL_AT.search(text, max(0, number_start - 48), number_start) is None
    return in_words and _OPENING_AT.search(text, max(0, number_start - 24), number_start) is not None and (
        counted_object(text, end) in _NO_NOUN_AFTER_HOUR)


def hour_after_part(text: str, number_start: int, end: int) -> bool:
    """Return True when the number from `number_start` to `end`, after "to" or "past", is a clock's hour after its part
    (`_PART_BEFORE`): "at about a quarter to six", "by half past 10" (not before a noun: "a quarter to six months").

    >>> [hour_after_part(t, t.rindex(n), len(t)) for t, n in (("a quarter to six", "six"), ("half past 10", "10"),
    ...     ("from ten to six", "six"), ("cut by half to 10", "10"), ("leaves at ten to six", "six"))]
    [True, True, False, False, True]
    """
    return _PART_BEFORE.search(text, max(0, number_start - 32), number_start) is not None and (
        counted_object(text, end) in _NO_NOUN_AFTER_HOUR)


def minutes_past(text: str, end: int, value: float) -> bool:
    """Return True when the number ending at `end`, worth `value`, is a clock's minutes before "past" and an hour.

    >>> [minutes_past(t, t.index(" past"), v) for t, v in (("twenty past eight", 20), ("20 past winners", 20),
    ...     ("ten past 9.", 10), ("three past two", 3))]
    [True, False, True, False]
    """
    return value in _MINUTES and _HOUR_AFTER_PAST.match(text, end) is not None


def dotted_time(text: str, number_start: int, end: int, word_before: str, digits: str) -> bool:
    """Return True when `digits`, after the preposition of time `word_before`, is a time written "9.30" (an hour to
    23, two-digit minutes to 59): "by 9.30", "until 10.15", "from 9.30 to 11.00" (not "rose by 9.30", "closed at 7.45",
    "rose from 8.30 to 9.15").

    >>> [dotted_time(t, t.rindex(n), t.rindex(n) + len(n), t.split()[-2], n) for t, n in (
    ...     ("in Whitefield by 9.30", "9.30"), ("open until 10.15", "10.15"), ("shares rose by 9.30", "9.30"),
    ...     ("Shares closed at 7.45", "7.45"), ("arrive by 9.75", "9.75"), ("at 2.5", "2.5"),
    ...     ("raised the repo rate by 1.25 to 4.75", "1.25"))]
    [True, True, False, False, False, False, False]
    >>> t, r = "runs from 9.30 to 11.00", "rose from 8.30 to 9.15"
    >>> [dotted_time(t, 10, 14, "from", "9.30"), dotted_time(t, 18, 23, "to", "11.00"), dotted_time(r, 18, 22, "to",
    ...     "9.15")]
    [True, True, False]
    """
    hour, dot, minutes = digits.partition(".")
    if not (dot and len(minutes) == 2 and minutes[0] in "012345" and len(hour) <= 2 and hour.isdigit()
            and int(hour) <= 23 and hour != "0" and minutes.isdigit()):
        return False  # no time's form: "2.5", "9.75", "1,000.50"; "0.25" is a share (midnight's hour is "00")
    window = number_start - 48 if number_start > 48 else 0
    if word_before == "to":  # the range's second time: "from 9.30 to 11.00"
        start = _TIME_RANGE_START.search(text, window, number_start)
        return start is not None and _time_range(text, start.start(), window)
    if word_before == "from" and _TIME_RANGE_END.match(text, end):
        return _time_range(text, text.rindex("from", window, number_start), window)
    if _RANGE_AFTER.match(text, end):
        return False  # a level's change or range: "by 0.25 to 4.75", "rose from 8.30 to 9.15"
    if word_before == "by":
        return _CHANGE_BY.search(text, window, number_start) is None
    if word_before in ("at", "from"):
        return _LEVEL_AT.search(text, window, number_start) is None
    return True


def _time_range(text: str, from_start: int, window: int) -> bool:
    """Return True when the range of two times whose "from" starts at `from_start` follows no verb of change and no
    market's noun a few words before it (`_CHANGE_FROM`): "The meeting runs from 9.30 to 11.00", not "rose from 8.30
    to 9.15" nor "Shares traded from 8.30 to 9.15"."""
    return _CHANGE_FROM.search(text, window, from_start + 5) is None
