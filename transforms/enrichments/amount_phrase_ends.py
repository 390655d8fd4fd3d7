"""Where the noun phrase after an amount ends: a word that is the verb its amount is the subject of (`base_verb`: "3,000
live in tents"), a word a verb or the phrase's end follows (`verb_or_end`: "200 Maoists launched"), and a people's
adjective with no noun after it (`no_noun_after`: "1.5 million Rohingya live"), a title's currency word's noun before
its verb (`titled_currency_noun`: "The 100-Dollar Bill gets a redesign"), and a gap to a mark (`gap_to_mark`: "three
short of a majority"). Read for `amount_objects`."""

from __future__ import annotations

import re

from transforms.enrichments.amount_heads import head_noun
from transforms.enrichments.amount_modifiers import ADJECTIVES, participle
from transforms.enrichments.amount_plurals import NEXT_WORD, NOT_OBJECTS, counts, plural_noun
from transforms.enrichments.amount_units import NOTE_NOUNS
from transforms.enrichments.amount_verbs import (
    BASE_VERBS,
    DETERMINER_AFTER,
    DETERMINER_BEFORE,
    PAST_TENSES,
    SINGULAR_VERBS,
    adjective_before_noun,
)

# A currency's capitalised word hyphenated to the amount's number, a title's ("The 100-Dollar Bill")
# (or its number word's: "The Five-Pound Note")
_TITLED_CURRENCY = re.compile(r"[\da-z]-(?:Dollar|Euro|Pound|Yen|Yuan)\Z")
# A verb in "-s" of a singular noun, then where the thing goes: "Note returns to circulation", "Bill heads into
# retirement" (a plural noun's "-s" is as often before "to", "Bill payments to": only after a title's currency word);
# in Title Case too, whose verb and preposition may be capitalised ("Note Heads to the Museum", "Bill Heads Back")
# A Title Case verb in "-s" after a note's noun, where the headline ends ("Bill Returns", "Note Heads"; not "Bill
# Sales Rose", the plural a noun before its verb)
_VERB_S = re.compile(r"[^\S\n]+[A-Z][a-z]*[^\Ws]s(?=[^\S\n]*(?:[.!?:;,]|\Z|\n))")
_MOVES_TO = re.compile(r"[^\S\n]+[A-Za-z][a-z]*[^\Ws]s[^\S\n]+(?:[Tt]o|[Ii]nto|[Ff]rom|[Bb]ack|[Oo]nto)\b")


def base_verb(text: str, position: int, word: str, start: int, after_unit: bool) -> bool:
    """Return True when `word` of `BASE_VERBS`, ending at `position` right after an amount starting at `start`, is the
    verb the amount is the subject of: no plural follows it, nor a modifier and a plural ("2 live albums", "3 live
    television debates" are its noun's), and no "a" or possessive is before the amount, nor "the" before a sum or a
    share ("a $5 million plan", "a $30,000 watch", "the £2bn plan"; "The 3,000 live in tents" is a verb's).

    >>> [base_verb(t, t.index(w) + len(w), w, t.index(a), a[-1] in "%m") for t, a, w in (
    ...     ("3,000 live in tents", "3,000", "live"), ("2 live albums", "2", "live"), ("3 live television debates", "3",
    ...     "live"), ("a $5m plan to", "$5m", "plan"), ("the $5m plan to", "$5m", "plan"), ("The 300 work here", "300",
    ...     "work"), ("40% plan to", "40%", "plan"))]
    [True, False, False, False, False, True, True]
    """
    if head_noun(text, position, word, plural_noun) != word:
        return False
    determiner = DETERMINER_BEFORE.search(text, max(0, start - 12), start) if start > 0 else None
    return determiner is None or not after_unit and determiner.group().strip().lower() == "the"


def verb_or_end(text: str, position: int) -> bool:
    """Return True when what follows a word ending at `position` is the phrase's end or a verb (a base form of
    `BASE_VERBS`, a past tense, a function word, a word in "-ed" or "-ing", or one a determiner follows: "support
    the plan"), so the word is the noun phrase's head.

    >>> [verb_or_end(t, 7) for t in ("Britons own a", "Britons said", "Britons.", "Windows machines", "Windows XP",
    ...                               "Britons support the plan")]
    [True, True, True, False, False, True]
    """
    after = NEXT_WORD.match(text, position)
    if after is None:
        return not text[position: position + 2].strip()[:1].isalnum()
    lower = after.group(1)
    return lower in BASE_VERBS or lower in NOT_OBJECTS or lower in PAST_TENSES or lower.endswith(("ed", "ing")) or (
        DETERMINER_AFTER.match(text, after.end()) is not None)


