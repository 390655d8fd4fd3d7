"""Amounts in paragraphs: numbers with what they count, money with its currency, percentages.

"roughly 12,000 North Korean troops" → 12000 troops, approximate; "$4.5bn" → 4.5e9 USD;
"3.2%" → 3.2 percent; "two million people" → 2e6 people; "dozens of protesters" → 24 protesters,
approximate (a vague quantity is the least it can mean: dozens 24, hundreds 200, thousands 2,000);
"a third of" → 33.33 percent; "half a million" → 500,000; "1 in 5 adults" → 20 percent; "-5.3%",
"-£2m", "minus 4%" are negative; "Rs 500 crore" → 5e9 INR; "0.5 percentage points" → 0.5 percentage point.

Not amounts: years (a bare 1800–2100), dates ("12 January", "January 12", "12/01"), times ("10:30",
"3pm", "10 GMT"), ordinals ("second", "21st"), phone numbers, scores and ranges written with a dash
("2-1", "10-15"), numbered names ("No 10", "Article 50", "G8", "S&P 500", "Halo 2") and compound
adjectives ("five-year", "34-year-old"). "one" alone is a pronoun too often to count.

The object is the first lower-case word after the amount (after "of", after capitalised words and a
few adjectives: "12,000 North Korean troops" → "troops"), unless it is a function word or a verb of a
short list: then it is null. It is a heuristic without a part-of-speech tagger, and says so.

One character-set scan and one automaton find where amounts may start in the whole batch's text; a
regular expression is matched there. Python runs per candidate, never per character.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from transforms.enrichments.batch import ParagraphBatch, Rows, empty_rows, word_list

TABLE = "paragraph_amounts"
COLUMNS = "paragraph_id article_id value unit object approximate text start end".split()
PERCENT = "percent"

_UNITS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "one": 1, "a": 1,
}
_SCALES = {"hundred": 100, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
           "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7,
           "crores": 1e7}
_VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens of thousands": 20000,
          "hundreds of thousands": 200000, "millions": 2e6, "billions": 2e9}
_FRACTIONS = {"third": 100 / 3, "quarter": 25, "half": 50, "two thirds": 200 / 3, "three quarters": 75,
              "fifth": 20, "tenth": 10}
_SYMBOLS = {"US$": "USD", "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "A$": "AUD", "C$": "CAD", "HK$": "HKD",
            "₹": "INR", "Rs": "INR", "Rs.": "INR", "INR": "INR"}
PERCENTAGE_POINT = "percentage point"
_DEGREES = {"C": "°C", "°C": "°C", "°F": "°F"}
# A bare "C" after a number is degrees only where the text around it speaks of temperature.
_TEMPERATURE = re.compile(r"(?i)temperature|degree|celsius|heat|warm|cold|hot\b|frost|freez|weather|°|thermometer")
_CURRENCY_WORDS = {"dollars": "USD", "pounds": "GBP", "euros": "EUR", "yen": "JPY", "yuan": "CNY",
                   "rupees": "INR", "francs": "CHF", "roubles": "RUB", "rubles": "RUB", "pence": "GBP",
                   "cents": "USD", "p": "GBP"}
_HUNDREDTHS = {"pence", "cents", "p"}

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE_WORDS = r"\s(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)"
_SCALE = rf"(?:{_SCALE_WORDS}|(?:bn|mn|tn|m|k|thousand|million|billion|trillion))\b"
# After a currency sign the letters may be capitals ("$120K", "$3M", "£2BN"); without one, "4K", "3M"
# and "5G" are names, not amounts.
_SYMBOL_SCALE = rf"(?:{_SCALE_WORDS}|(?i:bn|mn|tn|m|k|b)|thousand|million|billion|trillion)\b"

_WORDS = ("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
          "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety").split()
_CASED_WORDS = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _WORDS)  # "Two" starts a sentence
# "half a million", "a quarter of a million": a share of a scale word ("two and a half": `_AND_A_HALF`)
_FRACTION_OF_SCALE = (r"(?:[Hh]alf(?:\san?)?[\s-]|(?:(?:[Aa]|[Oo]ne)[\s-](?:third|quarter)|[Tt]wo[\s-]thirds"
                      r"|[Tt]hree[\s-]quarters)\sof\sa\s)(?:hundred|thousand|million|billion|trillion)")
_AND_A_HALF = r"[\s-]and[\s-]a[\s-]half"
_APPROX = (r"roughly|about|around|some|up\s+to|nearly|almost|approximately|more\s+than|over|at\s+least|"
           r"an\s+estimated|close\s+to|less\s+than|fewer\s+than|as\s+many\s+as|as\s+much\s+as|upwards\s+of|"
           r"just\s+over|just\s+under|under|estimated")
_APPROX_BEFORE = re.compile(rf"\b(?P<approx>(?i:{_APPROX}))\s+\Z")


def _reversed_hedges(alternatives: str) -> str:
    r"""Return the hedges spelt backwards, those of more words first (so "just over" wins over "over").

    >>> _reversed_hedges(r"over|just\s+over")
    'revo\\s+tsuj|revo'
    """
    hedges = [h.split(r"\s+") for h in alternatives.split("|")]
    hedges.sort(key=len, reverse=True)  # stable: the listed order within a length
    return "|".join(r"\s+".join(word[::-1] for word in reversed(h)) for h in hedges)


# The hedge before a number, matched in the batch's text reversed from the number back (`_hedge`):
# one anchored match instead of a search of the 24 characters before every number.
_HEDGE_REVERSED = re.compile(rf"\s+(?P<approx>(?i:{_reversed_hedges(_APPROX)}))\b")
_HEDGE_REACH = 24  # a hedge starts at most this far before its number (`_APPROX_BEFORE`'s window)
# A share of a group, "1 in 5 adults" → 20 percent, out of 100 at most: "one in 10,000 consoles" counts consoles
_IN, _PER = r"\s+in\s+(?:every\s+)?", rf"(?:100|[1-9]\d?|{'|'.join(_WORDS)}|a\shundred)\b(?![.,]\d)"
_CURRENCY = r"dollars|pounds|euros|yen|yuan|rupees|francs|roubles|rubles|pence|cents"
# Matched at the candidate positions `_candidates` finds (pattern.match, never a scan of the text: a
# scan tries every branch at every character, ten times slower than the rest of enrichment together).
AMOUNT = re.compile(
    rf"""
    (?:
        (?P<symbol>US\$|A\$|C\$|HK\$|\$|£|€|¥|₹|R(?<!\wR)s\.?|I(?<!\wI)NR)\s?(?P<num1>{_NUM})(?P<scale1>{_SYMBOL_SCALE})?
        (?![\w/:]|[.,]\d|[-–]\w)
      # a hyphen after a letter or digit is no minus: "5-10%", "covid-19" (`_minus` reads the sign)
      | (?<![\w.,/:$£€¥–])(?<![\w.,/:)%][-−])(?P<num2>{_NUM})(?:(?P<measure>km|cm|mm|kg|°?C|°F)\b|(?P<scale2>{_SCALE}))?
        (?:(?P<pct>\s?%|\s?per\s?cent\b|\s?percent\b|pc\b|\spercentage\spoints?\b)|\s(?P<curword>{_CURRENCY})\b
           |(?P<pence>p)\b|{_IN}(?P<per>{_PER}))?
        (?![\w/:]|[.,]\d|[-–]\w)
      | (?P<frac>(?:[Aa]|[Oo]ne)[\s-](?:third|quarter|fifth|tenth)|[Hh]alf|[Tt]wo[\s-]thirds|[Tt]hree[\s-]quarters)
        \s+of\b(?!\sa\s(?:hundred|thousand|million|billion|trillion)\b)
      | (?P<words>{_FRACTION_OF_SCALE}
                 |(?:{_CASED_WORDS})(?:[\s-](?:{"|".join(_WORDS)}))?(?:{_AND_A_HALF})?(?:\s(?:hundred|thousand|million|billion|trillion))*
                 |(?:[Aa]|[Oo]ne)\s(?:hundred|thousand|million|billion|trillion)(?:\s(?:thousand|million))?
                 |[Oo]ne(?:{_AND_A_HALF}(?:[\s-](?:hundred|thousand|million|billion|trillion))?)?)
        (?:\s(?P<pct2>per\s?cent|percent|percentage\spoints?)|{_IN}(?P<per2>{_PER}))?(?![\w-])
      | (?P<vague>[Dd]ozens|[Hh]undreds\s+of\s+thousands|[Tt]ens\s+of\s+thousands|[Hh]undreds|[Tt]housands
                 |[Mm]illions|[Bb]illions)\s+of\b
    )
    """,
    re.VERBOSE,
)
# Where an amount may start: a digit or a currency sign, the start of a run of them (`_numeric_starts`:
# the starts of this pattern's matches, found with numpy at memory speed) ...
_NUMERIC_START = re.compile(r"[\d$£€¥₹]+")
_ZERO, _DOLLAR = np.uint8(ord("0")), np.uint8(ord("$"))
_QUESTION_MARK = ord("?")
_FEW_MARKS = 20_000  # up to this many non-ASCII characters (and "?"), `_numeric_starts` reads them one by one
_SYMBOL_PREFIXES = ("US", "HK", "A", "C")
# Rupees written with letters: the amount starts at the R or the I (a number's start ends one at most)
_LETTER_SYMBOLS = ("Rs. ", "INR ", "Rs.", "Rs ", "INR", "Rs")
_R, _I = np.uint8(ord("R")), np.uint8(ord("I"))
# ... or a number word (one automaton over the lower-cased text).
# ("a" and "one" only before what makes them an amount: "a" alone is the commonest word of English.)
_WORD_KEYS = (*_WORDS, "half", "dozens", "hundreds", "tens", "thousands", "millions", "billions", "one in",
              "one and a half",
              *(f"{a} {b}" for a in ("a", "one") for b in ("third", "quarter", "fifth", "tenth", "hundred",
                                                          "thousand", "million", "billion", "trillion")))


@word_list("amounts")
def _number_words() -> dict[str, int]:
    return {f" {word} ": len(word) for word in _WORD_KEYS}  # value: where the key's word starts, from its end


def _hedge(text: str, reverse: str, position: int) -> tuple[int, int] | None:
    """Return where the hedge before the number at `position` starts and ends ("roughly", "up to"), or
    None: what `_APPROX_BEFORE` finds in the `_HEDGE_REACH` characters before it. `reverse` is
    `text[::-1]`.

    >>> text = "up to  5, over 6, just over 7, the 8"
    >>> [_hedge(text, text[::-1], text.index(n)) for n in "5678"]
    [(0, 5), (10, 14), (18, 27), None]
    """
    found = _HEDGE_REVERSED.match(reverse, len(reverse) - position)
    if found is None:
        return None
    start = len(reverse) - found.end()
    if start < position - _HEDGE_REACH:  # too far back: the regex's window may hold a shorter hedge
        near = _APPROX_BEFORE.search(text, max(0, position - _HEDGE_REACH), position)
        return (near.start(), near.end("approx")) if near else None
    return start, len(reverse) - found.start("approx")


def _numeric_starts(text: str) -> np.ndarray:
    """Return where each run of digits and currency signs starts: `_NUMERIC_START`'s match starts
    (a digit is what `\\d` matches, a Unicode decimal digit, `str.isdecimal`).

    >>> _numeric_starts("£4.5bn, 12,000 and ٣ $$5").tolist()
    [0, 3, 8, 11, 19, 21]
    """
    return _numeric_runs(text)[1]


def _numeric_runs(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Return the text one byte a character (non-ASCII as "?") and `_numeric_starts`."""
    data = np.frombuffer(text.encode("ascii", "replace"), dtype=np.uint8)  # a non-ASCII character is one "?"
    mask = (data - _ZERO < 10) | (data == _DOLLAR)  # an ASCII digit (uint8 wraps below "0") or "$"
    if not text.isascii():
        marks = np.flatnonzero(data == _QUESTION_MARK)  # the non-ASCII characters, and the question marks
        if len(marks) > _FEW_MARKS:  # text that is not mostly ASCII: look its characters up by code
            codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            seen = np.unique(codes[marks])
            numeric = np.array([chr(c).isdecimal() or chr(c) in "£€¥₹" for c in seen.tolist()], dtype=bool)
            mask[marks] = numeric[np.searchsorted(seen, codes[marks])]
        else:
            mask[marks] = [text[i].isdecimal() or text[i] in "£€¥₹" for i in marks.tolist()]
    return data, np.flatnonzero(mask & ~np.concatenate(([False], mask[:-1])))


