"""What a place name's context says: a person, a word, a club, another name, or the country it is in.

Names that are also people ("Paris Hilton", "Michael Jordan", "Chad said") or words ("Nice to see",
"Reading is") pass the rules of `places.toml`'s [ambiguity] table (`place_rules.rules()`) before they count as
places: `reading` reads the words around such a mention and says whether it names its place, another
name of the gazetteer ("the state of Washington": "Washington State") or nothing ("City, State" and
"City, Country" are `place_states`').

`place_table.places_toml()` reads the hand-kept table once per process, for these rules (`place_rules`) and for
the gazetteer's other names (`place_names`); the end of a person's full name ("Antonio José de Sucre") is
`place_full_names`'.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from transforms.enrichments.batch import SEPARATOR
from transforms.enrichments.place_endonyms import elided_article
from transforms.enrichments.place_full_names import in_full_name
from transforms.enrichments.place_mentions import Mention
from transforms.enrichments.place_rules import Rules
from transforms.enrichments.place_teams import SPORT_VERBS, nickname_follows, place_follows, player_beats, team_follows

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_SENTENCE_END = set(".!?:;\"“”‘'\x01\n")
# Capitalised words that start sentences without naming anybody: "In Jordan", "But Chad", and the
# determiners and number words that open a sentence before a place's people or things ("A Dallas man",
# "Two Houston men", "Every Sydney suburb": no first name, so the city counts).
_FUNCTION_WORDS = {"in", "at", "from", "to", "the", "and", "but", "for", "with", "on", "by", "as", "of", "near",
                   "like", "unlike", "while", "after", "before", "both", "neither", "since", "across", "into",
                   "over", "neighbouring", "neighboring", "visit", "visiting", "if", "so", "when", "where",
                   "a", "an", "another", "every", "each", "some", "many", "several", "few", "most", "all", "any",
                   "no", "this", "that", "these", "those", "its", "their", "our", "his", "her", "one", "two",
                   "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
                   "thousands"}


def _word_before(text: str, start: int) -> tuple[str, bool]:
    """Return the word before `start` in its sentence ("" at a sentence start) and whether only a space parts them."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] in _SENTENCE_END:
        return "", False
    if not text[i].isalnum():
        return "", i == start - 2
    # Most words before a name are plain, a space before them: that word is the last `_WORD` of the
    # 30 characters up to it, found without the regex (`isalnum` is `[^\W_]`'s class). `reading` and
    # `person_reading` ask this at 6,000 mentions of a 2,000-article batch: the findall took 20 ms.
    low = max(0, i - 30)
    space = text.rfind(" ", low, i)
    if space >= 0 and (word := text[space + 1: i + 1]).isalnum():
        return word, i == start - 2
    words = _WORD.findall(text, low, i + 1)  # an apostrophe, a hyphen, a line break or a long word before it
    return (words[-1] if words else ""), i == start - 2


def _word_after(text: str, end: int) -> tuple[str, bool]:
    """Return the word after `end` and whether only a space parts them."""
    match = _WORD.match(text, end + 1) if end < len(text) and text[end] == " " else None
    return (match.group(0), True) if match else ("", False)