def titled_currency_noun(text: str, end: int, position: int) -> bool:
    """Return True when a capitalised word ending at `position` right after an amount ending at `end` in a title's
    currency word is the noun the amount counts: a verb follows it, or the phrase's end ("The 100-Dollar Bill gets a
    redesign", "The 50-Euro Note returns to circulation", "The 100-Dollar Bill means more"; not a name before its
    noun, "20-Dollar Amazon gift cards").

    >>> texts = ("The 50-Euro Note returns to", "The 50-Euro Note means", "The 20-Euro Shop cards")
    >>> [titled_currency_noun(t, 11, 16) for t in texts]
    [True, True, False]
    """
    if _TITLED_CURRENCY.search(text, max(0, end - 8), end) is None:
        return False
    after = NEXT_WORD.match(text, position)
    return verb_or_end(text, position) or after is not None and after.group(1) in SINGULAR_VERBS or (
        _MOVES_TO.match(text, position) is not None)


def titled_currency_moves(text: str, end: int, position: int) -> bool:
    """Return True when the capitalised word ending at `position`, right after an amount ending at `end` in a title's
    currency word, is the noun before its verb in "-s" and where the thing goes, so that a headline in Title Case
    counts the noun, not the verb it takes for a plural ("The 10,000-Yen Note Heads to the Museum" → "note", it
    counted "heads"; not "The 20-Dollar Gift Cards", whose plural is its noun).

    A singular note or coin is the noun before any such verb, where the headline ends too ("The 5-Dollar Bill
    Returns" counted "returns"; "The 20-Dollar Gift Cards" has no note's noun, and keeps its plural; "The 100-Dollar
    Bill Sales Rose" counts the sales, a verb after them).

    >>> texts = ("The 10-Yen Note Heads to the", "The 10-Yen Gift Cards Sold", "The 10-Yen Note Heads",
    ...          "The 10-Yen Gift Cards")
    >>> [titled_currency_moves(t, 10, 15) for t in texts]
    [True, False, True, False]
    """
    if _TITLED_CURRENCY.search(text, max(0, end - 8), end) is None:
        return False
    noun = text[end: position].split()
    return _MOVES_TO.match(text, position) is not None or len(noun) == 1 and noun[0].lower() in NOTE_NOUNS and (
        _VERB_S.match(text, position) is not None)


def no_noun_after(text: str, position: int, title: bool | None) -> bool:
    """Return True when what follows a people's adjective ending at `position` is no noun it qualifies: the
    sentence's end, a function word, or a word in no plural with none after it, a verb ("1.5 million Rohingya live
    in", "5,000 Chinese were"; not "5,000 Chinese companies", "300 Chinese police", "300 Chinese state banks").

    >>> [no_noun_after(t, 7, False) for t in ("Chinese.", "Chinese live in", "Chinese firms", "Chinese state banks")]
    [True, True, False, False]
    """
    after = NEXT_WORD.match(text, position)
    if after is None:  # the end, or a number's noun phrase goes on ("500 British 16 to 20-year-olds")
        return not text[position: position + 2].strip()[:1].isdigit()
    if after.group(1)[0].isupper() and not title:
        return False  # "5,000 Chinese Muslims": a name goes on
    lower = after.group(1).lower()
    if lower in NOT_OBJECTS or lower in PAST_TENSES:
        return True
    if counts([lower]) or lower in ADJECTIVES or "-" in lower or participle(lower) and adjective_before_noun(
            text, after.end(), lower, False, title):
        return False
    following = NEXT_WORD.match(text, after.end())
    return following is None or not counts([following.group(1).lower()])


# The words of a gap to a mark after a count, then "of" or the phrase's end (`gap_to_mark`)
_GAPS = frozenset("short shy clear adrift".split())
_GAP_END = re.compile(r"[^\S\n]*(?:[.,;:!?)]|$|\n|[^\S\n]+of\b)")


def gap_to_mark(text: str, position: int, lower: str) -> bool:
    """Return True when `lower`, ending at `position` right after a count, says how far the count is from a mark, no
    noun it counts: "169 seats, three short of a majority", "17 short.", "two clear of the pack" (not "2 short films").

    >>> [gap_to_mark(t, 7, "short") for t in ("3 short", "3 short of a", "3 short films")]
    [True, True, False]
    """
    return lower in _GAPS and _GAP_END.match(text, position) is not None
