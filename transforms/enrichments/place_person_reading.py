"""How surely a place name reads as a person's where it stands: right after a title or before a verb of speech
("Mr Walker", "Walker denied"), after a capitalised first name ("Kevin Durant"), before a surname ("Hue Jackson"),
or as a headline's subject before its verb ("Galveston Braces"); `place_people` applies the answers to an article.
"""

from __future__ import annotations

import re
from itertools import islice

from transforms.enrichments.place_full_names import in_full_name
from transforms.enrichments.place_names import gazetteer
from transforms.enrichments.place_rules import Rules
from transforms.enrichments.place_scorers import scores_for_side
from transforms.enrichments.place_teams import nickname_follows
from transforms.enrichments.place_words import (
    DAYS_AND_MONTHS,
    FUNCTION_WORDS,
    WORD,
    age_follows,
    role_follows,
    title_case,
    word_after,
    word_before,
)

# What a person does, right after a small city's name that is a person's ("Walker denied"): verbs of
# speech only, not of sport ("Liverpool beat Chelsea" is the club, its city still).
PERSON_VERBS = frozenset("said says told added admitted insisted claimed denied denies argued wrote testified "
                         "pleaded resigned replied spoke".split())


def _after_title(text: str, at: int, r: Rules) -> bool:
    """Return whether a title of `r.titles` (or an abbreviated one and its period) ends right before the first name
    starting at `at`: "Attorney General Bob Ferguson", "Gov. Bob Ferguson". A short line of such capitalised words
    reads as a headline, where a first name says nothing ("Reebok Cardiff Cross Challenge"), but an official's
    title before two capitalised words names a person whatever the line ("Washington Attorney General Bob Ferguson
    sued." made Missouri's Ferguson a town of the US that the state named); so does a possessive before it
    ("Missouri's Bob Ferguson sued.": the state's official, as "Australia's Nathan Lyon" is its player).

    >>> from transforms.enrichments.place_rules import rules
    >>> [_after_title(t, t.index("Bob"), rules()) for t in ("Attorney General Bob Ferguson", "Gov. Bob Ferguson",
    ...                                                       "Reebok Bob Ferguson", "Gen Bob Ferguson")]
    [True, True, False, True]
    >>> _after_title("Missouri's Bob Ferguson", 11, rules())
    True
    """
    window = text[max(0, at - 24):at]
    if not window.endswith(" "):
        return False
    window = window[:-1]
    if window.endswith(("'s", "’s")) and window[-3:-2].isalpha():
        return True  # "Missouri's Bob Ferguson", "Britain's Andy Murray": a place's or a side's person, as a title's
    period = window.endswith(".")
    title = window[:-1 if period else None].rsplit(" ", 1)[-1]
    return title in r.abbreviated_titles if period else title in r.titles or title in r.abbreviated_titles


# A bowler's figures after his name: "Lyon took five wickets", "took 5-42", "took 4 for 30".
_BOWLS = re.compile(r" took (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?: wickets?\b| for\b)"
                    r"| took \d+-\d+\b")


_AIRPORTS = frozenset(("airport", "Airport", "airports"))

# A US lawmaker's party label right after a name, the AP's between commas or in brackets, with or without the state
# ("Rep. Al Green, D-Texas,", "Rep. John Green (D)", "(R-Ohio)"): only a person has a party, so the name is one where
# a short line of capitalised words reads as a headline and its first name says nothing ("Green, Ohio" is a town)
_PARTY_FOLLOWS = re.compile(r"(?:,[^\S\n]+|[^\S\n]+\()(?:D|R|I|DFL)(?:-[A-Z][\w.]*)?[,)]")


