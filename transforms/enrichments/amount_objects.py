"""What an amount counts: the noun after it (`counted_object`), and whether the word after a number is a
plural noun it counts (`counts`).

The object is the first lower-case word after the amount (after "of", after capitalised words and a
few adjectives: "12,000 North Korean troops" → "troops"; `amount_modifiers`), unless it is a function word or a verb
of a short list: then it is null; after a unit, a verb, an adverb or a dimension is null too ("25 yards took", "13%
annually", "6.5 metres high"). A people in the plural right after the number is counted ("40 Palestinians",
"2,000 Britons", "30 MPs", "400,000 Sri Lankans"), and one whose plural has no "-s" before no noun ("1.5
million Rohingya live", "300 Chinese."), and so is a group's plural name before a verb ("200 Maoists launched";
`amount_groups`), but not a scorer's name after a score ("Ireland 17 Jones kicked").
It is a heuristic without a part-of-speech tagger, and says so.
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_groups import PEOPLES_WITHOUT_S, after_team, group_plural, people_named
from transforms.enrichments.amount_heads import head_noun
from transforms.enrichments.amount_modifiers import (
    ADJECTIVES,
    NUMBER_PLURALS,
    PERIOD_COMPARISON,
    SPAN_OF_NUMBER,
    participle,
)
from transforms.enrichments.amount_titles import title_case
from transforms.enrichments.amount_units import PERSON, person_after

# A line break ends the search; AG News's backslash, where its source broke a line ("7,000\jobs"), is a space.
NEXT_WORD = re.compile(r"[^\S\n]*\\?([A-Za-z][\w'-]*)")
# A number word after an amount is another number, never what it counts ("six feet two days ago")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
NOT_OBJECTS = set(
    "in on at to of for and or but the a an from by with as than that this these those is are was were be been "
    "being will would could should can may might must has have had do does did it its their his her our your "
    "my they them he she we you i who which what when where while if so not no yes per each every all both "
    "last next this year's yoy up down out off over under into onto about after before since until between near "
    "against during without within across through a.m. p.m. am pm rose fell rise fall increase decrease "
    "higher lower more less heavier lighter overweight underweight compared says said say according "
    "themselves ourselves yourselves yesterday today tonight tomorrow".split()
)
# "a 7.8-magnitude quake", "a 6.5 magnitude earthquake": the quake is what the number is of, as in "a magnitude
# 6.4 earthquake" (the hyphen kept the number from being read at all; spaced, "magnitude" was the object).
_MAGNITUDE = re.compile(r"(?:[-–]|[^\S\n]+)magnitude\b")
# A capitalised word after the one after a number: that one is the first of a name ("the 6 Nations Championship")
_NAME_GOES_ON = re.compile(r"[^\S\n]+[A-Z]")
# Plural nouns without an "s" that news counts: "In Gaza 200 children", "At Heathrow 300 staff".
IRREGULAR_PLURALS = frozenset(
    "people children men women police staff personnel crew cattle sheep fish aircraft livestock".split()
)

# After a unit ("25 yards", "£1.4bn", "13%") the object is the noun the measure or sum is of or before ("2ft of snow",
# "a 10-foot fence", "a $337m hit"); a verb, an adverb or a measure's dimension as often follows it and is none: "a
# shot from 25 yards took a deflection", "the £1.4bn expected", "85% owned by", "13% annually", "6.5 metres high",
# "1300 miles away". Past tenses of one form only: "a 7-yard run", "a 20% cut", "a $337m hit" are nouns.
_PAST_TENSES = frozenset(
    "took came went saw spent left made gave got brought bought sent kept held became began grew knew told found sold "
    "paid broke struck stood won lost fought flew drove threw wrote caught sought meant chose drew sank rang".split()
)
_NOT_AFTER_UNIT = _PAST_TENSES | frozenset(
    "high tall long deep wide thick short taller longer deeper wider thicker shorter away adrift apart across ahead "
    "behind inland offshore overhead underground underwater above below east west north south non-stop also again "
    "still already now then instead yet even just only earlier later".split()
)
# Not adverbs: "the 200m butterfly", "a 5% rally", "a 20-goal tally"
_LY_NOUNS = frozenset("butterfly family supply assembly monopoly anomaly rally tally belly jelly bully folly".split())


def _verb_or_adverb(lower: str) -> bool:
    """Return True when a word right after a unit is no noun: a past tense or participle ("took", "expected"), an
    adverb ("annually") or a measure's dimension or direction ("high", "away"; `_NOT_AFTER_UNIT`).

    >>> [_verb_or_adverb(w) for w in ("took", "expected", "daily", "high", "speed", "fence", "rally", "hit")]
    [True, True, True, True, False, False, False, False]
    """
    return (lower in _NOT_AFTER_UNIT or participle(lower)
            or len(lower) > 4 and lower.endswith("ly") and lower not in _LY_NOUNS)


# A word after a unit with a determiner after it is a verb's or a preposition's, with its object ("winds of 40
# mph hit the town", "$119bn beat its debt", "25% following the news", "40% choosing this"): "hit" and "cut" are
# nouns as often ("a $337m hit"), which a determiner after them does not follow, unless a clause does ("a $337m hit
# the firm took": a determiner before the amount makes its word a noun). Not before a time ("a year", "an hour",
# "this quarter", "the year before": "$2bn losses this quarter", "$3bn profits the year before" count their nouns).
# "that" before the amount is a conjunction as often ("clear that $119bn beat its target"): it makes no noun.
_TIMES = (r"(?:year|quarter|month|week|day|hour|season|time|morning|afternoon|evening|night|weekend"
          r"|spring|summer|autumn|fall|winter)s?\b")
_DETERMINER_AFTER = re.compile(
    rf"[^\S\n]+(?:the|his|her|its|their|our|your|my|this|these|those|an?)[^\S\n]+(?!{_TIMES})"
)
_DETERMINER_BEFORE = re.compile(r"(?i)(?<![\w'’])(?:the|a|an|his|her|its|their|our|your|my|this)[^\S\n]+$")


# What follows a past tense right after an amount, its subject's ("The crowd of 17,000 celebrated the win", "A crowd of
# 74,000 watched as", "watched."): a determiner, a preposition, or the sentence's end.
_VERB_ENDS = re.compile(r"[^\S\n]*(?:[.!?;]|$|[^\S\n]+(?:the|an?|his|her|its|their|our|your|my|this|these|those"
                        r"|in|on|at|to|for|from|by|with|as|into|onto|over|under|after|before|during|since|until"
                        r"|across|through|against|about|around|near|outside|inside)\b)")
# Participles that news counts people by, without a noun: "30 killed in the blast", "3 million affected by floods".
_COUNTED_PARTICIPLES = frozenset("killed injured wounded detained arrested displaced evacuated rescued jailed "
                                 "affected infected unemployed employed kidnapped abducted trapped drowned stranded "
                                 "hospitalised hospitalized executed murdered deported sacked dismissed freed "
                                 "released convicted charged sentenced quarantined".split())


def _adjective_before_noun(text: str, position: int, lower: str, of: bool, title: bool | None = False,
                           after_unit: bool = False) -> bool:
    """Return True when a hyphenated word, or a participle after "of" (`of`) or before a plural, ending at `position`,
    is an adjective or a noun's modifier: a lower-case noun follows it, or in a headline in Title Case (`title`) a
    plural, or any word after a unit (`after_unit`) ("three second-half goals", "Hundreds of displaced families",
    "20 suspected militants", "a $2bn One-Off Charge"; not "hundreds of injured were", "11 under-21s yesterday",
    "a $2bn write-down hit the firm").

    >>> [_adjective_before_noun(t, t.index(w) + len(w), w, False) for t, w in (("4 e-mail messages", "e-mail"),
    ...     ("4 e-mails sent", "e-mails"), ("4 first-class seats", "first-class"), ("4 injured men", "injured"),
    ...     ("4 injured were", "injured"), ("4 injured man", "injured"))]
    [True, False, True, True, False, False]
    """
    # "under-18s", "e-mails": a plural noun; "first-class", "all-glass": no plural; "three month-long", "an eleven
    # year-old": the number is the span's or the measure's, hyphens left out ("three-month-long"), and so the object
    hyphenated = "-" in lower and (lower[-1] != "s" or lower[-2:] == "ss") and not SPAN_OF_NUMBER.match(lower)
    if not (hyphenated or participle(lower)):
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
        noun in NOT_OBJECTS or _verb_or_adverb(noun) or _DETERMINER_AFTER.match(text, after.end()))


def counted_object(text: str, end: int, after_unit: bool = False, start: int = -1) -> str | None:
    """Return the noun an amount counts: the first lower-case word after it that is not a function word, and after a
    unit (`after_unit`) no verb or adverb (`_verb_or_adverb`; after "of", a participle is an adjective read past, and
    so is one before a noun; a hyphenated word before a noun is, after "of" or not: `_adjective_before_noun`),
    nor a word a determiner follows, unless one is before the amount, which starts at `start` (`_DETERMINER_AFTER`).

    >>> counted_object("12,000 North Korean troops", 6), counted_object("5 of the", 1)
    ('troops', None)
    >>> counted_object("a 7.8-magnitude quake", 5), counted_object("a 6.5 magnitude earthquake", 5)
    ('quake', 'earthquake')
    >>> counted_object("25 yards took a shot", 8, True), counted_object("89,000 tonnes of fortified food", 13, True)
    (None, 'food')
    >>> counted_object("40 mph hit the town", 6, True, 0), counted_object("a $337m hit the firm took", 7, True, 2)
    (None, 'hit')
    """
    skipped = 0
    # the words after "of" are a noun phrase: "of snow", "of fortified blended food" (an amount may end with its "of":
    # "Hundreds of displaced families", "a third of")
    of = text.endswith(" of", 0, end)
    magnitude = _MAGNITUDE.match(text, end)
    position = magnitude.end() if magnitude else end
    title: bool | None = None  # whether the amount's line is a headline in Title Case, read at its first capital
    group = None  # the capitalised plural just read past, the head if a verb follows it ("200 Maoists launched")
    named = True  # no capitalised function word read past: "49ers 17 The Dolphins spent" starts a sentence
    lead = 0  # lower-case adjectives read past first: a people after them is counted ("1.5 million ethnic Rohingya")
    while skipped < 4:
        match = NEXT_WORD.match(text, position)
        if not match:
            return group
        word = match.group(1)
        position = match.end()
        lower = word.lower()
        if word[0].isupper():
            if title is None:
                title = title_case(text, end)
            named_people = people_named(text, position, word) if skipped == lead else None
            if named_people and (title or not _NAME_GOES_ON.match(text, named_people[1])):
                return named_people[0]  # a people in the plural right after the number: "40 Palestinians"
            if skipped == lead and word in PEOPLES_WITHOUT_S and _no_noun_after(text, position, title):
                return word  # "1.5 million Rohingya live", "300 Chinese." (not "5,000 Chinese companies")
            if skipped == 0 and not title and after_team(text, start):
                return None  # "Ireland 17 Jones kicked", "Munster 19 Murray kicked": a score, then its scorer's name
            if skipped == 0 and not title and (
                    text[end - 1: end] == "." or after_unit and text.endswith("pound", 0, end)
                    and person_after(text, end) == PERSON):
                return None  # "rose 4 pct. The firm": the abbreviation's dot ended the sentence; "300-pound
                # Cornelius Griffin": a weight of a person, named
            if title and not word.isupper():
                if _SCORE_OR_LABEL.match(text, position):
                    return None  # "Braves 6 Rockies 4", "Att: 50,430 Ref: S Dunn": a score's team, a label
                if skipped == 0 and _HEAD_AFTER.match(text, position):
                    skipped += 1  # "Buys 4.3 Pct. Sears Stake", "Two Aid Workers": the noun is the next word
                    continue
                if skipped == 0 and not after_unit and start >= 0 and _verb_of_subject(text, start, end, lower):
                    return None  # "Three Hold First-Round Lead", "Firefox 1.0 Presents Threat": a verb
                word = lower  # "Motorola to Cut 1,000 Jobs": every word has a capital, the noun's as any other
        if word == "of" and skipped == 0 or word[0].isupper() or lower in ADJECTIVES or (
                of and after_unit and participle(lower)) or _adjective_before_noun(
                text, position, lower, of, title, after_unit):
            of = of or word == "of"
            lead += skipped == lead and word.islower() and lower in ADJECTIVES
            named = named and not (word[0].isupper() and lower in NOT_OBJECTS)
            group = word if named and not after_unit and word[0].isupper() and group_plural(word) else None
            skipped += 1
            continue
        if group and (lower in NOT_OBJECTS or lower in _PAST_TENSES or participle(lower)
                      or not counts([lower]) and _VERB_ENDS.match(text, position)):  # "5,000 Chinese Muslims live in"
            return group
        if after_unit and not of and (_verb_or_adverb(lower) or _DETERMINER_AFTER.match(text, position) and not (
                start >= 0 and _DETERMINER_BEFORE.search(text, max(0, start - 12), start))):
            return None
        if not after_unit and participle(lower) and lower not in _COUNTED_PARTICIPLES and _VERB_ENDS.match(
                text, position):
            return None  # a verb: "The crowd of 17,000 celebrated the win", "A crowd of 74,000 watched."
        # one letter is a ratio's ("up 2.3% y/y", "5% q/q"), never a counted noun, nor is a period's comparison
        return None if (lower in NOT_OBJECTS or lower in _NUMBER_WORDS or len(word) == 1
                        or PERIOD_COMPARISON.fullmatch(lower)) else word if after_unit or title else head_noun(
                            text, position, word, lambda noun: counts([noun]))  # "100 container ships"
    return None


def _no_noun_after(text: str, position: int, title: bool | None) -> bool:
    """Return True when what follows a people's adjective ending at `position` is no noun it qualifies: the
    sentence's end, a function word, or a word in no plural with none after it, a verb ("1.5 million Rohingya live
    in", "5,000 Chinese were"; not "5,000 Chinese companies", "300 Chinese police", "300 Chinese state banks").

    >>> [_no_noun_after(t, 7, False) for t in ("Chinese.", "Chinese live in", "Chinese firms", "Chinese state banks")]
    [True, True, False, False]
    """
    after = NEXT_WORD.match(text, position)
    if after is None:  # the end, or a number's noun phrase goes on ("500 British 16 to 20-year-olds")
        return not text[position: position + 2].strip()[:1].isdigit()
    if after.group(1)[0].isupper() and not title:
        return False  # "5,000 Chinese Muslims": a name goes on
    lower = after.group(1).lower()
    if lower in NOT_OBJECTS or lower in _PAST_TENSES:
        return True
    if counts([lower]) or lower in ADJECTIVES or "-" in lower or participle(lower) and _adjective_before_noun(
            text, after.end(), lower, False, title):
        return False
    following = NEXT_WORD.match(text, after.end())
    return following is None or not counts([following.group(1).lower()])


# The head of a noun phrase after a headline's word in Title Case: what a firm holds of another, after the firm's
# name ("Vornado Buys 4.3 Pct. Sears Stake"), or a plural noun ("Two Aid Workers Killed"; not a verb's "-s": "Has").
_HEAD_AFTER = re.compile(r"[^\S\n]+(?:Stake|Stakes|Holding|Holdings|Interest"
                         r"|(?!(?:Is|Was|Has|His|Its|This|Us|Plus|Thus|Says|Gets|Sees)\b)[A-Z][a-z]+(?<!s)s\b(?!['’]))")
# Words after a headline's subject's number that count its dead and hurt, as in prose ("11 Dead in Car Bomb")
_CASUALTIES = frozenset("dead hurt missing shot slain".split())


def _verb_of_subject(text: str, start: int, end: int, lower: str) -> bool:
    """Return True when the capitalised word after an amount from `start` to `end`, in a headline in Title Case, is
    its verb: the amount starts the line and the word is no plural noun ("Three Hold First-Round Lead", "Twenty Die";
    not "3 Million Homes Lose Power"), or the amount is a name's number after the line's one word before it and the
    word no plural noun, or a verb's "-s" after a version's or a sequel's number ("Firefox 1.0 Presents Threat to IE",
    "Halo 2 Sells"), or any word after a name's bare number ("Apollo 11 Astronauts Return"; not "Chernobyl 30 Years
    On", "Apple 2 Billion Devices Sold").

    >>> [_verb_of_subject(t, t.index("3"), t.index("3") + 1, w) for t, w in (
    ...     ("3 Hold Lead", "hold"), ("3 Homes Lost", "homes"), ("Doom 3 Ships", "ships"), ("Blast Kills 3 Men", "men"),
    ...     ("Katrina 3 Years On", "years"))]
    [True, False, True, False, False]
    """
    newline = text.rfind("\n", max(0, start - 80), start)
    if newline < 0 and start > 80:
        return False  # far into a line: no headline's first words
    before = text[newline + 1: start].split()
    noun = counts([lower]) or participle(lower) or lower in _CASUALTIES
    if not before:
        return not noun
    if not (len(before) == 1 and before[0][0].isupper() and before[0].isalpha()):
        return False
    # A span is counted ("Katrina 3 Years On", "Obama 100 Days In"), and so is a plural after a scale word
    # ("Apple 2 Billion Devices Sold"). A bare number after a name is the name's ("Doom 3", "Firefox 1.0",
    # "Apollo 11", "Covid 19", "Boeing 737"): what follows is its verb or its noun, no count ("Apollo 11
    # Astronauts Return" counted 11 astronauts).
    if lower in _SPANS:
        return False
    if any(c.isalpha() for c in text[start:end]):  # a scale word in the amount: "2 Billion"
        return not noun
    return True


_SPANS = frozenset("seconds minutes hours days nights weeks months years decades centuries".split())


# After a capitalised word of a headline in Title Case: a number (a score, "Braves 6 Rockies 4") or a label's colon
_SCORE_OR_LABEL = re.compile(r"[^\S\n]*(?::|\d)")


def counts(after: list[str]) -> bool:
    """Return True when the word after a number is a plural noun it counts ("London 13 years ago",
    "Friday 15 protesters"), not a verb ("Halo 2 has") or a name's next word ("Band Aid 20 single").

    >>> counts(["years"]), counts(["has"]), counts(["single"]), counts(["Max"]), counts([])
    (True, False, False, False, False)
    """
    word = after[0].rstrip(".,;:)") if after else ""
    if word in IRREGULAR_PLURALS:
        return True
    return word[-1:] == "s" and word[:1].islower() and word[-2:] != "ss" and word not in NOT_OBJECTS
