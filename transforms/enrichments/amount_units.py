"""Units of measure spelt out after a number, and their codes (`SPELT_UNITS`, `SPELT_UNIT`).

News writes most measures in words ("2 feet of snow", "6.5 metres", "10 kilometres", "40 miles per hour") and
fewer as symbols ("2ft", "6.5m", "10km", "40mph"): a unit spelt out reads as its symbol does, the unit code,
so that `unit = 'ft'` finds both, and the object is then the word after the unit, as after "2ft" ("2 feet of
snow" → 2 `ft`, "snow"). Miles, inches and yards, which news measures in as often as in metres and has no
metric symbol for, get the codes the US and UK write ("mi", "in", "yd"); only after a number (`amount_pattern`
reads them so), since "inches from the line", "a miles-long queue" and "feet first" measure nothing. Grams and
tonnes are `g` and `t`; tons `ton` (short or long, the text rarely says which) and acres `acre`. A pound joined to
its number as an adjective is a weight or money by the noun after it ("a 190-pound linebacker", "a 10-pound note":
`pound_unit`).
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_currencies import NATIONAL_CURRENCIES

# Each unit's spellings: British and American, plural and singular ("1 mile", "a 10-foot fence"), "kilos" as
# crime news weighs drugs. Pounds are not here: money unless the text weighs (`amount_reading.parse`).
_SPELLINGS = {
    "m": "metres metre meters meter",
    "km": "kilometres kilometre kilometers kilometer",
    "cm": "centimetres centimetre centimeters centimeter",
    "mm": "millimetres millimetre millimeters millimeter",
    "ft": "feet foot",
    "in": "inches inch",
    "mi": "miles mile",
    "yd": "yards yard",
    "nmi": "nautical-miles nautical-mile",  # at sea: "20 nautical miles off the coast" (it counted "miles")
    "kg": "kilograms kilogram kilogrammes kilogramme kilos kilo",
    "mg": "milligrams milligram milligrammes milligramme",
    "g": "grams gram grammes gramme",
    # A tonne is a metric ton; "tons" alone are the short ton of US copy (907 kg) or the long ton of British
    # (1,016 kg), and the text rarely says which: `ton`, as written, not converted and not `t`.
    "t": "tonnes tonne metric-tons metric-ton",
    "ton": "tons ton short-tons short-ton long-tons long-ton",
    # a bomb's or a quake's yield in tonnes of TNT ("a 15-kiloton bomb", "50 megatons"), kilotonnes of a harvest
    "kt": "kilotonnes kilotonne kilotons kiloton",
    "Mt": "megatonnes megatonne megatons megaton",
    # an area's or a volume's unit, two words the measure reads as one ("300 square kilometres of forest", "10
    # billion cubic metres of gas": it counted "kilometres" or "metres", a length's word)
    # ... and as wire copy abbreviates them, "3 km² of forest", "300 sq km", "a 120 sq ft room" (they counted "km²",
    # "km" or nothing): a symbol with its power, or "sq" before a length's symbol, is an area or a volume wherever
    # it is, as no other word is written so
    "m²": "square-metres square-metre square-meters square-meter m² sq-m sq-metres",
    "km²": "square-kilometres square-kilometre square-kilometers square-kilometer km² sq-km sq-kilometres",
    "mi²": "square-miles square-mile mi² sq-mi sq-miles",
    "ft²": "square-feet square-foot ft² sq-ft sq-feet",
    "m³": "cubic-metres cubic-metre cubic-meters cubic-meter m³",
    # a lake's, a reservoir's or a glacier's loss ("2 km³ of water", "40 cubic kilometres of ice")
    "km³": "cubic-kilometres cubic-kilometre cubic-kilometers cubic-kilometer km³",
    "ft³": "cubic-feet cubic-foot ft³",
    "ha": "hectares hectare",
    "acre": "acres acre",  # no symbol in common use: the unit's name
    "kW": "kilowatts kilowatt",
    "MW": "megawatts megawatt",
    "GW": "gigawatts gigawatt",
    "kWh": "kilowatt-hours kilowatt-hour",
    "MWh": "megawatt-hours megawatt-hour",
    "GWh": "gigawatt-hours gigawatt-hour",
    # a sound's loudness ("noise of 85 decibels": it counted "decibels"), the symbol its readers know
    "dB": "decibels decibel",
}
# A speed is its distance per hour ("40 miles per hour", "70 miles an hour", "300 kilometres per hour").
_SPEEDS = {"mph": ("miles", "mile"), "km/h": ("kilometres", "kilometers", "kilometre", "kilometer")}
SPELT_UNITS = {word: code for code, words in _SPELLINGS.items() for word in words.split()}
SPELT_UNITS.update({f"{word} {per} hour": code for code, words in _SPEEDS.items() for word in words
                    for per in ("per", "an")})
SPELT_UNITS.update({word.replace("-", " "): code for word, code in list(SPELT_UNITS.items()) if "-" in word})


def _spellings_pattern() -> str:
    r"""Return the alternation of the spellings, those of one first letter grouped after it (`AMOUNT` tries it
    after every number: one test per letter, not per spelling), longest first within it (so "miles per hour"
    wins over "miles"), a space or hyphen between words matching any white space or a hyphen.

    >>> re.fullmatch(_spellings_pattern(), "miles\nper hour") is not None
    True
    """
    spellings = sorted({word.replace("-", " ") for word in SPELT_UNITS}, key=lambda w: (w[0], -len(w), w))
    groups: dict[str, list[str]] = {}
    for spelling in spellings:
        groups.setdefault(spelling[0], []).append(r"[\s-]".join(map(re.escape, spelling.split()))[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


# Lower-case only: "the Six Feet Under series" is a title, no measure.
SPELT_UNIT = _spellings_pattern()


def spelt_unit(said: str) -> str | None:
    r"""Return the code of a unit spelt out as `said`, or None.

    >>> spelt_unit("feet"), spelt_unit("kilowatt-hours"), spelt_unit("miles an\nhour"), spelt_unit("pounds")
    ('ft', 'kWh', 'mph', None)
    >>> spelt_unit("Acres")  # a headline's capitals ("5 Million Acres": `amount_pattern._TITLE_UNITS`)
    'acre'
    """
    return SPELT_UNITS.get(" ".join(said.replace("-", " ").split())) or SPELT_UNITS.get(said.lower())


# A pound joined to its number as an adjective is a weight or money, told by the noun after it: "a 190-pound
# linebacker", "a 20-pound fish" weigh, "a 10-pound note", "a 50-pound fine" pay, and so does a person's name,
# "300-pound Cornelius Griffin" (`pound_unit`; before another word it is no amount, as it was), and with a scale
# word it is money, "a 9.4 billion-pound takeover". After a space only before one of those nouns: "10 pound" alone
# counts "pound", as it did.
# Not "charge": "a 20-pound charge of explosives" is a weight, in the US copy that writes "N-pound" most.
_POUND_MONEY = frozenset("note notes banknote banknotes coin coins fine fines bill bills fee fees "
                         "voucher vouchers ticket tickets bet bets prize cheque".split())
_POUND_WEIGHT = frozenset("man men woman women boy girl baby linebacker linebackers lineman linemen tackle frame bag "
                          "bags sack sacks fish catfish carp pike salmon turkey bomb bombs".split())
# ... what a currency's word hyphenated to a number word names, a note's worth or a weight (no nickname's name:
# `amount_exclusions._titled_note`)
POUND_NOUNS = _POUND_MONEY | _POUND_WEIGHT
# ... and the one note or coin a currency's word hyphenated to its number names (`amount_phrase_ends`)
NOTE_NOUNS = frozenset(noun for noun in _POUND_MONEY if not noun.endswith("s"))
# A title's capitalised "Pound" hyphenated to its number is told the same way ("The 10-Pound Note" pays, "The 20-Pound
# Turkey" weighs; they were no amount, as "The 100-Dollar Bill" was a sum).
# (the letters first: `AMOUNT` tries it after every number, and a letter fails faster than a look-behind)
POUND_SPELLINGS = ("Pound", "pound")  # what `POUND_ADJECTIVE` starts with (its guard: `amount_measures.MEASURE_GUARD`)
POUND_ADJECTIVE = (rf"[Pp]ound(?:(?<=-[Pp]ound)"
                   rf"|(?<=pound)(?=[^\S\n](?:{'|'.join(sorted(_POUND_MONEY | _POUND_WEIGHT))})\b))")


# A currency's word as an adjective after a scale word, the noun after it what the sum is of ("a 8.5 billion euro
# loan", "a 10 million pound contract", "a two billion dollar fund"; `amount_pattern._CURRENCY`)
CURRENCY_ADJECTIVES = {"euro": "EUR", "pound": "GBP", "dollar": "USD"}
# ... and a dollar after its country's adjective ("a 7.4 billion Australian dollar bid", "10 billion Hong Kong dollar
# on housing" → AUD, HKD; they were of no currency, counting "dollar")
CURRENCY_ADJECTIVES.update({f"{country} dollar": code for country, code in NATIONAL_CURRENCIES["dollars"].items()
                            if not country.startswith("U")})


def pound_unit(noun: str, scaled: bool, weighed: bool) -> str | None:
    """Return the unit of a pound joined to its number as an adjective (`POUND_ADJECTIVE`) before `noun`, lower-case
    or a person's name: money with a scale word (`scaled`) or before a sum's noun, a weight before a weighed noun or
    a first name and surname (`PERSON`), or where the text weighs (`weighed`: "weighing"), else None (no amount).

    >>> pound_unit("note", False, False), pound_unit("man", False, False), pound_unit("griffin", False, False)
    ('GBP', 'lb', None)
    >>> pound_unit(PERSON, False, False)
    'lb'
    """
    if scaled or noun in _POUND_MONEY:
        return "GBP"
    return "lb" if noun in _POUND_WEIGHT or noun == PERSON or weighed else None


# What `pound_unit` is told for a first name and a surname after the pound ("300-pound Cornelius Griffin")
PERSON = "<person>"
# Two capitalised words and no third: a name ("Amazon Gift Card" is a thing's)
_FULL_NAME = re.compile(r"[^\S\n]*[A-Z][a-z'’]+[^\S\n]+([A-Z][a-z'’-]+)\b(?![^\S\n]+[A-Z])")


def person_after(text: str, end: int) -> str | None:
    """Return what tells the unit of a pound as an adjective ending at `end` before two capitalised words: the second,
    lower-case, where it is a sum's or a weighed noun ("a 50-pound Amazon Voucher": a voucher), else `PERSON` for a
    first name and a surname ("300-pound Cornelius Griffin"); None before no such two words.

    >>> [person_after(t, t.index("d") + 1) for t in ("300-pound Cornelius Griffin", "a 50-pound Amazon Voucher",
    ...                                               "300-pound Griffin")]
    ['<person>', 'voucher', None]
    """
    name = _FULL_NAME.match(text, end)
    if name is None:
        return None
    noun = name.group(1).lower()
    return noun if noun in _POUND_MONEY or noun in _POUND_WEIGHT else PERSON
