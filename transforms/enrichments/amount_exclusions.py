"""Numbers that are no amount of anything, told by the words around them (`no_amount`).

Not amounts: years (a bare 1000–2100), a rate's base ("per 100,000 people"), dates ("12 January", "January 12"),
times ("10:30", "3pm", "10 GMT", "Polls closed at ten": `amount_clock`), addresses ("12 Downing Street"), ages,
numbers to call ("dialled 999"), the number words of idioms ("it takes two to tango", "on cloud nine"), numbered
names ("No 10", "Article 50", "G8", "S&P 500", "Halo 2") and their lists ("Sections 376 and 506";
`amount_numbered_names`). An age range is no amount, as an age is none ("aged 14"): "14 to 16-year-olds", "18 to 24
year olds", "aged 14 to 16", "aged between 18 and 34" count no one; the people are counted where a number says how
many ("300 youngsters aged 14-16"); ages are read by `amount_ages`.
`amount_pattern.AMOUNT` leaves out most others (ordinals, compound adjectives, scores);
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
    people_span,
)
from transforms.enrichments.amount_candidates import FIRST_YEAR, LAST_YEAR
from transforms.enrichments.amount_clock import (
    TIME_PREPOSITIONS,
    clock_time,
    dotted_time,
    hour_after_part,
    minutes_past,
)
from transforms.enrichments.amount_currencies import GULF_LETTERS
from transforms.enrichments.amount_headline_verbs import title_number_word
from transforms.enrichments.amount_idioms import IDIOM_NUMBERS, in_idiom
from transforms.enrichments.amount_models import model_number, model_variant
from transforms.enrichments.amount_numbered_names import (
    DOTTED_LABELS,
    LABEL_KEYS,
    LABEL_LIST,
    named_letters,
    numbered_name,
    sentence_start,
    timeshift_one,
)
from transforms.enrichments.amount_objects import counted_object
from transforms.enrichments.amount_paragraph_numbers import paragraph_number
from transforms.enrichments.amount_plurals import counts
from transforms.enrichments.amount_scores import BRACKETED_SCORE, COMPARED_FIGURE_AFTER
from transforms.enrichments.amount_titles import title_case
from transforms.enrichments.amount_units import POUND_NOUNS

_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
# "a.m."/"p.m." (AP style) end in a full stop, after which no word boundary follows: outside the `\b`.
_TIME_AFTER = re.compile(r"\s?(?:(?:am|pm|AM|PM|GMT|BST|CET|EST|EDT|PST|UTC|ET|o'clock|hours?\s+GMT)\b"
                         r"|[ap]\.m\.|[AP]\.M\.)")
# A house number before its street ("221 Baker Street", "1 AT&T Way", "1600 Pennsylvania Avenue"), and a US police
# report's block ("the 4500 block of East Lancaster Avenue": the hundreds of a street's numbers, no count of blocks).
_ADDRESS = re.compile(r"(?:\s[A-Z][\w&]+)+\s(?:Street|Road|Avenue|Lane|Square|Place|Drive|Way|Boulevard)\b"
                      r"|\sblock\sof\s(?:the\s)?[A-Z0-9]")
# The rounds of a knockout draw named by how many are left in them ("the last 16", "the last eight")
_KNOCKOUT_ROUNDS = frozenset((4.0, 8.0, 16.0, 32.0))
# The currencies of the letters that are one only before some numbers, a rand's, a naira's, the Gulf's
# (`amount_numbered_names.named_letters` tells where they are a thing's name)
_LETTER_UNITS = frozenset(("ZAR", "NGN", *GULF_LETTERS.values()))
# A price right before "a dozen", "a half-dozen", "a hundred", "a thousand": what its price is for ("$6.23 a dozen",
# "99p a dozen"; its "a" before "half-dozen", which the amount's words do not hold: "$3 a half-dozen")
_PRICE_BEFORE = re.compile(r"(?:[$£€¥₹]\s?\d[\d.,]*|\d(?:p|c|\s(?:pence|cents)))\s(?:an?\s)?$")
_PER_MANY = frozenset((6.0, 12.0, 100.0, 1000.0))
# A section of a law named by its number and a bracketed letter, as US news names retirement plans and charities
# ("401(k)", "403(b)", "501(c)(3)"): no amount.
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
# A plural name after a number, in its first two words: "the 40 Palestinians", "the 14 Liberal MPs" are counts
_PLURAL_NAME = re.compile(r"[^\S\n]+(?:[A-Z][\w'-]*[^\S\n]+)?[A-Z][\w'-]*s\b")
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


# A title's currency word hyphenated to a number word ("The Five-Pound Note", "The Ten-Euro Coin"): a note's worth
_TITLED_NOTES = ("-Pound", "-Dollar", "-Euro", "-Yen", "-Yuan")


def _titled_note(text: str, end: int, after: list[str]) -> bool:
    """Return True when a capitalised number word ending at `end` is hyphenated to a currency's word as a note's
    worth is: no word after it, a lower-case one ("The Five-Dollar bill"), or a note's or a weight's noun ("The
    Ten-Euro Note", "The Five-Pound Turkey"); not before another capitalised word, a nickname's name ("Meet
    Ten-Dollar Jack", "Five-Pound Fred": they read as sums of what the name counts).
    """
    if not text.endswith(_TITLED_NOTES, 0, end):
        return False
    noun = after[0].strip(".,;:!?)'’\"") if after else ""
    return not noun[:1].isupper() or noun.lower() in POUND_NOUNS


def no_amount(text: str, start: int, number_start: int, end: int, low: int, value: float, unit: str | None,
              approx: str | None, digits: str | None, words: str | None, scale2: str | None) -> bool:
    """Return True when an `AMOUNT` match read as `value` and `unit` is no amount of anything: a year, date,
    time, address, age, number to call, idiom or numbered name. `start` is where its text starts (its hedge
    `approx`'s start, if any), `number_start` where its number does, `end` where it ends, `low` where its
    paragraph starts; `digits`, `words` and `scale2` are its number (num1 or num2), its number words and
    its scale, as `amount_reading.parse` has unpacked them (groups passed on, not read again: a call per amount).

    >>> [no_amount(t, t.index("5"), t.index("5"), t.index("5") + 1, 0, 5.0, None, None, "5", None, None)
    ...  for t in ("5 May", "aged 5 and over", "Channel 5 said", "5 people", "May 5", "in May, 5 people")]
    [True, True, True, False, True, False]
    """
    # The rules are a disjunction (any makes it none), so they are grouped by what they need, cheapest and
    # most decisive first: a number with a unit (a third of them) is settled after four tests.
    # (a conditional, not `max`: a builtin's call costs as much as the slice, and this runs for every number)
    before = text[number_start - 14 if number_start > 14 else 0: number_start].rsplit(None, 1)[-1:]  # the last word
    after = text[end: end + 16].lstrip("\\").split(None, 1)[:1]  # the first word, if any (AG News's "7,000\jobs")
    word_before = _word_before(before[-1]) if before else ""
    word_after = _word_after(after[0]) if after else ""
    if word_before in _MONTHS and before[-1][-1:] != "," or word_after in _MONTHS:
        return True  # a date; a month and a comma end a clause ("£20.2bn in September, £1.6bn more", "in May, 5
        # people died": each was none)
    first_after = after[0][0] if after else ""
    if first_after and after[0][:2] in AGE_STARTS and AGE_AFTER.match(text, end):
        return True  # an age: "six months old"
    if words and (words.lower() in IDIOM_NUMBERS and in_idiom(text, number_start, end)
                  or words[0].isupper() and not sentence_start(text, start)
                  and not title_number_word(text, before, end) and not _titled_note(text, end, after)):
        return True  # an idiom ("it takes two to tango"), or a name: "Six Feet Under" (capitalised inside a sentence);
        # not a title's note or weight, its number word hyphenated to "Pound" ("The Five-Pound Note Is Back": the
        # noun after it tells a sum from a weight, `amount_units.pound_unit`, and no name is hyphenated so; nor to
        # another currency's, "The Five-Dollar Bill Returns", a note's worth as "a five-dollar bill" is; a name after
        # it is a nickname's, "Meet Ten-Dollar Jack": `_titled_note`)
    if words and (words[:2] in ("a ", "A ") or words[:4] == "half") and value in _PER_MANY and _PRICE_BEFORE.search(
            text, start - 14 if start - 14 > low else low, start) and not counts(after):
        return True  # a price's unit, no count: "eggs cost $6.23 a dozen", "£40 a hundred" (it counted 12); before a
        # plural it counts that: "a loaf cost 2p a hundred years ago", "fined $50 a dozen times"
    if unit in _LETTER_UNITS and named_letters(text, number_start, end, low, digits, scale2):
        return True  # a thing's name: "the Roland R2,000 synth", "the N1 each day" ("earns R8,500 a month" is rand)
    if unit is not None:
        return False  # the other rules read numbers without a unit
    if word_before == "per":
        return True  # a rate's base, no count of its own: "12.4 cases per 100,000 people", "7.5 connections per 100
        # people" (each counted 100,000 or 100 people); a measure's is left as it was, "6 litres per 100km"
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
    if (word_before == "to" or word_before == "past") and 1 <= value <= 12 and hour_after_part(
            text, number_start, end):
        return True  # a clock's hour after its part: "at about a quarter to six", "half past ten"
    if word_before in TIME_PREPOSITIONS and digits and value < 24 and dotted_time(text, number_start, end, word_before,
                                                                                   digits):
        return True  # a time: "by 9.30", "until 10.15"
    if word_after == "past" and minutes_past(text, end, value):
        return True  # a clock's minutes: "at twenty past eight"
    if approx:  # "children under five": an age limit, not an amount
        if approx == "Under" and digits and unit is None and 12 <= value <= 23 and value.is_integer() and not (
                sentence_start(text, start) or counts([word_after])):
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
        if (word_before == "between" or word_before == "and") and unit is None and digits and digits.isdigit() and (
                end == number_start + len(digits) and people_span(text, number_start, end, low)):
            return True  # a span of ages after its people: "citizens between 18 and 70"
        if word_before in _DIAL and counted_object(text, end) is None:
            return True  # a number to call: "dialled 999", "called 911"
        if (cue or word_before in _LIST_CUES) and not _ascii_without(text, window, number_start, LABEL_KEYS) and (
                LABEL_LIST.search(text, window, number_start)):
            return True  # a numbered name's list: "Sections 376 and 506", "between junctions 31 and 33"
        if word_before == "the" and digits and digits.isdigit() and first_after.isupper() and not scale2 and not (
                _PLURAL_NAME.match(text, end)) and (
                # three digits, not round, before a name and no plural: "the 737 Max line", "Halts the 737 Max Line"
                len(digits) == 3 and value % 10 and not counts([counted_object(text, end) or ""])
                or not (title_case(text, end) or counted_object(text, end))):
            return True  # a model's number before its name: "the 737 Max", "the 100 Club" (not "the 40 Palestinians")
    if number_start - 1 <= low and digits and digits.isdigit() and paragraph_number(text, number_start, end, low):
        return True  # a paragraph's number opening it: "[12] The applicant seeks an order.", "12. The applicant"
    if value < 130 and char_before == "(" and next_char == ")" and NAME_BEFORE_BRACKET.search(
            text, number_start - 48 if number_start - 48 > low else low, number_start):
        return True  # an age: "Ramesh Kumar (32) and"
    if value < 100 and char_before == "(" and next_char == ")" and digits and digits.isdigit() and (
            BRACKETED_SCORE.search(text, number_start - 8 if number_start - 8 > low else low, number_start)) and (
            not COMPARED_FIGURE_AFTER.match(text, end)):
        return True  # a scorecard's second figure: "Ind 5 (0)", "Scheffler -6 (17)"
    if value == 1 and char_before == "+" and digits == "1" and timeshift_one(text, number_start, low):
        return True  # a channel's name: "Channel 4 (+1) drew 1.2 million", "ITV2 +1" (it was a change of one)
    if first_after.isupper() and not scale2 and model_number(text, end, digits, value):
        return True  # a model's number before its name, whatever follows: "sold 737 Max jets"
    if digits and not scale2 and before and before[-1][:1].isupper() and char_before == " " and model_variant(
            text, number_start - 1 - len(before[-1])):
        return True  # a model's variant after its number and name: "150 737 Max 10 aircraft" (it counted 10 aircraft)
    # a comma, a colon or a semicolon after a label's word ends its clause: "Israel-Hamas war: 27 killed", "In the
    # third round, 12 players" count; "World War 2", "No. 10" are names; so does a full stop after one that is no
    # abbreviation's: "He fought in the war. 300 people died" (it was the war's number)
    if before and before[-1][-1] not in ",;:" and (before[-1][-1] != "." or word_before in DOTTED_LABELS):
        return numbered_name(text, before[-1], word_before, word_after, after, digits, scale2, number_start, end, low)
    return False
