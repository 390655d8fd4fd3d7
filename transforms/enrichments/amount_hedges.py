"""The hedge before an amount's number ("roughly", "up to", "more than", "just over"), which makes it approximate.

`hedge_before` matches the batch's text reversed from the number back: one anchored match instead of a search
of the characters before every number, skipped where the two letters before the number's space end no hedge.
"over" after a charge or a dispute is "concerning" ("jailed over £3.5m fraud") and before a period "during"
("£2bn over 10 years"), "about" after a work "on the subject of" ("a novel about six astronauts"): no hedge.
"""

from __future__ import annotations

import re
import string

_APPROX = (r"roughly|about|around|some|up\s+to|nearly|almost|approximately|more\s+than|over|at\s+least|"
           r"an\s+estimated|close\s+to|less\s+than|fewer\s+than|as\s+many\s+as|as\s+much\s+as|upwards\s+of|"
           r"just\s+over|just\s+under|under|estimated|above|below|just\s+above|just\s+below")
_APPROX_BEFORE = re.compile(rf"\b(?P<approx>(?i:{_APPROX}))\s+\Z")


def _reversed_hedges(alternatives: str) -> str:
    r"""Return the hedges spelt backwards, those of more words first (so "just over" wins over "over").

    >>> _reversed_hedges(r"over|just\s+over")
    'revo\\s+tsuj|revo'
    """
    hedges = [h.split(r"\s+") for h in alternatives.split("|")]
    hedges.sort(key=len, reverse=True)  # stable: the listed order within a length
    return "|".join(r"\s+".join(word[::-1] for word in reversed(h)) for h in hedges)


# The hedge before a number, matched in the batch's text reversed from the number back (`hedge_before`):
# one anchored match instead of a search of the 24 characters before every number.
_HEDGE_REVERSED = re.compile(rf"\s+(?P<approx>(?i:{_reversed_hedges(_APPROX)}))\b")
_HEDGE_REACH = 24  # a hedge starts at most this far before its number (`_APPROX_BEFORE`'s window)
# The last two letters of each hedge ("ly" of "roughly", "to" of "up to"), lower-case: where the two ASCII
# letters before a number's space are none of them ("the 5", "with 5"), `hedge_before` knows there is no
# hedge without running `_HEDGE_REVERSED` (two thirds of a news batch's numbers; about 0.015 s of 0.3 s).
_HEDGE_ENDS = frozenset(hedge.rsplit("+", 1)[-1][-2:] for hedge in _APPROX.split("|"))
# ... which holds only while every hedge ends in two plain letters: one ending in regex syntax
# ("approx\\.?") would have the shortcut miss it.
assert all(re.fullmatch(r"[a-z]{2}", end) for end in _HEDGE_ENDS), "a hedge must end in two plain letters"
# The pairs of ASCII letters, in either case, that end no hedge: one set lookup of the two characters, not three
# tests of them (ASCII, letters, lower-cased in `_HEDGE_ENDS`)
NO_HEDGE_ENDS = frozenset(a + b for a in string.ascii_letters for b in string.ascii_letters
                           if (a + b).lower() not in _HEDGE_ENDS)
# The last three characters of each hedge, lower-case: the last three letters of its last word, or a white space and
# a last word of two letters ("up to", "as many as": the words of a hedge are parted by `\s+`). Where the three ASCII
# characters before a number's single space are none of them ("and 5", "number 5", "last 5"), no hedge ends there
# and `_HEDGE_REVERSED` is not run (a third of the numbers the two letters leave to it).
_ASCII_SPACES = "".join(c for c in map(chr, range(128)) if re.match(r"\s", c))
_HEDGE_LAST_WORDS = frozenset(hedge.split(r"\s+")[-1] for hedge in _APPROX.split("|"))
assert all(re.fullmatch(r"[a-z]{2,}", word) for word in _HEDGE_LAST_WORDS), "a hedge must end in a plain word"
HEDGE_ENDS3 = frozenset(word[-3:] if len(word) > 2 else space + word for word in _HEDGE_LAST_WORDS
                        for space in _ASCII_SPACES)


