"""Whether an "m" after a number is metres or million (`metres`).

News writes million as "m" ("£2m", "67m people") and athletics and building write metres so ("the 400m
hurdles", "a 30m drop"). "m" is metres where no money word is near, else million; but a plural noun
after it makes it million whatever is near (what millions count: "67m people", "10.9m viewers", "almost
4m DS consoles"), and a word a distance comes with makes it metres ("the 400m freestyle", "10m high").
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_objects import IRREGULAR_PLURALS, NEXT_WORD, NOT_OBJECTS

_MONEY = re.compile(
    r"(?i)[$£€¥]|&#163;|&pound;|\b(?:dollars|pounds|euros|yen|yuan|rupees|revenue|profits?|sales|budget|funding"
    r"|invest\w*|deals?|takeover|equity|damages|debts?|loans?|stake|valued|earnings|income|compensation|deficit"
    r"|spending|fine[ds]?|fees?|bids?|prices?|costs?|paid|tax|taxes|bonus\w*|contract)\b")
_METRE_AFTER = re.compile(
    r"[ \t-]?(?:hurdles|freestyle|butterfly|backstroke|breaststroke|medley|relays?|races?|finals?|heats?|sprints?|dash"
    r"|steeplechase|runners?|specialists?|title|champions?|records?|high|tall|wide|deep|long|away|above|below|pool"
    r"|wall|tower|yacht)(?![\w-])")
# Where these are near, an "m" is metres even beside a money word ("failed in her bid ... the 5,000m").
_TRACK_AND_FIELD = re.compile(
    r"(?i)\b(?:long jump|high jump|triple jump|pole vault|hurdles|sprint\w*|relay|heptathlon|decathlon|athlet\w+"
    r"|marathon|steeplechase|personal best|freestyle|backstroke|breaststroke|butterfly|medley|swimm\w+)\b")
# What an amount of money is, right after it: "a 230m claim", "a record 240m libel damages claim".
_MONEY_OBJECTS = frozenset("claim deal bid fine fee contract loan debt stake takeover investment bonus budget loss "
                           "profit payout settlement package salary transfer compensation damages".split())


def _counts_plural(text: str, end: int) -> bool:
    """Return True when one of the three words after an amount is a plural noun or money, what millions
    count ("10.9m viewers", "5m high-end phones", "4.4m notebook power adaptors", "a 230m claim"), and
    none before it is a distance's word ("the 400m individual medley", "the 10,000m world records")."""
    found = NEXT_WORD.match(text, end)
    for _ in range(3):
        if found is None:
            return False
        word = found.group(1).lower()
        if word in NOT_OBJECTS or _METRE_AFTER.match(" " + word):
            return False
        if word in _MONEY_OBJECTS or word in IRREGULAR_PLURALS or (
                word.endswith("s") and not word.endswith("ss") and len(word) > 3):
            return True
        found = NEXT_WORD.match(text, found.end())
    return False


def metres(text: str, end: int, low: int, high: int) -> bool:
    """Return True when the "m" that ends at `end` is metres, not million; money words are looked for
    between `low` and `high`.

    >>> [metres(t, t.index("m") + 1, 0, len(t)) for t in ("the 400m hurdles", "67m people", "a 30m wall",
    ...     "She won the 200m as he did", "It drew 10.9m viewers", "It raised 5m in sales", "5m high-end phones")]
    [True, False, True, True, False, False, False]
    """
    if _METRE_AFTER.match(text, end):
        return True
    if _counts_plural(text, end):
        return False
    if _MONEY.search(text, max(low, end - 60), min(high, end + 60)):
        return False  # money in the same breath: "The relay team signed a 2m deal"
    return bool(_TRACK_AND_FIELD.search(text, low, high)) or not _MONEY.search(text, low, high)
