"""What a place name's context says: a person, a word, a club, another name, or the country it is in.

Names that are also people ("Paris Hilton", "Michael Jordan", "Chad said") or words ("Nice to see",
"Reading is") pass the rules of `places.toml`'s [ambiguity] table (`place_rules.rules()`) before they count as
places: `reading` reads the words around such a mention and says whether it names its place, another
name of the gazetteer ("the state of Washington": "Washington State") or nothing ("City, State" and
"City, Country" are `place_states`').

`place_table.places_toml()` reads the hand-kept table once per process, for these rules (`place_rules`) and for
the gazetteer's other names (`place_names`); the end of a person's full name ("Antonio José de Sucre") is
`place_full_names`', how surely a name reads as a person's where it stands `place_person_reading`'s, and the
words around a name `place_words`'.
"""

from __future__ import annotations

import re
from functools import cache

from transforms.enrichments.batch import SEPARATOR
from transforms.enrichments.geonames import CITY
from transforms.enrichments.place_compounds import towns_only
from transforms.enrichments.place_described import called_town, region_part_before
from transforms.enrichments.place_endonyms import elided_article
from transforms.enrichments.place_firm_names import firm_name_follows
from transforms.enrichments.place_full_names import in_full_name
from transforms.enrichments.place_mentions import Mention
from transforms.enrichments.place_names import gazetteer
from transforms.enrichments.place_rules import COMPASS, Rules
from transforms.enrichments.place_struck_pairs import opens_struck_pair
from transforms.enrichments.place_teams import SPORT_VERBS, nickname_follows, place_follows, player_beats, team_follows
from transforms.enrichments.place_words import (
    DAYS_AND_MONTHS,
    FUNCTION_WORDS,
    age_follows,
    role_follows,
    title_case,
    word_after,
    word_before,
)