def reading(text: str, m: Mention, r: Rules) -> str | None:
    """Return the name a mention is read as: its own, another of the gazetteer ("the state of
    Washington": "Washington State"), or None when the context says it is a person or a word."""
    if m.name not in r.read_context:
        return m.name  # most names: no rule reads their context
    before, tight_before = _word_before(text, m.start)
    after, tight_after = _word_after(text, m.end)
    if m.name in r.words and (before.lower() not in r.introducers or m.name.lower() in _DAYS_AND_MONTHS) and (
            team_follows(text, m.start, m.end) is None):  # but "Derby County", "Sale Sharks": the club's town
        return None  # a word; a month's name ("in March") is the month even after an introducer
    if m.name in r.namesakes and not (before.lower() in r.namesake_introducers
                                      and not text.startswith(("'s", "’s"), m.end) or after == "City" and tight_after):
        return None  # "Toyota reported", "workers at Toyota", "in Toyota's results", "Chelsea fans": the firm, the club
    if m.name in r.after_the and not (
            tight_before and before.lower() == "the" and not (tight_after and after[:1].isupper())
            and _word_before(text, m.start - 1 - len(before))[0].lower() != "at"):
        return None  # "flew Emirates", "the Emirates Stadium", "at the Emirates": the airline, the ground
    if m.name in r.after_the and _names_club(text, m.start, m.end, r.ground_clubs):
        return None  # "Arsenal returned to the Emirates": the ground
    state = r.state_of.get(m.name)
    if state and before and text[max(0, m.start - 20): m.start].lower().endswith(r.state_after):
        return state  # "the state of Washington", "the governor of Washington", "eastern Washington"
    not_after = r.not_after.get(m.name, ())
    if after in r.not_before.get(m.name, ()) or (tight_before and before in not_after) or (
            not_after and any(text.endswith(words, 0, m.start) for words in not_after if not words.isalnum())):
        return None  # "Inter Milan"; "la province de l'Equateur"
    if m.name in r.only_after and not (tight_before and before in r.only_after[m.name]) and (
            elided_article(text, m.start) not in r.only_after[m.name]):
        return None  # "a chine of pork", not "la Chine"; "l'Equateur"
    # "Antonio José de Sucre"; a weekday's or a month's name is no first name nor surname: "On Tuesday Jordan
    # closed", "to Francia Tuesday", but after the name a month is a date's only before a day or a year ("to Georgia
    # March 3"; "Jordan May" is a person: `_date_follows`)
    # ... and a given name that is no surname (`only_first_names`) is a firm's country after a capitalised word
    # ("Telecom Italia")
    named_before = ((tight_before and before[:1].isupper() and before.lower() not in _FUNCTION_WORDS
                     and before.lower() not in _DAYS_AND_MONTHS and m.name not in r.only_first_names)
                    or in_full_name(text, m.start))
    # "the Dallas Cowboys", "a former Dallas Cowboy": the team's city
    if m.name in r.people and not nickname_follows(text, m.end, m.start):
        if age_follows(text, m.end) and (before.lower() not in r.introducers or before == "and"):
            return None  # "Denzel Washington, 69, said", "Washington, 69, who": an age, a person's
        if (tight_after and after[:1].isupper() and after not in r.place_nouns and not _date_follows(text, m.end, after)
                and not r.event_follows(text, m.end)) or named_before:  # "Sydney Olympics": the place
            return None
        if before in SPORT_VERBS and tight_before and player_beats(text, m.start - len(before) - 2, m.name):
            return None  # "Jordan beat Murray": a player beaten by a player, as the winner is
        if m.name not in r.speaking_places and after in r.speech and not (
                before.lower() in r.introducers and before != "and") and not (  # "officials in Houston said"
                after in SPORT_VERBS and place_follows(text, m.end + 1 + len(after), m.name)):  # "Valencia beat Getafe"
            return None
    if m.name in r.surnames and named_before and before not in r.place_prefixes and not before.endswith(("'s", "’s")):
        return None  # "Jack London", not "Greater London"
    return m.name


# An age between commas right after a name, and a lower-case word after it: "Denzel Washington, 69, said",
# "Jordan, 23, who", as news introduces a person (amounts read the same age as none: `amount_exclusions`). A
# place's name is followed so by no number but a code or a list's ("Lyon (69)", "Washington, 69-65").
_AGE_AFTER = re.compile(r",\s(?:[1-9]|[1-9]\d|1[01]\d),\s(?=[a-z])")


def _names_club(text: str, start: int, end: int, clubs: tuple[str, ...]) -> bool:
    """Return whether the paragraph of the mention from `start` to `end` names one of `clubs` as a word (`text`
    is a batch's, `SEPARATOR` between its paragraphs)."""
    low, high = text.rfind(SEPARATOR, 0, start), text.find(SEPARATOR, end)
    paragraph = text[low + len(SEPARATOR) if low >= 0 else 0: high if high >= 0 else len(text)]
    return any(re.search(rf"\b{re.escape(club)}\b", paragraph) for club in clubs)


def age_follows(text: str, end: int) -> bool:
    """Return True when an age between commas follows the name ending at `end`: a person's.

    >>> [age_follows(t, t.index(",")) for t in ("Washington, 69, said", "Paris, 2024, was", "Chad, 5, and 6")]
    [True, False, True]
    """
    return text.startswith(", ", end) and _AGE_AFTER.match(text, end) is not None


# What a person does, right after a small city's name that is a person's ("Walker denied"): verbs of
# speech only, not of sport ("Liverpool beat Chelsea" is the club, its city still).
_PERSON_VERBS = frozenset("said says told added admitted insisted claimed denied denies argued wrote testified "
                          "pleaded resigned replied".split())


