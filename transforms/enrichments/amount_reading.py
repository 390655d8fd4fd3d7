"""What an `AMOUNT` match is worth (value, unit, approximate), whether it is an amount at all, and what it counts.

Not amounts: years (a bare 1800–2100), dates ("12 January", "January 12", "12/01"), times ("10:30",
"3pm", "10 GMT"), ordinals ("second", "21st"), phone numbers, scores written with a dash ("2-1"; ranges
are `amount_ranges`'s), numbered names ("No 10", "Article 50", "G8", "S&P 500", "Halo 2") and compound
adjectives ("five-year", "34-year-old", "14- to 16-year-olds"). An age range is no amount, as an age is none
("aged 14"): "14 to 16-year-olds", "18 to 24 year olds", "aged 14 to 16", "aged between 18 and 34" count
no one; the people are counted where a number says how many ("300 youngsters aged 14-16"). "one" alone
is a pronoun too often to count. The pattern leaves out most of them and `amounts.rows` skips phone
numbers; `parse` reads the words around a match for the rest (months, ages, times, addresses, labels and
names), and `no_share` says when "N in M" is no share ("12 in 3 raids").

The object is the first lower-case word after the amount (after "of", after capitalised words and a
few adjectives: "12,000 North Korean troops" → "troops"), unless it is a function word or a verb of a
short list: then it is null (`counted_object`). It is a heuristic without a part-of-speech tagger, and
says so.
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_pattern import (
    FRACTIONS,
    HUNDREDTHS,
    MEASURES,
    PERCENT,
    PERCENTAGE_POINT,
    POUNDS_WEIGHT,
    SCALED_ONLY,
    SYMBOLS,
    UNITS,
    VAGUE,
)
from transforms.enrichments.amount_values import (
    currency_of,
    digits_value,
    indian_without_rupees,
    scale_factor,
    words_value,
)

# A bare "C" after a number is degrees only where the text around it speaks of temperature.
_TEMPERATURE = re.compile(r"(?i)temperature|degree|celsius|heat|warm|cold|hot\b|frost|freez|weather|°|thermometer")
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
# Words near a bare "bp" that make it basis points of a rate or a price, not base pairs or bits.
_RATES = re.compile(r"(?i)\b(?:rates?|yields?|spreads?|cut|cuts|hike|hikes|raised|lowered|bank|bonds?|treasur"
                    r"|gilts?|fed|ecb|basis|coupon|margin|libor|sofr|lending|borrowing|mortgage)")
_MONEY = re.compile(
    r"(?i)[$£€¥]|&#163;|&pound;|\b(?:dollars|pounds|euros|yen|yuan|rupees|revenue|profits?|sales|budget|funding"
    r"|invest\w*|deals?|takeover|equity|damages|debts?|loans?|stake|valued|earnings|income|compensation|deficit"
    r"|spending|fine[ds]?|fees?|bids?|prices?|costs?|paid|tax|taxes|bonus\w*|contract)\b")
# A currency sign left in the text as an HTML character reference ("&#163;1.8m fine" in a headline).
_ENTITY_SYMBOLS = {"&#163;": "GBP", "&pound;": "GBP", "&#8364;": "EUR", "&euro;": "EUR", "&#165;": "JPY",
                   "&yen;": "JPY"}
# "pounds" is a weight, not money, where the text weighs something: "five pounds heavier", "weighs 200
# pounds", "50 pounds of cannabis". With a scale word "of" says nothing: "ten million pounds of
# taxpayers' money" and "8 million pounds of chicken" both run, so it stays money, as before.
_WEIGHT_AFTER = re.compile(r"\s+(?:heavier|lighter|overweight|underweight)\b")
_WEIGHT_OF = re.compile(r"\s+of\b")
_WEIGHT_BEFORE = re.compile(r"(?i)\bweigh(?:s|ed|ing)?\b(?!\s+(?:up|in\s+on)\b)[^.!?;,]{0,30}$")
# "my two cents", "his 2 cents' worth": an opinion, not money.
_SCALED_WORDS = re.compile(r"hundred|thousand|million|billion|trillion|lakh|crore")
_OPINION_BEFORE = frozenset("my his her their our your its".split())
_WORTH_AFTER = re.compile(r"'?\s*worth\b")
_AGE_AFTER = re.compile(r"\s?(?:years?\s+old|months?\s+old|weeks?\s+old|old\b)")
# "Slater, 35, is", "she, 29, said", "the star, 30, with": an age between commas after a name or a noun.
_NUMBER_WORDS = "|".join(UNITS)
_AGE_COMMAS = re.compile(rf"(?<![\w'-])(?!(?:{_NUMBER_WORDS}),)[A-Za-z][\w'-]+,\s$")  # not "five, six, seven"
_ADDRESS = re.compile(r"(?:\s[A-Z]\w+)+\s(?:Street|Road|Avenue|Lane|Square|Place|Drive)\b")
_NEXT_WORD = re.compile(r"[^\S\n]*([A-Za-z][\w'-]*)")  # a line break ends the search
_ADJECTIVES = {"more", "extra", "additional", "new", "other", "fewer", "less", "young", "old", "full-time", "large",
               "small", "big", "major", "separate", "different", "further", "top",
               "part-time", "british", "foreign", "local", "armed", "senior", "former", "million", "billion"}
_NOT_OBJECTS = set(
    "in on at to of for and or but the a an from by with as than that this these those is are was were be been "
    "being will would could should can may might must has have had do does did it its their his her our your "
    "my they them he she we you i who which what when where while if so not no yes per each every all both "
    "last next this year's up down out off over under into onto about after before since until between near "
    "against during without within across through a.m. p.m. am pm rose fell rise fall increase decrease "
    "higher lower more less heavier lighter overweight underweight compared says said say according".split()
)


def counted_object(text: str, end: int) -> str | None:
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


_AGE_FIRST = frozenset("ymwo")  # what `_AGE_AFTER` can match first, after at most one space
_TIME_FIRST = frozenset("apoh")  # ... `_TIME_AFTER`, besides capitals (its zones; `_ADDRESS`'s names)


# What makes a paragraph's bare "won" the currency ("1.5 trillion won" in a story about Korea).
_KOREA = re.compile(r"\b(?:Korea|Korean|Koreans|Seoul|Pyongyang|Busan|KRW|Kospi|Samsung|Hyundai)\b")


def unsure_won(text: str, matched: re.Match[str], paragraph: tuple[int, int]) -> str | None:
    """Return the group of an AMOUNT match whose "won" is not sure to be the currency, or None: a bare
    "won" in a paragraph that does not speak of Korea ("Some 2 million won prizes"), or a country's
    won under a thousand ("Two Korean won medals"). `amounts.rows` then matches the number without it.

    >>> from transforms.enrichments.amount_pattern import AMOUNT
    >>> text = "1.5 trillion won in Seoul. 2 million won prizes. 5 Korean won."
    >>> [unsure_won(text, AMOUNT.match(text, at), (0, len(text))) for at in (0, 27, 49)]
    [None, None, 'curword']
    >>> unsure_won("2 million won prizes.", AMOUNT.match("2 million won prizes."), (0, 21))
    'curword'
    """
    group = "curword" if matched.group("curword") else "curword2"
    said = matched.group(group)
    if said == SCALED_ONLY:
        return None if _KOREA.search(text, *paragraph) else group
    parsed = parse(text, matched, None, paragraph)
    return None if parsed and abs(parsed[0]) >= 1000 else group


def parse(
    text: str, matched: re.Match[str], hedge: tuple[int, int] | None, paragraph: tuple[int, int] | None = None
) -> tuple[float, str | None, bool] | None:
    """Return (value, unit, approximate) of an AMOUNT match and the hedge before it
    (`amount_candidates.hedge_before`), or None when it is no amount of anything: a year, date, time, age,
    phone number or numbered name.

    `paragraph`: where the match's paragraph starts and ends in `text` (a batch's joined text; None: all
    of it). The words that decide "m" (money near: million, else metres), "C" (temperature near) and
    "bp" (a rate near) are looked for in it only, so an amount reads the same whatever paragraphs or
    articles share its batch.
    """
    (symbol, num1, scale1, num2, measure, scale2, pct, curword, pence, per, frac, words, pct2, curword2, per2,
     vague) = matched.groups()
    start = number_start = matched.start()  # where the amount's text starts (its hedge's start, if any)
    end = matched.end()
    approx = None
    if hedge:
        start, number_start = hedge
        approx = text[start:number_start]
    approximate = bool(approx)
    unit: str | None = None
    low, high = paragraph or (0, len(text))
    if num1:
        value = digits_value(num1) * scale_factor(scale1)
        unit = SYMBOLS[symbol or ""]
        if indian_without_rupees(num1, unit, scale1):
            return None
    elif num2 and per or words and per2:  # "1 in 5 adults", "one in four": a share
        whole = per or per2 or ""
        value = 100 * (digits_value(num2) if num2 else words_value(words or ""))
        value, unit = value / (digits_value(whole) if whole[0].isdigit() else words_value(whole)), PERCENT
    elif num2:
        scale = (scale2 or "").strip()
        value = digits_value(num2) * scale_factor(scale)
        currency = curword or pence
        entity = text[max(low, number_start - 7): number_start] if text[number_start - 1: number_start] == ";" else ""
        entity_unit = next((u for e, u in _ENTITY_SYMBOLS.items() if entity.endswith(e)), None) if entity else None
        if measure == "C" and not _TEMPERATURE.search(text, max(low, start - 150), min(high, end + 150)):
            return None  # "flat 4C", "seat 14C": a name, where nothing speaks of temperature
        if measure:
            unit = MEASURES.get(measure, measure)
        elif scale == "m" and not currency and not entity_unit and _metres(
                text, end, max(low, start - 300), min(high, end + 300)):
            value, unit = digits_value(num2), "m"  # "60m hurdles": metres (else million, as news writes it)
        if pct:
            said = pct.strip(" -").lower()
            basis = said.startswith(("basis", "bp"))  # "25 basis points", "50bp", "25 BPS": hundredths of a point
            if said.startswith("bp") and not _RATES.search(text, max(low, start - 150), min(high, end + 150)):
                return None  # "a 500 bp fragment", "a 9600 bps modem": no rate near
            unit = PERCENTAGE_POINT if basis or pct.endswith(("point", "points")) else PERCENT
            value = value / 100 if basis else value
        elif currency:
            unit = currency_of(currency)
            value = value / 100 if currency in HUNDREDTHS else value
        elif entity_unit and not measure:
            unit = entity_unit  # "&#163;1.8m": £1.8m
        if indian_without_rupees(num2, unit, scale2):
            return None
    elif words:
        if words in ("one", "One") and not pct2:
            return None  # "one" alone is a pronoun too often (kept before "in five", "per cent", "basis point")
        value = words_value(words)
        unit = (PERCENTAGE_POINT if pct2.startswith(("percentage", "basis")) else PERCENT) if pct2 else None
        value = value / 100 if pct2 and pct2.startswith("basis") else value
        if curword2:  # "three thousand crore rupees", "five dollars"
            unit = currency_of(curword2)
            value = value / 100 if curword2 in HUNDREDTHS else value
    elif vague:
        value, approximate = VAGUE[" ".join(vague.lower().split())], True
    else:
        fraction = (frac or "").lower().replace("-", " ").split()
        value, unit = FRACTIONS[" ".join(fraction[1:] if fraction[0] in ("a", "one") else fraction)], PERCENT

    # What is no amount of anything, from the words around it
    before = text[max(0, number_start - 14): number_start].rsplit(None, 1)[-1:]  # the last word, if any
    after = text[end: end + 16].split(None, 1)[:1]  # the first word, if any
    word_before = before[-1].rpartition("-")[2].lower().strip(".,;:(") if before else ""
    said = curword or curword2
    if said == "pounds" and (
        not scale2 and not _SCALED_WORDS.search(words or "")  # "2m pounds" is money, whatever is near
        and (_WEIGHT_AFTER.match(text, end) or _WEIGHT_BEFORE.search(text[max(low, start - 45): start])
             or _WEIGHT_OF.match(text, end))
    ):
        unit = POUNDS_WEIGHT  # "five pounds heavier", "weighs 200 pounds", "50 pounds of cannabis"
    if said and said.endswith("cents") and (word_before in _OPINION_BEFORE or _WORTH_AFTER.match(text, end)):
        return None  # "my two cents", "two cents' worth": an opinion
    word_after = after[0].lower().strip(".,;:)") if after else ""
    first_after = after[0][0] if after else ""
    if word_before in _MONTHS or word_after in _MONTHS:
        return None  # a date
    if first_after in _AGE_FIRST and _AGE_AFTER.match(text, end) or (
        unit is None and text[end: end + 1] == "," and _AGE_COMMAS.search(text, max(0, start - 40), start)
    ):
        return None  # an age: "six months old", "Slater, 35, is"
    if unit is None and value < 130 and word_after in _RANGE_WORDS and _AGE_RANGE_AFTER.match(text, end):
        return None  # an age range's first age: "14 to 16-year-olds" ("gave £50 to 16-year-olds" is money)
    if words and words[0].isupper() and not _sentence_start(text, start):
        return None  # a capitalised number inside a sentence names something: "Six Feet Under"
    if unit is None and (approx or "").lower() in ("under", "over") and counted_object(text, end) is None:
        return None  # "children under five": an age limit, not an amount
    if unit is None and not approx:
        # Each rule's regex runs only after a cheap test of the word before says it may apply.
        window = max(low, number_start - 48)
        cue = word_before.isdigit()
        if value < 130 and (
            (cue or word_before in _AGE_CUES) and (age := _AGE_BEFORE.search(text, window, number_start)) is not None
            and _an_age(text, end, word_before, age.group("aged"))
            or text[number_start - 1: number_start] == "(" and text[end: end + 1] == ")"
            and _NAME_BEFORE_BRACKET.search(text, window, number_start)
        ):
            return None  # an age: "at the age of 92", "aged 19 and 21", "he was 41.", "Ramesh Kumar (32) and"
        if word_before in _DIAL and counted_object(text, end) is None:
            return None  # a number to call: "dialled 999", "called 911"
        if (cue or word_before in _LIST_CUES) and _LABEL_LIST.search(text, window, number_start):
            return None  # a numbered name's list: "Sections 376 and 506", "between junctions 31 and 33"
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
        if word_before in _LABELS or word_before in _PLURAL_LABEL_WORDS or (
                len(label) > 1 and label.isupper() and label.isalpha()):
            return None  # a numbered name: No 10, Article 50, FTSE 100, lane seven
        if digits and not scale2 and not label.islower() and _named(text, label, number_start) and not counts(after):
            return None  # a numbered name: "Halo 2", "Channel 4", "Nintendo 64 classic"
    return value, unit, approximate


# Ages without "old": "at the age of 92", "aged 19 and 21" (the second of a list), "who turned 90".
_AGES_BEFORE = r"\d{1,3}(?:\s*(?:,|and|or|to|-)\s*\d{1,3})*\s*(?:,|and|or|to|-)"
# After "aged" or "ages" (the group `aged`) every number of the list is an age, whatever word follows it:
# "aged 14 to 16 took part", "aged between 14 and 16", "aged 5 to 11 years"; after the others only where no
# noun follows ("he was 41." is an age, "he was 3 strokes behind" a count).
_AGE_BEFORE = re.compile(rf"(?i)(?:(?P<aged>\bage[ds]\s+(?:of\s+|between\s+|from\s+)?(?:{_AGES_BEFORE})?)"
                         r"|\bat\s+the\s+age\s+of|\b(?:who|she|he)\s+(?:turned|turns|is|was))\s*$")
# The words an age's number follows (`_AGE_BEFORE` then reads further back), and a list's.
_AGE_CUES = frozenset(("of", "and", "or", "to", "between", "from", "turned", "turns", "is", "was", ""))
# An age range in years, months or weeks after its first number: "14 to 16-year-olds", "five to seven year olds".
_AGE_RANGE_AFTER = re.compile(r"\s+(?:to|and|or)\s+(?:\d{1,3}|[A-Za-z]+(?:-[A-Za-z]+)?)[\s-](?:year|month|week)s?"
                              r"[\s-]olds?\b")
_RANGE_WORDS = frozenset(("to", "and", "or"))
_AGE_SPANS = frozenset(("years", "months", "weeks", "days"))


def _an_age(text: str, end: int, word_before: str, aged: str | None) -> bool:
    """Return True when a number after an age's words (`_AGE_BEFORE`, `aged` its words after "aged" or "ages")
    that ends at `end` is an age too: where no noun follows it, or after "aged" where it is no count of others
    after "and" or "or" ("aged 14 to 16 took part", "aged between 18 and 34"; "a man aged 40 and 3 children",
    "aged 30 and 2 others" count the children and the others).

    >>> [_an_age(t, t.index(n) + len(n), t[:t.index(n)].split()[-1], "aged 40 and ")
    ...  for t, n in (("aged 40 and 45 took part", "45"), ("aged 40 and 3 children", "3"))]
    [True, False]
    """
    thing = counted_object(text, end)
    if thing is None:
        return True
    if aged is None:
        return False
    return not (word_before in ("and", "or") and "between" not in aged.lower() and thing not in _AGE_SPANS
                and counts([thing]))
_LIST_CUES = frozenset(("and", "or", "to", "&", ""))
# "Ramesh Kumar (32)": a capitalised name right before the bracket.
_NAME_BEFORE_BRACKET = re.compile(r"[A-Z][a-z'’-]+\s\($")
_DIAL = frozenset("dial dials dialled dialed dialling dialing call calls called calling ring rang ringing".split())
# The second and later numbers of a list after a label: "Sections 376 and 506", "junctions 31 and 33".
_PLURAL_LABELS = ("sections|articles|clauses|chapters|pages|rooms|routes|junctions|gates|platforms|lanes|flights"
                  "|paragraphs|episodes|terminals")
_PLURAL_LABEL_WORDS = frozenset(_PLURAL_LABELS.split("|"))
_LABEL_LIST = re.compile(rf"(?i)\b(?:{_PLURAL_LABELS}|section|article|clause|no\.?)\s+\d+[a-z]?"
                         r"(?:\s*,\s*\d+[a-z]?)*\s*(?:,|and|or|to|&)\s*$")
# Plural nouns without an "s" that news counts: "In Gaza 200 children", "At Heathrow 300 staff".
_IRREGULAR_PLURALS = frozenset(
    "people children men women police staff personnel crew cattle sheep fish aircraft livestock".split()
)
# "m" after a number is metres where no money word is near ("the 400m hurdles", "a jump of 17.64m"),
# else million; but a plural noun after it makes it million whatever is near: what millions count
# ("67m people", "10.9m viewers", "almost 4m DS consoles"), and a word a distance comes with makes it
# metres ("the 400m freestyle", "a 30m drop", "10m high").
_METRE_AFTER = re.compile(
    r"[ \t-]?(?:hurdles|freestyle|butterfly|backstroke|breaststroke|medley|relays?|races?|finals?|heats?|sprints?|dash"
    r"|steeplechase|runners?|specialists?|title|champions?|records?|high|tall|wide|deep|long|away|above|below|pool"
    r"|wall|tower|yacht)(?![\w-])")


# Where these are near, an "m" is metres even beside a money word ("failed in her bid ... the 5,000m").
_TRACK_AND_FIELD = re.compile(
    r"(?i)\b(?:long jump|high jump|triple jump|pole vault|hurdles|sprint\w*|relay|heptathlon|decathlon|athlet\w+"
    r"|marathon|steeplechase|personal best|freestyle|backstroke|breaststroke|butterfly|medley|swimm\w+)\b")


def _counts_plural(text: str, end: int) -> bool:
    """Return True when one of the three words after an amount is a plural noun or money, what millions
    count ("10.9m viewers", "5m high-end phones", "4.4m notebook power adaptors", "a 230m claim"), and
    none before it is a distance's word ("the 400m individual medley", "the 10,000m world records")."""
    found = _NEXT_WORD.match(text, end)
    for _ in range(3):
        if found is None:
            return False
        word = found.group(1).lower()
        if word in _NOT_OBJECTS or _METRE_AFTER.match(" " + word):
            return False
        if word in _MONEY_OBJECTS or word in _IRREGULAR_PLURALS or (
                word.endswith("s") and not word.endswith("ss") and len(word) > 3):
            return True
        found = _NEXT_WORD.match(text, found.end())
    return False


