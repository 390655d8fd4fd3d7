"""English idioms whose number words count nothing ("it takes two to tango", "on cloud nine"): the amounts'
exclusions (transforms/enrichments/amount_exclusions.py) ask `in_idiom` about a number word."""

from __future__ import annotations

import re

# Idioms of English whose number words count nothing: "it takes two to tango" is said of a deal or a dispute,
# "on cloud nine" of joy, "not in a million years" of what will never happen (bbc-dev's sport counted a
# million years), "a million thanks" and "thanks a million" of gratitude (it counted a million thanks), "six feet
# under" of the dead and of a drama ("HBO Buys Six Feet Under Rights" counted feet; not before a lower-case word,
# "six feet under the roof"). A fixed list, not a rule of syntax: "hits two to put Spurs
# ahead" and "two to three weeks" read as "two to tango" does, word for word, and count goals and weeks.
# An idiom is matched whole: "Keeper saves nine shots" counts shots, "a stitch in time saves nine" nothing.
IDIOMS = re.compile(r"(?i)\b(?:two\s+to\s+tango|two['’]s\s+company(?:,?\s+three['’]s\s+a\s+crowd)?"
                     r"|two\s+and\s+two\s+together|two\s+birds\s+with\s+one\s+stone|in\s+two\s+minds|two\s+left\s+feet"
                     r"|cloud\s+nine|whole\s+nine\s+yards|stitch\s+in\s+time\s+saves\s+nine|forty\s+winks"
                     r"|dime\s+a\s+dozen|in\s+a\s+million\s+years"
                     r"|a\s+(?:million|thousand)\s+thanks|thanks\s+a\s+million"
                     r"|six\s+feet\s+under(?![^\S\n]+(?-i:[a-z])))\b")
IDIOM_NUMBERS = frozenset(("two", "three", "six", "nine", "forty", "a dozen", "a million", "a thousand"))
# A word each idiom has and few sentences do: where none is near a number word, no idiom is (`in_idiom`
# reads the lower-cased text around it, when ASCII, before running `IDIOMS`).
IDIOM_WORDS = ("tango", "company", "together", "birds", "minds", "feet", "cloud", "yards", "saves", "winks",
                "dime", "million", "thanks")
_IDIOM_WORD = re.compile("|".join(IDIOM_WORDS))  # one search for any of them, case-sensitive (lower-cased text)
# ... and for each number word, those of the idioms it is in ("two" is in six, "six" in one: "six feet under"), each
# other than the number word itself ("a million" holds "million"): `in_idiom` looks for a number's own only, with `in`
IDIOM_WORDS_OF = {"two": ("tango", "company", "together", "birds", "minds", "feet"), "three": ("company",),
                  "six": ("feet",), "nine": ("cloud", "yards", "saves"), "forty": ("winks",), "a dozen": ("dime",),
                  "a million": ("years", "thanks"), "a thousand": ("thanks",)}
# An idiom's words before its number: "in ", "two and ", "whole ", "two's company, ", "stitch in time saves ".
_IDIOM_REACH = 28
# "a million thanks to" is gratitude opening its clause or after a verb of giving or saying ("A million thanks to all",
# "we owe a million thanks to"); after another word its "thanks to" is "because of" and the number a count's
# ("downloads passed a million thanks to a TikTok trend", "grew by a thousand thanks to the new factory")
_THANKS_TO = re.compile(r"[^\S\n]+to\b")
_THANKS_VERBS = frozenset("and owe owes owed send sends sent give gives gave offer offers say says said extend express"
                          .split())


def in_idiom(text: str, number_start: int, end: int) -> bool:
    """Return True when the number word from `number_start` to `end` is one of an idiom's (`IDIOMS`).

    >>> [in_idiom(t, t.rindex("two"), t.rindex("two") + 3) for t in ("It takes two to tango.", "two to three",
    ...                                                                 "In two minds, it takes two to tango.")]
    [True, False, True]
    """
    low, high = max(0, number_start - _IDIOM_REACH), end + 24
    near = text[low:high]
    # Most number words have no idiom's word near: settled without the regex. Only an ASCII text is
    # settled so: `IDIOMS` ignores case as Unicode does ("ſ" is an "s" to it), `str.lower` does not. An idiom that
    # holds the number holds a word of its own (`IDIOM_WORDS_OF`): only those are looked for, with `in`, each a
    # few characters' search (another idiom's word near, "two million", settles nothing)
    if near.isascii():
        keys = IDIOM_WORDS_OF.get(text[number_start:end].lower())
        lowered = near.lower()
        if keys is not None and not any(key in lowered for key in keys) or (
                keys is None and _IDIOM_WORD.search(lowered) is None):
            return False
    # every idiom near it: an earlier one may end before it ("In two minds, it takes two to tango")
    return any(idiom.start() <= number_start and end <= idiom.end() and not _thanks_because_of(text, idiom)
               for idiom in IDIOMS.finditer(text, low, high))


def _thanks_because_of(text: str, idiom: re.Match[str]) -> bool:
    """Return True when the idiom matched is "a million thanks" before "to" after a word of no giving or saying: a
    count's number, "thanks to" its cause.

    >>> [_thanks_because_of(t, IDIOMS.search(t)) for t in ("sold a million thanks to ads", "owe a million thanks to",
    ...                                                      "A million thanks to all", "sold a million thanks")]
    [True, False, False, False]
    """
    if not idiom.group().lower().endswith("thanks") or not _THANKS_TO.match(text, idiom.end()):
        return False
    before = text[max(0, idiom.start() - 12): idiom.start()]
    if not before[-1:].isspace() or not before.rstrip()[-1:].isalpha():
        return False  # the idiom opens its paragraph or its clause
    return before.split()[-1].lower() not in _THANKS_VERBS
