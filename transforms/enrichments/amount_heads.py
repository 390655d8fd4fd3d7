"""The head of a counted noun phrase: the plural a count's first word qualifies ("100 container ships", "thousands of
joyful fans", "300 aid workers", "100 police officers"; `head_noun`).

A count of more than one is of a plural, so a word after it in no plural with a plural right after it is that plural's
adjective or modifier noun, read past to the head, as a tagger would ("joyful" is no noun, "container" is one; both
qualify "ships"). A plural after a singular is as often a verb's "-s" ("a 10% rise means", "a £5bn deal gives the
firm"): a verb of a short list, or a word a determiner follows, ends the phrase where it was. It is a heuristic without
a part-of-speech tagger, and says so: "the two held talks" reads "talks". A plural that news writes as a modifier
(`_PLURAL_MODIFIERS`: "human rights cases", "300 arms dealers") is read past to the plural after it too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from transforms.enrichments.amount_compounds import compound_head
from transforms.enrichments.amount_plurals import NOT_OBJECTS
from transforms.enrichments.amount_verbs import NOUN_VERBS, SINGULAR_VERBS

# A word after a count and a plural after it, spaces between (not a line break, not punctuation)
_NEXT_WORD = re.compile(r"[^\S\n]+([a-z][a-z'-]*)\b")
# Collective nouns, plural without an "s", that news writes before a plural of their members: "100 police officers",
# "40 staff members", "12 crew members"
_COLLECTIVES = frozenset("police staff crew".split())
# Plurals news writes as a modifier before another plural, the head: "human rights cases", "arms dealers", and
# diseases' names in "-s", singular, before theirs: "1,240 new measles cases", "300 diabetes patients"
_PLURAL_MODIFIERS = frozenset("rights arms sports goods drugs savings customs arts measles mumps rabies diabetes herpes"
                              .split())
# Nouns in "-ics" of no plural, a field's or a trade's, that news writes before the noun they qualify, a plural or not:
# "the consumer electronics market", "electronics makers", "an economics degree" (they were the head, a plural's "-s")
_FIELDS = frozenset("electronics economics politics physics athletics gymnastics logistics mathematics genetics "
                    "robotics analytics optics".split())
# A time after a plural that is also a verb's "-s" ends the phrase, as a preposition does: "3 price rises this year", "2
# rate cuts next month" (they counted "price", "rate")
_TIME = (r"(?:this|next|last|these|the[^\S\n]+(?:next|past|last|coming))[^\S\n]+(?:year|quarter|month|week|day|season"
         r"|spring|summer|autumn|fall|winter|decade|century)s?\b")
_PHRASE_END = re.compile(rf"[^\S\n]*(?:[.,;:!?)]|\Z|(?:in|for|to|of|on|at|from|by|across|over|and|or)\b|{_TIME})")
# Adverbs and verbs' past tenses end the phrase: what follows them is a verb or its object ("50 Cent also appears",
# "The five mailed thousands of dossiers")
_ADVERBS = frozenset("also still now then just only even already often never always usually again soon".split())
# A determiner after the plural makes it a verb with its object ("a £5bn deal gives the firm"), but not before a time:
# a rate's "a day" or "this year" ("5,000 hot meals a day", "seven league appearances this season": they counted "hot",
# "league")
_DETERMINER = re.compile(r"[^\S\n]+(?:the|a|an|his|her|its|their|our|your|my|this|these|those|it|them|us)\b"
                         r"(?![^\S\n]+(?:year|quarter|month|week|day|hour|night|season)s?\b)")
# Two modifiers joined by "and" or "or" before the plural they share: "2,600 voice and motion-capture performers",
# "40 oil and gas companies", "300 film or television actors" (the count is of the plural after the second). Not a
# determiner or a verb's form after "and", which start a clause ("billions of revenue and the studios", "the 1,500
# dead and given thanks").
_AND_MODIFIER = re.compile(r"[^\S\n]+(?:and|or)[^\S\n]+(?!(?:the|a|an|his|her|its|their|our|your|my|this|these|those"
                           r"|it|them|us|other|many|some|all|more)\b)[a-z][a-z'-]*(?<!ed)(?<!en)(?<!ing)\b")

# A second modifier noun between the first and the plural, lower-case, of no verb's or adverb's form and no function
# word (`NOT_OBJECTS`): "five public sector unions", "200 fire service workers" (they counted "public", "fire")
_MODIFIER = re.compile(r"(?!(?:" + "|".join(sorted(NOT_OBJECTS, key=len, reverse=True)).replace(".", r"\.")
                       + r")$)[a-z][a-z-]*(?<!ed)(?<!ing)(?<!ly)")


def head_noun(text: str, position: int, word: str, plural: Callable[[str], bool]) -> str:
    """Return the head of the noun phrase whose first word `word` (lower-case) ends at `position` in `text`: the plural
    after it (as `plural` reads one) where `word` is no plural itself or a collective noun, else `word`.

    >>> from transforms.enrichments.amount_plurals import counts
    >>> [head_noun(t, len(t.split()[0]), t.split()[0], lambda w: counts([w])) for t in ("joyful fans cheered",
    ...     "container ships", "police officers", "aid workers", "fans cheered", "rise means the", "also appears")]
    ['fans', 'ships', 'officers', 'workers', 'fans', 'rise', 'also']
    >>> [head_noun(t, len(t.split()[0]), t.split()[0], lambda w: counts([w])) for t in ("human rights cases",
    ...     "rights cases", "rights groups say", "arms were found", "sports utility vehicles", "sports club bar")]
    ['cases', 'cases', 'groups', 'arms', 'vehicles', 'sports']
    >>> [head_noun(t, len(t.split()[0]), t.split()[0], lambda w: counts([w])) for t in (
    ...     "voice and motion-capture performers", "oil and gas companies", "police and soldiers", "men and women")]
    ['performers', 'companies', 'police', 'men']
    >>> [head_noun(t, len(t.split()[0]), t.split()[0], lambda w: counts([w])) for t in (
    ...     "revenue and the studios", "dead and given thanks", "spending cuts in", "rise means the", "tax cuts the")]
    ['revenue', 'dead', 'cuts', 'rise', 'tax']
    >>> [head_noun(t, len(t.split()[0]), t.split()[0], lambda w: counts([w])) for t in (
    ...     "hot meals a day", "league appearances this season", "rise means a")]
    ['meals', 'appearances', 'rise']
    >>> [head_noun(t, len(t.split()[0]), t.split()[0], lambda w: counts([w])) for t in (
    ...     "public sector unions will", "fire service workers", "state school teachers", "man jury says the",
    ...     "hours' free sports training")]
    ['unions', 'workers', 'teachers', 'man', "hours'"]
    """
    head = _head_noun(text, position, word, plural)
    if head in _PLURAL_MODIFIERS:  # "human rights cases": the plural after the modifier's
        at = re.compile(rf"\b{head}\b").search(text, position - len(word))
        if at is not None:
            second = _NEXT_WORD.match(text, at.end())  # ... or after a second modifier: "30,000 sports utility
            if second is not None and not plural(second.group(1)) and _MODIFIER.fullmatch(second.group(1)) and (
                    second.group(1) not in _ADVERBS):  # vehicles" (it counted "sports")
                return _head_noun(text, at.end(), "", plural) or _head_noun(text, second.end(), "", plural) or head
            return _head_noun(text, at.end(), "", plural) or head
    if head in _FIELDS and head != word or word in _FIELDS:  # "consumer electronics market", "electronics returns"
        field = text.find(head, position - len(word))
        if field >= 0:  # a plural after it, else a singular ending the phrase
            field += len(head)
            return _head_noun(text, field, "", plural) or compound_head(text, field, "") or head
    return head


def _head_noun(text: str, position: int, word: str, plural: Callable[[str], bool]) -> str:
    """Return `head_noun`'s reading of one word and the plural after it (`word` "" : only a plural after, or "")."""
    if word and (plural(word) and word not in _COLLECTIVES or word in _ADVERBS or word.endswith("ed")):
        return word
    joined = _AND_MODIFIER.match(text, position) if word else None
    if joined is not None and not plural(word) and word not in _ADVERBS:
        shared = _head_noun(text, joined.end(), "", plural)
        if shared:  # "voice and motion-capture performers": the plural after the second modifier
            return shared
    after = _NEXT_WORD.match(text, position)
    if after is None:
        return word
    following = after.group(1)
    if word and not plural(following) and _MODIFIER.fullmatch(following) and following not in _ADVERBS and (
            _MODIFIER.fullmatch(word)):  # (not after a possessive: "two hours' free sports training")
        return _head_noun(text, after.end(), "", plural) or word  # "public sector unions": a second modifier
    if not following.endswith(("s", "men")) or not plural(following) or following in SINGULAR_VERBS and not (
            following in NOUN_VERBS and _PHRASE_END.match(text, after.end())) or _DETERMINER.match(text, after.end()):
        return word
    return following
