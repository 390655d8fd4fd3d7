"""Where a sentence turns: a "but", "though" or "yet" that contrasts, not one that excepts ("all but two").

A quantity's move stops at a contrast (`tone_moves`) and a harm after one keeps a spared event's tone (`tone_spared`);
a "but" of "all but two regions", "every region but one", "nothing but a storeroom", "not only ... but also" excepts or
adds, and "has yet to", "not yet" wait: none of them turns the sentence ("Unemployment in all but two regions fell" read
bad, the fall cut off from its quantity).
"""

from __future__ import annotations

import re

_EXCEPTING_BEFORE = "".join(f"(?<!\\b{word} )" for word in (
    "all", "none", "nothing", "anything", "everything", "anyone", "everyone", "nobody", "anybody", "everybody",
    "no one", "last", "only"))
_EXCEPTING_AFTER = r"(?!\s+(?:also|for|one|two|three|four|five|six|seven|eight|nine|ten|a few|\d)\b)"
# "but" after a word of all or none, or before a number, "also" or "for"; "yet" of a wait
BUT = re.compile(_EXCEPTING_BEFORE + r"\bbut\b" + _EXCEPTING_AFTER)
CONTRASTS = re.compile(_EXCEPTING_BEFORE + r"\bbut\b" + _EXCEPTING_AFTER
                       + r"|\b(?:though|although)\b|(?<!\bnot )(?<!\bas )\byet\b(?!\s+(?:to|again)\b)")


def first_contrast(text: str, begin: int, end: int, contrasts: re.Pattern[str] = CONTRASTS) -> int:
    """Return where the first contrast of `text[begin:end]` starts, −1 where there is none.

    >>> first_contrast("unemployment in all but two regions fell, but not in wales", 0, 60, BUT)
    42
    >>> first_contrast("the fire, which has yet to be put out, destroyed nothing", 0, 56)
    -1
    """
    found = contrasts.search(text, begin, end)
    return found.start() if found else -1