def reading(text: str, m: Mention, r: Rules) -> str | None:
    """Return the name a mention is read as: its own, another of the gazetteer ("the state of
    Washington": "Washington State"), or None when the context says it is a person or a word."""
    if m.name not in r.read_context:
        return m.name  # most names: no rule reads their context
    if m.name in r.neighbours_only:  # "China", "French": the rule of the words around them below, alone
        return None if _neighbour_rules(text, m, r) else m.name
    before, tight_before = word_before(text, m.start)
    after, tight_after = word_after(text, m.end)
    if m.name in r.words and (before.lower() not in r.introducers or m.name.lower() in DAYS_AND_MONTHS) and (
            team_follows(text, m.start, m.end) is None  # but "Derby County", "Sale Sharks": the club's town
            # ... and "the Derby-based engine maker" within a sentence, where only a name is capitalised; a sentence
            # opens with a word capitalised ("University-based researchers", "Mission-based charities")
            and not (before and text.startswith("-based", m.end))
            and not called_town(text, m.end)  # "Nice, the Riviera city,", "Nice, the city's mayor said,"
            and not opens_struck_pair(text, m.start, m.end)):  # "Storms battered Dover and Folkestone": a storm's
        return None  # a word; a month's name ("in March") is the month even after an introducer
    if m.name in r.namesakes and not (before.lower() in r.namesake_introducers
                                      and not text.startswith(("'s", "’s"), m.end) or after == "City" and tight_after):
        return None  # "Toyota reported", "workers at Toyota", "in Toyota's results", "Chelsea fans": the firm, the club
    if m.name in r.after_the and not (
            tight_before and before.lower() == "the" and not (tight_after and after[:1].isupper())
            and word_before(text, m.start - 1 - len(before))[0].lower() != "at"):
        return None  # "flew Emirates", "the Emirates Stadium", "at the Emirates": the airline, the ground
    if m.name in r.after_the and _names_club(text, m.start, m.end, r.ground_clubs):
        return None  # "Arsenal returned to the Emirates": the ground
    state = r.state_of.get(m.name)
    if state and before and text[max(0, m.start - 20): m.start].lower().endswith(r.state_after):
        return state  # "the state of Washington", "the governor of Washington", "eastern Washington"
    state = r.institution_states.get(m.name)
    if state and r.state_institutions.match(text, m.end):
        return state  # "Georgia's Senate runoff", "Georgia Gov. Brian Kemp": the US state's institutions
    if _neighbour_rules(text, m, r):
        return None  # "Inter Milan"; "la province de l'Equateur"
    if m.name in r.only_after and not (tight_before and before in r.only_after[m.name]) and (
            elided_article(text, m.start) not in r.only_after[m.name]):
        return None  # "a chine of pork", not "la Chine"; "l'Equateur"
    # "Antonio José de Sucre"; a weekday's or a month's name is no first name nor surname: "On Tuesday Jordan
    # closed", "to Francia Tuesday", but after the name a month is a date's only before a day or a year ("to Georgia
    # March 3"; "Jordan May" is a person: `_date_follows`)
    # ... and a given name that is no surname (`only_first_names`) is a firm's country after a capitalised word
    # ("Telecom Italia"). Read for people's and surnames' names only, the rules below that ask (most names read
    # here are other rules', "China", "French": a full name's search at 3,300 mentions of a 2,000-article batch)
    named_before = (m.name in r.people or m.name in r.surnames) and (
        (tight_before and before[:1].isupper() and before.lower() not in FUNCTION_WORDS
         and before.lower() not in DAYS_AND_MONTHS and m.name not in r.only_first_names)
        or in_full_name(text, m.start)) and not (
        tight_after and after in _SITES and before.endswith(("'s", "’s")))  # "Boeing's Everett factory": the town
    # "Western Victoria", "North-West Victoria": a part of the region, capitalised as forecasters write it, no name
    named_before = named_before and not (m.name in r.named_regions and region_part_before(text, m.start))
    # "the Dallas Cowboys", "a former Dallas Cowboy": the team's city
    if m.name in r.people and not nickname_follows(text, m.end, m.start):
        if (age_follows(text, m.end) or role_follows(text, m.end)) and (
                before.lower() not in r.introducers or before == "and"):
            return None  # "Denzel Washington, 69, said", "Washington, 69, who", "Tyler, a state senator": a person's
        if tight_after and after in r.name_nouns and tight_before and before in ("the", "The") and all(
                p.kind == CITY for p in gazetteer()[m.name]):
            return None  # "the Phoenix consortium": a venture's name
        if (tight_after and after[:1].isupper() and not r.place_noun_after(text, m.start, after, before, tight_before)
                and not _date_follows(text, m.end, after)
                and not r.event_follows(text, m.end)) or named_before:  # "Sydney Olympics": the place
            return None
        if before in SPORT_VERBS and tight_before and player_beats(text, m.start - len(before) - 2, m.name):
            return None  # "Jordan beat Murray": a player beaten by a player, as the winner is
        if m.name not in r.speaking_places and after in r.speech and not (
                before.lower() in r.introducers and before != "and") and not (  # "officials in Houston said"
                after in SPORT_VERBS and place_follows(text, m.end + 1 + len(after), m.name)):  # "Valencia beat Getafe"
            return None
    if m.name in r.given_name_places and surname_follows(text, m.end, r):
        return None  # "Milan Kundera", "Kenya Barris": a person; "Milan Fashion Week", "Kenya Airways": the place
    if m.name in r.surnames and named_before and before not in r.place_prefixes and not before.isupper() and (
            not before.endswith(("'s", "’s"))):
        return None  # "Jack London", "Stuart Fife", not "Greater London", "NHS Fife" (a body in capitals: its board)
    return m.name


def _neighbour_rules(text: str, m: Mention, r: Rules) -> bool:
    """Return whether the words right around a mention say it is no place (`not_after`, `not_before`: "Inter Milan",
    "la province de l'Equateur"), reading the word before or after it only where the name has such a rule."""
    if m.name in r.named_regions and m.name.startswith(COMPASS):
        before, tight_before = word_before(text, m.start)
        # "Leeds North West", a seat's name: the town's part; not "in the North West", "England's North West"
        return (tight_before and before[:1].isupper() and before.lower() not in FUNCTION_WORDS
                and not before.endswith(("'s", "’s")))
    not_after, not_before = r.not_after.get(m.name, frozenset()), r.not_before.get(m.name, frozenset())
    if not_before and ((after := word_after(text, m.end)[0]) in not_before
                       or text.startswith(_phrases(not_before), m.end)):
        # a headline capitalises every noun: "Philippine Rail Cars Crash Into Ravine" names the country, where
        # "Irish Rail said" is the firm
        if not (m.name in r.nation_adjectives and after in r.firm_lines
                and (_headline_goes_on(text, m.start, m.end + 1 + len(after))
                     or _topic_in_a_name(text, m.start, m.end + 1 + len(after)))):
            return True
    if m.name in r.nation_adjectives and firm_name_follows(text, m.end):
        return True  # "Indian Oil Corp", "French Connection shares fell": the firm's name
    if not not_after:
        return False
    before, tight_before = word_before(text, m.start)
    if tight_before and before in ("a", "A") and before in not_after and not text.startswith(" of ", m.end):
        return False  # "a Plateau State official" is one; "stuck on a Plateau State of stagnation": "a state of"
    return (tight_before and before in not_after) or text.endswith(_phrases(not_after), 0, m.start)