def person_reading(text: str, start: int, end: int, r: Rules, first_name: int = 0) -> int:
    """Return how surely the name at [start, end) reads as a person's where it stands: PERSON_SURE right
    after a title or right before a verb of speech ("Mr Walker", "Walker denied"; not "in Bristol
    said", nor "Chelsea denied by James"), PERSON_HERE right after a capitalised first name ("Kevin
    Durant", "P Chidambaram"; not after a place prefix, "East Walker", a possessive, a word in capitals, "WTA Cincinnati
    Open", nor inside a headline written in capitals), else 0. A sure reading holds for every mention
    of the name in the article; the other only for its own (the capitalised word may be a club's or a
    firm's: "Reebok Cardiff Cross Challenge", "Radio Leicester"). With `first_name` (FOLDED: a name found
    without its accents; TOWN: a town's), also PERSON_HERE right before a capitalised word that is none of
    `place_nouns`, a title, an event's or a date's word or "I" ("Hue Jackson", "Howard Stern"; not "Bogota
    Mayor", "in Harrogate Mr Kennedy said", "the Warwick Agreement", "hit Galveston Tuesday"); a town's
    even after a word that introduces a place ("a biography of Howard Hughes", "the Davis Cup": a town
    lends its name to little that stands in it), and in a headline in Title Case PERSON_UNLESS_PLACED."""
    # "Former Denver Broncos coach", "Green Bay Packers", "a former Dallas Cowboy": the team's place
    if nickname_follows(text, end, start):
        return 0
    before, tight_before = _word_before(text, start)
    after, tight_after = _word_after(text, end)
    introduced = before.lower() in r.introducers or before.lower() in _FUNCTION_WORDS  # "in Bristol said"
    if not introduced:
        if tight_before and before in r.titles:
            return PERSON_SURE
        if tight_after and after in _PERSON_VERBS and not _acts_on(text, end + 1 + len(after), after):
            return PERSON_SURE
        if age_follows(text, end):  # "Durant, 35, said": an age between commas, as a person is introduced
            return PERSON_SURE
        if tight_before and len(before) == 1 and _initial(text, start - 2) and not _title_case(text, start):
            return PERSON_HERE  # an initial ("Finance Minister P Chidambaram")
        if (tight_before and before[:1].isupper() and not before.isupper() and before not in r.place_prefixes
                and before.lower() not in _DAYS_AND_MONTHS and not before.endswith(("'s", "’s"))
                and not _title_case(text, start)):
            return PERSON_HERE
        if in_full_name(text, start):  # "Juan Ponce de León", "Vasco da Gama"
            return PERSON_HERE
    if ((first_name == TOWN or (first_name and not introduced)) and tight_after and after[:1].isupper()
            and after not in r.place_nouns and after not in r.titles and not r.event_follows(text, end)
            and after not in _NO_SURNAMES and after.lower() not in _DAYS_AND_MONTHS):
        if first_name == TOWN and _headline_verb(text, end, after):
            return TOWN_UNLESS_PERSON  # "Galveston Braces": a headline's subject and its verb
        if not _title_case(text, start):
            return PERSON_HERE
        if first_name == TOWN:  # a headline's capitals say nothing of the word after: its article does
            return PERSON_UNLESS_PLACED
    return 0


# Words after a headline's verb that show it is one ("Galveston Braces for Storm", "Town Reels after Blast").
_HEADLINE_LINKS = frozenset("for as after against amid over to in on with at ahead before from into".split())


def _headline_verb(text: str, end: int, after: str) -> bool:
    """Return True when `after`, the word after the name ending at `end`, is a verb of a headline: the line is
    short (at most three words) or in Title Case, with no full stop at its end, and `after` ends as a verb of
    the present does, in an "s" (not "ss", "us" or "is": "Stern", "Cup", "Status" are none), with nothing, a
    lower-case word or a preposition after it ("Galveston Braces", "Galveston Braces For Storm"; not "Green
    Tosses 3 Touchdown Passes" nor "Golden Globes Honour Aviator", where a name may go on).

    >>> [_headline_verb(t, t.index(" "), t.split()[1]) for t in ("Galveston Braces", "Galveston Braces For Ike",
    ...                                                         "Green Tosses 3 Passes", "Howard Stern Signs")]
    [True, True, False, False]
    """
    head, tail = text.rfind("\n", 0, end) + 1, text.find("\n", end)
    line = text[head: tail if tail >= 0 else len(text)]
    # a byline is no headline ("By Howard Jones"); the line is a paragraph: its words are counted up to four
    if (line.rstrip().endswith(".") or line.startswith("By ")
            or not (len(list(islice(_WORD.finditer(line), 4))) <= 3 or _title_case(text, end))):
        return False
    if len(after) < 4 or not after.endswith("s") or after.endswith(("ss", "us", "is")):
        return False
    rest = line[end - head + 1 + len(after):].split()
    return not rest or rest[0][:1].islower() or rest[0].lower() in _HEADLINE_LINKS


