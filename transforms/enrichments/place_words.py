"""The words around a place name in a batch's text: the word before and after it, words that open a sentence
without naming anybody, a date's words, an age after it, a line written in Title Case.

`place_context.reading` and `place_person_reading.person_reading` read a mention's context with these.
"""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
SENTENCE_END = set(".!?:;\"“”‘'\x01\n")
# Capitalised words that start sentences without naming anybody: "In Jordan", "But Chad", and the
# determiners and number words that open a sentence before a place's people or things ("A Dallas man",
# "Two Houston men", "Every Sydney suburb": no first name, so the city counts).
FUNCTION_WORDS = {"in", "at", "from", "to", "the", "and", "but", "for", "with", "on", "by", "as", "of", "near",
                  "like", "unlike", "while", "after", "before", "both", "neither", "since", "across", "into",
                  "over", "neighbouring", "neighboring", "visit", "visiting", "if", "so", "when", "where",
                  "a", "an", "another", "every", "each", "some", "many", "several", "few", "most", "all", "any",
                  "no", "this", "that", "these", "those", "its", "their", "our", "his", "her", "one", "two",
                  "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
                  "thousands"}


def word_before(text: str, start: int) -> tuple[str, bool]:
    """Return the word before `start` in its sentence ("" at a sentence start) and whether only a space parts them."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] in SENTENCE_END:
        return "", False
    if not text[i].isalnum():
        return "", i == start - 2
    # Most words before a name are plain, a space before them: that word is the last `WORD` of the
    # 30 characters up to it, found without the regex (`isalnum` is `[^\W_]`'s class). `reading` and
    # `person_reading` ask this at 6,000 mentions of a 2,000-article batch: the findall took 20 ms.
    low = max(0, i - 30)
    space = text.rfind(" ", low, i)
    if space >= 0 and (word := text[space + 1: i + 1]).isalnum():
        return word, i == start - 2
    words = WORD.findall(text, low, i + 1)  # an apostrophe, a hyphen, a line break or a long word before it
    return (words[-1] if words else ""), i == start - 2


def word_after(text: str, end: int) -> tuple[str, bool]:
    """Return the word after `end` and whether only a space parts them."""
    if not text.startswith(" ", end):
        return "", False
    # Most words after a name are plain, a space after them: that whole run is the `WORD`, found without the regex
    # (`isalnum` is `[^\W_]`'s class), as `word_before` finds its word
    space = text.find(" ", end + 1, end + 32)
    if space > end + 1 and (word := text[end + 1:space]).isalnum():
        return word, True
    match = WORD.match(text, end + 1)
    return (match.group(0), True) if match else ("", False)


# An age between commas right after a name, and a lower-case word after it: "Denzel Washington, 69, said",
# "Jordan, 23, who", as news introduces a person (amounts read the same age as none: `amount_exclusions`). A
# place's name is followed so by no number but a code or a list's ("Lyon (69)", "Washington, 69-65").
_AGE_AFTER = re.compile(r",\s(?:[1-9]|[1-9]\d|1[01]\d),\s(?=[a-z])")


def age_follows(text: str, end: int) -> bool:
    """Return True when an age between commas follows the name ending at `end`: a person's.

    >>> [age_follows(t, t.index(",")) for t in ("Washington, 69, said", "Paris, 2024, was", "Chad, 5, and 6")]
    [True, False, True]
    """
    return text.startswith(", ", end) and _AGE_AFTER.match(text, end) is not None


# A person's role in an apposition right after a name, as news introduces a person: "Marshall, a city councillor in
# Dallas, said", "Tyler, a state senator from Houston,", "Sutton, an MP in the capital". The role ends the apposition
# or leads to its place or body; a role before "said" is the speaker of an aside about the place ("Nice, the city's
# mayor said, would ban ...": `place_described`), and no town's noun is a role ("Nice, the Riviera city,")
_ROLES = (r"(?:councill?or|councilman|councilwoman|council member|senator|lawmaker|legislator|congressman|"
          r"congresswoman|assemblyman|assemblywoman|representative|lawyer|attorney|barrister|solicitor|"
          r"spokes(?:man|woman|person)|resident|mayor|governor|sheriff|judge|prosecutor|commissioner|owner|founder|"
          r"co-founder|director|chairman|chairwoman|executive|officer|official|manager|coach|teacher|nurse|doctor|"
          r"analyst|economist|professor|student|activist|campaigner|candidate|volunteer|farmer|worker|"
          r"MP|MEP|MSP|AM|minister|secretary|president|player|striker|singer|actor|actress|author|writer|"
          # sport's and trades' people ("Hamilton, the Formula One driver,"); no team's word ("Liverpool, the
          # champions,", "Kansas City, the defending champion,": a club's town)
          r"driver|rider|cyclist|golfer|boxer|jockey|batsman|batter|bowler|goalkeeper|midfielder|defender|winger|"
          r"captain|athlete|sprinter|swimmer|footballer|cricketer|journalist|reporter|presenter|broadcaster|"
          r"comedian|musician|chef|pilot|soldier|businessman|businesswoman|entrepreneur|billionaire|priest|pastor|"
          r"wife|husband|sister|brother|daughter|widow)")
_ROLE_MODIFIER = r"(?!(?:of|the|a|an|in|for|to|at|on|by|from|with|and|or)\b)[\w'’-]+ "
_ROLE_AFTER = re.compile(rf", (?:the|a|an|its|their) (?:{_ROLE_MODIFIER}){{0,3}}{_ROLES}s?"
                         r"(?=[,.;:)]| (?:in|of|for|from|at|with|on|who|and)\b)")


def role_follows(text: str, end: int) -> bool:
    """Return True when an apposition of a person's role follows the name ending at `end`: a person's.

    >>> [role_follows(t, t.index(",")) for t in ("Marshall, a city councillor in Dallas, said",
    ...     "Nice, the city's mayor said, would", "Nice, the Riviera city, hosted", "Tyler, the mayor of the city,")]
    [True, False, False, True]
    """
    return text.startswith(", ", end) and _ROLE_AFTER.match(text, end, end + 80) is not None


# Capitalised words before a name that are no first name ("On Monday Bristol was flooded").
DAYS_AND_MONTHS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split()
)


def title_case(text: str, at: int) -> bool:
    """Return True when the line around `at`, as far as 150 characters each way, is written with
    capitals on most words (a headline)."""
    head = max(text.rfind("\n", max(at - 150, 0), at), at - 150, 0)
    tail = text.find("\n", at, at + 150)
    line = text[head: tail if tail >= 0 else at + 150]
    return not _surely_prose(line) and _capitalised(line)


# ASCII's bytes that are no letter or digit (`WORD`'s `[^\W_]`), and its capitals
_NO_ALNUM = bytes(b if chr(b).isalnum() else 32 for b in range(128)) + b" " * 128
_CAPITALS = bytes(range(65, 91))


def _surely_prose(line: str) -> bool:
    """Return True where an ASCII line surely has too few capitalised words for `_capitalised`, by counts in C: a
    window of a long paragraph differs at each of its mentions, and `WORD.findall` over its 300 characters was most
    of `person_reading`'s time.

    Each capitalised word opens with one of the line's capitals, and each `WORD` match is one run of letters and
    digits or two joined by an apostrophe, so the words are at least the runs less the apostrophes: fewer capitals
    than 0.6 times that bound are fewer capitalised words than `_capitalised` asks of these words.

    >>> _surely_prose("the rest of the line is in lower case, as most are"), _surely_prose("Galveston Braces For Ike")
    (True, False)
    """
    if not line.isascii():
        return False
    raw = line.encode("ascii")
    capitals = len(raw) - len(raw.translate(None, _CAPITALS))
    return capitals < 0.6 * (len(raw.translate(_NO_ALNUM).split()) - raw.count(b"'"))


@lru_cache(maxsize=256)  # the mentions of one headline ask of the same line: asked 570 times, 300 lines
def _capitalised(line: str) -> bool:
    words = WORD.findall(line)
    return len(words) >= 3 and sum(map(str.isupper, [w[0] for w in words])) >= 0.6 * len(words)
