"""The words of a section's rubric or a standfirst's heading that opens with "By", where a byline names people: "By The
Numbers", "By Royal Appointment", "By Invitation Only", "By Popular Demand", "By Famous Last Words" name no writer, in
a page's byline or a text's."""

from __future__ import annotations

from itertools import pairwise

# A person's name opens with no article, and holds none of these words: the nouns (and "only") a "by" idiom or a
# rubric writes, no given name or surname of news ("Hand", "Chance", "Law", "Day" and "Way" are surnames, not here).
# An article opens no name ("By The Numbers", "By A Nose"), but "An" and "A" are in names ("Hoang An", "Jane A Smith").
_ARTICLES = frozenset("the a an".split())
_RUBRIC_WORDS = frozenset(
    """the numbers appointment invitation only request demand popular design default comparison contrast
    definition proxy accident mistake degrees nature command subscription arrangement permission consent
    decree delivery acclamation referendum""".split()
)
# The words that open a "by" idiom before its noun and that no given name is: an intensifier ("By Sheer Luck", "By
# Pure Chance", "By Brute Force") or a kind of the means ("By Royal Decree", "By Special Delivery", "By Express Mail",
# "By Registered Post"), whose noun is a surname as often as not ("Grace Luck", "Tom Chance"). A given name that is an
# adjective too ("Frank Able", "Young Kim", "Rich Long", "Earnest Young") is a name's first word, so not here.
_IDIOM_OPENERS = frozenset("sheer pure brute special express registered recorded".split())
# ... and those that are given names too ("By Royal Ford", "By Mere Rangi" name their writers): an idiom's first word
# only before a means' noun ("By Mere Chance", "By Royal Assent"; "By Royal Decree" has its rubric's noun)
_NAME_OPENERS = frozenset("royal mere".split())
_MEANS_NOUNS = frozenset("chance luck coincidence assent warrant mail".split())
# Endings of English adjectives, each with the least length of a word read by it ("Famous", "Unanimous", "Grateful",
# "Historical", "Exclusive"; "Clive" and "Olive" are shorter than seven letters). Only a word before another is read
# by its ending, as an adjective stands before its noun where a name puts a given name: a surname may end as an
# adjective or an abstract noun does ("Charalambous", "Blankenship", "Parchment"), so no noun's ending is read at all
# and "-less" ("Lawless") is none.
_ADJECTIVE_ENDINGS = (("ular", 6), ("ous", 6), ("ful", 6), ("ical", 7), ("ive", 7))
# Given names that end as an adjective does ("By Precious Mthembu" named no writer)
_GIVEN_NAMES = frozenset({"precious"})
# The words that join two people's names: the word before one is a surname
_JOINS = frozenset("and & und et y e".split())


def is_rubric(names: str) -> bool:
    """Return whether the words after a byline's "By" are a rubric's, not people's names.

    >>> is_rubric("Royal Appointment"), is_rubric("Popular Demand"), is_rubric("The Numbers")
    (True, True, True)
    >>> is_rubric("Sheer Luck"), is_rubric("Royal Decree"), is_rubric("Special Delivery"), is_rubric("Grace Luck")
    (True, True, True, False)
    >>> is_rubric("Frank Able"), is_rubric("Young Kim"), is_rubric("Rich Long"), is_rubric("Sterling Price")
    (False, False, False, False)
    >>> is_rubric("Famous Last Words"), is_rubric("Unanimous Vote"), is_rubric("Historical Standards")
    (True, True, True)
    >>> is_rubric("Hannah Blankenship"), is_rubric("Hoang An"), is_rubric("Tom Parchment"), is_rubric("Jill Lawless")
    (False, False, False, False)
    >>> is_rubric("Menelaos Charalambous"), is_rubric("Jane Charalambous and Tom Roe"), is_rubric("Precious Mthembu")
    (False, False, False)
    """
    words = [word.strip(".,;:!?") for word in names.lower().split()]
    if not words:
        return False
    if words[0] in _ARTICLES or is_idiom(names):
        return True
    return any(_is_adjective(word) for word, after in pairwise(words) if after not in _JOINS)


def is_idiom(names: str) -> bool:
    """Return whether a byline's names are the words of a "by" idiom by their own words, not by their endings: a
    rubric's noun ("Popular Demand", "Royal Decree") or an idiom's first word ("Sheer Luck", "Special Delivery").

    >>> is_idiom("Sheer Luck"), is_idiom("Invitation Only"), is_idiom("Grace Luck"), is_idiom("Faithful Nkosi")
    (True, True, False, False)
    >>> is_idiom("Mere Chance"), is_idiom("Royal Assent"), is_idiom("Royal Ford"), is_idiom("Mere Rangi")
    (True, True, False, False)
    """
    words = [word.strip(".,;:!?") for word in names.lower().split()]
    if not words:
        return False
    if words[0] in _NAME_OPENERS and len(words) == 2 and words[1] in _MEANS_NOUNS:
        return True
    return words[0] in _IDIOM_OPENERS or any(word in _RUBRIC_WORDS for word in words)


def _is_adjective(word: str) -> bool:
    return word not in _GIVEN_NAMES and any(
        len(word) >= least and word.endswith(ending) for ending, least in _ADJECTIVE_ENDINGS)
