"""A model's three-digit number before its name ("737 Max", "787 Dreamliner"): no amount, unless a plural that is
no product follows the name ("357 Apple engineers").

`amount_exclusions` reads a model's number after "the" ("the 737 Max line"); after any other word the number
was read as a count of what followed the model's name: "The firm sold 737 Max jets" counted 737 jets.
`headline_verb_count` says when a capitalised word before a number is a headline's verb, no name the number is part
of ("Google Hires 357 Engineers").
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_groups import people
from transforms.enrichments.amount_headline_verbs import PARTICLES, after_release, headline_verb, verb_agrees
from transforms.enrichments.amount_headline_words import CASUALTIES
from transforms.enrichments.amount_objects import counted_object
from transforms.enrichments.amount_plurals import IRREGULAR_PLURALS, counts
from transforms.enrichments.amount_products import PRODUCTS
from transforms.enrichments.amount_read_past import MODEL_VARIANT
from transforms.enrichments.amount_titles import title_case
from transforms.enrichments.place_names import gazetteer

# The capitalised word right after the number, one space apart
_NAME_AFTER = re.compile(r"[^\S\n]([A-Z][A-Za-z-]*)\b")
# A model's number and variant right after a count and one space ("30 737-800 jets"), read backwards from the model
_VARIANT_AFTER_COUNT = re.compile(r"(?<![\w,.])\d{1,3}(?:,\d{3})*[^\S\n]" + MODEL_VARIANT)
# A plural written in capitals right after the name ("Labour MPs", "Compaq PCs"), which `counted_object` leaves
_CAPITAL_PLURAL = re.compile(r"[^\S\n]+([A-Z]{2,}s)\b")
# The names a maker gives a model, in the plural, right after its three digits: "sold 787 Dreamliners", "flies 747
# Jumbos" count no Dreamliners (they counted 787 Dreamliners). Any other capitalised plural there is a people or a
# group counted, as news counts more often than it names a fleet: "312 Eritreans", "143 Gazans", "352 Gurkhas",
# "413 Democrats".
MODEL_PLURALS = frozenset("Dreamliners Jumbos Superjumbos Maxes Freighters".split())


def model_number(text: str, end: int, digits: str | None, value: float) -> bool:
    """Return True when a number ending at `end` is a model's: three digits, not round (a count is more often
    round: "300 Labour MPs"), then, in a sentence, a capitalised word that is no count of its own ("People" of a
    headline; a plural only as a model's, `MODEL_PLURALS`), no people ("Palestinians") and no place's or nation's
    name ("137 British fans", "143 US troops"), and after it no plural but a product's ("737 Max jets"; "357 Apple
    engineers" counts the engineers).
    A headline in Title Case capitalises every word, so its model names are left to the rule after "the".

    >>> [model_number(t, t.index(n) + 3, n, float(n)) for t, n in (("sold 737 Max jets", "737"),
    ...  ("freed 123 Palestinian prisoners", "123"), ("met 300 Labour MPs", "300"), ("sold 737 jets", "737"),
    ...  ("hired 357 Apple engineers", "357"), ("a 787 Dreamliner plane", "787"), ("sold 787 Dreamliners", "787"),
    ...  ("413 Democrats voted", "413"))]
    [True, False, False, False, False, True, True, False]
    """
    if not digits or len(digits) != 3 or not digits.isdigit() or not value % 10:
        return False
    name = _NAME_AFTER.match(text, end)
    if name is None:
        return False
    word = name.group(1)
    if (counts([word.lower()]) and word not in MODEL_PLURALS or people(word) or word in gazetteer()
            or title_case(text, end)):
        return False
    return not _counts_a_modified_plural(text, end, name.end())


def model_variant(text: str, name_start: int) -> bool:
    """Return True when the capitalised word starting at `name_start`, right before a number, follows a model's three
    digits (`model_number`): the number is the model's variant, no count ("150 737 Max 10 aircraft", "737 Max 8 jets"
    counted 10 aircraft and 8 jets). A score's "Lakers 112 Celtics 108" is none: a plural name after its digits.

    >>> [model_variant(t, t.index(w)) for t, w in (("ordered 150 737 Max 10 aircraft", "Max"), ("sold 737 Max 8 jets",
    ...     "Max"), ("a 1,737 Max 8", "Max"), ("Lakers 112 Celtics 108", "Celtics"))]
    [True, True, False, False]
    """
    digits = text[name_start - 4: name_start - 1]
    if text[name_start - 1: name_start] != " " or not digits.isdigit() or (
            name_start > 4 and (text[name_start - 5].isalnum() or text[name_start - 5] in ",.")):
        return False
    return model_number(text, name_start - 1, digits, float(digits))


def _counts_a_modified_plural(text: str, end: int, name_end: int) -> bool:
    """Return True when the noun phrase after a number ending at `end`, its name ending at `name_end`, ends in a
    plural that is no product's, the name its modifier: "357 Apple engineers", "435 House members", "Labour MPs"."""
    thing = counted_object(text, end)
    if thing is None and (capitals := _CAPITAL_PLURAL.match(text, name_end)):
        thing = capitals.group(1)
    return thing is not None and thing.lower() not in PRODUCTS and (
        counts([thing]) or thing[:-1].isupper() and thing[-1:] == "s")


