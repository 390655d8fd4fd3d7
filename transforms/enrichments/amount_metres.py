"""Whether an "m" after a number is metres or million (`metres`).

News writes million as "m" ("£2m", "67m people") and athletics and building write metres so ("the 400m
hurdles", "a 30m drop"). "m" is metres where no money word is near, else million; but a plural noun
after it makes it million whatever is near (what millions count: "67m people", "10.9m viewers", "almost
4m DS consoles"), and a word a distance comes with makes it metres ("the 400m freestyle", "10m high").
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_plurals import IRREGULAR_PLURALS, NEXT_WORD, NOT_OBJECTS

_MONEY_SIGNS = r"[$£€¥]|&#163;|&pound;"
_MONEY_WORDS = (r"dollars|pounds|euros|yen|yuan|rupees|revenue|profits?|sales|budget|funding|invest\w*|deals?|takeover"
                r"|equity|damages|debts?|loans?|stake|valued|earnings|income|compensation|deficit|spending|fine[ds]?"
                r"|fees?|bids?|prices?|costs?|paid(?![^\S\n]+(?:tribute|homage|respects?|attention|heed)\b)|tax|taxes"
                r"|bonus\w*|contract")  # not "paid tribute": no money
_MONEY = re.compile(rf"(?i){_MONEY_SIGNS}|\b(?:{_MONEY_WORDS})\b")
_METRE_AFTER = re.compile(
    r"[ \t-]?(?:hurdles|freestyle|butterfly|backstroke|breaststroke|medley|relays?|races?|finals?|heats?|sprints?|dash"
    r"|steeplechase|runners?|specialists?|title|champions?|records?|high|tall|wide|deep|long|away|above|below|pool"
    r"|wall|tower|yacht)(?![\w-])")
# Where these are near, an "m" is metres even beside a money word ("failed in her bid ... the 5,000m").
_TRACK_AND_FIELD_WORDS = (r"long jump|high jump|triple jump|pole vault|hurdles|sprint\w*|relay|heptathlon|decathlon"
                          r"|athlet\w+|marathon|steeplechase|personal best|freestyle|backstroke|breaststroke|butterfly"
                          r"|medley|swimm\w+")
_TRACK_AND_FIELD = re.compile(rf"(?i)\b(?:{_TRACK_AND_FIELD_WORDS})\b")


def _literal_starts(alternatives: str) -> tuple[str, ...]:
    r"""Return the letters each alternative of a regex of words starts with, which any text it matches holds.

    >>> _literal_starts(r"profits?|fine[ds]?|invest\w*|long jump")
    ('profit', 'fine', 'invest', 'long jump')
    """
    starts = []
    for alternative in alternatives.split("|"):
        letters = re.match(r"[a-z ]+", alternative)
        assert letters is not None, alternative
        optional = alternative[letters.end(): letters.end() + 1] == "?"  # "profits?": the "s" may be missing
        starts.append(letters.group()[:-1] if optional else letters.group())
    return tuple(starts)


# What a search of `_MONEY` or `_TRACK_AND_FIELD` needs in the text: where an ASCII text lower-cased holds none
# of these, the (case-blind, so slow: a test at every character) search is not run (`_near`).
_MONEY_KEYS = ("$", "&#163;", "&pound;", *_literal_starts(_MONEY_WORDS))
_TRACK_AND_FIELD_KEYS = _literal_starts(_TRACK_AND_FIELD_WORDS)


def _near(pattern: re.Pattern[str], keys: tuple[str, ...], text: str, low: int, high: int) -> bool:
    """Return True when the case-blind `pattern` matches between `low` and `high`; `keys` are what a match holds.

    >>> _near(_MONEY, _MONEY_KEYS, "a 5m deal", 0, 9), _near(_MONEY, _MONEY_KEYS, "a 5m DEAL", 0, 9)
    (True, True)
    >>> _near(_MONEY, _MONEY_KEYS, "the 5m hurdles", 0, 14), _near(_MONEY, _MONEY_KEYS, "a 5m ordeal", 0, 11)
    (False, False)
    """
    near = text[low:high]
    # Only an ASCII text is settled without the search: `str.lower` is what a case-blind regex reads in it, not
    # in all text ("İ" is an "i" to the regex, "i̇" to `lower`). A match there starts where its key does: the
    # pattern is tried at each key's places only, not at each of the window's characters (a few hundred,
    # every alternative tried at each).
    if near.isascii():
        near = near.lower()
        for key in keys:
            at = near.find(key)
            while at >= 0:
                if pattern.match(text, low + at, high) is not None:
                    return True
                at = near.find(key, at + 1)
        return False
    return pattern.search(text, low, high) is not None


# What an amount of money is, right after it: "a 230m claim", "a record 240m libel damages claim".
_MONEY_OBJECTS = frozenset("claim deal bid fine fee contract loan debt stake takeover investment bonus budget loss "
                           "profit payout settlement package salary transfer compensation damages bond bonds".split())


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


# A comparison's second amount, which is in the first's unit: "215m passengers last year, up from 200m", "a 10.5m
# jump, against 9.8m" (the second had no plural after it, and no money near: it was metres)
_COMPARED = re.compile(r"\b(?:from|against|compared\s+(?:with|to)|versus|vs\.?)\s+[\d.,]+m\Z")
# ... the last number with an "m" before it in the sentence (the last, as a greedy start finds it)
_EARLIER_M = re.compile(r"(?s:.*)(?<![\w.,])\d[\d.,]*m(?![\w-])")
_EARLIER_REACH = 120


# A growth to its "m", "The firm grew to 12m in 3 years", "Membership has grown to 2.5m": what grows to a bare figure
# in news is a count or a sum (users, members, revenue), a million, unless a thing that grows in length is its subject
# ("the tree grew to 30m", "the queue grew to 200m": they stay metres). Read from the verb right before "to" and the
# number, so no search runs where no "to" stands before the figure.
_GROWTH_VERBS = frozenset("grew grown grows growing swelled swollen swells swelling".split())
_LENGTH_GROWERS = re.compile(r"(?i)\b(?:trees?|plants?|waves?|towers?|queues?|cracks?|holes?|sinkholes?|rivers?|water"
                             r"|glaciers?|snow|drifts?|floods?|flames?|hedges?|crops?|walls?|stalks?|beards?|hair)\b")
_GROWER_REACH = 60  # characters before the verb: its subject, a few words back


def _grown_to(text: str, end: int, low: int) -> bool:
    """Return True when the figure ending in "m" at `end` is what a count or sum grew to ("grew to 12m").

    >>> [_grown_to(t, len(t), 0) for t in ("The firm grew to 12m", "Users have grown to 2.5m", "The tree grew to 30m",
    ...     "The firm moved to 12m", "She ran 400m")]
    [True, True, False, False, False]
    """
    digits = end - 1
    while digits > low and text[digits - 1] in "0123456789.,":
        digits -= 1
    if not text.endswith(" to ", low, digits):
        return False
    verb = text[max(low, digits - 16): digits - 4].rsplit(None, 1)
    if not verb or verb[-1] not in _GROWTH_VERBS:
        return False
    verb_start = digits - 4 - len(verb[-1])
    return _LENGTH_GROWERS.search(text, max(low, verb_start - _GROWER_REACH), verb_start) is None


def metres(text: str, end: int, low: int, high: int) -> bool:
    """Return True when the "m" that ends at `end` is metres, not million; money words are looked for
    between `low` and `high`.

    >>> [metres(t, t.index("m") + 1, 0, len(t)) for t in ("the 400m hurdles", "67m people", "a 30m wall",
    ...     "She won the 200m as he did", "It drew 10.9m viewers", "It raised 5m in sales", "5m high-end phones")]
    [True, False, True, True, False, False, False]
    >>> [metres(t, len(t), 0, len(t)) for t in ("It flew 215m passengers, up from 200m", "He threw 8.1m, up from 7.9m")]
    [False, True]
    """
    if _METRE_AFTER.match(text, end):
        return True
    if _counts_plural(text, end) or _grown_to(text, end, low):
        return False
    compared = _COMPARED.search(text, max(low, end - 24), end)
    if compared is not None:  # "215m passengers ..., up from 200m": the earlier amount's million (it was metres)
        earlier = _EARLIER_M.search(text, max(low, compared.start() - _EARLIER_REACH), compared.start())
        if earlier is not None:
            return metres(text, earlier.end(), low, high)
    if _near(_MONEY, _MONEY_KEYS, text, max(low, end - 60), min(high, end + 60)):
        return False  # money in the same breath: "The relay team signed a 2m deal"
    return (_near(_TRACK_AND_FIELD, _TRACK_AND_FIELD_KEYS, text, low, high)
            or not _near(_MONEY, _MONEY_KEYS, text, low, high))


# Money's verbs, which say a sum as its nouns do: beside a currency's letters (`letters_metres`) the letters are half
# the proof already, and "offered QR 800m for the striker" names no money noun. Not a word the verb starts
# ("award-winning", "committee") nor its idioms that name no money ("paid tribute", "raising hopes", "awarded gold",
# "worth watching").
_MONEY_VERBS = re.compile(r"(?i)\b(?:offer\w*|paid|pays?|paying|spen[dt]\w*|worth|rais(?:e[ds]?|ing)|bought|buy\w*|sold"
                          r"|sell\w*|award(?:s|ed|ing)?|allocat\w+|earmark\w*|approv\w+|commit(?:s|ted|ting|ments?)?"
                          r"|borrow\w*|lent|lend\w*)\b(?!-)(?![^\S\n]+(?:tribute|homage|respects?|attention|heed|hopes?"
                          r"|fears?|concerns?|questions?|doubts?|gold|silver|bronze|medals?|(?:a|the)[^\S\n]+(?:alarm|bar|price|medal)"
                          r"|\w+ing\b))")
_VERBS_REACH = 100  # characters either side of the "m": the sentence's verb


def letters_metres(text: str, end: int, low: int, high: int) -> bool:
    """Return True when the "m" that ends at `end`, after a currency's letters and a space ("R 50m", "QR 800m"),
    is metres: where `metres` says so and no verb of money is near (between `low` and `high`).

    >>> [letters_metres(t, t.index("0m") + 2, 0, len(t)) for t in ("She ran the R 50m sprint.",
    ...     "Al-Sadd offered QR 800m for him.", "He won the R 50m.", "A QR 800m deal.")]
    [True, False, True, False]
    """
    if _METRE_AFTER.match(text, end):
        return True
    return metres(text, end, max(low, end - 300), min(high, end + 300)) and not _MONEY_VERBS.search(
        text, max(low, end - _VERBS_REACH), min(high, end + _VERBS_REACH))


# What a race's distance in kilometres names right after its "k" ("the 10k race", "a 5k fun run", "her 10k personal
# best"); not its runners ("10k runners" counts them, as "10k views" counts views)
_RACE_AFTER = re.compile(r"[ \t-](?:(?:road|fun|charity|park)[ \t-]?)?(?:races?|runs?|walks?|courses?|routes?|loops?"
                         r"|records?|titles?|events?|times?|personal[ \t]best|PB|ultras?|trails?|swims?|championships?"
                         r"|classics?|splits?|(?:half[ \t-])?marathons?)(?![\w-])")
# ... or a race itself, a determiner's noun with none after it: "won the 10k.", "ran a 5k in 19 minutes", "the 10k
# on Sunday" (a sum is a noun's modifier, "a 50k salary", or no noun's after a determiner: "the 50k they raised",
# "a 50k of debt" have a pronoun or an "of" after them)
_DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)[ \t]\Z")
_NO_NOUN_AFTER = re.compile(r"(?:[.,;:!?)]|\Z|[ \t](?:in|at|on|around|through|along|last|this|next|before|after)\b)")


def kilometres(text: str, start: int, end: int, low: int, high: int) -> bool:
    """Return True when the number and its glued "k" between `start` and `end` are a race's distance in
    kilometres, not thousands: a race's word after it, or a determiner before it and no noun after, where no money
    is near (between `low` and `high`).

    >>> [kilometres(t, t.index("10k"), t.index("10k") + 3, 0, len(t)) for t in ("She won the 10k race.",
    ...     "He ran the 10k in Paris.", "It drew 10k views.", "There were 10k runners.", "She earns 10k a year.",
    ...     "It paid the 10k.")]
    [True, True, False, False, False, False]
    """
    if text[end - 1: end] != "k" or not text[end - 2: end - 1].isdigit():
        return False  # "10 k", "10K": as often thousands, "K" a currency's or a memory's
    if _RACE_AFTER.match(text, end):
        return True
    return (_DETERMINER_BEFORE.search(text, max(low, start - 8), start) is not None
            and _NO_NOUN_AFTER.match(text, end) is not None
            and not _near(_MONEY, _MONEY_KEYS, text, max(low, start - 60), min(high, end + 60)))
