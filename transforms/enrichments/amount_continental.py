"""Amounts written the continental way, which the English reader would misread: a scale word of another
language after the number (`foreign_amount`), and a thousands dot in money (`dot_thousands`).

The amounts enrichment reads English, and paragraphs known to be in another language never reach it
(`transforms.pipeline.own_languages`); a short item of unknown language, or English quoting a continental
style, still does. There "6.200 millones de euros" was 6.2 counting "millones", "2 milliards d'euros" 2
counting "milliards", "1.500 euros" 1.5 `EUR`: wrong values, worse than none.

- A scale word of another language after a number ("millones", "milhões", "milliards", "Millionen", "Mio.",
  "Mrd.", "miljard", "miliardi", "mil millones", "mln") is the amount's scale, and tells that its number is
  written the continental way: a dot parts thousands, a comma is the decimal mark ("6.200 millones de euros"
  → 6.2e9 `EUR`, "1,5 Mio. Euro" → 1.5e6 `EUR`). Where the number or the word does not say which amount it
  is, there is none: "1,500 millones" (a thousands comma or a decimal one), "500 mil" (a thousand in
  Spanish and Portuguese, a million in English slang, a thousandth of an inch), "2 billions" (a French
  1e12 or an English slip for 2e9), "bln" (a Polish 1e12, a wire's 1e9: the wire's after a currency sign,
  "$1.5 bln"). The amount counts no object: the words after it are not English.
- In money without a scale, one dot followed by exactly three digits ("€1.500", "1.500 euros", "$1.500",
  "1.500 Euro") is a thousands dot in continental writing and a decimal point before a tenth of a cent in
  English: it is no amount, unless what is near says it is a price to a tenth of a cent or an exchange rate
  ("$1.999 a gallon", "105.250 yen per dollar", "the euro rose to $1.295", "€0.995"), read as written.
  Percentages and measures keep their decimal point ("a coupon of 4.125%").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from transforms.enrichments.amount_currencies import DOLLAR_ENTITY, SYMBOLS

# Each scale word of another language as written after a number, and what it multiplies by; None where the
# word does not say (the amount is then none). English's own words ("million", "bn", "lakh") are
# `amount_pattern.SCALES`. A billion of Spanish, Portuguese (Portugal's "bilião"), German and Dutch is 1e12.
FOREIGN_SCALES: dict[str, float | None] = {
    **dict.fromkeys(("mil millones", "mil milhões"), 1e9),
    "mil": None,
    **dict.fromkeys((
        "millón millones milhão milhões millions Millionen Mio. Mio miljoen miljoenen milione milioni milion miliony "
        "milionów milionů miljon miljoner millioner millió milioane milyon mln млн").split(), 1e6),
    **dict.fromkeys((
        "milliard milliards Milliarde Milliarden Mrd. Mrd miljard miljarden miliardo miliardi miliard miliardy "
        "miliardów miliardů miljarder milliarder milliárd miliarde milyar mld mrd bilhão bilhões "
        "млрд").split(), 1e9),
    **dict.fromkeys("billón billones Billionen biljoen bilião biliões".split(), 1e12),
    **dict.fromkeys(("billions", "bln", "Bln"), None),
    "Mln": 1e6,  # a headline's capitals: "Hartford Sees $91 Mln in Charley Losses" (Reuters)
}
# "bln" is a billion of English wire copy (1e9) and a Polish "bilion" (1e12): the first after a currency's sign
# or code, as the wires write it ("$1.5 bln claim"; Polish writes the currency after: "1,5 bln zł"). "mln" is a
# million of both, but the wires' number is English: after a sign both are read as the wires write them ("$1.250
# mln" is 1.25e6, not 1.25e9), and without one a number with a dot and three digits ("1.500 mln") is none.
_WIRE_SCALES = {"bln": 1e9, "mln": 1e6, "Bln": 1e9, "Mln": 1e6}
_ENGLISH_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# The currency named after the scale, in the words of its language ("de euros", "d'euros", "di euro", "Euro").
FOREIGN_CURRENCIES = {
    **dict.fromkeys("euros euro Euro EUR €".split(), "EUR"),
    **dict.fromkeys("dólares dolares dollars dollari Dollar US-Dollar USD".split(), "USD"),
    "pounds": "GBP",  # "2 millions of pounds": with a scale word, pounds are money (`amount_reading.parse`)
    "reais": "BRL", "Franken": "CHF",
}
# What the scale's word starts with: `amounts.rows` reads on only where the word after a number does.
FOREIGN_FIRST = frozenset(word[0] for word in FOREIGN_SCALES)


def _alternation(words: Iterable[str]) -> str:
    r"""Return a regex alternation of words, those of one first character grouped after it (the regex tries one
    test per character, not per word), longest first within it ("mil millones" before "mil"), a space any space.

    >>> _alternation(["mil", "Mio.", "mil millones"])
    'm(?:il[ \\u00a0]millones|il)|M(?:io\\.)'
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda w: (-len(w), w)):
        groups.setdefault(word[0], []).append(r"[ \u00a0]".join(map(re.escape, word.split()))[len(re.escape(word[0])):])
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


