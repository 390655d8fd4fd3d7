"""Numbers that are no amount of anything, told by the words around them (`no_amount`).

Not amounts: years (a bare 1000–2100), dates ("12 January", "January 12"), times ("10:30", "3pm", "10 GMT",
"Polls closed at ten": `amount_clock`), addresses ("12 Downing Street"), ages, numbers to call ("dialled 999"),
the number words of idioms ("it takes two to tango", "on cloud nine"), numbered names ("No 10", "Article 50", "G8",
"S&P 500", "Halo 2") and their lists ("Sections 376 and 506"). An age range is no amount, as an age
is none ("aged 14"): "14 to 16-year-olds", "18 to 24 year olds", "aged 14 to 16", "aged between 18 and 34"
count no one; the people are counted where a number says how many ("300 youngsters aged 14-16"); ages are read by
`amount_ages`. `amount_pattern.AMOUNT` leaves out most others (ordinals, compound adjectives, scores);
`amount_reading` reads the rest.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.enrichments.amount_ages import (
    AGE_AFTER,
    AGE_BEFORE,
    AGE_COMMAS,
    AGE_CUES,
    AGE_KEYS,
    AGE_RANGE_AFTER,
    AGE_WORDS,
    NAME_BEFORE_BRACKET,
    RANGE_WORDS,
    an_age,
)
from transforms.enrichments.amount_candidates import FIRST_YEAR, LAST_YEAR
from transforms.enrichments.amount_clock import clock_time
from transforms.enrichments.amount_headline_verbs import COUNT_WORDS, first_word_name_number, title_number_word
from transforms.enrichments.amount_headline_words import country_or_region
from transforms.enrichments.amount_idioms import IDIOM_NUMBERS, in_idiom
from transforms.enrichments.amount_models import headline_verb_count, model_number, model_variant
from transforms.enrichments.amount_objects import counted_object
from transforms.enrichments.amount_plurals import counts
from transforms.enrichments.amount_scores import ELECTION_NAMES, PARTY_NAMES, SIDES, tally
from transforms.enrichments.amount_titles import title_case

_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
# "a.m."/"p.m." (AP style) end in a full stop, after which no word boundary follows: outside the `\b`.
_TIME_AFTER = re.compile(r"\s?(?:(?:am|pm|AM|PM|GMT|BST|CET|EST|EDT|PST|UTC|ET|o'clock|hours?\s+GMT)\b"
                         r"|[ap]\.m\.|[AP]\.M\.)")
_LABELS = {"no", "no.", "number", "article", "section", "chapter", "page", "room", "version", "formula", "route",
           "flight", "channel", "level", "grade", "part", "act", "clause", "division", "league", "series",
           "windows", "euro", "cup", "band", "class", "tier", "size", "category", "model", "phase", "stage",
           "round", "game", "week", "day", "aged", "age", "ages", "paragraph", "figure", "table", "vol", "issue",
           "episode", "track", "platform", "terminal", "gate", "junction", "highway", "interstate", "bbc",
           "radio", "war", "ps", "xbox", "mp", "lane", "top",
           # a trade fair's or an arena's numbered halls: "a digital home in Hall 25 of the 27 buildings"
           "hall",
           # leagues and divisions: "Ligue 1", "Liga 2", "Serie B" (no number), as "League 2", "Division 1", "Formula 1"
           "ligue", "liga", "serie",
           # indices and products: "S&P 500", "Dow 30", "Boeing 737", "iPhone 15" (`_named`: other names)
           "s&p", "dow", "nasdaq", "russell", "nikkei", "dax", "cac", "stoxx", "boeing", "airbus", "iphone",
           "ipad", "playstation", "nintendo", "galaxy", "pixel"}
# ... of which a venue's, whose name a count may follow: "played the Royal Albert Hall 25 times" (a plural after the
# number is what it counts; "Hall 25 of the 27 buildings" is a hall's number)
_VENUE_LABELS = frozenset(("hall",))
# ... of which the abbreviations written with a full stop ("No. 10", "Vol. 3", "Nos. 3 and 4"): after another, a
# full stop ends a sentence
_DOTTED_LABELS = frozenset(("no", "vol", "nos"))
# ... of which the indices, whose number in thousands grouped by commas is a level, no name ("Dow 10,000")
_INDICES = frozenset("dow nasdaq russell nikkei dax cac stoxx ftse sensex nifty kospi".split())
# A house number before its street ("221 Baker Street", "1 AT&T Way", "1600 Pennsylvania Avenue"), and a US police
# report's block ("the 4500 block of East Lancaster Avenue": the hundreds of a street's numbers, no count of blocks).
_ADDRESS = re.compile(r"(?:\s[A-Z][\w&]+)+\s(?:Street|Road|Avenue|Lane|Square|Place|Drive|Way|Boulevard)\b"
                      r"|\sblock\sof\s(?:the\s)?[A-Z0-9]")
# The rounds of a knockout draw named by how many are left in them ("the last 16", "the last eight")
_KNOCKOUT_ROUNDS = frozenset((4.0, 8.0, 16.0, 32.0))
# A section of a law named by its number and a bracketed letter, as US news names retirement plans and charities
# ("401(k)", "403(b)", "501(c)(3)"): no amount.
# A price right before "a dozen", "a hundred", "a thousand": what its price is for ("$6.23 a dozen", "99p a dozen")
_PRICE_BEFORE = re.compile(r"(?:[$£€¥₹]\s?\d[\d.,]*|\d(?:p|c|\s(?:pence|cents)))\s$")
_PER_MANY = frozenset((12.0, 100.0, 1000.0))
_SUBSECTION = re.compile(r"\([a-z0-9]{1,2}\)")
# A German division's number, written before its name with a dot: "the 2. Bundesliga", "the 3. Liga".
_GERMAN_DIVISION = re.compile(r"\.\s(?:Bundesliga|Liga)\b")
# The first two characters of the word after a number (its first token, as `no_amount` splits it) wherever `AGE_AFTER`
# or `_TIME_AFTER` matches there (each opens with at most one white space, then its words): where the word starts
# otherwise ("of", "people", "more"), the regex is not run (`tests/transforms/enrichments/test_amount_fast_paths.py`
# holds each set to its regex's words).
AGE_STARTS = frozenset(("ye", "mo", "we", "da", "ol"))
TIME_STARTS = frozenset(("am", "pm", "AM", "PM", "GM", "BS", "CE", "ES", "ED", "PS", "UT", "ET", "o'", "ho", "a.", "p.",
                         "A.", "P."))

_LIST_CUES = frozenset(("and", "or", "to", "&", ""))
_DIAL = frozenset("dial dials dialled dialed dialling dialing call calls called calling ring rang ringing".split())
# The second and later numbers of a list after a label: "Sections 376 and 506", "junctions 31 and 33".
_PLURAL_LABELS = ("sections|articles|clauses|chapters|pages|rooms|routes|junctions|gates|platforms|lanes|flights"
                  "|paragraphs|episodes|terminals")
_PLURAL_LABEL_WORDS = frozenset(_PLURAL_LABELS.split("|"))
_LABEL_LIST = re.compile(rf"(?i)\b(?:{_PLURAL_LABELS}|section|article|clause|no\.?)\s+\d+[a-z]?"
                         r"(?:\s*,\s*\d+[a-z]?)*\s*(?:,|and|or|to|&)\s*$")
_LABEL_KEYS = re.compile(r"section|article|clause|chapter|page|room|route|junction|gate|platform|lane|flight"
                         r"|paragraph|episode|terminal|no")  # what every match of `_LABEL_LIST` holds, lower-cased
# Words after which a capitalised word is a place or a day, not a name the number belongs to.
# A plural name after a number, in its first two words: "the 40 Palestinians", "the 14 Liberal MPs" are counts
_PLURAL_NAME = re.compile(r"[^\S\n]+(?:[A-Z][\w'-]*[^\S\n]+)?[A-Z][\w'-]*s\b")
_BEFORE_PLACES = frozenset("in on at by across since from to near for until after before during".split())
# The words before a number that the rules of an age, a number to call, a list of numbered names or a model's number
# after "the" each need (`no_amount`), one set
_CUES = frozenset((*AGE_CUES, *AGE_WORDS, *_DIAL, *_LIST_CUES, "the"))


# Tokens repeat ("the", "of", "to", "people,"): what they read as is kept, not worked out per number.
@lru_cache(maxsize=1 << 16)
def _word_before(token: str) -> str:
    """Return the word that the token before a number reads as: after its last hyphen, lower-cased, without
    the punctuation around it.

    >>> _word_before("(mid-January"), _word_before("No.")
    ('january', 'no')
    """
    return token.rpartition("-")[2].lower().strip(".,;:(")


@lru_cache(maxsize=1 << 16)
def _word_after(token: str) -> str:
    """Return the word that the token after a number reads as: lower-cased, without the punctuation around it.

    >>> _word_after("May,"), _word_after("BC)")
    ('may', 'bc')
    """
    return token.lower().strip(".,;:)")


def _ascii_without(text: str, low: int, high: int, keys: re.Pattern[str]) -> bool:
    """Return True when the text from `low` to `high` is ASCII and, lower-cased, holds no match of `keys`: then
    a case-blind regex whose every match holds one finds nothing there, and is not run (a search of 48
    characters, each tried as a start). A non-ASCII text is left to the regex: it reads "ſ" as "s", `lower` not.

    >>> [_ascii_without(t, 0, len(t), AGE_KEYS) for t in ("at the AGE of ", "he was  ", "the 3 of ", "ſhe waſ ")]
    [False, False, True, False]
    """
    near = text[low:high]
    return near.isascii() and keys.search(near.lower()) is None


def _sentence_start(text: str, start: int) -> bool:
    """Return True when `start` begins a sentence (or the text): only white space after its end mark."""
    head = text[max(0, start - 3): start].rstrip(" \t")
    return not head or head[-1] in ".!?\"“”'‘:\n\x01"


def no_amount(text: str, start: int, number_start: int, end: int, low: int, value: float, unit: str | None,
              approx: str | None, digits: str | None, words: str | None, scale2: str | None) -> bool:
    """Return True when an `AMOUNT` match read as `value` and `unit` is no amount of anything: a year, date,
    time, address, age, number to call, idiom or numbered name. `start` is where its text starts (its hedge
    `approx`'s start, if any), `number_start` where its number does, `end` where it ends, `low` where its
    paragraph starts; `digits`, `words` and `scale2` are its number (num1 or num2), its number words and
    its scale, as `amount_reading.parse` has unpacked them (groups passed on, not read again: a call per amount).

    >>> [no_amount(t, t.index("5"), t.index("5"), t.index("5") + 1, 0, 5.0, None, None, "5", None, None)
    ...  for t in ("5 May", "aged 5 and over", "Channel 5 said", "5 people")]
    [True, True, True, False]
    """
    # The rules are a disjunction (any makes it none), so they are grouped by what they need, cheapest and
    # most decisive first: a number with a unit (a third of them) is settled after four tests.
    # (a conditional, not `max`: a builtin's call costs as much as the slice, and this runs for every number)
    before = text[number_start - 14 if number_start > 14 else 0: number_start].rsplit(None, 1)[-1:]  # the last word
    after = text[end: end + 16].lstrip("\\").split(None, 1)[:1]  # the first word, if any (AG News's "7,000\jobs")
    word_before = _word_before(before[-1]) if before else ""
    word_after = _word_after(after[0]) if after else ""
    if word_before in _MONTHS or word_after in _MONTHS:
        return True  # a date
    first_after = after[0][0] if after else ""
    if first_after and after[0][:2] in AGE_STARTS and AGE_AFTER.match(text, end):
        return True  # an age: "six months old"
    if words and (words.lower() in IDIOM_NUMBERS and in_idiom(text, number_start, end)
                  or words[0].isupper() and not _sentence_start(text, start)
                  and not title_number_word(text, before, end)):
        return True  # an idiom ("it takes two to tango"), or a name: "Six Feet Under" (capitalised inside a sentence)
    if words and words[:2] in ("a ", "A ") and value in _PER_MANY and _PRICE_BEFORE.search(
            text, start - 14 if start - 14 > low else low, start):
        return True  # a price's unit, no count: "eggs cost $6.23 a dozen", "£40 a hundred" (it counted 12)
    if unit == "ZAR" and not scale2 and text[start: start + 1] == "R" and text[start - 1: start] == " ":
        name = text[max(low, start - 24): start].rsplit(None, 1)[-1:]
        if name and name[0][:1].isupper() and name[0].isalpha() and not _sentence_start(text, start - 1 - len(name[0])):
            return True  # a model's name after a maker's: "the Roland R2,000 synth" ("earns R8,500 a month" is rand)
    if unit is not None:
        return False  # the other rules read numbers without a unit
    if word_before == "last" and value in _KNOCKOUT_ROUNDS and text[number_start - 9: number_start - 5].lower() == (
            "the ") and not counts(after):
        return True  # a knockout round, the players or teams left in it: "reached the last 16 of the Champions
        # League", "the last sixteen of the competition", "beat Henman in the last eight," (not "the last four days")
    next_char, char_before = text[end: end + 1], text[number_start - 1: number_start]  # each rule below tests them
    if next_char == "," and AGE_COMMAS.search(text, max(0, start - 40), start):
        return True  # an age: "Slater, 35, is"
    if value < 130 and word_after in RANGE_WORDS and AGE_RANGE_AFTER.match(text, end):
        return True  # an age range's first age: "14 to 16-year-olds" ("gave £50 to 16-year-olds" is money)
    if digits and not scale2 and (
        "," not in digits and "." not in digits and len(digits) == 4 and FIRST_YEAR <= value <= LAST_YEAR  # a year
        or word_after in ("ad", "a.d", "bc", "b.c", "bce", "ce")  # a year
        or len(digits) > 1 and digits.startswith("0") and "." not in digits  # a code or a phone number's part
        or first_after and after[0][:2] in TIME_STARTS and _TIME_AFTER.match(text, end)  # a time
        or (first_after.isupper() or first_after == "b") and _ADDRESS.match(text, end)  # an address
    ):
        return True
    if next_char == "." and _GERMAN_DIVISION.match(text, end):
        return True  # a German league's number before its name: "the 2. Bundesliga", "the 3. Liga"
    if next_char == "(" and _SUBSECTION.match(text, end) or char_before == "(" and text[
            number_start - 2: number_start] == ")(":
        return True  # a section of a code: "401(k) plan", "501(c)(3) charity" (its "(3)" too)
    if word_before == "at" and 1 <= value <= 12 and clock_time(text, number_start, end, words is not None):
        return True  # a clock time: "Polls closed at ten", "at 10 last night"
    if approx:  # "children under five": an age limit, not an amount
        if approx == "Under" and digits and unit is None and 12 <= value <= 23 and value.is_integer() and not (
                _sentence_start(text, start) or counts([word_after])):
            return True  # a side's age group: "the England Under 21 squad", "at Under 20 level" (not "To Under 20
            # Dollars"), as "Under-21" is
        return approx.lower() in ("under", "over") and counted_object(text, end) is None
    # Each rule's regex runs only after a cheap test of the word before says it may apply; the four rules that need a
    # cue word before the number (most numbers have none: "killed 5 people") are passed over at one set lookup.
    cue = word_before.isdigit()
    if cue or word_before in _CUES:
        window = number_start - 48 if number_start - 48 > low else low
        if value < 130 and (cue or word_before in AGE_CUES or word_before in AGE_WORDS) and not _ascii_without(
                text, window, number_start, AGE_KEYS) and (
                age := AGE_BEFORE.search(text, window, number_start)) is not None and an_age(
                text, end, word_before, age.group("aged")):
            return True  # an age: "at the age of 92", "aged 19 and 21", "he was 41."
        if word_before in _DIAL and counted_object(text, end) is None:
            return True  # a number to call: "dialled 999", "called 911"
        if (cue or word_before in _LIST_CUES) and not _ascii_without(text, window, number_start, _LABEL_KEYS) and (
                _LABEL_LIST.search(text, window, number_start)):
            return True  # a numbered name's list: "Sections 376 and 506", "between junctions 31 and 33"
        if word_before == "the" and digits and digits.isdigit() and first_after.isupper() and not scale2 and not (
                _PLURAL_NAME.match(text, end)) and (
                # three digits, not round, before a name and no plural: "the 737 Max line", "Halts the 737 Max Line"
                len(digits) == 3 and value % 10 and not counts([counted_object(text, end) or ""])
                or not (title_case(text, end) or counted_object(text, end))):
            return True  # a model's number before its name: "the 737 Max", "the 100 Club" (not "the 40 Palestinians")
    if value < 130 and char_before == "(" and next_char == ")" and NAME_BEFORE_BRACKET.search(
            text, number_start - 48 if number_start - 48 > low else low, number_start):
        return True  # an age: "Ramesh Kumar (32) and"
    if first_after.isupper() and not scale2 and model_number(text, end, digits, value):
        return True  # a model's number before its name, whatever follows: "sold 737 Max jets"
    if digits and not scale2 and before and before[-1][:1].isupper() and char_before == " " and model_variant(
            text, number_start - 1 - len(before[-1])):
        return True  # a model's variant after its number and name: "150 737 Max 10 aircraft" (it counted 10 aircraft)
    # a comma, a colon or a semicolon after a label's word ends its clause: "Israel-Hamas war: 27 killed", "In the
    # third round, 12 players" count; "World War 2", "No. 10" are names; so does a full stop after one that is no
    # abbreviation's: "He fought in the war. 300 people died" (it was the war's number)
    if before and before[-1][-1] not in ",;:" and (before[-1][-1] != "." or word_before in _DOTTED_LABELS):
        label = before[-1].strip(".,;:(")
        if label.islower() and word_before not in _LABELS and word_before not in _PLURAL_LABEL_WORDS:
            return False  # a lower-case word that is no label's (most numbers): no rule below can apply, each needing
            # a capital in it, or it one of the labels' words
        counted = None  # a tally's: "score" (sport near) or "count" ("Italy 120, Spain 85 new cases")
        if digits and not scale2 and label[:1].isupper() and (word_before not in _LABELS or label in SIDES) and (
                word_before not in _INDICES):  # (a tally's names are capitalised: `tally` reads no other)
            counted = tally(text, label, digits, end, low)  # (a vote's "No 48" after "Yes 52" too)
            if counted == "score":
                return True  # a game's score, either team's points: "Astros 10, Pirates 5", "Lakers 112 Celtics 108"
            if counted is None and (label in PARTY_NAMES or label in SIDES and "," in digits) and not title_case(
                    text, end):  # a party's seats or votes, a vote's side's votes in thousands (a tally's numbers are
                counted = "count"  # three digits at most): "the Conservatives 121", "Leave 17,410,742, Remain ..."
        if not scale2 and (word_before in _LABELS and counted is None and not (
                digits and "," in digits and word_before in _INDICES) and not (
                word_before in _VENUE_LABELS and counts(after))
                           or word_before in _PLURAL_LABEL_WORDS or (
                len(label) > 1 and label.isupper() and label.isalpha() and counted is None)):
            return True  # a numbered name: No 10, Article 50, FTSE 100, lane seven (no "Sales Top 100 Million"; an
            # index's level in thousands is its points, "Dow 10,000 Again?"; a tally's "USA 40, China 38" count)
        label_start = number_start - 1 - len(label)
        if digits and not scale2 and not label.islower() and counted is None and (
                "," not in digits or word_before not in _INDICES and not title_case(text, end)
                and not country_or_region(label)) and (
                label.lower() not in COUNT_WORDS) and _named(text, label, number_start) and not counts(
                after) and not headline_verb_count(text, label, end, label_start):
            return True  # a numbered name: "Halo 2", "Channel 4", "Nintendo 64 classic", in a sentence "Warhammer
            # 40,000 sold" (not "Trump's First 100 Days", nor a headline's thousands grouped by commas, a count's:
            # "Wildfires Destroy 12,000 Homes", nor an index's level, "the Dow 10,000 barrier", nor a place's count,
            # "Israel 1,200 were killed")
        if digits and not scale2 and "," not in digits and (
                counted is None or label not in ELECTION_NAMES) and first_word_name_number(
                text, label, label_start, end, low, word_after):
            return True  # a headline's first word and its number: "Sims 4 Players Get Free Expansion", "FIFA 23, Madden
            # 24 Top Charts" (not an election's tally: "SNP 9, Lib Dems 72")
    return False


def _named(text: str, label: str, number_start: int) -> bool:
    """Return True when the word just before a number is a name that the number is part of: a capitalised
    word inside a sentence ("the Dow 30"), or one with a capital inside or an "&" anywhere ("iPhone 15",
    "S&P 500"). Capitalised words that start a sentence are too often "About", "Some", "The"."""
    start = number_start - 1 - len(label)
    if not label or text[number_start - 1: number_start] != " " or text[start: number_start - 1] != label:
        return False  # not directly before, one space apart ("Boeing, 737")
    if len(label) > 1 and ("&" in label or label[0].islower() and any(c.isupper() for c in label[1:])):
        return True
    if label.lower() in _BEFORE_PLACES:
        return False  # a headline's capitalised preposition: "Price Rise In 50 Markets", "Bonus For 3,000 Staff"
    previous = text[max(0, start - 12): start].rsplit(None, 1)[-1:]
    if previous and previous[0].lower() in _BEFORE_PLACES:
        return False  # "In Gaza 200 children", "On Tuesday 40 people": a place or a day before the amount
    return label[0].isupper() and label[1:].isalpha() and not _sentence_start(text, start)
