"""A share with no "of" after it: a change's after "by" ("prices rose by a third in two years", "cut by two-thirds"),
or one a hedge says ("Turnout was just under two-thirds,", "more than half the nation", "less than half its peak").

`AMOUNT` reads such a fraction where its phrase ends or a preposition follows (`SHARE_ENDS`, for a plural one only
after "by" or a hedge: `PLURAL_SHARE_AFTER`), and "half" before a determiner (`HALF_BEFORE_DETERMINER`);
`amount_reading.parse` keeps it only after "by" or a hedge (`kept_without_of`): "a third party", "the preceding three
quarters.", "half the battle" are none.
"""

from __future__ import annotations

import re

# The words a hedge ends with ("just under", "more than", "at least": one look-behind per spelling, Python's being of a
# fixed width), and "by" with its hedge, before a plural share ("cut by two-thirds", "fell by almost two-thirds").
_HEDGE_LAST_WORDS = ("almost", "nearly", "about", "around", "roughly", "some", "over", "under", "than", "least")
_BY_HEDGES = ("", r"almost\s", r"nearly\s", r"about\s", r"around\s", r"roughly\s", r"some\s", r"over\s",
              r"more\sthan\s")
_PLURAL_SHARES = (r"[Tt]wo[\s-]thirds", r"[Tt]hree[\s-]quarters")
# Tried only where a plural share ends a fraction's words (a look-behind at each of them)
PLURAL_SHARE_AFTER = "|".join(
    [rf"(?<=[Bb]y\s{hedge}{share})" for hedge in _BY_HEDGES for share in _PLURAL_SHARES]
    + [rf"(?<=\s{hedge}\s{share})" for hedge in _HEDGE_LAST_WORDS for share in _PLURAL_SHARES])
# "more than half the nation", "less than half its peak", "just over half their income": "half" with no "of" before a
# determiner (kept only after a hedge or "by": "half the battle", "half his age" are none)
HALF_BEFORE_DETERMINER = r"(?<=[Hh]alf)(?=[^\S\n]+(?:the|its|their|his|her|our|my|your|this|that)\b)"

# "by" (and the white space after it) right before a share with no "of": "rose by a third", "cut by almost half",
# and its article before "half", which the share's words leave out: "grew by a half, to $4bn" (it was no amount)
_BY_BEFORE = re.compile(r"(?<![\w'’-])[Bb]y[^\S\n]+(?:a[^\S\n]+)?$")
# A clock's quarter after a hedge is a time, no share: "at about a quarter to six", "around a quarter past 10"
_CLOCK_AFTER = re.compile(r"[^\S\n]+(?:to|past)[^\S\n]+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                          r"|twelve|midnight|noon)")


def kept_without_of(text: str, start: int, end: int, fraction: list[str], hedged: bool) -> bool:
    """Return True when a share with no "of", from `start` to `end`, is one: after "by", or after a hedge (`hedged`)
    unless a clock's quarter ("about a quarter to six").

    >>> t = "rose by a third in, a third party, at about a quarter to six, over a quarter in"
    >>> [kept_without_of(t, t.index(s), t.index(s) + len(s), s.split(), h) for s, h in (
    ...     ("a third", False), ("a third party", False), ("a quarter", True), ("a quarter in", True))]
    [True, False, False, True]
    """
    if _BY_BEFORE.search(text, max(0, start - 8), start):
        return True
    return hedged and not (fraction[-1].startswith("quarter") and _CLOCK_AFTER.match(text, end))