# person_reading's answers but 0 (no person): a person's here, in the whole article, and here unless the
# article names the town as the town elsewhere (a town in a headline in Title Case: "Green Tosses 3
# Touchdown Passes" after "Trent Green threw", but "Beslan School Hostage Siege" after "in Beslan")
PERSON_HERE, PERSON_SURE, PERSON_UNLESS_PLACED = 1, 2, 3
# ... and the town unless its article reads the name as a person's elsewhere (a headline's subject before its
# verb: "Galveston Braces" over a story of the Texas coast, kept though it says only "the island city"; not
# "Green Tosses for 300 Yards" over "Trent Green threw"); places.rows reads it as PERSON_UNLESS_PLACED where
# the article names no state of the town's ("Golden Globes")
TOWN_UNLESS_PERSON = 4
FOLDED, TOWN = 1, 2  # person_reading's `first_name`: a name found without its accents, a town's

# Words before a capital letter that make it a label, not an initial ("Plan B Leeds", "Formula E Marrakesh").
_LABELS = frozenset(
    "plan formula pool group class model type vitamin serie series grade terminal category level stage zone "
    "section gate line route block ward division league tier phase option part article appendix exhibit "
    "platform studio channel radio generation".split()
)


def _initial(text: str, at: int) -> bool:
    """Return True when the capital letter at `at` is a person's initial: a word of its own (not "M&S",
    "Jay-Z", "O'Neill"), not "A", "I" or "O" (words), nor "À" (French's "à": "À Lyon et à Marseille"), and not
    after a word that makes it a label.

    >>> [_initial(t, t.index(" L") - 1) for t in ("Minister P Leeds", "M&S Leeds", "Plan B Leeds", "Jay-Z Leeds")]
    [True, False, False, False]
    """
    if not text[at].isupper() or text[at] in "AIOÀ" or (at and not text[at - 1].isspace()):
        return False
    words = _WORD.findall(text[max(0, at - 30): at])
    return not words or words[-1].lower() not in _LABELS


# Capitalised words before a name that are no first name ("On Monday Bristol was flooded").
_DAYS_AND_MONTHS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split()
)


_DAY_OR_YEAR = re.compile(r" \d{1,4}(?!\d)")


def _date_follows(text: str, end: int, after: str) -> bool:
    """Return whether the capitalised word `after`, right after the name ending at `end`, opens a date: a weekday, or
    a month before a day or a year ("to Georgia Tuesday", "to Georgia March 3"); a month's name alone is as often a
    surname or a first name ("Jordan May", "Chad August").

    >>> [_date_follows(t, t.index(" "), t.split()[1]) for t in ("Jordan Tuesday", "Jordan May 3", "Jordan May, 24")]
    [True, True, False]
    """
    low = after.lower()
    if low not in _DAYS_AND_MONTHS:
        return False
    return low.endswith("day") or _DAY_OR_YEAR.match(text, end + 1 + len(after)) is not None


# Capitalised words after a name that are no surname: a date's ("a tornado hit Galveston Tuesday",
# "GALVESTON Oct. 18 (AP) -") or the next clause's subject ("when I lived in Galveston I learned").
_NO_SURNAMES = frozenset("I Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())


def _acts_on(text: str, at: int, verb: str) -> bool:
    """Return True when the verb before `at` is passive or acts on a name, as a team's or a place's
    does: "Chelsea denied by James", "Bristol denied Bath a win"."""
    if text.startswith(" by ", at):
        return True
    return verb in ("denied", "denies") and text[at: at + 1] == " " and text[at + 1: at + 2].isupper()


def _title_case(text: str, at: int) -> bool:
    """Return True when the line around `at`, as far as 150 characters each way, is written with
    capitals on most words (a headline)."""
    head = max(text.rfind("\n", max(at - 150, 0), at), at - 150, 0)
    tail = text.find("\n", at, at + 150)
    return _capitalised(text[head: tail if tail >= 0 else at + 150])


@lru_cache(maxsize=256)  # the mentions of one headline ask of the same line: asked 570 times, 300 lines
def _capitalised(line: str) -> bool:
    words = _WORD.findall(line)
    return len(words) >= 3 and sum(map(str.isupper, [w[0] for w in words])) >= 0.6 * len(words)
