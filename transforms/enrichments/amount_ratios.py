"""A ratio told with its noun between "one" and "in" ("One dollar in five goes abroad": `ratio_share`), 20 percent
of dollars, as "one in five adults" is 20 percent of adults."""

from __future__ import annotations

import re

from transforms.enrichments.amount_plurals import plural_noun
from transforms.enrichments.amount_ranges import End
from transforms.enrichments.amount_values import digits_value, words_value
from transforms.enrichments.amount_verbs import BASE_VERBS, NOUN_VERBS, PAST_TENSES, SINGULAR_VERBS, verb_or_adverb

# The words before a ratio's whole, read backwards from it: "one <noun> in" or "one <noun> in every", the noun a
# singular word in lower case ("One dollar in five", "one pound in every four"); "a dollar in five jars" is a sum's
# place, not a ratio, so only "one" or "1" opens it
_ONES = frozenset(("One", "one", "1"))
_NOUN = re.compile(r"[a-z]+\Z")
RATIO_ENDS = (" in ", " every ")  # what a ratio's whole stands after (`amounts.rows` asks no other number)
# The whole of a ratio has its sentence's verb after it, or its clause ends ("one household in three will be",
# "one pound in every four is spent", "one dollar in five goes abroad"): a noun after it is what it counts,
# "one win in 14 league games" (a closed class, with `verb_or_adverb`'s verbs, so that no noun is taken for a verb)
_AUXILIARIES = frozenset("is are was were will would can could may might must shall should has have had does do did"
                         .split())
_REACH = 40  # characters before the whole: "one" and a noun, "in" and "every"
# A verb in "-s" that is a plural noun too ("lives", "works", "dies", "faces"): the ratio's singular noun is its subject
# ("One child in four lives in poverty" was 4 `lives`) where the next word is one a verb takes and a count's noun
# does not stand before as often: a preposition, a determiner, an adverb or the clause's end ("lives in", "lives
# alone", "works for the", "dies."); before a participle or "of" it is the noun counted ("one in four lives lost",
# "lives of"). The verbs are those whose subject a count or a share is (`BASE_VERBS`, in "-s"), and the singular
# ones of `SINGULAR_VERBS` that are not as often plural nouns (`NOUN_VERBS`: "one wicket in 30 runs in the innings")
_S_VERBS = frozenset(verb + "s" for verb in BASE_VERBS if not verb.endswith(("s", "x", "o"))) | (
    SINGULAR_VERBS - NOUN_VERBS)
# The determiners an object opens with after a ratio's verb ("backs the plan", "owns a car", "supports their ban")
_OBJECT_STARTS = frozenset("the a an his her their its this that these those".split())
# ... but not where the determiner's noun has a verb of its own in the past tense after it, a clause that qualifies the
# "-s" word, which is then the whole's plural noun: "one win in five matches the club played" (5 matches, not 20
# percent of wins), "one goal in ten games the side lost". (A participle after the object, "backs the plan announced
# on Monday", reads so too and is then a count: rarer in news than a ratio's relative clause.)
_CLAUSE_SUBJECTS = frozenset("the his her their its this that".split())
# ... and what follows a participle qualifying the object, not a clause's verb: its agent or its time ("the plan
# unveiled on Monday", "the bill passed by MPs", "the deal signed last week"); a clause's verb, whose object is the
# "-s" word, ends the clause more often ("the matches the club played."), so a time after it reads wrong ("matches
# the club played on Sunday" is then a ratio, the rarer writing)
_PARTICIPLE_NEXT = frozenset("by on last yesterday earlier this".split())
_VERB_NEXT = frozenset("in on at with without below above under near outside inside abroad alone apart together "
                       "away here there from for by within across among into onto off the a an his her their its "
                       "and or but".split())