# What an amount of money is, right after it: "a 230m claim", "a record 240m libel damages claim".
_MONEY_OBJECTS = frozenset("claim deal bid fine fee contract loan debt stake takeover investment bonus budget loss "
                           "profit payout settlement package salary transfer compensation damages".split())


def _metres(text: str, end: int, low: int, high: int) -> bool:
    """Return True when the "m" that ends at `end` is metres, not million (see `_METRE_AFTER`); money
    words are looked for between `low` and `high`.

    >>> [_metres(t, t.index("m") + 1, 0, len(t)) for t in ("the 400m hurdles", "67m people", "a 30m wall",
    ...     "She won the 200m as he did", "It drew 10.9m viewers", "It raised 5m in sales", "5m high-end phones")]
    [True, False, True, True, False, False, False]
    """
    if _METRE_AFTER.match(text, end):
        return True
    if _counts_plural(text, end):
        return False
    if _MONEY.search(text, max(low, end - 60), min(high, end + 60)):
        return False  # money in the same breath: "The relay team signed a 2m deal"
    return bool(_TRACK_AND_FIELD.search(text, low, high)) or not _MONEY.search(text, low, high)


# Words after which a capitalised word is a place or a day, not a name the number belongs to.
_BEFORE_PLACES = frozenset("in on at by across since from to near for until after before during".split())


