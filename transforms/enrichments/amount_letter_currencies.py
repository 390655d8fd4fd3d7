"""The letters that are a currency only before some numbers (`letter_symbols`): a rand's "R", a naira's "N", a bare
"Sh" and the Gulf papers' letters ("QR", "Dh", "SR", "KD"). Before any number they are as often a road ("the N1",
"the R21"), a model ("N95 masks", "SR71") or a name, so each is a currency only before a number that money is written
with: a scale word, thousands parted by commas, cents, or a price's words. `amount_pattern.AMOUNT` composes them.
"""

from __future__ import annotations

from transforms.enrichments.amount_currencies import GULF_LETTERS

# A rand's scale after its number, right after the "R" ("R50 billion", "R1.5bn", "R500m"; not "R 50m", "R2K"), or
# hyphenated before the noun it is the sum of, as South Africa's papers write the adjective ("a R2.4-billion project",
# as the Canadian Press writes "a $3-million grant": it was no amount); no road or model has a scale word after it
# (a headline's Title Case too: "Court Halts R2.4-Billion Mine", "R2 Billion")
_SCALES = r"(?:[\s\-–](?:[Mm]illion|[Bb]illion|[Tt]rillion)|bn|mn|trn|tn|m)\b"
# A rand's price in rand and cents ("R18.50 against the dollar", "R22.79 a litre"), as no road or model is
_CENTS = r"\d{1,4}\.\d\d(?!\d|[.,]\d)"
# A price's words after a bare number ("QR 50 each", "Dh12.50 a cup", "KD 3 per kilo", "BD 15 a head", "QR 50 for
# adults", "R300 a month"); "SR71", "KD2" are none
# (`RATES`, what a price is a rate of, after "a" or "per", is money's writing wherever it is: "the R350 a month grant")
RATES = (r"(?:head|person|piece|night|month|week|day|year|hour|ticket|litre|kilo|kg|gallon|ounce|barrel|unit|share|item"
         r"|pack|bottle|cup|meal|pair|dozen)\b")
# A charge's noun after the number, once or by a period ("a new N500 daily levy", "the R150 fee", "a QR 10 fare"): a
# sum's noun, as no road's or model's is ("toll" left out: "the N3 toll road" is a road's); after a determiner too
# (`amount_numbered_names`: "the R150 fee" is no model's name)
CHARGES = r"(?:(?:daily|weekly|monthly|annual|yearly)[^\S\n])?(?:levy|levies|fees?|fares?)\b"
_PRICE_WORDS = (rf"[^\S\n](?:each|apiece|per\s|an?\s{RATES}|{CHARGES}"
                r"|for[^\S\n](?:adults|children|kids|students|members|non-members|residents|visitors|seniors|entry"
                r"|admission)\b)")
# ... or a price's verb before the letters ("costs QR 50", "pays R300", "fined Dh500": they were no amount). One
# look-behind each, as a look-behind's width is fixed.
_PRICE_VERBS = ("cost costs costing priced charge charges charged charging pay pays paid paying earn earns earned "
                "earning fined").split()
_PRICED = "|".join(rf"(?<=\b{verb}[^\S\n])" for verb in _PRICE_VERBS)
# South Asia's scale words after the letters' number, glued or a space apart ("Tk 50 crore", "Tk3 lakh"), as a
# rand's millions are: "Tk" is the taka's, whose sums are counted in them, and no version or model has "crore" after it
_SOUTH_ASIAN = r"[^\S\n]?\d{1,5}(?:\.\d+)?[^\S\n](?:crores?|lakhs?)\b"
# The UAE papers' "Dh" and "Dhs" glued to any bare number ("Dh5 fees", "Dhs30 tickets"): a capital then a small
# letter, as no road, model or aircraft is written ("DH5", "the D5"), so a dirham before any number
# A bare price's number: no more digits, no decimal part but cents, no letter glued after it ("QR 50.", "R300,")
_BARE = r"\d{1,5}(?:\.\d\d)?(?![\w.,]?\d|\w)"


def letter_symbols(number: str) -> str:
    """Return the regex alternation of the letters that are a currency only before some numbers, each with the
    look-ahead of those numbers; `number` is the pattern of a number in figures.

    >>> import re
    >>> symbols = re.compile(letter_symbols(r"\\d+(?:,\\d{3})*(?:\\.\\d+)?"))
    >>> [bool(symbols.match(t)) for t in ("R50bn", "N1,650", "R800", "N95", "QR 50 each", "SR71", "Dh 25,000")]
    [True, True, False, False, True, False, True]
    >>> [bool(symbols.match(t)) for t in ("Dh5 fees", "Dhs30 tickets", "DH5 biplane", "Dh5b", "Tk 50 crore", "Tk 8")]
    [True, True, False, False, True, False]
    >>> [bool(symbols.match(t)) for t in ("N500 daily levy", "R150 fee", "N3 toll road", "N95 masks")]
    [True, True, False, False]
    """
    rand = rf"(?:{number}){_SCALES}"
    # A naira's or a rand's number, right after the "N" or the "R": one with a scale word, or thousands parted by
    # commas ("N1,650", "R8,500 a month"; not "N95", "N2", "R2", "R800"); or one with a scale word of millions or more
    # a space after the letters, as some papers write them ("SR 500 million", "R 2 billion", "QR 800m": of no
    # currency before; "R 50m" is a race's distance as often, which `amount_metres.letters_metres` tells by the
    # words around)
    naira = rf"(?:{rand}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,])|[^\S\n](?:{number}){_SCALES})"
    # The Gulf letters' thousands a space apart too, "KD 1,500", "Dh 25,000" (no amount before: two letters, no
    # road's), their cents and a bare number before a price's words, glued or a space apart
    gulf = (rf"{naira}|[^\S\n]\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,])|[^\S\n]?{_CENTS}|{_SOUTH_ASIAN}"
            rf"|[^\S\n]?\d{{1,5}}(?:\.\d\d)?(?={_PRICE_WORDS})")
    # A rand's or a naira's bare price, glued to its letter, before a price's words or after a price's verb ("R300 a
    # month", "pays N500"), as a Gulf letters' is (a space apart too: "costs QR 50")
    priced = rf"\d{{1,5}}(?:\.\d\d)?(?={_PRICE_WORDS})"
    return (rf"R(?<![\w$]R)(?={naira}|{_CENTS}|{priced})|N(?<![\w$]N)(?={naira}|{priced})|S(?<![\w$]S)h(?={naira})"
            rf"|(?<![\w$])(?:{'|'.join(GULF_LETTERS)})(?={gulf})|(?<![\w$])Dhs?(?={_BARE})|(?:{_PRICED})(?:[RN](?={_BARE})"
            rf"|(?:{'|'.join(GULF_LETTERS)})(?=[^\S\n]?{_BARE}))")