_SYMBOL = _alternation(SYMBOLS)
_SYMBOL_FIRST = re.escape("".join(sorted({symbol[0] for symbol in SYMBOLS})))
# A continental number: dots parting thousands, then perhaps a decimal comma ("1.234,5"); commas parting
# thousands more than once (no decimal mark can: "1,234,567"); or one mark at most ("12,5", "1.5", "1,500").
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}|\d+(?:[.,]\d+)?"
_FOREIGN = re.compile(
    # the symbols after a look-ahead for their first characters: a number fails them at one test
    rf"(?:(?=[{_SYMBOL_FIRST}])(?P<symbol>{_SYMBOL})[ \u00a0]?)?(?P<number>{_NUMBER})"
    rf"[ \u00a0](?P<scale>{_alternation(FOREIGN_SCALES)})"
    # "Mio." ends in a full stop: no word boundary after it
    r"(?:(?<=\.)|(?![\w'’-]))"  # a year before English's "millions of" is none (`amounts.rows`: "In 2004 millions")
    rf"(?:[ \u00a0](?:(?:de|di|of)[ \u00a0]|d['’][ \u00a0]?)?(?P<currency>{_alternation(FOREIGN_CURRENCIES)})(?!\w))?"
)


class Foreign(NamedTuple):
    """An amount with a scale word of another language: where it starts and ends, its value (None: no amount) and
    unit, and where its object is read (-1: none, the words after it not being English)."""

    start: int
    end: int
    value: float | None
    unit: str | None
    object_at: int = -1


def continental_number(number: str) -> float | None:
    """Return the value of a number written the continental way, a dot parting thousands and a comma the
    decimal mark, or None where one comma before three digits could be either.

    >>> [continental_number(n) for n in ("6.200", "1.234.567", "12,5", "1.234,5", "1,234,567", "1.5", "3", "1,500")]
    [6200.0, 1234567.0, 12.5, 1234.5, 1234567.0, 1.5, 3.0, None]
    """
    if "," in number:
        if "." in number:  # "1.234,5": `_NUMBER` has the dots part thousands
            return float(number.replace(".", "").replace(",", "."))
        whole, _, decimals = number.rpartition(",")
        if len(decimals) == 3:  # "1,500": a thousand and a half, or one and a half
            return float(number.replace(",", "")) if "," in whole else None
        return float(f"{whole}.{decimals}")
    if "." in number and _THOUSANDS_DOTS.fullmatch(number):
        return float(number.replace(".", ""))  # "6.200", "1.234.567": thousands
    return float(number)


_THOUSANDS_DOTS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def foreign_amount(text: str, position: int) -> Foreign | None:
    """Return the amount from `position` whose scale is a word of another language (`FOREIGN_SCALES`), or None
    where no such word follows its number.

    >>> text = "Madrid: 6.200 millones de euros; R$ 50 milhões; 1,5 Mio. Euro; 500 mil euros; 5 millions"
    >>> [foreign_amount(text, text.index(n))[2:4] for n in ("6.200", "R$", "1,5", "500", "5 millions")]
    [(6200000000.0, 'EUR'), (50000000.0, 'BRL'), (1500000.0, 'EUR'), (None, None), (5000000.0, None)]
    >>> foreign_amount("5 million euros", 0) is None
    True
    """
    found = _FOREIGN.match(text, position)
    return None if found is None else _read(found)


def _read(found: re.Match[str]) -> Foreign:
    """Return the amount of a `_FOREIGN` match."""
    symbol, number, scale, currency = found.group("symbol", "number", "scale", "currency")
    if symbol is None and found.string.endswith(DOLLAR_ENTITY, 0, found.start()):
        symbol = "$"  # "#36;41 Bln": AG News's dollar sign, a character reference that lost its "&"
    if scale in _WIRE_SCALES and (symbol or _DOT_THOUSANDS.fullmatch(number)):
        factor: float | None = _WIRE_SCALES[scale] if symbol else None
        value = float(number.replace(",", "")) if _ENGLISH_NUMBER.fullmatch(number) else None
    else:
        factor = FOREIGN_SCALES.get(" ".join(scale.split()))
        value = continental_number(number)
    if factor is None or value is None:
        return Foreign(found.start(), found.end(), None, None)
    unit = SYMBOLS[symbol] if symbol else FOREIGN_CURRENCIES.get(currency or "")
    # "3 millions of people", "2 millions of euros": French's plural in English words, whose object is English's
    english = found.string.startswith(_OF, found.end("scale"))
    return Foreign(found.start(), found.end(), value * factor, unit, found.end() if english else -1)


_OF = (" of ", "\u00a0of ")


# A range's dash, or its word in the languages of `FOREIGN_SCALES`, between a bare number and an amount with a
# scale word of another language ("3-5 millones", "entre 3 y 5 millones", "2 bis 3 Milliarden", "5 à 10 milliards")
_LINKS = "y et und e en o ou oder bis à a al tot i".split()
LINK_STARTS = (" - ", " – ", *(f" {link} " for link in _LINKS))  # after a number: `amounts.rows` reads on
LINK_FIRST = frozenset(link[1] for link in LINK_STARTS)
_FOREIGN_LOW = re.compile(rf"(?:(?=[{_SYMBOL_FIRST}])(?P<symbol>{_SYMBOL})[ \u00a0]?)?(?P<low>{_NUMBER})"
                          rf"(?:[ \u00a0]?[-–][ \u00a0]?|[ \u00a0](?:{'|'.join(_LINKS)})[ \u00a0])(?=\d)")