# A function word of a headline in Title Case right after its verb's number: what follows is no plural it counts
# ("Storm Kills 14 In Texas", "Firm Cuts 40 As Sales Slump" counted Texas and sales)
_FUNCTION_WORD_AFTER = re.compile(r"[^\S\n]+(?:In|At|On|As|For|To|From|Across|After|Amid|Over|Of|And|With|By)\b",
                                  re.IGNORECASE)
# ... or the line's, or its clause's, end: "Car Bomb Kills 30", "Bomb Kills 30, Wounds 50"
_CLAUSE_END_AFTER = re.compile(r"[^\S\n]*(?:$|\n|[,;:.!?(\-–—])")


def headline_verb_count(text: str, label: str, end: int, label_start: int = -1) -> bool:
    """Return True when a headline in Title Case counts a plural, or its dead or hurt, after its verb, the capitalised
    word `label` before the number ending at `end`: a verb's "-s" or "-ed" ("Google Hires 357 Engineers", "Hires 357
    Apple Engineers", "Firm Axed 200 Staff", "Crash Leaves 12 Dead"), which a name's word rarely ends in ("Microsoft
    Says Halo 2 Sales Soar" counts no sales); or a verb a headline counts with, in any form (`headline_verb`: "Rebels
    Kill 30 Soldiers", "Plane Carrying 737 Passengers", "Lays Off 3,600 Staff", its particle's word before it at
    `label_start`), which counts whatever follows, a function word or nothing too ("Storm Kills 14 In Texas"), and a
    noun only where its subject, before `label_start`, agrees with it (`verb_agrees`: not "Amazon Fire 7 Tablet").

    >>> [headline_verb_count(t, w, t.index(" ", t.index(w) + len(w) + 1)) for t, w in (
    ...     ("Google Hires 357 Engineers", "Hires"), ("Microsoft Says Halo 2 Sales Soar", "Halo"),
    ...     ("Google hires 357 engineers", "hires"), ("Storm Kills 14 In Texas", "Kills"),
    ...     ("Rebels Kill 30 Soldiers", "Kill"), ("Oil Firm Axes 40 As Sales Slump", "Axes"))]
    [True, False, False, True, True, True]
    """
    if label.lower() in PARTICLES and label_start > 0:
        before = text[max(0, label_start - 24): label_start].split()
        if before and headline_verb(before[-1]):
            label, label_start = before[-1], text.rindex(before[-1], 0, label_start)
    if headline_verb(label):
        if not title_case(text, end) or label_start > 0 and after_release(text, label_start):
            return False  # (after a maker's verb it is a title's word: "Valve Ships Left 4 Dead")
        if _FUNCTION_WORD_AFTER.match(text, end) or _CLAUSE_END_AFTER.match(text, end):
            return True  # (whatever its subject: "Big East Get 2 (AP)", a conference's teams, as sport writes them)
        # a base form after a name's word in the singular is the name's: "Amazon Fire 7 Tablet", "Kindle Fire 7 Owners"
        return (label_start < 0 or verb_agrees(text, label, label_start)) and counted_object(text, end) is not None
    if not label.endswith(("s", "ed")) or label.endswith(("ss", "'s", "’s")) or _FUNCTION_WORD_AFTER.match(text, end):
        return False
    thing = counted_object(text, end)
    return thing is not None and (counts([thing]) or thing in IRREGULAR_PLURALS or thing in CASUALTIES) and title_case(
        text, end)


def model_range(text: str, position: int) -> bool:
    """Return True when the dashed pair of numbers at `position` is a model's number and variant right after a count
    (`MODEL_VARIANT`: "30 737-800 jets", "75 787-9 Dreamliners"), no range: it read 737 to 800 jets. A year before it
    ("In 2004 125-150 people") is no count.

    >>> [model_range(t, t.index("7")) for t in ("buy 30 737-800 jets", "In 2004 737-800 jets", "cut 737-800 jobs")]
    [True, False, False]
    """
    if text[position - 1: position] != " " or not text[position - 2: position - 1].isdigit():
        return False
    start = position - 2
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] == ","):
        start -= 1
    return _VARIANT_AFTER_COUNT.match(text, start) is not None
