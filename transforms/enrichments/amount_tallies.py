"""What a number with no noun of its own counts when it is one side of a tally: its partner's noun.

A tally names its noun once: "won 412 seats, while the Conservatives took 121", "by 320 votes to 207", "312
electoral votes to Harris's 226", "176 votes in favour and 171 against" (the second number counted nothing), and a
part of a whole names it after the whole: "150 of the 225 seats", "two of the five victims" (the first counted
nothing). `tally_objects` gives such a number its partner's object where the words between them are a tally's
link and nothing else: no digit, no sentence's end, no unit on either side. A measure or a sum a change is taken
to, counting nothing, is given the noun the change is of ("raise gas exports to 10bn m³": `amount_change_subjects`).
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_change_subjects import change_subject
from transforms.enrichments.amount_verbs import COUNTED_PARTICIPLES

# The words that end the gap before a tally's second number: a link ("to", "and", "against", "versus"), a verb of
# winning or losing ("took 121", "lost 3"), or a possessor ("Harris's 226"); not any verb ("killed 5 people and
# injured 12" reads no further: "aged 5", "junction 12" are labels and ages of what the first counted)
_LINK_ENDS = ("to", "and", "or", "against", "versus", "vs", "vs.", "while", "took", "won", "got", "gained", "secured",
              "received", "polled", "lost", "had")
_LINK_BEFORE = re.compile(r"(?:\b(?:" + "|".join(re.escape(w) for w in sorted(_LINK_ENDS, key=len, reverse=True))
                          + r")|['’]s?)[^\S\n]+$", re.IGNORECASE)
# ... and what follows that second number: the clause's end, or the side it is on ("171 against", "207 in favour")
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[.,;:)!?\n]|$|(?:against|in[^\S\n]+favou?r|respectively)\b)")
# The lower-case words a tally's link may hold after the first side's noun: those that end it, other links, "the", a
# pronoun ("and he got 5"); any other is a new subject or a verb's ("and revenue grew to 50", "as his side won 3"),
# whose number is its own
_LINK_WORDS = frozenset((*_LINK_ENDS, *"v whereas with compared in favour favor the a an he she they it we i".split()))
# The gap of a part and its whole: "150 of the 225 seats", "12 of his 21 points", and a few words before the whole's
# number where the part counted nothing ("277 of his Division IA leading 350 wins", "31 of his team-leading 48 goals")
# ... or none, as results are written: "took 39 of 57 seats", "won 6 of 10 games" (the first counted nothing)
_PART_OF = re.compile(r"[^\S\n]+of[^\S\n]+(?:(?:the|its|their|his|her|our|these|those)(?:[^\S\n]+[A-Za-z][\w'-]*){0,3}"
                      r"[^\S\n]+)?")
# A capitalised word after a lower-case one right before a part's number makes it a name's ("a home in Hall 25 of the
# 27 buildings"), not a sentence's first word ("But five of the nine")
_NAME_BEFORE = re.compile(r"[a-z,][^\S\n]+[A-Z][a-z]*[^\S\n]+$")
_LONGEST_GAP = 60  # characters between a tally's two numbers: a clause, not the next sentence's number
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)|\n")


def tally_objects(text: str, first: list[int], last: list[int], units: list[str | None],
                  objects: list[str | None]) -> list[str | None]:
    """Return the amounts' objects with a tally's number that counted nothing given its partner's (the amounts
    start at `first` and end at `last` in `text`, in text order).

    >>> t = "by 320 votes to 207."
    >>> tally_objects(t, [3, 16], [6, 19], [None, None], ["votes", None])
    ['votes', 'votes']
    >>> t = "150 of the 225 seats"
    >>> tally_objects(t, [0, 11], [3, 14], [None, None], [None, "seats"])
    ['seats', 'seats']
    >>> t = "3 people died at junction 12."
    >>> tally_objects(t, [0, 26], [1, 28], [None, None], ["people", None])
    ['people', None]
    """
    result = objects
    for i in range(1, len(objects)):
        if units[i] is not None or units[i - 1] is not None or (objects[i] is None) == (result[i - 1] is None) and (
                objects[i] not in COUNTED_PARTICIPLES):
            continue  # a side has a unit, or both or neither have a noun (a participle is none: "and 11 injured")
        gap_start, gap_end = last[i - 1], first[i]
        if not 0 < gap_end - gap_start <= _LONGEST_GAP:
            continue
        gap = text[gap_start:gap_end]
        if any(c.isdigit() for c in gap) or _SENTENCE_END.search(gap):
            continue
        if objects[i] in COUNTED_PARTICIPLES and result[i - 1] not in COUNTED_PARTICIPLES and _casualty_link(
                gap, result[i - 1]):
            result = result if result is not objects else list(objects)
            result[i] = result[i - 1]  # "Three people were killed and 11 injured": 11 people
        elif objects[i] is None and _LINK_BEFORE.search(gap) and _CLAUSE_END.match(text, last[i]) and _tally_link(
                gap, result[i - 1]):
            result = result if result is not objects else list(objects)
            result[i] = result[i - 1]  # "by 320 votes to 207"
        elif result[i - 1] is None and _PART_OF.fullmatch(gap) and not _NAME_BEFORE.search(
                text, max(0, first[i - 1] - 24), first[i - 1]):
            result = result if result is not objects else list(objects)
            result[i - 1] = objects[i]  # "150 of the 225 seats"
    subject = None  # a measure or a sum a change is taken to: "raise gas exports to 10bn m³", and the rate after a
    for i, unit in enumerate(units):  # slash that pairs with it, as both are the level ("cut its rates to 3.99%/4.15%")
        paired = subject is not None and i and unit == units[i - 1] and text[last[i - 1]:first[i]] == "/"
        subject = subject if paired else change_subject(text, first[i]) if unit is not None else None
        if subject is not None and result[i] is None:
            result = result if result is not objects else list(objects)
            result[i] = subject
    return result


# The words between a casualty count's noun and the "and" of a second count whose noun is elided: an auxiliary, then
# the first count's own participle ("people were killed and 11 injured", "soldiers died and four wounded")
_AUXILIARIES = frozenset("were was are is have has had been".split())
_FIRST_CASUALTIES = COUNTED_PARTICIPLES | frozenset("died dead hurt missing".split())


def _casualty_link(gap: str, noun: str | None) -> bool:
    """Return True when the gap between two counts is the first's noun, its casualty verb and "and", so that the second,
    before a participle of its own ("and 11 injured"), counts that noun: the clause repeats the first's structure with
    its noun left out, as news reports casualties. A participle alone is no noun ("30 killed in the blast" keeps
    "killed", which says who they are where no noun does).

    >>> _casualty_link(" people were killed and ", "people"), _casualty_link(" votes to ", "votes")
    (True, False)
    >>> _casualty_link(" soldiers died, and ", "soldiers"), _casualty_link(" fans cheered and ", "fans")
    (True, False)
    """
    if not noun:
        return False
    words = gap.replace(",", " ").split()
    if len(words) < 3 or words[0] != noun or words[-1] != "and":
        return False
    middle = words[1:-1]
    while middle and middle[0] in _AUXILIARIES:
        middle = middle[1:]
    return len(middle) == 1 and middle[0] in _FIRST_CASUALTIES


def _tally_link(gap: str, noun: str | None) -> bool:
    """Return True when the gap between a tally's two numbers holds, after the first side's noun, only a link's words
    and names: "votes to", "seats, while the Conservatives took", "votes to Harris's", "votes in favour and".

    >>> _tally_link(" votes to ", "votes"), _tally_link(" staff and revenue grew to ", "staff")
    (True, False)
    """
    if not noun:
        return False
    at = gap.find(noun)
    if at < 0:
        return False
    for word in gap[at + len(noun):].split():
        word = word.strip(",")
        if word and word[0].islower() and word.lower() not in _LINK_WORDS:
            return False
    return True