def person_reading(text: str, start: int, end: int, r: Rules, first_name: int = 0) -> int:
    """Return how surely the name at [start, end) reads as a person's where it stands: PERSON_SURE right
    after a title or right before a verb of speech ("Mr Walker", "Walker denied"; not "in Bristol
    said", nor "Chelsea denied by James"), PERSON_HERE right after a capitalised first name ("Kevin
    Durant", "P Chidambaram"; not after a place prefix, "East Walker", a club's word (`not_first_names`: "Olympique
    Lyon"), a possessive, a word in capitals, "WTA Cincinnati Open", nor inside a headline written in capitals), else
    0. A sure reading holds for every mention
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
    before, tight_before = word_before(text, start)
    after, tight_after = word_after(text, end)
    if tight_before and tight_after and after in _AIRPORTS and before in gazetteer():
        return 0  # "Milan Bergamo airport", "London Luton Airport": the airport's town after the city it serves
    introduced = before.lower() in r.introducers or before.lower() in FUNCTION_WORDS  # "in Bristol said"
    if not introduced:
        if tight_before and before in r.lower_titles and _club_hires(text, start - len(before) - 1, end, after):
            return 0  # "the manager Brighton appointed": the club that hired, its town
        if tight_before and (before in r.titles or before in r.storm_words or before in r.lower_titles):
            return PERSON_SURE  # "Ms Lima", "striker Adriano"; "Hurricane Milton", a storm's in all its mentions
        if tight_after and after in PERSON_VERBS and not _acts_on(text, end + 1 + len(after), after):
            return PERSON_SURE
        if tight_after and scores_for_side(text, end, after):  # "Peja scored twice for Kosovo": a side's player
            return PERSON_HERE
        if _PARTY_FOLLOWS.match(text, end):  # "Al Green, D-Texas,", "John Green (D)": a lawmaker, in a headline too
            return PERSON_NAMED
        if age_follows(text, end) or role_follows(text, end):  # "Durant, 35, said", "Marshall, a city councillor":
            return PERSON_SURE  # an age or a role between commas, as a person is introduced
        if tight_before and len(before) == 1 and _initial(text, start - 2) and not title_case(text, start):
            return PERSON_HERE  # an initial ("Finance Minister P Chidambaram")
        if (tight_before and before[:1].isupper() and not before.isupper() and before not in r.place_prefixes
                and before not in r.not_first_names  # "Olympique Lyon", "Borussia Dortmund": a club's words
                and before.lower() not in DAYS_AND_MONTHS and not before.endswith(("'s", "’s"))
                and (_after_title(text, start - len(before) - 1, r) or not title_case(text, start))):
            # a person's two words ("Nathan Lyon", "Australia's Nathan Lyon") name the person for the article's
            # later bare mentions; after a longer run of capitalised words a club's or a firm's ("Red Sox Boston
            # thinks", "Reebok Cardiff Cross Challenge") is as likely
            first, _ = word_before(text, start - len(before) - 1)
            return PERSON_NAMED if not first[:1].isupper() or first.endswith(("'s", "’s")) else PERSON_HERE
        # "Lyon took five wickets": a bowler (Nathan Lyon), here; a county side may take them too ("Durham took five
        # wickets"), so not the whole article
        if text.startswith(" took ", end) and _BOWLS.match(text, end):
            return PERSON_HERE
        if in_full_name(text, start):  # "Juan Ponce de León", "Vasco da Gama"
            return PERSON_HERE
    if ((first_name == TOWN or (first_name and not introduced)) and tight_after and after[:1].isupper()
            and not r.place_noun_after(text, start, after, before, tight_before)
            and after not in r.titles and not r.event_follows(text, end)
            and after not in _NO_SURNAMES and after.lower() not in DAYS_AND_MONTHS):
        if first_name == TOWN and _headline_verb(text, end, after):
            return TOWN_UNLESS_PERSON  # "Galveston Braces": a headline's subject and its verb
        if not title_case(text, start):
            return PERSON_HERE
        if first_name == TOWN:  # a headline's capitals say nothing of the word after: its article does
            return PERSON_UNLESS_PLACED
    return 0 if introduced else BARE


# What a club does to a player or a manager, after "the manager <name>" as a relative clause's verb: "the manager
# Brighton appointed last summer", "the striker Leeds signed in January" name the club (its town), no person
_HIRES = frozenset("appointed signed hired sacked fired bought sold released recruited loaned".split())
# ... and the words that make the verb the person's own, with its object or its place: "the striker Adriano signed a
# new deal", "signed for Inter", "the coach Lyon sacked him"
_OBJECTS = frozenset("a an the his her their its for with on up him them as to".split())


def _club_hires(text: str, title: int, end: int, verb: str) -> bool:
    """Return whether the name ending at `end`, after a role in lower case starting at `title`, is the subject of a
    relative clause of `_HIRES` ("the manager Brighton appointed last summer"): a determiner before the role, the
    verb right after the name and no object of the person's after the verb.

    >>> [_club_hires(t, t.index("manager"), t.index(" ", 20), t.split()[3]) for t in (
    ...     "The manager Brighton appointed last summer", "The manager Brighton appointed a coach",
    ...     "Club manager Brighton appointed last week")]
    [True, False, False]
    """
    if verb not in _HIRES or not text.startswith(f" {verb}", end):
        return False
    determiner, _ = word_before(text, title)
    following, _ = word_after(text, end + 1 + len(verb))
    return determiner.lower() in ("the", "a", "whose") and following.lower() not in _OBJECTS


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
            or not (len(list(islice(WORD.finditer(line), 4))) <= 3 or title_case(text, end))):
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
# ... a person's here after a first name ("Nathan Lyon"), and the person's at the article's later mentions that no
# word introduces as a place (BARE: "Lyon bowled 30 overs" after "Nathan Lyon took four wickets"; not "in Lyon")
PERSON_NAMED, BARE = 5, 6
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
    words = WORD.findall(text[max(0, at - 30): at])
    return not words or words[-1].lower() not in _LABELS


# Capitalised words after a name that are no surname: a date's ("a tornado hit Galveston Tuesday",
# "GALVESTON Oct. 18 (AP) -") or the next clause's subject ("when I lived in Galveston I learned").
_NO_SURNAMES = frozenset("I Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())


def _acts_on(text: str, at: int, verb: str) -> bool:
    """Return True when the verb before `at` is passive or acts on a name, as a team's or a place's
    does: "Chelsea denied by James", "Bristol denied Bath a win"."""
    if text.startswith(" by ", at):
        return True
    return verb in ("denied", "denies") and text[at: at + 1] == " " and text[at + 1: at + 2].isupper()