def _headline_goes_on(text: str, start: int, end: int) -> bool:
    """Return whether the adjective and the line at `start`..`end` stand in a Title Case headline ("Philippine Rail
    Cars Crash Into Ravine": the nation), not in a short sentence of capitalised names whose verb, after the line, is
    in lower case ("Standard Life and Scottish Widows merged.": the firms). A headline keeps only its short words in
    lower case ("British Airways to Shed Qantas"), so a lower-case word after the line that is none is prose's.

    >>> _headline_goes_on("Philippine Rail Cars Crash", 0, 15), _headline_goes_on("Scottish Widows merged.", 0, 15)
    (True, False)
    """
    head, tight = word_after(text, end)
    return not (tight and head[:1].islower() and head not in FUNCTION_WORDS) and title_case(text, start)


def _topic_in_a_name(text: str, start: int, end: int) -> bool:
    """Return whether the nation's adjective and the firm's line at `start`..`end` stand inside a longer name, after
    a capitalised word and "and", "of" or "for" and before another capitalised word: the subject a body studies ("the
    Pew Internet and American Life Project" names the US), where a firm's name opens with the adjective and ends at
    its line ("British Airways said", "Standard Life and Scottish Widows merged": two firms, no word after).

    >>> t, m = "the Pew Internet and American Life Project", "the Museum of Irish Life and Culture"
    >>> _topic_in_a_name(t, t.index("American"), t.index(" Project")), _topic_in_a_name("Irish Life Project", 0, 10)
    (True, False)
    >>> _topic_in_a_name(m, m.index("Irish"), m.index(" and"))
    True
    """
    joint, tight = word_before(text, start)
    if not (tight and joint in ("and", "of", "for")):
        return False
    name, tight_name = word_before(text, start - len(joint) - 1)
    head, tight_head = word_after(text, end)
    if tight_head and head == "and" and joint != "and":
        # a body "of" a nation's life "and" its culture goes on past "and" ("the Museum of Irish Life and Culture"),
        # where firms named side by side part at it ("Standard Life and Scottish Widows")
        head, tight_head = word_after(text, end + 4)
    # the word after the line a name's capitalised noun, not the next sentence's ("... American Life. The")
    return tight_name and name[:1].isupper() and tight_head and head[:1].isupper()


@cache
def _phrases(words: frozenset[str]) -> tuple[str, ...]:
    """Return the rule's words that are no single word ("l'", "de l'"), in one tuple: one `startswith` or `endswith`
    tries them all, where a loop per mention had gone through every word of the rule.

    >>> sorted(_phrases(frozenset(["Inter", "de l'", "la"])))
    ["de l'"]
    """
    return tuple(phrase for phrase in words if not phrase.isalnum())


# What a firm has in a town, after a possessive and the town's name: "Boeing's Everett factory", "Nissan's Sunderland
# plant" name the town, where "Britain's Andy Murray", "Boeing's Kelly Ortberg" name people.
_SITES = frozenset("factory factories plant plants site sites facility facilities works plant's factory's "
                   "headquarters campus office offices warehouse mill mine refinery shipyard yard hub".split())