def ratio_share(text: str, matched: re.Match[str], low: int) -> tuple[End, str] | None:
    """Return the share a bare number `matched` is the whole of, "One dollar in five goes abroad" → 20 percent of
    "dollar" from "One" to "five", and its noun; None where the number counts what follows it ("one goal in five
    matches") or no "one <noun> in" stands before it (`low`: its paragraph's start).

    >>> from transforms.enrichments.amount_pattern import AMOUNT
    >>> [(r[0].parsed, r[1]) if (r := ratio_share(t, AMOUNT.search(t, t.index(" in ")), 0)) else None for t in (
    ...     "One dollar in five goes abroad.", "one pound in every 4 is spent", "one win in 14 league games")]
    [((20.0, 'percent', False), 'dollar'), ((25.0, 'percent', False), 'pound'), None]
    """
    start = matched.start()
    words = text[max(low, start - _REACH): start].split()
    if words[-2:-1] == ["in"] and words[-1:] == ["every"]:
        words.pop()
    if len(words) < 3 or words[-1] != "in" or words[-3] not in _ONES or not _NOUN.match(words[-2]):
        return None
    noun = words[-2]
    if plural_noun(noun) or matched.lastgroup not in ("num2", "words"):
        return None  # "one in five" is `AMOUNT`'s own share; "one pounds" no noun of one
    whole = digits_value(matched.group("num2")) if matched.lastgroup == "num2" else words_value(matched.group("words"))
    after = text[matched.end(): matched.end() + 20]
    word = after.split(None, 1)[0] if after[:1].isspace() and after.strip() else ""
    if not 1 < whole <= 100 or word and not (word in _AUXILIARIES or verb_or_adverb(word)
                                             or _verb_s(text[matched.end(): matched.end() + 40],
                                                        matched.lastgroup == "words")):
        return None  # "one goal in five matches", "one win in 14 league games": a count of what follows
    one = text.rindex(words[-3], max(low, start - _REACH), start)
    return End(one, matched.end(), (100 / whole, "percent", False), matched.end()), noun


def _verb_s(after: str, in_words: bool = False) -> bool:
    """Return True when the word that starts `after`, the text after a ratio's whole, is its noun's verb in "-s", by
    the word after it; a verb that is as often a plural noun ("runs", "costs") only after a whole `in_words`.

    >>> [_verb_s(t) for t in (" lives in poverty", " lives.", " lives lost", " lives of", " games in May")]
    [True, True, False, False, False]
    >>> [_verb_s(" runs on solar", True), _verb_s(" runs in the innings")]
    [True, False]
    >>> [_verb_s(" backs the plan", True), _verb_s(" backs the plan"), _verb_s(" games in May", True)]
    [True, False, False]
    >>> [_verb_s(" matches the club played.", True), _verb_s(" backs the plan to build", True)]
    [False, True]
    >>> _verb_s(" backs the plan unveiled on Monday", True), _verb_s(" backs the bill passed by MPs", True)
    (True, True)
    """
    words = after.split(None, 2)
    first = words[0].rstrip(".,;:!?") if words else ""
    # A whole written in words is a ratio's as news writes it ("One home in ten runs on solar", "one flight in five
    # costs more"); a count of runs or of costs is in digits ("one wicket in 30 runs in the innings")
    if in_words and len(words) > 1 and first[-1:] == "s" and first[-2:] != "ss" and words[1] in _OBJECT_STARTS:
        return not _relative_clause(after)  # a word in "-s", then its object's determiner: "One voter in five backs
        # the plan" (any verb, not only those of a list; a count's noun is not followed by "the": "one goal in five
        # games" is)
    if not (first in _S_VERBS or in_words and first in NOUN_VERBS):
        return False
    if len(words) < 2 or words[0][-1] in ".,;:!?":
        return True  # the clause ends: "One child in four dies."
    nxt = words[1].rstrip(".,;:!?").lower()
    return nxt in _VERB_NEXT or len(nxt) > 4 and nxt.endswith("ly")


def _relative_clause(after: str) -> bool:
    """Return True when `after`, a word in "-s" then a determiner, goes on with the determiner's noun and its own verb
    in the past tense ("matches the club played"): a clause qualifying the "-s" word, a noun (`_CLAUSE_SUBJECTS`)."""
    words = after.split(None, 5)[:5]
    if len(words) < 4 or words[1] not in _CLAUSE_SUBJECTS or not words[2].isalpha():
        return False
    verb = words[3].rstrip(".,;:!?")
    if len(words) > 4 and verb == words[3] and words[4].rstrip(".,;:!?") in _PARTICIPLE_NEXT:
        return False  # a participle qualifying the object, the ratio's verb's: "backs the plan unveiled on Monday"
    return verb in PAST_TENSES or len(verb) > 4 and verb.endswith("ed") and verb.islower()
