"""The noun an amount counts, at the word where `amount_objects.counted_object` stops reading past: a change's noun
after "a 5%", a gap to a mark (none), a function word (none), or a noun compound read to its head ("100 container
ships" → "ships", "a €50bn aid package" → "package")."""

from __future__ import annotations

import re

from transforms.enrichments.amount_compounds import MEASURED, compound_head, measure_adjective
from transforms.enrichments.amount_heads import head_noun
from transforms.enrichments.amount_indices import LEVEL_WORDS, after_index
from transforms.enrichments.amount_modifiers import PERIOD_COMPARISON, participle
from transforms.enrichments.amount_phrase_ends import gap_to_mark
from transforms.enrichments.amount_plurals import NOT_OBJECTS, plural_noun
from transforms.enrichments.amount_verbs import BASE_VERBS, ING_VERBS, PAST_TENSES, SINGULAR_VERBS

# A number word after an amount is another number, never what it counts ("six feet two days ago")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
# The nouns of a change that `NOT_OBJECTS` holds (as verbs: "prices rise 5%"), and the article before their amount
_CHANGES = frozenset(("rise", "fall", "increase", "decrease"))
_A_BEFORE = re.compile(r"(?<![\w'’])(?:a|an|A|An)[^\S\n]+$")
# An adjective's ending that no noun after an amount has ("a 78% effective vaccine" reads past it to its noun), and
# what ends a predicate after it: a preposition or the clause's end ("78% effective in people over 65", "100%
# renewable by 2030", "60% positive for", "95% reliable.")
# (not "-er", "-ate", "-ure": "90% water.", "70% chocolate.", "5% moisture." are what the share is of)
_PREDICATE_ENDS = ("ive", "ous", "able", "ible", "ful")
# Nouns of those endings that a share or a sum is of ("20% explosive.", "a $2m incentive for")
_PREDICATE_NOUNS = frozenset("explosive olive native executive relative detective objective incentive initiative "
                             "alternative representative motive directive narrative sedative laxative preservative "
                             "additive vegetable handful mouthful spoonful".split())
# ... and a few predicate adjectives of other endings ("95% accurate in children", "I'm 100% sure.")
_PREDICATE_WORDS = frozenset("accurate adequate sure certain pure correct complete safe efficient confident "
                             "dependent independent resistant compliant".split())
_PREDICATE_AFTER = re.compile(
    r"[^\S\n]*(?:[.,;:!?)]|$|[^\S\n](?:in|at|against|among|for|by|on|with|to|from|about)\b)")
# An article or a possessive before the amount opens a noun phrase, whose word after the amount is its noun or
# its adjective, never a predicate: "a $10m drive to recruit", "the £5m archive in Leeds" (each counted nothing)
_DETERMINER_BEFORE = re.compile(r"(?<![\w'’])(?:a|an|the|its|their|his|her|our|this|that|each)[^\S\n]+$",
                                re.IGNORECASE)


