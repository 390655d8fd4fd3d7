"""What a count's or a share's "of" is of: the determiners, possessors and adjectives read past before the whole's
noun ("40 of the hostages", "28.5% of the world's population", "45% of gross domestic product"), and whether a whole's
own number follows (`whole_follows`: "31 of his team-leading 48 goals"); what a word after the determiner is
(`after_determiner`). `amount_objects.counted_object` reads them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from transforms.enrichments.amount_compounds import measure_adjective
from transforms.enrichments.amount_groups import group_plural
from transforms.enrichments.amount_modifiers import participle
from transforms.enrichments.amount_plurals import NEXT_WORD, NOT_OBJECTS, plural_noun

# After a share's or a sum's "of", a determiner before what it is of ("28.5% of the vote", "26% of its revenue", "10% of
# all sales"; they counted nothing), and the end of a phrase after letters in capitals ("2.5% of GDP, up from", "5% of
# GDP by 2030"; not "5% of UK adults", whose noun follows)
OF_DETERMINERS = frozenset("the its their his her our all".split())
# ... and after a count's own "of" (a part of a group: "40 of the hostages", "three of its ships"; not "all", "one of
# all" being no group named)
PARTITIVE_DETERMINERS = frozenset("the its their his her our these those".split())
# After the determiner, a possessor ("of the group's total assets", AG News's "of the world #39;s computers") and
# adjectives ("of their own money", "of the total test backlog", "of the viewing public") before the noun are read past
POSSESSIVE = re.compile(r"(?:['’]s|[^\S\n]+#39;s)\b")
POSSESSOR_AFTER = re.compile(r"[^\S\n]+[A-Za-z-]+['’]s(?=[^\S\n]+[A-Za-z])")
WHOLE_ADJECTIVES = frozenset("own total entire whole overall annual current remaining final private public net gross "
                              "new old".split())
WORD_AFTER = re.compile(r"[^\S\n]+[A-Za-z\d]")
NO_WHOLE = frozenset(("most", "rest", "same", "other", "others"))
# A superlative or a ranking after the determiner, before the noun the group is ("two of the best English kickers",
# "nine of the popular Carry On films": it counted "best", "popular")
RANKING_ADJECTIVES = frozenset("best worst biggest largest greatest highest lowest smallest oldest youngest richest "
                                "poorest busiest strongest fastest deadliest finest leading popular main".split())
LOWER_AFTER = re.compile(r"[^\S\n]+[a-z]")
# A capitalised word after the one after a number: that one is the first of a name ("the 6 Nations Championship")
NAME_GOES_ON = re.compile(r"[^\S\n]+[A-Z]")
PHRASE_END = re.compile(r"[^\S\n]*(?:[.,;:!?)]|$|\n|(?:by|in|for|to|and|or|on|at|from|over|since|than|last|this|next"
                         r"|is|was|were|are|will|would|a|an|the)\b)")


# A verb in "-s" before its object, after a whole's name or adjective, which is then the whole's noun: "of the UK wants
# a ban", "of the public backs it" (not a plural noun: "of UK adults say", "of Irish workers.")
_VERB_AFTER = re.compile(r"[^\S\n]+[a-z]+[^\Ws]s[^\S\n]+(?:the|an?|his|her|its|their|our|this|these|those|it|them|to"
                         r"|that)\b")
# The number of a whole after a count's "of his" and a few words ("of his team-leading 48 goals")
_WHOLE_NUMBER = re.compile(r"[^\S\n]+\d[\d,]*(?:\.\d+)?(?=[^\S\n]+[a-z])")


def whole_follows(text: str, position: int) -> bool:
    """Return True when a whole's number follows a count's determiner within three words that are no plural or
    function word, before a lower-case word ("31 of his team-leading 48 goals").

    >>> whole_follows(" team-leading 48 goals", 0), whole_follows(" 10 players", 0), whole_follows(" men, 3", 0)
    (True, True, False)
    """
    for _ in range(4):
        if _WHOLE_NUMBER.match(text, position):
            return True
        match = NEXT_WORD.match(text, position)
        if match is None or match.group(1).lower() in NOT_OBJECTS or plural_noun(match.group(1)):
            return False
        position = match.end()
    return False


def adjective_read_past(text: str, position: int, lower: str) -> bool:
    """Return True when `lower`, ending at `position` after a share's "of", is a whole's adjective before its noun:
    "of total sales", "of the public purse"; not before a verb, "of the public wants a ban" (`_VERB_AFTER`)."""
    return lower in WHOLE_ADJECTIVES and LOWER_AFTER.match(text, position) is not None and not _VERB_AFTER.match(
        text, position)


class WholeWord(NamedTuple):
    """A word after a whole's determiner read past (reading goes on at `position`), or the reading's end (`position`
    -1) with what the amount counts (`found`, None for nothing)."""

    position: int
    found: str | None


def after_determiner(text: str, position: int, word: str, lower: str) -> WholeWord | None:
    """Return what `word` (`lower` lower-cased), ending at `position` after a whole's determiner, is: a possessor, a
    name's or a whole's adjective read past, a group named in the plural or no noun of the whole's (the end), or None
    when it is read as any word after an amount is.

    >>> after_determiner("world's population", 7, "world's", "world's"), after_determiner("Xboxes sold", 6, "Xboxes",
    ...     "xboxes")
    (WholeWord(position=7, found=None), WholeWord(position=-1, found='Xboxes'))
    >>> after_determiner("annual turnover", 6, "annual", "annual"), after_determiner("most well off", 4, "most", "most")
    (WholeWord(position=6, found=None), WholeWord(position=-1, found=None))
    >>> after_determiner("votes to 2030", 5, "votes", "votes") is None
    True
    """
    possessive = POSSESSIVE.match(text, position)
    if possessive or lower.endswith(("'s", "’s")):  # "of the world's population", "of the country #39;s heating oil":
        return WholeWord(possessive.end() if possessive else position, None)  # the possessor, read past to what is
    possessor = POSSESSOR_AFTER.match(text, position)  # of it; and one of two words: "two of the prime minister's
    if possessor:  # colleagues" (it counted the possessor, "minister's")
        return WholeWord(possessor.end(), None)
    if word[0].isupper() and group_plural(word) and not NAME_GOES_ON.match(text, position):
        return WholeWord(-1, word)  # "three quarters of all Xboxes sold", "a third of the Democrats" (it counted
        # "sold")
    if word[0].isupper() and LOWER_AFTER.match(text, position):
        if _VERB_AFTER.match(text, position):  # the name is the whole, a verb after it: "half of the UK wants a ban"
            return WholeWord(-1, word)  # (it counted "wants")
        return WholeWord(position, None)  # a name's or a people's adjective: "a third of its Irish workforce"
    if any(c.isdigit() for c in word) or lower in NO_WHOLE or (
            lower in RANKING_ADJECTIVES and not WORD_AFTER.match(text, position)):
        return WholeWord(-1, None)  # "53% of the near-400,000 complaints", "3% of the most well off", "5 of the best."
    adjective = lower in WHOLE_ADJECTIVES or lower.endswith("ing") or participle(lower) or measure_adjective(
        lower) or lower in RANKING_ADJECTIVES
    if adjective and lower in WHOLE_ADJECTIVES and _VERB_AFTER.match(text, position):
        return WholeWord(-1, lower)  # the adjective's noun, a verb after it: "of the public backs it" (it counted
        # "backs")
    if adjective and WORD_AFTER.match(text, position) and not (
            (following := NEXT_WORD.match(text, position)) and following.group(1) in NOT_OBJECTS):
        return WholeWord(position, None)  # "of their annual turnover", "of the viewing public", "of the digital TV
        # market" (not a noun in "-ing" before a preposition: "of public spending on health" counts "spending")
    if adjective and lower not in WHOLE_ADJECTIVES and text[position: position + 1] == ",":
        return WholeWord(-1, None)  # "half of the residential, commercial and industrial buildings": the noun is
        # further on
    return None