def hedge_before(text: str, reverse: str, position: int) -> tuple[int, int] | None:
    """Return where the hedge before the number at `position` starts and ends ("roughly", "up to"), or
    None: what `_APPROX_BEFORE` finds in the `_HEDGE_REACH` characters before it. `reverse` is
    `text[::-1]`.

    >>> text = "up to  5, over 6, just over 7, the 8"
    >>> [hedge_before(text, text[::-1], text.index(n)) for n in "5678"]
    [(0, 5), (10, 14), (18, 27), None]
    >>> text = "jailed over £5, row over £6, paid over £7"
    >>> [hedge_before(text, text[::-1], text.index(n) - 1) for n in "567"]
    [None, None, (34, 38)]
    >>> text = "a novel about 6, a village about 7"
    >>> [hedge_before(text, text[::-1], text.index(n)) for n in "67"]
    [None, (27, 32)]
    """
    # A hedge ends one white space before the number where the character before that space is no white
    # space: then its last two letters are these (other characters, and non-ASCII letters that a
    # case-blind regex may read as ASCII ones, "ſ" as "s", are left to it).
    if position >= 3 and text[position - 3: position - 1] in NO_HEDGE_ENDS:
        return None
    if position >= 4:  # ... and, after one white space, its last three characters (ASCII: `lower` is the regex's case)
        last = text[position - 4: position - 1]
        if last.isascii() and not last[2].isspace() and last.lower() not in HEDGE_ENDS3:
            return None
    found = _HEDGE_REVERSED.match(reverse, len(reverse) - position)
    if found is None:
        return None
    start = len(reverse) - found.end()
    if start < position - _HEDGE_REACH:  # too far back: the regex's window may hold a shorter hedge
        near = _APPROX_BEFORE.search(text, max(0, position - _HEDGE_REACH), position)
        return (near.start(), near.end("approx")) if near else None
    if found.group("approx").lower() == "revo" and (_CONCERNING_BEFORE.search(text, max(0, start - 40), start) or (
            _PERIOD_AFTER.match(text, position) and not _MORE_THAN_BEFORE.search(text, max(0, start - 16), start))):
        return None  # "jailed over £3.5m fraud", "£2bn over 10 years": "over" is "concerning" or "during"
    if found.group("approx").lower() == "tuoba" and _WORK_BEFORE.search(text, max(0, start - 16), start):
        return None  # "a novel about six astronauts": "about" is "on the subject of"
    return start, len(reverse) - found.start("approx")


# Works and tellings, after which "about" is "on the subject of" ("a novel about six astronauts", "a film about two
# brothers", "stories about 20 villages"), not "roughly" (a noun of place or time before it is no such noun: "a
# village about 30km from", "a delay of about two hours").
_WORKS = ("novel book film movie documentary story stories tale drama series song poem article biography memoir "
          "musical opera comedy thriller sitcom")
_WORK_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(w + ('' if w.endswith('s') else 's?') for w in _WORKS.split())})"
                          r"\s+\Z")


# Words after which "over" means "concerning", as headlines write it ("Man jailed over £3.5m fraud", "row over
# £2bn deal", "sued over $1m debt", "Man jailed for 12 years over £3.5m fraud"), not "more than": verbs of
# charging and suing and nouns of dispute and feeling. Not "fined" ("fined over £1m" is a fine of more than
# £1m), "paid", "raised", "worth" and the rest: there "over" is the hedge it was.
_CONCERNING = ("jailed imprisoned sentenced convicted charged arrested detained sued suing sues questioned quizzed "
               "investigated probed probe probes inquiry investigation row rows dispute disputes spat clash clashes "
               "battle feud rift anger outrage fury fears concern concerns worries protest protests lawsuit "
               "sacked resigns quits criticised criticized slammed blasted")
_CONCERNING_BEFORE = re.compile(
    rf"(?i)\b(?:{'|'.join(_CONCERNING.split())}|(?:jailed|imprisoned|sentenced|banned)\s+for\s+\S+\s+"
    r"(?:years?|months?|weeks?|days?))\s+\Z")

# "over" before a period is "during" ("£960m over 15 years", "chop 12,000 jobs over two years", "developed over four
# years"), not after a preposition, a verb of lasting or a hedge's word ("for over 40 years", "in over three months",
# "took over 10 hours", "little over two years"), nor before an age, a time ago or a rate ("over 20 years old", "over
# 20 years ago", "over 20 hours a week"), where it is "more than" still.
_PERIOD_AFTER = re.compile(r"[\w.,]+[^\S\n]+(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|seasons?"
                           r"|quarters?|centuries|nights?)\b(?!['’]|[^\S\n]+(?:old|ago|later|earlier|of|a|an|per)\b)")
_MORE_THAN_BEFORE = re.compile(
    r"(?i)\b(?:for|in|of|after|with|within|than|by|to|from|at|since|little|well|just|is|was|are|were|be|been|aged"
    r"|take|takes|took|taking|taken|last|lasts|lasted|lasting|wait|waits|waited|waiting|spent|spend|spending"
    r"|serve|served|serving|lived|living|worked|working)\s+\Z")