def _letter_symbol_starts(text: str, data: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Return where "Rs", "Rs. " or "INR" ends right before a number's start: the starts with an R or I
    in the four bytes before them, found with numpy, then read in Python (a search of the text for "Rs"
    would cost more than the rest of `_candidates`).

    >>> text = "Rs 5, Rs.6, INR7, rs 8"
    >>> _letter_symbol_starts(text, *_numeric_runs(text)).tolist()
    [0, 6, 12]
    """
    window = data[np.maximum(starts[:, None] - np.arange(4, 0, -1), 0)]  # near the start: read, not found
    near = starts[((window == _R) | (window == _I)).any(axis=1)]
    return np.array([at - len(symbol) for at in near.tolist() for symbol in _LETTER_SYMBOLS
                     if text.endswith(symbol, 0, at)], dtype=np.int64)


_MINUS_SIGNS = ("-", "−")
_SIGN_ENDS = frozenset(("s ", "S ", "s\t"))  # how "minus " ends: `rows` calls `_minus` only after these or a sign


def _minus(text: str, position: int) -> int:
    """Return where the minus sign of the amount at `position` starts ("-", "−", "minus "), else -1. A
    hyphen after a letter or digit is no minus ("5-10", "covid-19").

    A sign after a number and a space is a range or a score's dash ("2023 -24 season", "2 -1").

    >>> [_minus(t, t.rindex("5")) for t in ("was -5%", "(−5C)", "4-5", "a minus 5", "laminus 5", "x 5", "2 -5")]
    [4, 1, -1, 2, -1, -1, -1]
    """
    sign = text[position - 1: position]
    if sign in _MINUS_SIGNS:
        if position >= 3 and text[position - 2] == " " and text[position - 3].isdigit():
            return -1
        return position - 1 if position < 2 or not text[position - 2].isalnum() else -1
    if sign.isspace() and position >= 6 and text[position - 6: position - 1].lower() == "minus" and (
        position < 7 or not text[position - 7].isalnum()
    ):
        return position - 6
    return -1


def _candidates(batch: ParagraphBatch) -> list[int]:
    """Return the offsets where an amount may start in the batch's joined text, in order."""
    text = batch.joined
    data, numeric = _numeric_runs(text)
    lettered = _letter_symbol_starts(text, data, numeric)
    if len(lettered):  # "Rs 500": the amount starts at the R (its number's own start stays a candidate)
        numeric = np.union1d(numeric, lettered)
    moved: list[tuple[int, int]] = []  # (dollar, where its amount starts)
    dollar = text.find("$")
    while dollar >= 0:  # "US$5bn" starts at the U
        prefix = next((p for p in _SYMBOL_PREFIXES if text.startswith(p, dollar - len(p))), "")
        if prefix:
            moved.append((dollar, dollar - len(prefix)))
        dollar = text.find("$", dollar + 1)
    if moved:
        numeric = np.concatenate([numeric[~np.isin(numeric, [d for d, _ in moved])], [s for _, s in moved]])
    ends, lengths = batch.words_found("amounts")
    return np.union1d(numeric, ends - lengths - 1).tolist()  # a padded offset - 1 is a text offset


_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
_TIME_AFTER = re.compile(r"\s?(?:am|pm|a\.m\.|p\.m\.|GMT|BST|CET|EST|EDT|PST|UTC|ET|o'clock|hours?\s+GMT)\b")
_LABELS = {"no", "no.", "number", "article", "section", "chapter", "page", "room", "version", "formula", "route",
           "flight", "channel", "level", "grade", "part", "act", "clause", "division", "league", "series",
           "windows", "euro", "cup", "band", "class", "tier", "size", "category", "model", "phase", "stage",
           "round", "game", "week", "day", "aged", "age", "ages", "paragraph", "figure", "table", "vol", "issue",
           "episode", "track", "platform", "terminal", "gate", "junction", "highway", "interstate", "bbc",
           "radio", "war", "ps", "xbox", "mp", "lane", "top",
           # indices and products: "S&P 500", "Dow 30", "Boeing 737", "iPhone 15" (`_named`: other names)
           "s&p", "dow", "nasdaq", "russell", "nikkei", "dax", "cac", "stoxx", "boeing", "airbus", "iphone",
           "ipad", "playstation", "nintendo", "galaxy", "pixel"}
_MONEY = re.compile(r"[$£€¥]|\b(?:dollars|pounds|euros|yen|yuan|rupees|revenue|profits?|sales|budget|funding)\b")
_AGE_AFTER = re.compile(r"\s?(?:years?\s+old|months?\s+old|weeks?\s+old|old\b)")
# "Slater, 35, is", "she, 29, said", "the star, 30, with": an age between commas after a name or a noun.
_NUMBER_WORDS = "|".join(_UNITS)
_AGE_COMMAS = re.compile(rf"(?<![\w'-])(?!(?:{_NUMBER_WORDS}),)[A-Za-z][\w'-]+,\s$")  # not "five, six, seven"
_PHONE = re.compile(r"(?:\+\d{1,3}[\s-]?)?\(?0\d{2,4}\)?[\s-]\d{3,4}[\s-]?\d{3,4}|\+\d{1,3}[\s-]\d[\d\s-]{6,}\d")
_ADDRESS = re.compile(r"(?:\s[A-Z]\w+)+\s(?:Street|Road|Avenue|Lane|Square|Place|Drive)\b")
_NEXT_WORD = re.compile(r"[^\S\n]*([A-Za-z][\w'-]*)")  # a line break ends the search
_ADJECTIVES = {"more", "extra", "additional", "new", "other", "fewer", "less", "young", "old", "full-time", "large",
               "small", "big", "major", "separate", "different", "further", "top",
               "part-time", "british", "foreign", "local", "armed", "senior", "former", "million", "billion"}
_NOT_OBJECTS = set(
    "in on at to of for and or but the a an from by with as than that this these those is are was were be been "
    "being will would could should can may might must has have had do does did it its their his her our your "
    "my they them he she we you i who which what when where while if so not no yes per each every all both "
    "last next this year's up down out off over under into onto about after before since until between "
    "against during without within across through a.m. p.m. am pm rose fell rise fall increase decrease "
    "higher lower more less compared says said say according".split()
)


def _number(text: str) -> float:
    return float(text.replace(",", ""))


_FRACTION_PART = re.compile(r"(half|(?:a|one)[\s-](?:third|quarter)|two[\s-]thirds|three[\s-]quarters)[\s-](?:of\s)?")
_HALF_MORE = re.compile(rf"(.+?){_AND_A_HALF}(?:[\s-](\w+))?$")


@lru_cache(maxsize=4096)  # a few hundred spellings ("two", "Three hundred") make most of a batch's
def _words_value(text: str) -> float:
    """Return the value of a number in words.

    >>> _words_value("two hundred thousand"), _words_value("twenty-five"), _words_value("a million")
    (200000.0, 25.0, 1000000.0)
    >>> _words_value("half a million"), _words_value("A quarter of a billion"), _words_value("two and a half million")
    (500000.0, 250000000.0, 2500000.0)
    """
    lower = text.lower()
    whole = _HALF_MORE.match(lower)
    if whole:  # "two and a half million", "one and a half"
        return (_words_value(whole.group(1)) + 0.5) * _SCALES.get(whole.group(2) or "", 1)
    part = _FRACTION_PART.match(lower)
    if part:  # "half a million", "a quarter of a million"
        fraction = " ".join(part.group(1).replace("-", " ").split()).removeprefix("a ").removeprefix("one ")
        return _FRACTIONS[fraction] / 100 * _words_value(text[part.end():])
    total, current = 0.0, 0.0
    for word in re.split(r"[\s-]+", text.lower()):
        if word in _UNITS:
            current += _UNITS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0.0
    return total + current


def _object(text: str, end: int) -> str | None:
    """Return the noun an amount counts: the first lower-case word after it that is not a function word."""
    skipped = 0
    position = end
    while skipped < 4:
        match = _NEXT_WORD.match(text, position)
        if not match:
            return None
        word = match.group(1)
        position = match.end()
        if word == "of" and skipped == 0 or word[0].isupper() or word.lower() in _ADJECTIVES:
            skipped += 1
            continue
        return None if word.lower() in _NOT_OBJECTS else word
    return None


def _sentence_start(text: str, start: int) -> bool:
    head = text[max(0, start - 3): start].rstrip(" \t")
    return not head or head[-1] in ".!?\"“”'‘:\n\x01"


# AMOUNT's groups in their order: `_parse` unpacks `match.groups()` (a tuple, no dict per match).
_GROUPS = ("symbol", "num1", "scale1", "num2", "measure", "scale2", "pct", "curword", "pence", "per", "frac",
           "words", "pct2", "per2", "vague")
assert tuple(AMOUNT.groupindex) == _GROUPS, "AMOUNT's groups changed: update _GROUPS and _parse"
_AGE_FIRST = frozenset("ymwo")  # what `_AGE_AFTER` can match first, after at most one space
_TIME_FIRST = frozenset("apoh")  # ... `_TIME_AFTER`, besides capitals (its zones; `_ADDRESS`'s names)


def _parse(
    text: str, matched: re.Match[str], hedge: tuple[int, int] | None
) -> tuple[float, str | None, bool] | None:
    """Return (value, unit, approximate) of an AMOUNT match and the hedge before it (`_hedge`), or None
    when it is no amount of anything: a year, date, time, age, phone number or numbered name."""
    (symbol, num1, scale1, num2, measure, scale2, pct, curword, pence, per, frac, words, pct2, per2,
     vague) = matched.groups()
    start = number_start = matched.start()  # where the amount's text starts (its hedge's start, if any)
    end = matched.end()
    approx = None
    if hedge:
        start, number_start = hedge
        approx = text[start:number_start]
    approximate = bool(approx)
    unit: str | None = None
    if num1:
        value = _number(num1) * _SCALES.get((scale1 or "").strip().lower(), 1)
        unit = _SYMBOLS[symbol or ""]
    elif num2 and per or words and per2:  # "1 in 5 adults", "one in four": a share
        whole = per or per2 or ""
        value = 100 * (_number(num2) if num2 else _words_value(words or ""))
        value, unit = value / (_number(whole) if whole[0].isdigit() else _words_value(whole)), PERCENT
    elif num2:
        scale = (scale2 or "").strip()
        value = _number(num2) * _SCALES.get(scale, 1)
        currency = curword or pence
        if measure == "C" and not _TEMPERATURE.search(text, max(0, start - 150), end + 150):
            return None  # "flat 4C", "seat 14C": a name, where nothing speaks of temperature
        if measure:
            unit = _DEGREES.get(measure, measure)
        elif scale == "m" and not currency and not _MONEY.search(text, max(0, start - 300), end + 300):
            value, unit = _number(num2), "m"  # "60m hurdles": metres, where no money is near
        if pct:
            unit = PERCENTAGE_POINT if pct.endswith(("point", "points")) else PERCENT
        elif currency:
            unit = _CURRENCY_WORDS[currency]
            value = value / 100 if currency in _HUNDREDTHS else value
    elif words:
        if words in ("one", "One"):
            return None  # "one" alone is a pronoun too often (it is kept before "in five")
        value = _words_value(words)
        unit = (PERCENTAGE_POINT if pct2.startswith("percentage") else PERCENT) if pct2 else None
    elif vague:
        value, approximate = _VAGUE[" ".join(vague.lower().split())], True
    else:
        fraction = (frac or "").lower().replace("-", " ").split()
        value, unit = _FRACTIONS[" ".join(fraction[1:] if fraction[0] in ("a", "one") else fraction)], PERCENT

    # What is no amount of anything, from the words around it
    before = text[max(0, number_start - 14): number_start].rsplit(None, 1)[-1:]  # the last word, if any
    after = text[end: end + 16].split(None, 1)[:1]  # the first word, if any
    word_before = before[-1].rpartition("-")[2].lower().strip(".,;:(") if before else ""
    word_after = after[0].lower().strip(".,;:)") if after else ""
    first_after = after[0][0] if after else ""
    if word_before in _MONTHS or word_after in _MONTHS:
        return None  # a date
    if first_after in _AGE_FIRST and _AGE_AFTER.match(text, end) or (
        unit is None and text[end: end + 1] == "," and _AGE_COMMAS.search(text, max(0, start - 40), start)
    ):
        return None  # an age: "six months old", "Slater, 35, is"
    if words and words[0].isupper() and not _sentence_start(text, start):
        return None  # a capitalised number inside a sentence names something: "Six Feet Under"
    if unit is None and (approx or "").lower() in ("under", "over") and _object(text, end) is None:
        return None  # "children under five": an age limit, not an amount
    digits = num1 or num2
    if digits and unit is None and not scale2:
        if "," not in digits and "." not in digits and len(digits) == 4 and 1000 <= value <= 2100:
            return None  # a year
        if word_after in ("ad", "a.d", "bc", "b.c", "bce", "ce"):
            return None  # a year
        if len(digits) > 1 and digits.startswith("0") and "." not in digits:
            return None  # a code or a phone number's part
        if (first_after in _TIME_FIRST or first_after.isupper()) and (
            _TIME_AFTER.match(text, end) or _ADDRESS.match(text, end)
        ):
            return None  # a time or an address
    if unit is None and not approx and before:
        label = before[-1].strip(".,;:(")
        if word_before in _LABELS or len(label) > 1 and label.isupper() and label.isalpha():
            return None  # a numbered name: No 10, Article 50, FTSE 100, lane seven
        if digits and not scale2 and not label.islower() and _named(text, label, number_start) and not _counts(after):
            return None  # a numbered name: "Halo 2", "Channel 4", "Nintendo 64 classic"
    return value, unit, approximate


# Plural nouns without an "s" that news counts: "In Gaza 200 children", "At Heathrow 300 staff".
_IRREGULAR_PLURALS = frozenset(
    "people children men women police staff personnel crew cattle sheep fish aircraft livestock".split()
)
# Words after which a capitalised word is a place or a day, not a name the number belongs to.
_BEFORE_PLACES = frozenset("in on at by across since from to near for until after before during".split())


_TIME_UNITS = re.compile(r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches|races?)\b")


def _no_share(text: str, matched: re.Match[str]) -> int | None:
    """Return where the number of an "N in M" match ends when it is no share: N not below M ("12 in 3
    raids"), or M of a time ("3 in 10 minutes"); None for a share ("1 in 5 adults").

    >>> [_no_share(t, AMOUNT.match(t)) for t in ("1 in 5 adults", "12 in 3 raids", "3 in 10 minutes")]
    [None, 2, 1]
    """
    number, per = matched.group("num2"), matched.group("per") or matched.group("per2")
    share = _number(number) if number else _words_value(matched.group("words"))
    whole = _number(per) if per[0].isdigit() else _words_value(per)
    if share < whole and not _TIME_UNITS.match(text, matched.end()):
        return None
    return matched.end("num2") if number else matched.end("words")


def _counts(after: list[str]) -> bool:
    """Return True when the word after a number is a plural noun it counts ("London 13 years ago",
    "Friday 15 protesters"), not a verb ("Halo 2 has") or a name's next word ("Band Aid 20 single").

    >>> _counts(["years"]), _counts(["has"]), _counts(["single"]), _counts(["Max"]), _counts([])
    (True, False, False, False, False)
    """
    word = after[0].rstrip(".,;:)") if after else ""
    if word in _IRREGULAR_PLURALS:
        return True
    return word[-1:] == "s" and word[:1].islower() and word[-2:] != "ss" and word not in _NOT_OBJECTS


def _named(text: str, label: str, number_start: int) -> bool:
    """Return True when the word just before a number is a name that the number is part of: a capitalised
    word inside a sentence ("the Dow 30"), or one with a capital inside or an "&" anywhere ("iPhone 15",
    "S&P 500"). Capitalised words that start a sentence are too often "About", "Some", "The"."""
    start = number_start - 1 - len(label)
    if not label or text[number_start - 1: number_start] != " " or text[start: number_start - 1] != label:
        return False  # not directly before, one space apart ("Boeing, 737")
    if len(label) > 1 and ("&" in label or label[0].islower() and any(c.isupper() for c in label[1:])):
        return True
    previous = text[max(0, start - 12): start].rsplit(None, 1)[-1:]
    if previous and previous[0].lower() in _BEFORE_PLACES:
        return False  # "In Gaza 200 children", "On Tuesday 40 people": a place or a day before the amount
    return label[0].isupper() and label[1:].isalpha() and not _sentence_start(text, start)


def _is_year(digits: str) -> bool:
    """Return True for a bare year.

    >>> _is_year("2004"), _is_year("2,004"), _is_year("3000")
    (True, False, False)
    """
    return digits.isdigit() and 1000 <= int(digits) <= 2100


_PHONE_LEADS = ("+", "(")  # a phone number starts with 0, or with one of these before the candidate


def _phone(text: str, position: int) -> int:
    """Return the end of the phone number that starts at a candidate (or just before it: "+44"), else 0."""
    if text[position] != "0" and text[position - 1: position] not in _PHONE_LEADS:
        return 0
    start = position - 1 if text[position - 1: position] in ("+", "(") else position
    match = _PHONE.match(text, start)
    return match.end() if match else 0


def rows(batch: ParagraphBatch) -> Rows:
    """Return paragraph_amounts rows (without run_id) for the amounts in the batch's paragraphs."""
    out = empty_rows(COLUMNS)
    text = batch.joined
    reverse = ""  # the text backwards, for `_hedge`: made once a number has a word before it
    first: list[int] = []  # where each amount's text starts (its hedge, if any)
    last: list[int] = []
    found: list[tuple[float, str | None, bool]] = []
    done = -1
    match = AMOUNT.match
    for position in _candidates(batch):
        if position < done:
            continue
        if text[position] == "0" or text[position - 1: position] in _PHONE_LEADS:
            phone = _phone(text, position)
            if phone:
                done = phone
                continue
        matched = match(text, position)
        if matched is None:
            continue
        if matched.group("per") or matched.group("per2"):
            whole = _no_share(text, matched)
            if whole is not None:  # "12 in 3 raids", "3 in 10 minutes": the number alone
                matched = match(text, position, whole)
                if matched is None:
                    continue
        done = matched.end()
        if done - position == 4 and _is_year(matched.group(0)):
            continue  # the commonest number in news, settled before the slower checks
        hedge = None
        sign = _minus(text, position) if text[position - 2: position] in _SIGN_ENDS or text[
            position - 1: position] in _MINUS_SIGNS else -1
        begins = position if sign < 0 else sign  # where the number, with its sign, starts
        if begins and text[begins - 1].isspace():  # a hedge ends in white space (\s) before the number
            if not reverse:
                reverse = text[::-1]
            hedge = _hedge(text, reverse, begins)
        parsed = _parse(text, matched, hedge)
        if parsed:
            if sign >= 0:
                parsed = (-parsed[0], parsed[1], parsed[2])
            first.append(hedge[0] if hedge else begins)
            last.append(done)
            found.append(parsed)
    if not found:
        return out
    paragraph = batch.locate(np.array(first, dtype=np.int64)).tolist()
    offsets = np.asarray(batch.starts)[paragraph].tolist()
    ids, articles = batch.paragraph_ids, batch.article_ids
    out["paragraph_id"] = [ids[p] for p in paragraph]
    out["article_id"] = [articles[p] for p in paragraph]
    out["value"] = [round(value, 6) for value, _, _ in found]
    out["unit"] = [unit for _, unit, _ in found]
    out["object"] = [_object(text, end) for end in last]
    out["approximate"] = [approximate for _, _, approximate in found]
    out["text"] = [text[a:b] for a, b in zip(first, last, strict=True)]
    out["start"] = [a - o for a, o in zip(first, offsets, strict=True)]
    out["end"] = [b - o for b, o in zip(last, offsets, strict=True)]
    return out
