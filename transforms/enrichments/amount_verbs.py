"""The words right after an amount that are no noun it counts: a verb, an adverb, a measure's dimension, or an
adjective or a modifier before the noun (`amount_objects` reads past or stops at them).
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.enrichments.amount_modifiers import NUMBER_PLURALS, SPAN_OF_NUMBER, participle
from transforms.enrichments.amount_plurals import NEXT_WORD, NOT_OBJECTS, counts

# After a unit ("25 yards", "£1.4bn", "13%") the object is the noun the measure or sum is of or before ("2ft of snow",
# "a 10-foot fence", "a $337m hit"); a verb, an adverb or a measure's dimension as often follows it and is none: "a
# shot from 25 yards took a deflection", "the £1.4bn expected", "85% owned by", "13% annually", "6.5 metres high",
# "1300 miles away", "two metres overnight". Past tenses of one form only: "a 7-yard run", "a 20% cut", "a $337m hit"
# are nouns.
PAST_TENSES = frozenset(
    "took came went saw spent left made gave got brought bought sent kept held became began grew knew told found sold "
    "paid broke struck stood won lost fought flew drove threw wrote caught sought meant chose drew sank rang sang "
    "swam rode wore ate drank spoke fled met heard felt thought taught slept stole hid shook woke froze quit".split()
)
# A past tense that is a participle too, an adjective before a plural as an "-ed" word is ("2,500 paid staff" as
# "20 suspected militants"; `adjective_before_noun`); before anything else the count's verb ("5,000 paid tribute").
_ADJECTIVE_PAST_TENSES = frozenset({"paid"})
# Words in "-ing" that are a verb or a preposition after an amount, never a noun it counts or a sum is of: "£25
# billion coming from", "136m euros relating to", "£469 including VAT", "100,000 receiving a windfall", "nine out of
# 10 going online" (not "a 4.76% holding", "£5m funding", "a £15.8m signing", which are nouns).
ING_VERBS = frozenset(
    "coming going relating including excluding following taking giving getting leaving bringing receiving showing "
    "heading circulating flowing pouring returning arriving".split()
)
# Verbs in their base form that a plural amount is the subject of, never a noun it counts or a sum is of: "About 10,000
# live in tents", "Some 3,000 work at the plant", "48% use two or three", "66% buy goods", "Two million take part" (each
# was the object). Before a plural they qualify it, as a noun's modifier does ("2 live albums", "300 work permits");
# nouns as often ("pay", "vote", "return", "support") are not among them.
BASE_VERBS = frozenset(
    "live work remain depend want own buy use get take say believe think agree disagree feel expect plan know need "
    "prefer oppose favour favor trust admit worry fear die stay go come see watch earn lack face suffer receive".split()
)
# Verbs in "-s" that news writes after a singular noun of an amount: "a 10% rise means", "a 5% stake gives", "the 2% cap
# applies to", "the £3m signing arrives from" (`amount_heads` reads a count's compound to them, `amount_compounds` a
# sum's)
SINGULAR_VERBS = frozenset(
    "means makes takes gives leaves puts comes goes includes remains seems looks needs shows brings follows marks "
    "helps keeps lets sets costs hits cuts adds raises lifts sends says sees gets runs stands falls rises applies "
    "arrives".split())
# ... of which these are as often plural nouns, and are where a punctuation mark or a preposition follows ("£22bn of
# spending cuts in the Budget", "tax cuts.", "price rises for": they counted "spending", "tax", "price")
NOUN_VERBS = frozenset("cuts costs rises falls hits raises runs".split())
_NOT_AFTER_UNIT = PAST_TENSES | ING_VERBS | frozenset(
    "high tall long deep wide thick short taller longer deeper wider thicker shorter away adrift apart across ahead "
    "behind inland offshore overhead underground underwater above below east west north south non-stop also again "
    "still already now then instead yet even just only earlier later overnight yesterday today tonight tomorrow".split()
) | frozenset(
    # The linking verbs' and "goes" in "-s", the verb of a sum that is the subject ("the $20 gets cheaper", "The £5
    # goes to charity", "the $20 remains unpaid" counted the verb): a closed class of English verbs, none a noun a
    # sum or a share counts ("sounds" is, "50dB sounds", so it is left out)
    "gets goes becomes seems stays remains grows turns looks feels appears proves".split()
)
# Nouns in "-ly", not adverbs: "the 200m butterfly", "a 5% rally", "a 20-goal tally", "a 95% reliable supply" (one list
# for a word after a unit and for a compound's words, `amount_compounds`)
LY_NOUNS = frozenset("butterfly family supply assembly monopoly duopoly anomaly rally ally tally belly jelly bully "
                     "folly reply lily panoply homily".split())


def verb_or_adverb(lower: str) -> bool:
    """Return True when a word right after a unit is no noun: a past tense or participle ("took", "expected",
    "coming"), an adverb ("annually") or a measure's dimension or direction ("high", "away"; `_NOT_AFTER_UNIT`).

    >>> [verb_or_adverb(w) for w in ("took", "expected", "coming", "daily", "high", "speed", "fence", "rally", "hit")]
    [True, True, True, True, True, False, False, False, False]
    >>> [verb_or_adverb(w) for w in ("holding", "funding", "gets", "remains", "sounds")]
    [False, False, True, True, False]
    """
    return (lower in _NOT_AFTER_UNIT or participle(lower)
            or len(lower) > 4 and lower.endswith("ly") and lower not in LY_NOUNS)


# A word after a unit with a determiner after it is a verb's or a preposition's, with its object ("winds of 40
# mph hit the town", "$119bn beat its debt", "25% following the news", "40% choosing this"): "hit" and "cut" are
# nouns as often ("a $337m hit"), which a determiner after them does not follow, unless a clause does ("a $337m hit
# the firm took": a determiner before the amount makes its word a noun). Not before a time ("a year", "an hour",
# "this quarter", "the year before": "$2bn losses this quarter", "$3bn profits the year before" count their nouns).
# "that" before the amount is a conjunction as often ("clear that $119bn beat its target"): it makes no noun.
_TIMES = (r"(?:year|quarter|month|week|day|hour|season|time|morning|afternoon|evening|night|weekend"
          r"|spring|summer|autumn|fall|winter)s?\b")
# An object pronoun after it is a verb's object as a determiner's noun is ("a wage of £350,000 makes him the best
# paid", "$5 gets you a coffee": they counted "makes", "gets"), never a sum's or a measure's noun's.
DETERMINER_AFTER = re.compile(
    rf"[^\S\n]+(?:(?:the|his|her|its|their|our|your|my|this|these|those|an?)[^\S\n]+(?!{_TIMES})"
    rf"|(?:him|them|us|me|you|it)\b(?![-'’]))"
)
DETERMINER_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:the|a|an|his|her|its|their|our|your|my|this)[^\S\n]+$")
# An object pronoun after the word makes it a verb even after a determiner before the amount ("The £20 gets them a
# seat", "the £20 puts you in the queue": they counted "gets", "puts"): a relative clause after a noun opens with
# a subject, never "them", "him", "us" or "me"; "you" and "it" open one as often ("the £20 fee you pay"), so
# they make a verb only before a second object or a preposition, which no clause's subject is followed by.
_OBJECT_PRONOUN_AFTER = re.compile(
    r"[^\S\n]+(?:(?:him|them|us|me)\b(?![-'’])|(?:you|it)[^\S\n]+(?:the|an?|his|her|its|their|our|your|my|this"
    r"|in|on|at|to|into|onto|for|from|back|through)\b)")


def verb_before_object(text: str, position: int, start: int) -> bool:
    """Return True when the word ending at `position`, after an amount starting at `start`, is a verb by the object
    after it: a determiner's noun (unless a determiner before the amount makes the word a noun, `DETERMINER_AFTER`)
    or an object pronoun (`_OBJECT_PRONOUN_AFTER`).

    >>> t = "The £20 gets them a seat; the £20 fee you pay; the $10 buys you a coffee; a $5m hit the firm took"
    >>> [verb_before_object(t, t.index(w) + len(w), t.index(w) - 4) for w in ("gets", "fee", "buys", "hit")]
    [True, False, True, False]
    """
    if _OBJECT_PRONOUN_AFTER.match(text, position):
        return True
    return DETERMINER_AFTER.match(text, position) is not None and not (
        start >= 0 and DETERMINER_BEFORE.search(text, max(0, start - 12), start))


# ... and "of" before a sum or a measure that is a noun's, the subject of the verb after it: "EPS of $1.20 missed
# estimates" (it counted "estimates")
OF_BEFORE = re.compile(r"(?<![\w'’])of[^\S\n]+$")
# ... and its past tenses spelt as their base form or a noun, which no "-ed" tells: "EPS of 85 cents beat estimates",
# "revenue of $4bn fell short", "a loss of $5m hit profits" (each counted the verb)
OF_SUBJECT_PAST_TENSES = frozenset("beat hit cut rose fell set led shed".split())
# ... but not a goods' process, an adjective before what was traded or seized, singular as often: "imports of $4bn
# refined petroleum", "a haul of $5m stolen jewellery" (they counted nothing, as "EPS of $1.20 missed estimates" does)
GOODS_PARTICIPLES = frozenset("refined processed liquefied frozen stolen dried canned enriched fortified recycled "
                              "smuggled manufactured finished".split())
# ... and a goods' participle spelt as its verb's past tense, an adjective only before the goods it is said of:
# "imports of $2bn cut flowers", "$40m cut diamonds", "$3bn ground coffee" (they counted nothing: "cut" was read as the
# sum's verb, as in "a loss of $5m cut profits", which stays so)
_GOODS_OF = {"cut": frozenset("flowers roses diamonds gems gemstones stones timber".split()),
             "ground": frozenset("coffee beef pepper".split()), "sawn": frozenset("timber wood logs".split())}
GOODS_WORDS = frozenset(GOODS_PARTICIPLES | _GOODS_OF.keys())  # (tested before a call of `goods_participle`)
_LOWER_AFTER = re.compile(r"[^\S\n]+[a-z]")


def goods_participle(text: str, position: int, lower: str) -> bool:
    """Return True when `lower`, the word after a sum that ends at `position`, is a goods' participle before the goods.

    >>> t = "$2bn cut flowers, $5m cut profits, $4bn refined petroleum"
    >>> [goods_participle(t, t.index(w) + len(w), w.split()[-1]) for w in ("$2bn cut", "$5m cut", "$4bn refined")]
    [True, False, True]
    """
    if lower in GOODS_PARTICIPLES:
        return _LOWER_AFTER.match(text, position) is not None
    goods = _GOODS_OF.get(lower)
    after = NEXT_WORD.match(text, position) if goods is not None else None
    return after is not None and goods is not None and after.group(1).lower() in goods


# What follows a past tense right after an amount, its subject's ("The crowd of 17,000 celebrated the win", "A crowd of
# 74,000 watched as", "watched."): a determiner, an object's pronoun ("Atlas 3 booked me a train", "The 40 helped them":
# they counted "booked", "helped"), a preposition, or the sentence's end.
VERB_ENDS = re.compile(r"[^\S\n]*(?:[.!?;]|$|[^\S\n]+(?:the|an?|his|her|its|their|our|your|my|this|these|those"
                        r"|me|him|us|them"
                        r"|in|on|at|to|for|from|by|with|as|into|onto|over|under|after|before|during|since|until"
                        r"|across|through|against|about|around|near|outside|inside)\b)")
# Participles that news counts people by, without a noun: "30 killed in the blast", "3 million affected by floods".
COUNTED_PARTICIPLES = frozenset("killed injured wounded detained arrested displaced evacuated rescued jailed "
                                 "affected infected unemployed employed kidnapped abducted trapped drowned stranded "
                                 "hospitalised hospitalized executed murdered deported sacked dismissed freed "
                                 "released convicted charged sentenced quarantined".split())


@lru_cache(maxsize=1 << 14)  # words repeat: a word's form is read once, not at each amount it follows
def _modifier_form(lower: str, after_unit: bool) -> bool | None:
    """Return whether a word that may be an adjective or a noun's modifier by its form alone is hyphenated, or None
    where it may not (no hyphen, participle, past tense of an adjective or, but after a unit, word in "-ing").

    >>> [_modifier_form(w, False) for w in ("e-mail", "e-mails", "year-old", "injured", "sleeping", "staff")]
    [True, None, None, False, False, None]
    """
    # "under-18s", "e-mails": a plural noun; "first-class", "all-glass": no plural; "three month-long", "an eleven
    # year-old": the number is the span's or the measure's, hyphens left out ("three-month-long"), and so the object
    hyphenated = "-" in lower and (lower[-1] != "s" or lower[-2:] == "ss") and not SPAN_OF_NUMBER.match(lower)
    # a count's word in "-ing" before its plural is an adjective as a participle is ("eight sleeping children", "12
    # million working people"); after a sum, a verb's as often ("£4bn buying gifts")
    if not (hyphenated or participle(lower) or lower in _ADJECTIVE_PAST_TENSES or not after_unit and len(lower) > 5
            and lower.endswith("ing") and lower not in ING_VERBS):
        return None
    return hyphenated


def adjective_before_noun(text: str, position: int, lower: str, of: bool, title: bool | None = False,
                           after_unit: bool = False) -> bool:
    """Return True when a hyphenated word, or a participle after "of" (`of`) or before a plural, ending at `position`,
    is an adjective or a noun's modifier: a lower-case noun follows it, or in a headline in Title Case (`title`) a
    plural, or any word after a unit (`after_unit`) ("three second-half goals", "Hundreds of displaced families",
    "20 suspected militants", "a $2bn One-Off Charge"; not "hundreds of injured were", "11 under-21s yesterday",
    "a $2bn write-down hit the firm").

    >>> [adjective_before_noun(t, t.index(w) + len(w), w, False) for t, w in (("4 e-mail messages", "e-mail"),
    ...     ("4 e-mails sent", "e-mails"), ("4 first-class seats", "first-class"), ("4 injured men", "injured"),
    ...     ("4 injured were", "injured"), ("4 injured man", "injured"))]
    [True, False, True, True, False, False]
    >>> [adjective_before_noun(t, t.index(w) + len(w), w, False) for t, w in (("4 paid staff", "paid"),
    ...     ("4 paid tribute", "paid"), ("4 sleeping children", "sleeping"), ("4 receiving awards", "receiving"))]
    [True, False, True, False]
    """
    hyphenated = _modifier_form(lower, after_unit)
    if hyphenated is None:
        return False
    after = NEXT_WORD.match(text, position)
    if after is None:
        return False
    noun = after.group(1).lower() if title and not after.group(1).isupper() else after.group(1)
    # a participle before a singular is as often a verb's ("17,000 watched history made"): only a plural follows one;
    # in Title Case, a verb's as often after a count ("Two Co-Accused Deny Charges"), not after a sum ("$2bn One-Off
    # Charge")
    if not (hyphenated and not (title and not after_unit) or of or counts([noun]) and noun not in NUMBER_PLURALS):
        return False
    # a determiner after the next word makes it a verb ("a $2bn write-down hit the firm", "Two co-accused deny the")
    return noun.islower() and not (
        noun in NOT_OBJECTS or verb_or_adverb(noun) or DETERMINER_AFTER.match(text, after.end()))


# What follows a share's word in "-ing" that makes it the verb the share's people are the subject of: "with 51.9% voting
# to leave", "48% voting for Remain", "40% saying they would", "40% saying no" (each counted the verb)
_AFTER_SHARES_VERB = re.compile(r"[^\S\n]+(?:to|for|against|they|he|she|we|it|that|no|yes)\b")


def shares_verb(text: str, position: int, lower: str, start: int) -> bool:
    """Return True when `lower`, ending at `position` right after a share starting at `start`, is a verb in "-ing" its
    people are the subject of: one before "to", "for", "against", a pronoun, "no" or "yes", with no "a" or "the"
    before the share ("a 10% shareholding for £50m" is the share's noun).

    >>> [shares_verb(t, t.index(w) + len(w), w, t.index("%") - 2) for t, w in (("with 51% voting to leave", "voting"),
    ...     ("40% saying they", "saying"), ("a 10% shareholding for", "shareholding"), ("5% voting rights", "voting"))]
    [True, True, False, False]
    """
    return lower.endswith("ing") and _AFTER_SHARES_VERB.match(text, position) is not None and not (
        start > 0 and DETERMINER_BEFORE.search(text, max(0, start - 12), start))
