"""A headline's words in Title Case after an amount: the noun it counts a word on ("Buys 4.3 Pct. Sears Stake"), a
score's team or a label ("Braves 6 Rockies 4"), or the verb of the amount as a subject ("Three Hold First-Round Lead").
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_modifiers import participle
from transforms.enrichments.amount_plurals import counts
from transforms.enrichments.amount_verbs import COUNTED_PARTICIPLES
from transforms.enrichments.geonames import COUNTRY, REGION
from transforms.enrichments.place_names import gazetteer

# The head of a noun phrase after a headline's word in Title Case: what a firm holds of another, after the firm's
# name ("Vornado Buys 4.3 Pct. Sears Stake"), or a plural noun ("Two Aid Workers Killed"; not a verb's "-s": "Has").
HEAD_AFTER = re.compile(r"[^\S\n]+(?:Stake|Stakes|Holding|Holdings|Interest"
                         r"|(?!(?:Is|Was|Has|His|Its|This|Us|Plus|Thus|Says|Gets|Sees)\b)[A-Z][a-z]+(?<!s)s\b(?!['’]))")
# Words after a headline's subject's number that count its dead and hurt, as in prose ("11 Dead in Car Bomb")
CASUALTIES = frozenset("dead hurt missing shot slain".split())
# The words before a count that are no name's, capitalised in a headline in Title Case: "Trump's First 100 Days",
# "The Last 30 Years", "Another 500 Jobs to Go", "Record 500 Runners Enter" (in a sentence they are lower-case: "the
# first 100 days", "a record 500 runners")
COUNT_WORDS = frozenset("first last next past final another extra further additional other only just all some "
                        "these those every record".split())


def verb_of_subject(text: str, start: int, end: int, lower: str) -> bool:
    """Return True when the capitalised word after an amount from `start` to `end`, in a headline in Title Case, is
    its verb: the amount starts the line and the word is no plural noun ("Three Hold First-Round Lead", "Twenty Die";
    not "3 Million Homes Lose Power"), or the amount is a name's number after the line's one word before it and the
    word no plural noun, or a verb's "-s" after a version's or a sequel's number ("Firefox 1.0 Presents Threat to IE",
    "Halo 2 Sells"), or any word after a name's bare number ("Apollo 11 Astronauts Return"; not "Chernobyl 30 Years
    On", "Iraq 30 Killed", "Apple 2 Billion Devices Sold", nor after a count's word, "Another 500 Jobs to Go").

    >>> [verb_of_subject(t, t.index("3"), t.index("3") + 1, w) for t, w in (
    ...     ("3 Hold Lead", "hold"), ("3 Homes Lost", "homes"), ("Doom 3 Ships", "ships"), ("Blast Kills 3 Men", "men"),
    ...     ("Katrina 3 Years On", "years"))]
    [True, False, True, False, False]
    """
    newline = text.rfind("\n", max(0, start - 80), start)
    if newline < 0 and start > 80:
        return False  # far into a line: no headline's first words
    before = text[newline + 1: start].split()
    if len(before) == 1 and (before[0].lower() in COUNT_WORDS or country_or_region(before[0])):
        before = []  # "Another 500 Jobs to Go", "Gaza 40 Children Among Dead": the count's word or its place, no name
    noun = counts([lower]) or participle(lower) or lower in CASUALTIES
    if not before:
        return not noun
    if not (len(before) == 1 and before[0][0].isupper() and before[0].isalpha()):
        return False
    # A span is counted ("Katrina 3 Years On", "Obama 100 Days In"), and so is a plural after a scale word
    # ("Apple 2 Billion Devices Sold"). A bare number after a name is the name's ("Doom 3", "Firefox 1.0",
    # "Apollo 11", "Covid 19", "Boeing 737"): what follows is its verb or its noun, no count ("Apollo 11
    # Astronauts Return" counted 11 astronauts).
    if lower in SPANS or lower in CASUALTIES or lower in COUNTED_PARTICIPLES:
        return False  # "Iraq 30 Killed in Blast": the dead, counted
    if any(c.isalpha() for c in text[start:end]):  # a scale word in the amount: "2 Billion"
        return not noun
    return True


def country_or_region(word: str) -> bool:
    """Return True when a headline's capitalised word names a country or a region (a US state), no product or title:
    a number after it first in the line is a count ("Gaza 40 Children Among Dead"; "Sims 4 Players" is a game's).

    >>> [country_or_region(w) for w in ("Gaza", "Texas", "Sims", "Chernobyl")]
    [True, True, False, False]
    """
    return any(place.kind in (COUNTRY, REGION) for place in gazetteer().get(word, ()))


# The nouns after a name's number that make it a count of time since ("Chernobyl 30 Years On", "Obama 100 Days In")
SPANS = frozenset("seconds minutes hours days nights weeks months years decades centuries".split())


# After a capitalised word of a headline in Title Case: a number (a score, "Braves 6 Rockies 4") or a label's colon
SCORE_OR_LABEL = re.compile(r"[^\S\n]*(?::|\d)")
