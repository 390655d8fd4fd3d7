"""Ages, which are no amount (`amount_exclusions.no_amount` reads them): "11 years old", "an 11 year-old girl",
"Slater, 35, is", "aged 19 and 21", "at the age of 92", "he was 41.", "14 to 16-year-olds", "Ramesh Kumar (32)"; and
whether a number after an age's words is one too (`an_age`: "aged 40 and 3 children" counts the children).
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_objects import counted_object
from transforms.enrichments.amount_pattern import UNITS, WORDS
from transforms.enrichments.amount_plurals import counts

# An age with a hyphen left out is one too: "an 11 year-old girl", "a two day-old foal" (as "11-year-old").
AGE_AFTER = re.compile(r"\s?(?:(?:year|month|week|day)s?(?:\s+|-)olds?\b|old\b)")
# "Slater, 35, is", "she, 29, said", "the star, 30, with": an age between commas after a name or a noun.
_NUMBER_WORDS = "|".join(UNITS)
AGE_COMMAS = re.compile(rf"(?<![\w'-])(?!(?:{_NUMBER_WORDS}),)[A-Za-z][\w'-]+,\s$")  # not "five, six, seven"

# Ages without "old": "at the age of 92", "aged 19 and 21" (the second of a list), "who turned 90".
# An age is written in figures or in words: "aged five and seven" is two ages, as "aged 5 and 7" is (its "seven" was
# counted, a list's first age in words being no age before it).
_AGE = rf"(?:\d{{1,3}}|(?:{'|'.join(WORDS)})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
AGE_WORDS = frozenset(WORDS)  # a list's age in words before another: "aged six, eight and twelve"
_AGES_BEFORE = rf"{_AGE}(?:\s*(?:,|and|or|to|-)\s*{_AGE})*\s*(?:,|and|or|to|-)"
# After "aged" or "ages" (the group `aged`) every number of the list is an age, whatever word follows it:
# "aged 14 to 16 took part", "aged between 14 and 16", "aged 5 to 11 years"; after the others only where no
# noun follows ("he was 41." is an age, "he was 3 strokes behind" a count).
AGE_BEFORE = re.compile(rf"(?i)(?:(?P<aged>\bage[ds]\s+(?:of\s+|between\s+|from\s+)?(?:{_AGES_BEFORE})?)"
                        r"|\bat\s+the\s+age\s+of|\b(?:who|she|he)\s+(?:turned|turns|is|was))\s*$")
# What every match of `AGE_BEFORE` holds, lower-cased (`amount_exclusions._ascii_without`).
AGE_KEYS = re.compile(r"age|(?:turned|turns|is|was)\s*$")
# The words an age's number follows (`AGE_BEFORE` then reads further back), and a list's.
AGE_CUES = frozenset(("of", "and", "or", "to", "between", "from", "turned", "turns", "is", "was", ""))
# An age range in years, months or weeks after its first number: "14 to 16-year-olds", "five to seven year olds".
AGE_RANGE_AFTER = re.compile(r"\s+(?:to|and|or)\s+(?:\d{1,3}|[A-Za-z]+(?:-[A-Za-z]+)?)[\s-](?:year|month|week)s?"
                             r"[\s-]olds?\b")
RANGE_WORDS = frozenset(("to", "and", "or"))
_AGE_SPANS = frozenset(("years", "months", "weeks", "days"))
# "Ramesh Kumar (32)": a capitalised name right before the bracket.
NAME_BEFORE_BRACKET = re.compile(r"[A-Z][a-z'’-]+\s\($")


def an_age(text: str, end: int, word_before: str, aged: str | None) -> bool:
    """Return True when a number after an age's words (`AGE_BEFORE`, `aged` its words after "aged" or "ages")
    that ends at `end` is an age too: where no noun follows it, or after "aged" where it is no count of others
    after "and" or "or" ("aged 14 to 16 took part", "aged between 18 and 34"; "a man aged 40 and 3 children",
    "aged 30 and 2 others" count the children and the others).

    >>> [an_age(t, t.index(n) + len(n), t[:t.index(n)].split()[-1], "aged 40 and ")
    ...  for t, n in (("aged 40 and 45 took part", "45"), ("aged 40 and 3 children", "3"))]
    [True, False]
    """
    thing = counted_object(text, end)
    if thing is None:
        return True
    if aged is None:
        return False
    return not (word_before in ("and", "or") and "between" not in aged.lower() and thing not in _AGE_SPANS
                and counts([thing]))


# The people a span of ages bounds without "aged": "citizens between 18 and 70", "open to residents between 16 and 80"
# (they were two bare counts of nothing, as "aged between 18 and 34" is two ages). The nouns name people as a public
# or a workforce does, a closed class; "prices between 18 and 70" or "between 18 and 70 people" stay counts.
_PEOPLE = frozenset("people persons adults citizens residents voters women men workers employees children youngsters "
                    "those anyone everyone applicants participants patients candidates drivers pupils students members "
                    "kids".split())
_SPAN_AND = re.compile(r"[^\S\n]+and[^\S\n]+(?P<last>\d{1,3})\b")
# ... whose last number "years" may follow, as "aged 5 to 11 years" is ages ("Children between 5 and 11 years are
# eligible" were two counts of years); not years of something, nor a time's ("employees between 2 and 5 years into
# the job", "between 5 and 10 years of service", "years' service", "years ago" count years)
_SPAN_YEARS = re.compile(r"[^\S\n]+years(?![\w'’])(?![^\S\n]+(?:of|ago|in|into|on|before|after|later|since|from|to"
                         r"|earlier|longer|more|less)\b)")
_OLDEST = 120  # no age is older: "people between 18 and 500" is no span of ages


def people_span(text: str, number_start: int, end: int, low: int) -> bool:
    """Return True when a number from `number_start` to `end` is an end of a span of ages after a people's noun:
    "citizens between 18 and 70" (both), with no noun after its last number but its years ("residents between 5 and 10
    miles away" are a distance; `low` is its paragraph's start).

    >>> [people_span(t, t.index(n), t.index(n) + len(n), 0) for t, n in (
    ...     ("citizens between 18 and 70.", "18"), ("citizens between 18 and 70.", "70"),
    ...     ("prices between 18 and 70.", "18"), ("residents between 5 and 10 miles away", "5"),
    ...     ("children between 5 and 11 years are", "5"), ("workers between 5 and 11 years of service", "5"))]
    [True, True, False, False, True, False]
    """
    between = text.rfind(" between ", max(low, number_start - 40), number_start)
    if between < 0:
        return False
    gap = text[between + 9: number_start]
    if gap:  # the span's last number: its first between "between" and "and"
        first = re.fullmatch(r"(\d{1,3})[^\S\n]+and[^\S\n]+", gap)
        if first is None or int(first.group(1)) >= int(text[number_start:end]):
            return False
        last_end = end
    else:
        last = _SPAN_AND.match(text, end)
        if last is None or int(text[number_start:end]) >= int(last.group("last")):
            return False
        last_end = last.end()
    words = text[max(low, between - 20): between].split()
    return (bool(words) and words[-1].lower() in _PEOPLE and int(text[number_start:end]) <= _OLDEST
            and (counted_object(text, last_end) is None or _SPAN_YEARS.match(text, last_end) is not None))
