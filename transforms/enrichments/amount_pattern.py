"""The pattern of an amount, `AMOUNT`, and the words it knows: number words, scales, shares (measures are
`amount_measures`, currencies `amount_currencies`).

"roughly 12,000 North Korean troops", "$4.5bn", "3.2%", "two million people", "dozens of protesters",
"a third of", "half a million", "1 in 5 adults", "Rs 500 crore", "Rs 1,76,000 crore", "three thousand crore
rupees", "0.5 percentage points", "25 basis points", "one basis point": `AMOUNT` matches the number with its
currency sign or word, scale, unit or percentage, and names each part in a group (`_GROUPS`). The vocabularies
say what those parts are worth (`SCALES`, `VAGUE`, `FRACTIONS`) and which unit they make (`PERCENT`; measures in
`amount_measures`, currencies in `amount_currencies`): `amount_reading` reads them. The pattern matches where
`amount_candidates` says an amount may start, never over the whole text.
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_currencies import (
    CURRENCY_WORDS,
    DOLLAR_PREFIXES,
    HYPHENED_CENT,
    ISO_CODES,
    SCALED_ONLY,
    SIGNS,
    TITLE_CURRENCIES,
)
from transforms.enrichments.amount_guards import prefix_guard
from transforms.enrichments.amount_hedged_shares import HALF_BEFORE_DETERMINER, PLURAL_SHARE_AFTER
from transforms.enrichments.amount_letter_currencies import letter_symbols
from transforms.enrichments.amount_measures import INCH_WORDS, MEASURE, MEASURE_GUARD, SPACED_INCHES
from transforms.enrichments.amount_power_pairs import PAIRED_BEFORE
from transforms.enrichments.amount_units import (
    CURRENCY_ADJECTIVES,
    POUND_ADJECTIVE,
    POUND_SPELLINGS,
    SPELT_UNIT,
    SPELT_UNITS,
)

PERCENT = "percent"

UNITS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "one": 1, "a": 1,
}
SCALES = {"hundred": 100, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
          "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7,
          "crores": 1e7, "dozen": 12}
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens of thousands": 20000,
         "hundreds of thousands": 200000, "millions": 2e6, "billions": 2e9,
         # "tens of billions of dollars" (it was "billions of dollars", 2e9), "hundreds of millions"
         "tens of millions": 2e7, "hundreds of millions": 2e8, "tens of billions": 2e10, "hundreds of billions": 2e11}
FRACTIONS = {"third": 100 / 3, "quarter": 25, "half": 50, "two thirds": 200 / 3, "three quarters": 75,
             "fifth": 20, "tenth": 10}
ISO_PATTERN = "|".join(ISO_CODES)
PERCENTAGE_POINT = "percentage point"

# Thousands grouped by threes ("1,760,000"), or the Indian way, by twos above a thousand ("17,60,000",
# "Rs 1,76,000 crore": lakhs and crores of digits; an amount only with rupees, lakhs or crores, see
# `amount_reading.parse`)
INDIAN_GROUPS = r"\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?"
_NUM = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{INDIAN_GROUPS}|\d+(?:\.\d+)?"
# Thousands parted by a space, as French and other European writing groups them ("€1 200", "€20 000",
# "€1\u202f200"): one space, a no-break space or a narrow one, then three digits and no more, only after a
# currency sign or letters (`SYMBOL_NUM`): two numbers a space apart are two numbers ("in 2004 200 people").
THOUSANDS_SPACES = " \u00a0\u202f"
# A decimal comma after a currency's sign or letters, as South Africa's papers and Europe's write it ("R2,4 billion",
# "a R2,4-billion project", "€2,4 billion", "R1,5m": they were no amount): a comma then ONE digit, then a scale word,
# is no thousands' comma, which has three ("R1,200", "$1,200 million" read on as before)
DECIMAL_COMMA = r"\d{1,3},\d(?=[\s-]?(?:[Mm]illion|[Bb]illion|[Tt]rillion|bn|mn|m)\b)"
SYMBOL_NUM = rf"\d{{1,3}}(?:[{THOUSANDS_SPACES}]\d{{3}})+(?!\d|,\d)(?:\.\d+)?|{DECIMAL_COMMA}|{_NUM}"
# "Rs 48 lakh crore" (4.8e13), "Rs 10,000 crore", "3 thousand crore": a scale of crores, as Indian news writes
# A headline's capitals too: "Bush Seeks $14 Billion More", "39 Million Americans" (AG News, US papers). AG News
# writes a backslash where its source broke a line, "#36;3\billion", "fell 5.6\percent": read as the space it was.
_SCALE_WORDS = (r"[\s\\](?:(?:thousand|lakhs?)\scrores?|[Hh]undred|[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion"
                r"|lakhs?|crores?)")
_SCALE = rf"(?:{_SCALE_WORDS}|(?:bn|mn|trn|tn|m|k|thousand|million|billion|trillion))\b"
# The letters that are a currency only before some numbers: a rand's "R", a naira's "N", a bare "Sh", the Gulf's
_LETTER_SYMBOLS = letter_symbols(rf"{DECIMAL_COMMA}|{_NUM}")
_DOLLAR_LETTERS = "|".join(DOLLAR_PREFIXES)  # a dollar's country's letters ("US$", "NZ$", "J$"), longest first
# After a currency sign the letters may be capitals ("$120K", "$3M", "£2BN"); without one, "4K", "3M"
# and "5G" are names, not amounts. A scale word after a hyphen is the Canadian Press's and the Globe and
# Mail's style ("$2.5-billion", "C$450-million"), only after a currency sign: "2.5-billion-dollar" is left. So is
# Indian papers' "Rs 1,200-crore project", "₹500-crore scheme", "Rs 5-lakh grant" (no amount at all before).
# After a currency sign a scale's letters may follow a space too, "$458 m (£242.7m)", "€3 bn", India's business
# papers' "Rs 185 trn": it was 458 dollars, 185 rupees.
# A headline's Title Case after the hyphen too ("Judge Blocks $3-Billion Merger", "Court Halts R2.4-Billion Mine").
_SYMBOL_SCALE = (rf"(?:{_SCALE_WORDS}|(?i:bn|mn|trn|tn|m|k|b)|\s(?:bn|mn|trn|m)(?![\w'’-])|thousand|million|billion"
                 r"|trillion|-(?:[Tt]housand|[Mm]illion|[Bb]illion|[Tt]rillion|lakhs?|crores?))\b")

# A rate of time after a currency's amount, joined to it by hyphens ("$2-million-a-year contract", "a £5-a-month
# fee"), or a rate per one ("a £20-a-side match", "a £50-a-head dinner", "£100-a-night rooms": they were no amount):
# the amount is read as "$2 million a year" is, the rate left to the words; a wage's hour takes "an" ("a $15-an-hour
# job": it was no amount); so is any one thing the hyphens join after the sum, a rate per its unit of goods ("a
# 10-cent-a-litre tax", "a $2-a-bag levy": they were none): "-a-" after a sum opens nothing else
_PER_TIME = r"(?:an?-[a-z]{3,})\b"

WORDS = ("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
         "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety").split()
_CASED_WORDS = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in WORDS)  # "Two" starts a sentence
# "half a million", "half of a million", "a quarter of a million": a share of a scale word ("two and a half":
# `AND_A_HALF`)
_FRACTION_OF_SCALE = (r"(?:[Hh]alf(?:\s(?:of\s)?an?)?[\s-]|(?:(?:[Aa]|[Oo]ne)[\s-](?:third|quarter)|[Tt]wo[\s-]thirds"
                      r"|[Tt]hree[\s-]quarters)\sof\sa\s)(?:hundred|thousand|million|billion|trillion|dozen)")
AND_A_HALF = r"[\s-]and[\s-]a[\s-]half"
# The units a fraction is of when it is a measure, no share ("a third of a cent", "half of a mile"; `AMOUNT`'s "frac")
_ONE_UNIT = (r"cent|penny|pence|point|percent|per\scent|degree|second|minute|hour|day|week|month|year|decade|century"
             r"|inch|foot|yard|mile|metre|meter|kilometre|kilometer|litre|liter|gallon|pint|ounce|acre|hectare|pound|kilo"
             r"|kilogram|tonne|ton")
# A vague count of a scale, "several thousand", "a few hundred", "several hundred million": the least it can mean, as
# "thousands" is (`SOME`: "a few" two of the scale, "several" three; they were no amount, or "hundred million" alone)
SOME = {"a few": 2, "several": 3}
_SOME = r"[Aa]\sfew|[Ss]everal"
# "a quarter of a percentage point", "half a percentage point", "a half percentage point": a share of one point
# (0.25, 0.5 `percentage point`), as central banks' moves are told; the words then end before "percentage"
_FRACTION_OF_POINT = (r"(?:[Hh]alf(?:\sof)?\sa|(?:(?:[Aa]|[Oo]ne)[\s-](?:third|quarter)|[Tt]wo[\s-]thirds"
                      r"|[Tt]hree[\s-]quarters)\sof\sa|(?:[Aa]|[Oo]ne)\s(?:half|quarter))(?=\spercentage\spoints?\b)")
# "a quarter-point rise", "a half-point rate cut", "by a quarter point": a central bank's move told without
# "percentage", a share of one `percentage point` where a rate is near (`amount_reading.parse`; a chess player's
# "half-point lead" is none). Not "points": "the fourth quarter points to growth".
_SHARE_OF_POINT = r"(?:(?:[Aa]|[Oo]ne)\s)?(?:[Qq]uarter|[Hh]alf)[\s-]point\b"
# A share of a group, "1 in 5 adults" → 20 percent, out of 100 at most: "one in 10,000 consoles" counts consoles
_IN, _PER = r"\s+in\s+(?:every\s+)?", rf"(?:100|[1-9]\d?|{'|'.join(WORDS)}|a\shundred)\b(?![.,]\d)"


def _by_first_letter(phrases: list[str]) -> str:
    r"""Return the alternation of regex phrases that each start with a letter, those of one first letter
    grouped after it, in their order: the regex engine tries the phrases one by one, so a group is passed
    over at one letter's test, while the same phrase as before is matched (phrases of other first letters
    never match where one of them does, and within a letter the order is kept).

    >>> _by_first_letter(["New Zealand dollars", "naira", "dollars", "New Taiwan dollars"])
    'N(?:ew Zealand dollars|ew Taiwan dollars)|n(?:aira)|d(?:ollars)'
    """
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        assert phrase[0].isalpha(), phrase
        groups.setdefault(phrase[0], []).append(phrase[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


# Tens or hundreds of thousands, millions or billions are an amount without an "of" after them ("Tens of thousands
# marched", "worth hundreds of millions.", "Hundreds of Thousands Rally"; they were none, or "Hundreds of" counting
# "millions"), as a bare "thousands" is not ("the lives of thousands were lost")
_TENS_OF = "(?:" + "|".join(rf"(?<={tens}s\sof\s{scale})" for tens in ("[Tt]en", "[Hh]undred")
                            for scale in ("[Tt]housands", "[Mm]illions", "[Bb]illions")) + ")"
# A currency's adjectives, longest first ("Hong Kong dollar" before "dollar"), a phrase's words split by any space
_ADJECTIVES = "|".join(r"\s".join(map(re.escape, k.split()))
                       for k in sorted(CURRENCY_ADJECTIVES, key=lambda k: (-len(k), k)))
# A currency's word hyphenated to a bare number, in a title's capitals too ("The 100-Dollar Bill"); not the
# currency's area or its crisis after a year, which no sum buys ("the 2010-euro crisis", "post-2008-euro zone": they
# were 2010 euros; "a 300-euro crisis bonus" is a sum), nor a year's "Euro", football's championship ("the 2024-Euro
# final")
# (and a cent, `HYPHENED_CENT`: "a 50-cent coin")
_HYPHENED_WORDS = ("Dollar", "dollar", "euro", "Yen", "yen", "Yuan", "yuan")
_HYPHENED = (rf"(?:(?<!(?:19|20)\d\d-)(?:{'|'.join(_HYPHENED_WORDS)}|Euro|{HYPHENED_CENT})\b"
             rf"|(?:{'|'.join(_HYPHENED_WORDS)})\b(?![\s-](?:zone|area|crisis|bloc)\b))")
# Longest first, so that "Hong Kong dollars" wins over "dollars"; a phrase's words may be split by a line's end.
_CURRENCY_PHRASES = sorted((k for k in CURRENCY_WORDS if k not in ("p", SCALED_ONLY, HYPHENED_CENT)),
                           key=lambda k: (-len(k), k))
_CURRENCY = "|".join(
    [_by_first_letter([r"\s".join(map(re.escape, phrase.split())) for phrase in _CURRENCY_PHRASES])]
    # (a hyphen after a scale word joins a compound adjective, as agencies write it: "a 2.5 billion-euro fund")
    + [rf"(?:(?<=illion[\s-])|(?<=\d[bmt]n\s))(?:{SCALED_ONLY}|{_ADJECTIVES})"]
    # ... and won after a thousands group, as a Korean sum with its conversion is written ("fined 300,000 won
    # ($220)"); `amount_won.unsure_won` keeps it only before a conversion or in a paragraph that speaks of Korea
    + [rf"(?<=\d,\d{{3}}\s){SCALED_ONLY}"]
    # ... and after "m" as the BBC writes millions of euros ("a 800m euro loss", "798m euro a year ago": they
    # counted "euro"); not won, "the 100m won by" being a race
    + [rf"(?<=\dm\s)(?:{_ADJECTIVES})"]
    # ... and hyphenated to a bare number, as a note's or a coin's worth is written ("a 10-dollar bill", "a 2-euro
    # coin", "a 1,000-yen note": they were none); a pound's is `POUND_ADJECTIVE`'s, a weight's as often
    + [rf"(?<=\d-)(?:{_HYPHENED})"]
    # ... or to a number word, as a note is named in prose ("a five-dollar bill", "a ten-euro note": they were none;
    # the words' branch reads the hyphen only before these, `AMOUNT`'s "curword2")
    + [rf"(?<=[a-z]-)(?:{_HYPHENED})"]
    # A headline's capitals after its capitalised scale word, "5 Million Dollars" as "$5 Million" (`currency_of`
    # reads the word lower-cased); not after a bare number, "Stocks Up 5 Pounds" in a Title Case headline being rarer
    # than a name's "20 Dollars" or "3 Pounds".
    + [rf"(?=[DEPRY])(?:(?<=[MBT]illion\s)|(?<=Thousand\s)|(?<=Hundred\s))(?:{'|'.join(TITLE_CURRENCIES)})"]
    # ... and in prose as European copy capitalises them, after a scale or a thousands group ("5.45m Euros", "up to 1
    # billion Euros", "885,000 Euros"; "three Euros" may be tournaments)
    + [rf"(?=[DEPRY])(?:(?<=illion\s)|(?<=\d[bmt]n\s)|(?<=\dm\s)|(?<=\d,\d{{3}}\s))(?:{'|'.join(TITLE_CURRENCIES)})"]
).replace("won", "won(?!['’])")
# The words `_CURRENCY` is built of: its guards admit their first characters (`amount_guards`)
_CURRENCY_SPELLINGS = (*_CURRENCY_PHRASES, SCALED_ONLY, *CURRENCY_ADJECTIVES, *_HYPHENED_WORDS, "Euro", HYPHENED_CENT,
                       *TITLE_CURRENCIES)
# `AMOUNT` tries `_CURRENCY` after most numbers' space ("200 people", "12 in"), where this fails at one test instead of
# through its thousands of characters
CURRENCY_GUARD = f"(?={prefix_guard(_CURRENCY_SPELLINGS)})"
# The wires' "pct", its dot the amount's where the sentence goes on ("4.3 pct. stake", "4.3 Pct. Sears Stake")
_PCT = r"\s(?:[Pp]ct\.(?=[^\S\n]+[a-z])|Pct\.(?=[^\S\n]+[A-Z])|[Pp]ct\b)"
# The characters a number's optional suffixes can start with, each tested by one look-ahead before the suffix's
# alternatives: the regex engine tries the alternatives one by one (those opening with a look-behind or a group each
# at some cost), while most numbers are followed by ")", ",", "." or a word none of them starts ("5 people"), where
# the look-ahead fails at one test. A look-ahead that every match of its suffix passes leaves the matches as they
# were (`tests/transforms/enrichments/test_amount_pattern_guards.py` reads each suffix's first characters from the
# pattern and holds them to the guard's).
SCALE_FIRST = r"\s\\bkmt"  # `_SCALE`: a white space or AG News's backslash, then a scale word; or bn, mn, tn, m, k
SCALE_GUARD = rf"(?=[{SCALE_FIRST}])"
# A number's percentage, currency word, pence or share's "in": glued to it, their first characters; after a white
# space (most numbers: "200 people", "2004 and") the first characters of their words, as a currency's or a unit's
# (`amount_guards`), so that a word none of them starts fails at the look-ahead, not through each alternative
SUFFIX_FIRST = r"\\%BPbp-"
_SPACED_SUFFIXES = ("%", "per", "Per", "pct", "Pct", "percentage", "basis", "bp", "Bps", "BPS", "pp", "in ",
                    " ")  # (more white space: "3  in 10", "5 %")
SUFFIX_GUARD = rf"(?=[{SUFFIX_FIRST}]|\s{prefix_guard((*_SPACED_SUFFIXES, *_CURRENCY_SPELLINGS))})"
# A number word's percentage, currency word, share's "in" or unit, a white space or hyphen after it
WORDS_SUFFIX_GUARD = "(?=[\\s-]" + prefix_guard((
    "per", "percentage", "basis", "in ", " ", *_CURRENCY_SPELLINGS, *(unit.replace("-", " ") for unit in SPELT_UNITS),
    *POUND_SPELLINGS)) + ")"
# Matched at the candidate positions `amount_candidates.candidates` finds (pattern.match, never a scan of the
# text: a scan tries every branch at every character, ten times slower than the rest of enrichment together).
AMOUNT = re.compile(
    rf"""
    (?:
      # Each branch after a look-ahead for the characters it can start with: a number (most candidates)
      # fails the others at one test, not through their alternations (a sixth of AMOUNT's time).
        (?=[A-Z${SIGNS}])(?P<symbol>\$(?:A|NZ|US)(?=\s?\d)|(?:(?:{_DOLLAR_LETTERS})\\?)?\$|[{SIGNS}]|R(?<!\wR)s\.?|I(?<!\wI)NR|[KTU](?<!\w[KTU])[Ss]hs?\.?|{_LETTER_SYMBOLS}|(?<![\w$])(?:{ISO_PATTERN})(?=\s?\d))\s?(?P<num1>{SYMBOL_NUM})(?P<scale1>{_SYMBOL_SCALE})?(?:-worth\b|(?<=illion)-(?:{_ADJECTIVES})\b)?
        (?!\w|/(?![A-Za-z])|:\S|[.,]\d|[-–](?!{_PER_TIME}|(?<=illion-)strong\b)\w)
        # "$2-million-a-year": the amount, per year as "$2m a year" is; a price per unit after a slash is the price,
        # "£80/MWh", "$3,431.80/oz" (it was no amount; "$5/10" and "£1/€1.15" are none); a sum's "-worth" is the
        # sum's, as a currency word's: "£5bn-worth of gilts"; a scale's "-strong" the whole sum's, "a $2
        # billion-strong war chest" (it was $2)
      # a hyphen after a letter or digit is no minus: "5-10%", "covid-19" (`minus` reads the sign)
      # after "#" a number is a rank or a character reference ("#1 seller", "China #39;s": HTML debris)
      # "a magnitude-6.1 aftershock": the hyphen joins a quake's magnitude, as "a magnitude 6.4 quake" is written
      | (?<![\w.,:$£€¥–#])(?:(?<!/)|{PAIRED_BEFORE})(?:(?<=[Mm]agnitude-)|(?<![\w.,/:)%][-−]))
        # a hyphen before a unit joins it as a compound adjective does ("a 10-foot fence", "a 5-km race"); a unit
        # after a scale word is the unit of the whole ("93 million miles", "1.5m tonnes"), a space or hyphen apart
        (?P<num2>{_NUM})(?:{SCALE_GUARD}(?P<scale2>{_SCALE}))?(?:{MEASURE_GUARD}(?(scale2)[\s-]|[\s-]?)(?P<measure>{MEASURE})\b(?:{SPACED_INCHES})?)?
        (?:{SUFFIX_GUARD}(?:(?P<pct>\s?%|\s?[Pp]er\s?[Cc]ent\b|[\s\\]?[Pp]ercent\b|pc\b|{_PCT}|\spercentage\spoints?\b|[\s-]basis[\s-]points?\b|[\s-]?(?:bps?|Bps|BPS)\b|\s?pp(?:ts?)?\b)|(?:\s|(?<=illion)-|(?<=\d)-(?=(?:{_HYPHENED})\b)){CURRENCY_GUARD}(?P<curword>{_CURRENCY})\b(?:-worth\b)?
           |(?P<pence>p)\b|{_IN}(?P<per>{_PER})))?  # a currency's "-worth" is the sum's: "4bn euros-worth of debt"
        (?!\w|/(?!(?<=[kMG]W/|Wh/)\d|(?<=%/))|:\S|[.,]\d|[-–](?!magnitude\b|(?<=illion-)(?:strong|years?-old)\b|(?:(?<=[a-z]illion-[a-z]{{3}}-|illion-[a-z]{{4}}-|llion-[a-z]{{5}}-|lion-[a-z]{{6}}-)|(?<=\d-dollar-)|(?<=\d-euro-)|(?<=\d-yen-)|(?<=\d-yuan-)|(?<=\d-cent-)){_PER_TIME}|(?<=foot-)(?:(?:1[01]|\d)(?!\d)|(?:{INCH_WORDS})(?:-inch)?(?![\w-])))\w
           |%[-–]\d)  # "10%-15%" is a range (`amount_ranges`), not a bare 10, while "a 7.8-magnitude quake" is 7.8,
        # as "a magnitude 7.8 quake" is, and "6-foot-2", "6-foot-two" a height of 6 ft 2 in (`amounts.rows` reads
        # its inches); a currency hyphenated to its scale, then a time, is the sum per that time, as "$2-million-a-year"
        # is: "a 2.5 billion-euro-a-year budget" (the look-behind's branches one width: a currency of 3 to 6 letters),
        # as is a currency's word hyphenated to a bare number, "a 10-dollar-an-hour job"
        (?!-\s(?:to|and|or)\s)  # "14- to 16-year-olds", "10- to 15-minute": a compound adjective, as "15-minute"
      | (?=[A-Za-z])(?:  # the branches of words
        (?P<frac>(?:[Aa]|[Oo]ne)[\s-](?:third|quarter|fifth|tenth)|[Hh]alf|[Tt]wo[\s-]thirds|[Tt]hree[\s-]quarters)
        # a fraction of one unit is no share: "a third of a cent", "a quarter of a mile", "a quarter of a century",
        # "a quarter of an hour" (they were 33.3 and 25 percent); nor is one of a scale word, "half of a dozen eggs"
        # (6 eggs, `_FRACTION_OF_SCALE`; it was 50 percent and 12 eggs)
        (?:\s+of\b(?!\san?\s(?:hundred|thousand|million|billion|trillion|dozen|percentage\spoints?|{_ONE_UNIT})\b(?!['’]))
           # a change's share with no "of", where its phrase ends: "prices rose by a third in two years", "cut by
           # half." (`amount_reading` keeps it only after "by" or a hedge: "a third party", "half time" are none;
           # nor an ordinal's list, "by a third and fourth vote"; a plural one only after "by" or a hedge: "the
           # preceding three quarters." are three, a count's)
           |(?:(?<!thirds)(?<!quarters)|{PLURAL_SHARE_AFTER})(?=[^\S\n]*(?:[.,;:!?)\n]|$)|[^\S\n]+(?:in|over|since|from|to|last|this|on|after|compared|between
              |(?:and|or)\b(?![^\S\n]+(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b)|but|than|as|while|during|within|until|before|when|amid|despite|for|at)\b)
           |{HALF_BEFORE_DETERMINER})  # "more than half the nation" (`amount_hedged_shares`)
      | (?P<words>{_FRACTION_OF_POINT}|{_SHARE_OF_POINT}|{_FRACTION_OF_SCALE}
                 |(?:{_CASED_WORDS})(?:[\s-](?:{"|".join(WORDS)}))?(?:{AND_A_HALF})?(?:\s(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|dozen))*
                 |(?:[Aa]|[Oo]ne|{_SOME})\s(?:hundred|thousand|million|billion|trillion|dozen)(?:\s(?:thousand|million))?
                 |[Oo]ne(?:{AND_A_HALF}(?:[\s-](?:hundred|thousand|million|billion|trillion))?)?)
        (?:{WORDS_SUFFIX_GUARD}(?:\s(?P<pct2>per\s?cent|percent|percentage\spoints?|basis[\s-]points?)|(?:\s|(?<=[a-z])-(?=(?:{_HYPHENED})\b)){CURRENCY_GUARD}(?P<curword2>{_CURRENCY})
           |{_IN}(?P<per2>{_PER})|[\s-](?P<measure2>{SPELT_UNIT}|{POUND_ADJECTIVE})(?:{SPACED_INCHES})?))?
        # "two feet", "a six-foot wall", "a five-pound note" (as "a 5-pound note"), "six foot two" (its inches)
        # "six-foot-two" as "6-foot-2": `amounts.rows` reads its inches
        # ... and a number word's currency hyphenated to a time, the sum per that time as its figures' is:
        # "one-dollar-a-day wages", "a ten-dollar-an-hour job" (they were none)
        (?!\w|-(?:(?<!foot-)(?!(?:(?<=[a-z]-dollar-)|(?<=[a-z]-euro-)|(?<=[a-z]-yen-)|(?<=[a-z]-yuan-)|(?<=[a-z]-cent-)){_PER_TIME})
                 |(?<=foot-)(?!(?:{INCH_WORDS})(?:-inch)?(?![\w-])))
           # a plural fraction of one unit is no share, nor a count of its parts: "three quarters of a mile", "two
           # thirds of a second", as "a quarter of a mile" (they counted 3 quarters, 2 thirds)
           |[^\S\n](?:thirds|quarters)\s+of\s+an?\s+(?:{_ONE_UNIT})\b)
      | (?P<vague>[Dd]ozens|[Ss]cores(?=\s+of\s+[a-z])  # "scores of homes" (`amount_vague`), not "scores of 9.5"
                 |(?:[Hh]undreds|[Tt]ens)\s+of\s+(?:[Tt]housands|[Mm]illions|[Bb]illions)|[Hh]undreds
                 |[Tt]housands|[Mm]illions|[Bb]illions)(?:\s+of\b(?:\s{CURRENCY_GUARD}(?P<curword3>{_CURRENCY})\b(?![\w-]))?|{_TENS_OF}(?![\w-]))
        # "billions of dollars", "millions of pounds": money (it counted "dollars"); tens or hundreds of thousands,
        # millions or billions need no "of" after them (`_TENS_OF`)
      )
    )
    """,
    re.VERBOSE,
)

# AMOUNT's groups in their order: `amount_reading.parse` unpacks `match.groups()` (a tuple, no dict per match).
_GROUPS = ("symbol", "num1", "scale1", "num2", "scale2", "measure", "pct", "curword", "pence", "per", "frac",
           "words", "pct2", "curword2", "per2", "measure2", "vague", "curword3")
# Only named groups, so that `match.lastgroup` (transforms/enrichments/amounts.py) names a match's suffix.
assert tuple(AMOUNT.groupindex) == _GROUPS and AMOUNT.groups == len(_GROUPS), (
    "AMOUNT's groups changed: update _GROUPS, amount_reading.parse and the suffixes amounts.rows reads")
