"""What a count's or a share's "of" is of: the determiners, possessors and adjectives read past before the whole's
noun ("40 of the hostages", "28.5% of the world's population", "45% of gross domestic product"), and whether a whole's
own number follows (`whole_follows`: "31 of his team-leading 48 goals"). `amount_objects.counted_object` reads them.
"""

from __future__ import annotations

import re

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
PHRASE_END = re.compile(r"[^\S\n]*(?:[.,;:!?)]|$|\n|(?:by|in|for|to|and|or|on|at|from|over|since|than|last|this|next"
                         r"|is|was|were|are|will|would|a|an|the)\b)")


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
