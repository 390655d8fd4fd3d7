"""A count joined by a hyphen to the noun it counts, as a compound adjective: "a 12-member jury" → 12 members.

A compound adjective is no amount as a rule ("a six-year contract", "a 10-year, $700 million deal", "a five-year-old
girl", "the 3-2 win"): its number is a span's, an age's or a score's. A few nouns say how many of a thing's parts
there are, and the count is what a reader asks about: "a 12-member jury", "a 40-page report", "a 27-nation bloc", "a
600-bed hospital", "a three-judge panel", "a 26-man squad" count 12 members, 40 pages, 27 nations, 600 beds, 3
judges and 26 men. Not "a two-party system", "a four-letter word", "a five-star hotel", "the two-child limit": a kind
of thing, named by its count, which `hyphen_count` leaves alone as it leaves "a 32-strong squad"; and so is such a
compound before a plural, what it names a kind of ("seven-seat vehicles", "two late three-point plays"). Men, seats,
points and states count only before a name or a whole made of them (`WHOLES`): "10-man Rangers", "a 26-man squad",
not "the 13-man code" or "a two-state solution", nor before a noun the whole's word modifies: "a two-seat jet trainer".
"""

from __future__ import annotations

import re
from typing import NamedTuple

from transforms.enrichments.amount_pattern import WORDS
from transforms.enrichments.amount_plurals import IRREGULAR_PLURALS, NOT_OBJECTS, counts
from transforms.enrichments.amount_ranges import End
from transforms.enrichments.amount_values import words_value
from transforms.enrichments.amount_verbs import PAST_TENSES

# The nouns a hyphenated count counts, and their plural (the object, as after a count in prose: "12 members")
COUNTED_PARTS = {
    "member": "members", "page": "pages", "seat": "seats", "bed": "beds", "room": "rooms", "storey": "storeys",
    "nation": "nations", "country": "countries", "state": "states", "team": "teams", "club": "clubs",
    "player": "players", "judge": "judges", "man": "men", "woman": "women", "person": "people", "car": "cars",
    "vehicle": "vehicles", "vessel": "vessels", "game": "games", "match": "matches", "point": "points",
}
# Men, seats, points and states name a kind by their count as often as they count a whole's parts ("the 13-man code",
# "the 300-seat sector", "the 20,000-point club", "a two-state solution", "a three-point shot"), which no word of
# the compound tells: they count only before a name ("10-man Rangers") or a whole made of them, the next word or the
# one after its modifier ("a 56-man elite squad", "a four-point draft agenda")
_CREWS = frozenset(
    "squad team side crew panel jury delegation committee board council commission tribunal group unit patrol gang "
    "cell rotation roster lineup shortlist list field party staff force contingent cast bench expedition mission line "
    "defence defense attack midfield".split())
WHOLES = {
    "man": _CREWS, "woman": _CREWS, "person": _CREWS, "player": _CREWS,
    "seat": frozenset(
        "parliament chamber assembly house council legislature senate majority stadium arena ground theatre theater "
        "hall venue auditorium cinema plane aircraft airliner jet bus car vehicle coach train boat helicopter "
        "restaurant "
        # ... and the family cars that news names by their seats, after a modifier too: "a seven-seat people carrier"
        "carrier minivan van mpv suv taxi ferry".split()),
    "point": frozenset(
        "lead deficit margin advantage cushion gap swing drop fall rise gain jump slide plunge surge rally decline "
        "loss win victory defeat night game performance effort haul plan deal agenda programme program charter "
        "manifesto list proposal blueprint strategy scale penalty deduction turnaround comeback".split()),
    "state": frozenset(
        "union bloc region coalition alliance survey study tour search area federation compact lawsuit investigation "
        "probe group settlement consortium pact agreement deal effort push sweep trip swing".split()),
}
# A verb's form after a whole's word that is no "-ed": the whole is the subject, no modifier ("a four-seat aircraft
# built in 1936", "a 300-seat jet flown by"; it read "built" as the noun the aircraft's word modified, counting none)
_VERB_FORMS = PAST_TENSES | frozenset("built flown shot seen done given taken shown known hit set put cut run".split())
_ARTICLES = (["a"], ["A"], ["an"], ["An"])
_POSSESSIVE = re.compile(r"['’]s$")
# A count right before the compound, which counts what the compound names a kind of: "24 two-seat jet trainers",
# "three 12-member juries" (a year's four digits are none: "in 2025 12-member juries")
_COUNT_BEFORE = re.compile(rf"(?<![\w.,])(?:\d{{1,3}}(?:,\d{{3}})*|(?i:{'|'.join(WORDS)}))"
                           r"[^\S\n]+$")