def foreign_range(text: str, position: int) -> tuple[Foreign, Foreign] | None:
    """Return the ends of a range from `position` whose high end has a scale word of another language, or None:
    the low end has the high end's scale and unit where the numbers rise, as `amount_ranges.widen` reads "3 to 5
    million" ("3-5 millones" → 3e6 and 5e6), and is no amount where they do not (a bare 3 counting "millones" was).

    >>> text = "entre 3 y 5 millones de euros, 3-5 Mio., 5 y 3 millones, 5 y 3 people"
    >>> [pair and tuple(end[:4] for end in pair) for pair in (
    ...     foreign_range(text, text.index(n)) for n in ("3 y", "3-5", "5 y 3 m", "5 y 3 p"))]
    ... # doctest: +NORMALIZE_WHITESPACE
    [((6, 7, 3000000.0, 'EUR'), (10, 29, 5000000.0, 'EUR')),
     ((31, 32, 3000000.0, None), (33, 39, 5000000.0, None)),
     ((41, 42, None, None), (45, 55, 3000000.0, None)),
     None]
    """
    link = _FOREIGN_LOW.match(text, position)
    high = _FOREIGN.match(text, link.end()) if link else None
    if link is None or high is None:
        return None
    high_end = _read(high)
    low, number = continental_number(link.group("low")), continental_number(high.group("number"))
    if high_end.value is None or low is None or number is None or not low < number:
        return Foreign(position, link.end("low"), None, None), high_end
    symbol = link.group("symbol")  # "€3-5 Mio.": both in euros
    unit = SYMBOLS[symbol] if symbol else high_end.unit
    return Foreign(position, link.end("low"), low * high_end.value / number, unit), high_end._replace(unit=unit)


# "Euro" after a number, as German and Dutch write it, and the EU's English "euro" ("1.500 Euro"): not
# `amount_pattern.CURRENCY_WORDS` ("the 2004 Euro final"), but money to tell a thousands dot by (`dot_thousands`).
_EURO_AFTER = re.compile(r"[ \u00a0](?:Euro|euro|EUR)\b")


def euro_after(text: str, end: int) -> bool:
    """Return True where "Euro", "euro" or "EUR" follows a number that ends at `end`."""
    return _EURO_AFTER.match(text, end) is not None


_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}\.\d{3}")
# What makes a number with three digits after its dot a price to a tenth of a cent, as fuel and power are
# priced ("$1.999 a gallon", "13.950p per kWh"), or an exchange rate ("$1.295 to the euro", "105.250 yen
# per dollar", after a currency's name: "the euro rose to $1.295", "sterling bought €1.450"), or a share's
# price in eighths ("shares closed at $12.125").
_CURRENCY_NAMES = r"(?:dollar|euro|pound|sterling|yen|yuan|franc|greenback|rouble|ruble|rupee|peso)"
_PRICE_OR_RATE_AFTER = re.compile(
    r"\s?(?:(?:a|an|per|each|/)\s?(?:gallon|litre|liter|share|kilowatt[\s-]?hour|kWh|therm)\b"
    rf"|\s?(?:to|against|per|a)\s(?:the\s|one\s|each\s)?(?:US\s)?{_CURRENCY_NAMES}\b)")
# "shares closed at $12.125", "Gasoline prices averaged $3.459" (fuel is priced to a tenth of a cent)
_RATE_BEFORE = re.compile(rf"(?i)\b(?:{_CURRENCY_NAMES}|shares?|gas|gasoline|petrol|diesel|fuel)\b[^.;!?]*\Z")
_RATE_REACH = 48


def dot_thousands(text: str, digits: str, start: int, end: int, low: int) -> bool:
    """Return True when the digits of money from `start` to `end` ("€1.500", "1.500 euros") have one dot and
    three digits after it, where nothing near says it is a price to a tenth of a cent or an exchange rate
    (`_PRICE_OR_RATE_AFTER`, `_RATE_BEFORE` in its paragraph from `low`): a thousands dot as much as a decimal
    point, so no amount (a leading zero, "€0.995", is a decimal point).

    >>> [dot_thousands(t, t[-5:], len(t) - 6, len(t), 0) for t in ("It cost €1.500", "The euro rose to $1.295")]
    [True, False]
    >>> [dot_thousands(t, "1.999", 0, 6, 0) for t in ("$1.999 a gallon", "$1.999 in all", "$1.999 to the euro")]
    [False, True, False]
    """
    if _DOT_THOUSANDS.fullmatch(digits) is None:
        return False
    return not (_PRICE_OR_RATE_AFTER.match(text, end)
                or _RATE_BEFORE.search(text, max(low, start - _RATE_REACH), start))
