"""When an "N in M" match is no share ("12 in 3 raids", "3 in 10 minutes", "10 km in 30 minutes": `no_share`), so
`amounts.rows` reads its number alone; "1 in 5 adults" is 20 percent."""

from __future__ import annotations

import re

from transforms.enrichments.amount_values import digits_value, words_value

_TIME_UNITS = re.compile(r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches|races?)\b")


def no_share(text: str, matched: re.Match[str]) -> int | None:
    """Return where the number of an "N in M" match ends when it is no share: N not below M ("12 in 3
    raids"), or M of a time ("3 in 10 minutes"), or where its measure ends ("10 km in 30 minutes");
    None for a share ("1 in 5 adults").

    >>> from transforms.enrichments.amount_pattern import AMOUNT
    >>> [no_share(t, AMOUNT.match(t)) for t in ("1 in 5 adults", "12 in 3 raids", "3 in 10 minutes", "2km in 5 hours")]
    [None, 2, 1, 3]
    """
    number, per = matched.group("num2"), matched.group("per") or matched.group("per2")
    if matched.group("measure"):  # "10 km in 30 minutes", "5kg in a week": a measure is never a share
        return matched.end("measure")
    share = digits_value(number) if number else words_value(matched.group("words"))
    whole = digits_value(per) if per[0].isdigit() else words_value(per)
    if share < whole and not _TIME_UNITS.match(text, matched.end()):
        return None
    if number:  # its scale's "m" or "k" stays with it, metres or millions: "She ran the 5,000m in 14 minutes",
        # "12m in 3 years" (the number was read alone, 5000 of nothing, 12 of nothing)
        return matched.end("scale2") if matched.group("scale2") else matched.end("num2")
    return matched.end("words")