def counted_noun(text: str, position: int, word: str, *, skipped: int, start: int, title: bool | None,
                 after_unit: bool, of: bool, compound: bool) -> str | None:
    """Return what an amount counts at `word` (ending at `position`), the first word not read past after it.

    >>> counted_noun("100 container ships", 13, "container", skipped=0, start=0, title=None, after_unit=False,
    ...              of=False, compound=False)
    'ships'
    >>> counted_noun("were 17 short.", 13, "short", skipped=0, start=5, title=None, after_unit=False, of=False,
    ...              compound=False)
    """
    lower = word.lower()
    # a change's noun after a sum or a share with "a" before it is what it measures, as "a 20% drop" is ("a 5%
    # rise month on month", "a 5% fall overnight"); "sales 5% higher", "prices rose 5% rise" are none
    if lower in _CHANGES and compound and skipped == 0 and start >= 0 and _A_BEFORE.search(
            text, max(0, start - 4), start):
        return compound_head(text, position, lower)
    if skipped == 0 and lower in LEVEL_WORDS and start >= 0 and after_index(text, start):
        return None  # an index's level, what the word after it names: "the S&P 500 5,900 level" (it counted "level")
    if skipped == 0 and gap_to_mark(text, position, lower):
        return None  # a gap to a mark, no noun: "169 seats, three short of a majority", "were 17 short."
    # one letter is a ratio's ("up 2.3% y/y", "5% q/q"), never a counted noun, nor is a period's comparison
    if lower in NOT_OBJECTS or lower in _NUMBER_WORDS or len(word) == 1 or "-" in lower and (
            PERIOD_COMPARISON.fullmatch(lower)):  # (each period's comparison is hyphenated: "year-on-year")
        return None
    if title:  # a sum's compound read to its head as in prose: "Hits $5 Trillion Market Value as" → "value"
        return compound_head(text[position: position + 40].lower(), 0, word) if compound else word
    if after_unit and not of:  # a sum's or a share's compound (`compound`): "a €50bn aid package for" → "package"
        if skipped == 0 and (lower in _PREDICATE_WORDS or word.endswith(_PREDICATE_ENDS) and (
                lower not in _PREDICATE_NOUNS and measure_adjective(lower))) and _PREDICATE_AFTER.match(
                text, position) and not (start >= 0 and _DETERMINER_BEFORE.search(text, max(0, start - 8), start)):
            return None  # what the amount is, no noun: "78% effective in", "95% reliable." (each counted the adjective)
        if measure_adjective(word):
            return _adjective_head(text, position, word)
        return compound_head(text, position, word) if compound else word
    # "100 container ships"; after a unit's "of" too: "64% of eligible voters", "$5m of plastic surgery"
    head = head_noun(text, position, word, plural_noun)
    if head == word and (compound or of and after_unit and measure_adjective(word) or not after_unit and not (
            plural_noun(word)) and (of or word not in MEASURED) and word[-1] not in "'’" and not word.endswith(
            ("ed", "ing"))):  # (a measure's "of" before an adjective: "212GW of solar capacity" → "capacity")
        # a count's singular before a singular noun ending the phrase is its modifier, as a sum's is: "a 5,000
        # competition prize for", "30 of his match fee" (AG News drops a sum's sign, a share's "%"); not a
        # possessive plural, "two weeks' time", nor a word the count measures by, "a 30 year low" (`MEASURED`)
        if of and after_unit and measure_adjective(word):
            return _adjective_head(text, position, word)
        second = compound_head(text, position, word)
        return second if compound or second not in BASE_VERBS else word
    return head


# The word after a measure's adjective: lower-case, with spaces before it (no line break, no punctuation)
_WORD_AFTER = re.compile(r"[^\S\n]+([a-z][a-z'-]*)\b")
_ENDS = re.compile(r"[^\S\n]*(?:[.,;:!?)]|$)")


def _adjective_head(text: str, position: int, word: str) -> str:
    """Return the head of a measure's noun phrase whose first word `word`, ending at `position`, is an adjective: its
    compound's head ("solar capacity" → "capacity"), or the next word's where the adjective qualifies a compound
    ("offshore wind capacity" → "capacity", "offshore wind." → "wind"; it was "offshore").

    >>> [_adjective_head(t, len(t.split()[0]), t.split()[0]) for t in ("solar capacity in", "offshore wind capacity.",
    ...     "offshore wind.", "offshore was", "offshore came online", "offshore", "drive away across town",
    ...     "active users left")]
    ['capacity', 'capacity', 'wind', 'offshore', 'offshore', 'offshore', 'drive', 'users']
    """
    head = compound_head(text, position, word)
    after = _WORD_AFTER.match(text, position) if head == word else None
    if after is None:
        return head
    second = after.group(1)
    if second in NOT_OBJECTS or second in PAST_TENSES or second in ING_VERBS or participle(second) or (
            second.endswith(("ly", "ing"))):
        return word  # a verb or an adverb: the adjective stood alone ("1GW of offshore came online")
    head = head_noun(text, after.end(), second, plural_noun)  # "offshore wind turbines" → "turbines"
    if head == second:
        head = compound_head(text, after.end(), second)
    # the next word alone is the head only where the phrase ends after it: "a 10-mile drive away across town" counts
    # the drive ("drive" ends as an adjective does), not "away"
    # (a plural is a noun wherever the phrase goes on: "Some 40% active users left" counts users, it counted "active")
    return head if head != second or _ENDS.match(text, after.end()) or second not in SINGULAR_VERBS and plural_noun(
        second) else word
