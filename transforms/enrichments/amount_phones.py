"""Numbers to call, which are no amounts: a phone number at a candidate (`phone_end`) and a number called on
(`CALL_ON`: "Call police on 101"; `amount_exclusions` reads "dialled 999", "called 911")."""

from __future__ import annotations

import re

PHONE_LEADS = ("+", "(")  # a phone number starts with 0, or with one of these before the candidate
# "(0)20 7946 0958", "+44 20 ...", and North America's "(312) 555-0100"
_PHONE = re.compile(r"(?:\+\d{1,3}[\s-]?)?\(?0\d{2,4}\)?[\s-]\d{3,4}[\s-]?\d{3,4}|\+\d{1,3}[\s-]\d[\d\s-]{6,}\d"
                    r"|\(\d{3}\)\s?\d{3}[\s.-]\d{4}\b")


def phone_end(text: str, position: int) -> int:
    """Return the end of the phone number that starts at a candidate (or just before it: "+44"), else 0.

    >>> [phone_end(t, 0 if t[0] != "(" else 1) for t in ("020 7946 0958 today", "(312) 555-0100", "2004")]
    [13, 14, 0]
    """
    if text[position] != "0" and text[position - 1: position] not in PHONE_LEADS:
        return 0
    start = position - 1 if text[position - 1: position] in PHONE_LEADS else position
    match = _PHONE.match(text, start)
    return match.end() if match else 0


# "Call police on 101", "phone the helpline on 111": searched in the 48 characters before a number after " on "
CALL_ON = re.compile(r"(?i)\b(?:call|calls|called|calling|ring|rang|phone|phoned|phoning|text|texted)"
                     r"(?:\s+[\w'’]+){0,3}\s+on\s$")  # "call on 999" too