_WORD_NUMBERS = "|".join(WORDS)
_HYPHEN_COUNT = re.compile(
    rf"(?P<number>[1-9]\d{{0,2}}(?:,\d{{3}})+|[1-9]\d*|(?i:{_WORD_NUMBERS})(?:-(?i:{_WORD_NUMBERS}))?)"
    rf"-(?P<noun>(?i:{'|'.join(COUNTED_PARTS)}))(?![\w-])"
)


class HyphenCount(NamedTuple):
    """A hyphenated count (`amount`, its object read nowhere: -1) and the plural it counts (`counted`)."""

    amount: End
    counted: str


def hyphen_count(text: str, position: int) -> HyphenCount | None:
    """Return the count hyphenated to a noun it counts at `position` and that noun's plural, or None.

    >>> [(c.amount.parsed[0], c.amount.end, c.counted) if c else None for c in (hyphen_count(t, 2) for t in (
    ...     "a 12-member jury", "a three-judge panel", "a 40-page-long", "a 4-letter", "a Twenty-Five-Man squad"))]
    [(12.0, 11, 'members'), (3.0, 13, 'judges'), None, None, (25.0, 17, 'men')]
    >>> hyphen_count("a 7-seat car", 2) is None, hyphen_count("a 7-seat cars", 2) is None
    (False, True)
    >>> hyphen_count("24 two-seat jet trainers", 3) is None, hyphen_count("its 27-nation bloc", 4) is None
    (True, False)
    """
    found = _HYPHEN_COUNT.match(text, position)
    if found is None or _COUNT_BEFORE.search(text, max(0, position - 16), position):
        return None  # (after a count the compound names a kind of what it counts: "24 two-seat jet trainers")
    after = [_POSSESSIVE.sub("", word) for word in text[found.end(): found.end() + 24].split(None, 1)[:1]]
    if after and after[0][:1].islower() and counts(after) and after[0] not in _CREWS and not (
            after[0] in IRREGULAR_PLURALS and text[max(0, position - 4): position].split()[-1:] in _ARTICLES):
        # (a possessive is no plural, "the 12-member jury's", nor a group's noun that is its own, "a five-member crew",
        # nor a plural without "-s" after "a", a singular: "a four-seat aircraft")
        return None  # a kind of the plural after it: "seven-seat vehicles"
    noun = found.group("noun")
    wholes = WHOLES.get(noun.lower())
    if wholes is not None and not _counts_a_whole(text[found.end(): found.end() + 56], wholes, noun.islower()):
        return None  # a kind named by its count: "the 13-man code", "a two-state solution"
    number = found.group("number")
    value = float(number.replace(",", "")) if number[0].isdigit() else words_value(number)
    return HyphenCount(End(position, found.end(), (value, None, False), -1), COUNTED_PARTS[noun.lower()])


def _counts_a_whole(after: str, wholes: frozenset[str], lower: bool) -> bool:
    """Return True when the words after a compound of `wholes`' parts name a whole made of them: a name (unless the
    compound is in capitals too, as a headline's words are), or one of `wholes`, next or after one modifier.

    >>> _counts_a_whole(" elite squad", _CREWS, True), _counts_a_whole(" Rangers", _CREWS, True)
    (True, True)
    >>> _counts_a_whole(" code with", _CREWS, True), _counts_a_whole(" Code", _CREWS, False)
    (False, False)
    """
    words = after.split(None, 3)[:3]
    if not words or lower and words[0][:1].isupper():
        return bool(words)
    for at, word in enumerate(words[:2]):
        bare = word.rstrip(".,;:!?'\"’”")
        whole = _POSSESSIVE.sub("", bare)
        if whole.lower() in wholes:  # "the 27-state bloc's leaders"
            # ... unless a noun after it is the whole, it a modifier: "a two-seat jet trainer" is a kind of trainer
            return whole != word or not _noun(words[at + 1: at + 2], wholes)
        if bare != word:
            return False  # a clause ends after the next word
    return False


def _noun(word: list[str], wholes: frozenset[str]) -> bool:
    """Return True when the word after a whole's noun is a noun it modifies: in lower case, no function word, verb
    form or plural (a verb's "-s" as often), nor a whole of its own ("a 26-man squad list").

    >>> [_noun([w], _CREWS) for w in ("trainer", "was", "named", "travels", "list", "yesterday", "Ten", "built")]
    [True, False, False, False, False, False, False, False]
    """
    bare = word[0].rstrip(".,;:!?'\"’”") if word else ""
    return bare.isalpha() and bare.islower() and len(bare) > 2 and bare not in NOT_OBJECTS and bare not in wholes and (
        not bare.endswith(("ed", "ing", "s", "ly"))) and bare not in _VERB_FORMS
