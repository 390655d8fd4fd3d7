"""What an `AMOUNT` match is worth: its value, unit and whether it is approximate (`parse`), or None
where it is no amount of anything (`amount_exclusions.no_amount` reads the words around it for years, dates,
times, addresses, ages, numbers to call, idioms' number words and numbered names).

The unit is read from the match and, where the match alone cannot say, from its paragraph: "m" is million
or metres (`amount_metres`), a bare "C" degrees only near temperature, "bp" basis points only near a rate,
"pounds" a weight where the text weighs something, a bare "won" the currency only in a paragraph about
Korea (`amount_won.unsure_won`). An amount with no scale takes the one after another currency's amount in brackets
("$US9.22 ($NZ13.04) million": `amount_brackets`). `amount_shares.no_share` says when "N in M" is no share ("12
in 3 raids"). "one" alone is a pronoun too often to count: it is read only before a range's rest
(`_range_from_one`), and `amounts.rows` drops it where `amount_ranges.widen` pairs it with no high end
("from one to 3pm", "from one to 12 June").
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_articles import Paragraph
from transforms.enrichments.amount_bare import NUMBER_ALONE, bare_number, entity_currency
from transforms.enrichments.amount_brackets import bracketed_scale
from transforms.enrichments.amount_cells import cell_reference
from transforms.enrichments.amount_continental import dot_thousands, euro_after
from transforms.enrichments.amount_country_currencies import paragraph_currency
from transforms.enrichments.amount_currencies import (
    BARE_SHILLINGS,
    HUNDREDTHS,
    SYMBOLS,
)
from transforms.enrichments.amount_currency_before import currency_before
from transforms.enrichments.amount_dollar_datelines import dollar_code
from transforms.enrichments.amount_exchange_rates import RATE_STARTS, rate_currency
from transforms.enrichments.amount_exclusions import no_amount
from transforms.enrichments.amount_hedged_shares import kept_without_of
from transforms.enrichments.amount_measures import MEASURES, POUNDS_WEIGHT
from transforms.enrichments.amount_metres import kilometres, metres
from transforms.enrichments.amount_nautical import nm_unit
from transforms.enrichments.amount_pattern import (
    FRACTIONS,
    PERCENT,
    PERCENTAGE_POINT,
    VAGUE,
    WORDS,
)
from transforms.enrichments.amount_periods import half_of_a_period, quarters_of_a_year
from transforms.enrichments.amount_plurals import NEXT_WORD
from transforms.enrichments.amount_shillings import shilling_code
from transforms.enrichments.amount_units import person_after, pound_unit, spelt_unit
from transforms.enrichments.amount_vague import scores_counted
from transforms.enrichments.amount_values import (
    SOME_STARTS,
    digits_value,
    inches_in_feet,
    indian_without_rupees,
    scale_factor,
    words_value,
)

# A bare "C" after a number is degrees only where the text around it speaks of temperature, or a forecast does:
# "highs of 34-36C", "a low of -3C", "the Met Office said" (the range was none); the weather's chill, not a "chilling
# effect" ("The chilling effect of Article 5C" was 5 degrees)
_TEMPERATURE = re.compile(r"(?i)temperature|degree|celsius|heat|warm|cold|hot\b|frost|freez|weather|°|thermometer"
                          r"|forecast|\b(?:highs|lows)\b|\b(?:high|low)\sof\b|met\soffice|mercury|sunshine"
                          r"|snow(?:fall)?\b|\bchill(?:s|y|ier|iest)?\b|humid|scorch|sizzl|balmy")

# Words near a bare "bp" that make it basis points of a rate or a price, not base pairs or bits.
_RATES = re.compile(r"(?i)\b(?:rates?|yields?|spreads?|cut|cuts|hike|hikes|raised|lowered|bank|bonds?|treasur"
                    r"|gilts?|fed|ecb|basis|coupon|margin|libor|sofr|lending|borrowing|mortgage)")
# Words near a bare "pp" or "ppt" that make it percentage points of a share ("unemployment rose 0.3pp to 5.1%",
# "Labour's lead fell 3ppts in the poll", "the pay gap narrowed by 2pp"), not a book's pages ("a 240pp hardback")
_SHARES = re.compile(r"(?i)%|\bper\s?cent|\bpercent|\bpoints?\b|\b(?:poll|lead|share|vote|unemployment|inflation"
                     r"|growth|turnout|approval|gap|swing)")
# ... but a book's or a document's pages whatever is near: its noun after "pp" ("a 240pp novel", "a 320pp illustrated
# biography", "the 120pp report"), or a review's price after them ("(Faber, 320pp, £20)")
_PAGES_AFTER = re.compile(r"(?i)[^\S\n]*,[^\S\n]*[£$€]\d|[-–\s]+(?:[a-z]+[^\S\n]+)?(?:novel|book|hardback"
                          r"|paperback|memoir|biography|volume|tome|edition|report|document|dossier|study|guide|manual|pamphlet|brochure"
                          r"|thesis|collection|anthology|magazine|journal|catalogue|judgment|ruling|filing|indictment)s?\b")
# "pounds" is a weight, not money, where the text weighs something: "five pounds heavier", "weighs 200
# pounds", "50 pounds of cannabis". With a scale word "of" says nothing: "ten million pounds of
# taxpayers' money" and "8 million pounds of chicken" both run, so it stays money, as before.
_WEIGHT_AFTER = re.compile(r"\s+(?:heavier|lighter|overweight|underweight)\b")
_WEIGHT_OF = re.compile(r"\s+of\b")
_WEIGHT_BEFORE = re.compile(r"(?i)\bweigh(?:s|ed|ing)?\b(?!\s+(?:up|in\s+on)\b)[^.!?;,]{0,30}$")
# ... and right after a height, as police reports and sports pages describe a person: "5-foot-10 and 170 pounds",
# "6ft 4in, 200 pounds", "six feet tall and 190 pounds" (it was money, `GBP`). Only joined by a comma or "and": "a
# 6ft wall cost 500 pounds" is money.
_HEIGHT_BEFORE = re.compile(r"(?:\d|\b[a-z]+)(?:-foot(?:-\d{1,2}|-[a-z]+)?"  # "6-foot-2", "six-foot-two"
                            r"|\s?(?:ft|feet|foot)(?:\s?\d{1,2}\s?(?:in|inches))?(?:\s(?:tall|high))?),?\s(?:and\s)?$")
# "my two cents", "his 2 cents' worth": an opinion, not money.
_SCALED_WORDS = re.compile(r"hundred|thousand|million|billion|trillion|lakh|crore")
_POUND_WORDS = ("pound", "Pound")  # a pound joined to its number as an adjective, a title's capital too
_OPINION_BEFORE = frozenset("my his her their our your its".split())
_WORTH_AFTER = re.compile(r"'?\s*worth\b")

# After "one", the rest of a range it starts: "one to two million", "between one and 3%" (as "1 to 2 million";
# not "one to one", "one to watch").
_RANGE_AFTER_ONE = re.compile(rf"\s(?:to|(?P<conjunction>and))\s(?:\d|(?:{'|'.join(WORDS)})\b)")


def _range_from_one(text: str, number_start: int, end: int) -> bool:
    """Return True when the "one" from `number_start` to `end` is a range's low end: before "to" and a number,
    or after "between" and before "and" and a number, as `amount_ranges.widen` reads "1 to 2 million" (where
    the number after it is no amount, "from one to 3pm", `widen` pairs it with none and `amounts.rows` drops it).

    >>> [_range_from_one(t, t.index("one"), t.index("one") + 3) for t in (
    ...     "one to two million", "between one and 3%", "one and two", "one to one", "one to watch")]
    [True, True, False, False, False]
    """
    after = _RANGE_AFTER_ONE.match(text, end)
    return after is not None and (
        after.group("conjunction") is None or text[max(0, number_start - 8): number_start].lower() == "between ")


def parse(
    text: str, matched: re.Match[str], hedge: tuple[int, int] | None, paragraph: tuple[int, int] | None = None
) -> tuple[float, str | None, bool] | None:
    """Return (value, unit, approximate) of an AMOUNT match and the hedge before it
    (`amount_hedges.hedge_before`), or None when it is no amount of anything: a year, date, time, address,
    age, number to call, idiom's number word, numbered name or code (`no_amount`); "one" alone, "my two
    cents", "flat 4C" with no temperature near, "a 500 bp fragment" with no rate near, money with a thousands
    dot ("€1.500", "1.500 euros": `amount_continental.dot_thousands`).

    `paragraph`: where the match's paragraph starts and ends in `text` (a batch's joined text; None: all
    of it). The words that decide "m" (money near: million, else metres), "C" (temperature near) and
    "bp" (a rate near) are looked for in it only, so an amount reads the same whatever paragraphs or
    articles share its batch.
    """
    if matched.lastindex == NUMBER_ALONE:  # a number alone, most matches: read without the branches it leaves untried
        return bare_number(text, matched, hedge, paragraph)
    return read_match(text, matched, hedge, paragraph)


def read_match(
    text: str, matched: re.Match[str], hedge: tuple[int, int] | None, paragraph: tuple[int, int] | None = None
) -> tuple[float, str | None, bool] | None:
    """Return `parse` of any AMOUNT match, through every branch (`parse` reads a number alone by `bare_number`)."""
    (symbol, num1, scale1, num2, scale2, measure, pct, curword, pence, per, frac, words, pct2, curword2, per2,
     measure2, vague, curword3) = matched.groups()
    if symbol and "\\" in symbol:
        symbol = symbol.replace("\\", "")  # "A\$": AG News's escaped sign (`ESCAPED_DOLLAR`)
    start, end = matched.span()
    number_start = start  # where the amount's text starts: its hedge's start, if any
    approx = None
    if hedge:
        start, number_start = hedge
        approx = text[start:number_start]
    approximate = bool(approx)
    unit: str | None = None
    low, high = paragraph or (0, len(text))
    lead = paragraph.lead if isinstance(paragraph, Paragraph) else None  # its article's first paragraph's start
    if num1:
        value = digits_value(num1) * scale_factor(scale1)
        unit = shilling_code(text, low, high) if symbol == BARE_SHILLINGS else SYMBOLS[symbol or ""]
        if unit == "INR" and symbol and symbol[0] == "R":  # "Rs500,000" in Lahore: Pakistan's, as "rupees" there are
            unit = paragraph_currency("rupees", text, low, high, lead)  # (not "₹" nor "INR": India's alone)
        if symbol == "$" and (text[low: low + 1].isupper() or lead is not None and lead < low):  # a dateline's dollar
            unit = dollar_code(text, end, low, high, lead)  # "OTTAWA -- ... $1.2-billion", or its article's
        if symbol and (len(symbol) > 1 or text[number_start - 1: number_start].isupper()) and cell_reference(
                text, matched.start(), symbol, num1, scale1):
            return None  # "cell $A1", "=SUM($A1:$A9)", "$B$9": a spreadsheet's cell, no Australian dollar
        if not scale1 and text[end: end + 1] in (" ", ")"):  # "$US9.22 ($NZ13.04) million": both in millions
            value *= bracketed_scale(text, number_start, end, low, high)
        if "," in num1 and indian_without_rupees(num1, unit, scale1):  # most numbers have no comma: no call
            return None
        if "." in num1 and not scale1 and unit and dot_thousands(text, num1, number_start, end, low):
            return None  # "€1.500", "$1.500": a thousands dot as much as a decimal point
    elif num2 and per or words and per2:  # "1 in 5 adults", "one in four": a share
        whole = per or per2 or ""
        value = 100 * (digits_value(num2) if num2 else words_value(words or ""))
        value, unit = value / (digits_value(whole) if whole[0].isdigit() else words_value(whole)), PERCENT
    elif num2:
        scale = scale2.strip() if scale2 else ""
        value = digits_value(num2) * scale_factor(scale) if scale else digits_value(num2)  # most have no scale
        currency = curword or pence
        entity_unit = entity_currency(text, number_start, low)  # "&#163;1.8m": £1.8m
        if measure == "C" and not _TEMPERATURE.search(text, max(low, start - 150), min(high, end + 150)):
            return None  # "flat 4C", "seat 14C": a name, where nothing speaks of temperature
        if measure in _POUND_WORDS:  # "a 190-pound linebacker", "a 10-pound note": the noun after it says which
            unit = _pound_unit_at(text, start, end, low, bool(scale))
            if unit is None:
                return None
        elif measure:
            unit = (MEASURES.get(measure) or spelt_unit(measure)  # "2 feet", "40 miles per hour": ft, mph
                    or MEASURES.get(" ".join(measure.split()), measure))  # "degrees\nCelsius"
            if unit == "ft" and matched.end("measure") < end:  # "6 foot 2": its inches (`SPACED_INCHES`)
                value += inches_in_feet(text[matched.end("measure"): end])
            elif measure == "nm":  # "a 3nm process", "12nm off the coast" (nautical miles)
                unit = nm_unit(text, end, low, high)
                if unit is None:
                    return None
        elif scale == "m" and not currency and not entity_unit and metres(
                text, end, max(low, start - 300), min(high, end + 300)):
            value, unit = digits_value(num2), "m"  # "60m hurdles": metres (else million, as news writes it)
        elif scale == "k" and not currency and not entity_unit and kilometres(text, number_start, end, low, high):
            value, unit = digits_value(num2), "km"  # "the 10k race": a race's kilometres (it was 10,000 races)
        if pct:
            said = pct.strip(" -").lower()
            basis = said.startswith(("basis", "bp"))  # "25 basis points", "50bp", "25 BPS": hundredths of a point
            if said.startswith("bp") and not _RATES.search(text, max(low, start - 150), min(high, end + 150)):
                return None  # "a 500 bp fragment", "a 9600 bps modem": no rate near
            if said.startswith("pp") and (_PAGES_AFTER.match(text, end) or not (
                    _SHARES.search(text, max(low, start - 150), min(high, end + 150))
                    or _RATES.search(text, max(low, start - 150), min(high, end + 150)))):
                return None  # "a 240pp hardback": pages, no share near or a book's noun after them
            unit = PERCENTAGE_POINT if basis or said.startswith("pp") or pct.endswith(("point", "points")) else PERCENT
            value = value / 100 if basis else value
        elif currency:
            unit = paragraph_currency(currency, text, low, high, lead)
            value = value / 100 if currency in HUNDREDTHS else value
        elif entity_unit and not measure:
            unit = entity_unit  # "&#163;1.8m": £1.8m
        elif unit is None and scale and text[number_start - 1: number_start] == " ":
            unit = currency_before(text, number_start, low)  # "a record Australian dollars 648m profit"
        elif unit is None and text.startswith(RATE_STARTS, end):
            unit = rate_currency(text, number_start, end, low)  # "the yen fell to 160 per dollar": 160 yen
        if "," in num2 and indian_without_rupees(num2, unit, scale2):
            return None
        if "." in num2 and not scale and not measure and not pct and (
                curword and curword not in HUNDREDTHS or entity_unit or unit is None and euro_after(text, end)
        ) and dot_thousands(text, num2, number_start, end, low):
            return None  # "1.500 euros", "1.500 Euro": a thousands dot as much as a decimal point
    elif words and words.endswith("point"):  # "a quarter-point", "half-point": of a rate, as "bp" is
        if not _RATES.search(text, max(low, start - 150), min(high, end + 150)):
            return None
        value, unit = FRACTIONS[re.split(r"[\s-]", words.lower())[-2]] / 100, PERCENTAGE_POINT
    elif words:
        if words in ("one", "One") and not pct2 and not measure2 and not (curword2 and text.startswith(
                "-", number_start + 3)) and not _range_from_one(text, number_start, end):
            return None  # "one" alone is a pronoun too often (kept before "in five", "per cent", "basis point", and a
            # pound or another currency as an adjective: "a one-pound coin", "a one-dollar bill"; not "one dollar in
            # five", a share's)
        value = words_value(words)
        if words[0] in "SsAa" and words.lower().startswith(SOME_STARTS):
            approximate = True  # "several thousand", "a few hundred": the least they can mean (`SOME`)
        unit = (PERCENTAGE_POINT if pct2.startswith(("percentage", "basis")) else PERCENT) if pct2 else None
        value = value / 100 if pct2 and pct2.startswith("basis") else value
        if measure2 in _POUND_WORDS:  # "a five-pound note", "a two-pound coin": as "a 5-pound note" is
            unit = _pound_unit_at(text, start, end, low, _SCALED_WORDS.search(words) is not None)
            if unit is None:
                return None
        elif measure2:  # "two feet", "six miles": as "2 feet" is
            unit = spelt_unit(measure2)
            if unit == "ft" and matched.end("measure2") < end:  # "six foot two": its inches (`SPACED_INCHES`)
                value += inches_in_feet(text[matched.end("measure2"): end])
        if curword2:  # "three thousand crore rupees", "five dollars"
            unit = paragraph_currency(curword2, text, low, high, lead)
            value = value / 100 if curword2 in HUNDREDTHS else value
    elif vague:
        if vague[0] in "Ss" and not scores_counted(text, number_start, low):
            return None  # the noun's phrase: "the test scores of pupils"
        value, approximate = VAGUE[" ".join(vague.lower().split())], True
        unit = paragraph_currency(curword3, text, low, high, lead) if curword3 else None  # "billions of dollars"
        value = value / 100 if curword3 in HUNDREDTHS else value  # "thousands of pence": hundredths
    else:
        fraction = (frac or "").lower().replace("-", " ").split()
        if matched.end("frac") == end and not kept_without_of(text, start, end, fraction, hedge is not None):
            return None  # a share with no "of" only after "by" or a hedge ("rose by a third", "just under
            # two-thirds,"): "a third party"
        if fraction[-1].startswith("quarter") and quarters_of_a_year(text, number_start, end) or (
                fraction == ["half"] and half_of_a_period(text, number_start, end)):
            return None  # "the first three quarters of this year", "the second half of the season": a period
        value, unit = FRACTIONS[" ".join(fraction[1:] if fraction[0] in ("a", "one") else fraction)], PERCENT

    said = curword or curword2 or curword3
    if said == "pounds" and (
        not scale2 and not _SCALED_WORDS.search(words or "")  # "2m pounds" is money, whatever is near
        and not (vague and vague[0] in "MmBb")  # ... and so are "millions of pounds"
        and (_WEIGHT_AFTER.match(text, end) or _WEIGHT_BEFORE.search(text[max(low, start - 45): start])
             or _WEIGHT_OF.match(text, end) or _HEIGHT_BEFORE.search(text[max(low, start - 40): start]))
    ):
        unit = POUNDS_WEIGHT  # "five pounds heavier", "weighs 200 pounds", "50 pounds of cannabis"
    if said and said.endswith("cents"):
        before = text[max(0, number_start - 14): number_start].rsplit(None, 1)[-1:]  # the last word, if any
        if before and before[-1].rpartition("-")[2].lower().strip(".,;:(") in _OPINION_BEFORE or _WORTH_AFTER.match(
                text, end):
            return None  # "my two cents", "two cents' worth": an opinion
    if no_amount(text, start, number_start, end, low, value, unit, approx, num1 or num2, words, scale2):
        return None
    return value, unit, approximate


def _pound_unit_at(text: str, start: int, end: int, low: int, scaled: bool) -> str | None:
    """Return the unit of the amount from `start` to `end` that ends in a pound joined as an adjective: the noun
    after it, a scale word (`scaled`) or a weighing before it says which (`amount_units.pound_unit`)."""
    after = NEXT_WORD.match(text, end)
    noun = after.group(1).lower() if after else ""
    # "300-pound Cornelius Griffin": a person's weight; "a 50-pound Amazon Voucher": a sum; not a title's noun then
    # its verb, "The 10-Pound Note Returns" (a note: it was a person's weight), nor after a title's own "Pound",
    # whose capitalised words after it are its Title Case, no name ("The 5-Pound Challenge Begins" was 5 lb)
    if after and after.group(1)[0].isupper() and pound_unit(noun, False, False) is None and not text.endswith(
            "Pound", 0, end):
        noun = person_after(text, end) or noun
    return pound_unit(noun, scaled, _WEIGHT_BEFORE.search(text[max(low, start - 45): start]) is not None)