def surname_follows(text: str, end: int, r: Rules) -> bool:
    """Return whether a surname follows the name ending at `end` after a space: a capitalised word, not in capitals,
    that is no name of the gazetteer but perhaps a town's or a city's of fewer than `city_population` people, no
    capital ("Salvador Allende": Mexico has two Allendes; "Salvador Dali": China's Dali has 235,000), none of
    `place_nouns`, titles, events, `not_surnames`, team nicknames nor a date's word, and no capitalised word nor a
    number after it (a longer name: "Milan Fashion Week", "Kenya Wildlife Service", an event's year: "Milan Cortina
    2026"), outside a headline.

    >>> from transforms.enrichments.place_rules import rules
    >>> [surname_follows(t, t.index(" "), rules()) for t in ("Milan Kundera died at 94", "Milan Fashion Week",
    ...                                                      "Kenya Airways said", "Kenya Barris", "Milan Rome",
    ...                                                      "Milan Cortina 2026", "Salvador Allende",
    ...                                                      "Salvador Dali")]
    [True, False, False, True, False, False, True, True]
    >>> t = "Six Shot Dead in Northeast India Violence"  # a headline's words are capitalised: no surname
    >>> surname_follows(t, t.index(" Violence"), rules())
    False
    """
    after, tight = word_after(text, end)
    if not (tight and after[:1].isupper() and not after.isupper() and len(after) > 1) or after in r.not_surnames:
        return False
    if (after in r.place_nouns or after in r.paper_nouns or after in r.titles or after in r.not_first_names
            or after.lower() in DAYS_AND_MONTHS
            or after in gazetteer() and not _towns_or_cities(gazetteer()[after], r)  # "Salvador Allende", "Dali"
            or r.event_follows(text, end) or nickname_follows(text, end)):
        return False
    following, tight_after = word_after(text, end + 1 + len(after))
    # "Milan Cortina 2026"; and a headline capitalises its words: "New Northeast India Violence" names no Ms India;
    # and "Milan Bergamo airport", "London Luton airport": an airport's town after the city it serves, no surname
    return not (tight_after and (following[:1].isupper() or following[:1].isdigit() or following == "airport")) and (
        not _headline(text, end))


def _headline(text: str, at: int) -> bool:
    """Return whether `at` is in a headline: a line of fewer than 100 characters in Title Case (a long line of
    capitalised words is a list of names: "Milan Kundera (Czech Republic) Stanislaw Lem (Poland) ...").

    >>> _headline("Six Shot Dead in Northeast India Violence", 35), _headline("Milan Kundera (Czech Republic) " * 4, 5)
    (True, False)
    """
    head, tail = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    return (tail if tail >= 0 else len(text)) - head < 100 and title_case(text, at)


def _towns_or_cities(places: tuple, r: Rules) -> bool:
    """Return whether a name's places are all towns (`towns_only`) or cities of fewer than `city_population` people
    and no capital: a surname as often ("Salvador Allende": Mexico's towns; "Salvador Dali": a city of China's).

    >>> from transforms.enrichments.place_rules import rules
    >>> [_towns_or_cities(gazetteer()[n], rules()) for n in ("Allende", "Dali", "Rome", "Georgia", "Lagos")]
    [True, True, False, False, False]
    """
    return towns_only(places) or all(
        p.kind == CITY and not r.big_city(p) and p.geonames_id not in r.capitals for p in places)


def _names_club(text: str, start: int, end: int, clubs: tuple[str, ...]) -> bool:
    """Return whether the paragraph of the mention from `start` to `end` names one of `clubs` as a word (`text`
    is a batch's, `SEPARATOR` between its paragraphs)."""
    low, high = text.rfind(SEPARATOR, 0, start), text.find(SEPARATOR, end)
    paragraph = text[low + len(SEPARATOR) if low >= 0 else 0: high if high >= 0 else len(text)]
    return any(re.search(rf"\b{re.escape(club)}\b", paragraph) for club in clubs)


_DAY_OR_YEAR = re.compile(r" \d{1,4}(?!\d)")


def _date_follows(text: str, end: int, after: str) -> bool:
    """Return whether the capitalised word `after`, right after the name ending at `end`, opens a date: a weekday, or
    a month before a day or a year ("to Georgia Tuesday", "to Georgia March 3"); a month's name alone is as often a
    surname or a first name ("Jordan May", "Chad August").

    >>> [_date_follows(t, t.index(" "), t.split()[1]) for t in ("Jordan Tuesday", "Jordan May 3", "Jordan May, 24")]
    [True, True, False]
    """
    low = after.lower()
    if low not in DAYS_AND_MONTHS:
        return False
    return low.endswith("day") or _DAY_OR_YEAR.match(text, end + 1 + len(after)) is not None