_TIME_UNITS = re.compile(r"\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches|races?)\b")


def no_share(text: str, matched: re.Match[str]) -> int | None:
    """Return where the number of an "N in M" match ends when it is no share: N not below M ("12 in 3
    raids"), or M of a time ("3 in 10 minutes"), or where its measure ends ("10 km in 30 minutes");
    None for a share ("1 in 5 adults").

    >>> from transforms.enrichments.amount_pattern import AMOUNT
    >>> [no_share(t, AMOUNT.match(t)) for t in ("1 in 5 adults", "12 in 3 raids", "3 in 10 minutes", "2km in 5 hours")]
    [None, 2, 1, 3]
    """
    number, per = matched.group("num2"), matched.group("per") or matched.group("per2")
    if matched.group("measure"):  # "10 km in 30 minutes", "5kg in a week": a measure is never a share
        return matched.end("measure")
    share = digits_value(number) if number else words_value(matched.group("words"))
    whole = digits_value(per) if per[0].isdigit() else words_value(per)
    if share < whole and not _TIME_UNITS.match(text, matched.end()):
        return None
    return matched.end("num2") if number else matched.end("words")


def counts(after: list[str]) -> bool:
    """Return True when the word after a number is a plural noun it counts ("London 13 years ago",
    "Friday 15 protesters"), not a verb ("Halo 2 has") or a name's next word ("Band Aid 20 single").

    >>> counts(["years"]), counts(["has"]), counts(["single"]), counts(["Max"]), counts([])
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
