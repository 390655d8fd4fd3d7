"""The measures a number may take after it, `MEASURE`: degrees, weights, speeds, a device's specifications, units
spelt out, and a height's inches after its feet (`SPACED_INCHES`); `amount_pattern.AMOUNT` composes them, and
`amount_reading.parse` names their unit (`MEASURES`).

"40C", "48.2 degrees Celsius", "90mph", "150km/h", "5 mg", "5g of sugar", "a 120Hz screen", "256GB", "65W
charging", "Police Seize 2 Tonnes of Cocaine", "six foot two".
"""

from __future__ import annotations

from transforms.enrichments.amount_guards import prefix_guard
from transforms.enrichments.amount_units import POUND_ADJECTIVE, POUND_SPELLINGS, SPELT_UNIT, SPELT_UNITS

DEGREES = {"C": "°C", "°C": "°C", "°F": "°F"}
POUNDS_WEIGHT = "lb"  # pounds of weight ("200lb", "5 lbs", "pounds" where the text weighs: `amount_reading.parse`)
# Speeds, feet, hectares and power as news writes them after a number ("90mph", "150km/h", "3ft",
# "20,000ha", "500MW"): the unit as written, "kph" as km/h.
MEASURES = DEGREES | {"lb": POUNDS_WEIGHT, "lbs": POUNDS_WEIGHT, "kph": "km/h", "g": "g"}
MEASURES.update({f"{degree}{scale}": DEGREES[f"°{scale[0].upper()}"] for degree in ("degree ", "degrees ", "")
                 for scale in ("Celsius", "celsius", "Centigrade", "centigrade", "Fahrenheit", "fahrenheit", "C", "F")
                 if degree or len(scale) > 1})
# The measures after a number, with or without a space ("17.9 km", "150 mph", "45 kg" as wire copy writes
# them; they were the counted object): a bare "C" only right after the digits ("40C"; "Group 2 C" is no
# temperature), "m" never here (a scale or metres: `amount_metres.metres`).
# Degrees with their scale spelt out ("48.2 degrees Celsius", "104 degrees Fahrenheit", "5 degrees C"); "degrees"
# alone may be an angle or a scale no one named: no unit.
# A scale's name alone after the number is its degrees too ("40 Celsius", "104 Fahrenheit": "Celsius" was the object).
_DEGREE_SCALES = ("Celsius", "Centigrade", "Fahrenheit")
_CASED_SCALES = "|".join(f"[{scale[0]}{scale[0].lower()}]{scale[1:]}" for scale in _DEGREE_SCALES)
_DEGREES = rf"degrees?\s(?:{_CASED_SCALES}|[CF])|(?<=\s)(?:{_CASED_SCALES})"
# Milligrams as health news doses them ("5 mg", "200mg": glued to its digits the dose was no amount at all).
# Units spelt out ("2 feet", "6.5 metres", "40 miles per hour": `amount_units`) are measures as their symbols are.
# A "g" is grams only lower-case and before "of", what food labels weigh or its adjective ("5g of sugar", "2g trans
# fat": `amount_objects` reads past it) or a serving ("a 40g serving"): "5G networks", "3G phones" are a network's.
GRAMS = "g"
_GRAMS = (rf"{GRAMS}(?=[^\S\n]+(?:of|sugar|salt|fat|fats|saturated|protein|fibre|fiber|carbohydrates?|carbs|sodium"
          r"|caffeine|alcohol|trans|added|dietary|unsaturated|polyunsaturated|monounsaturated|servings?|portions?)\b)")
# A headline's capitals after its capitalised scale word or digits, "Wildfires Grow to 5 Million Acres" as "5 million
# acres", "Police Seize 2 Tonnes of Cocaine" (`amount_units.spelt_unit` reads them lower-cased; "2" counted "tonnes");
# not after a number word: "Six Feet Under" is a title.
# (a capital first: `AMOUNT` tries it after every number, and a letter fails faster than a look-behind)
_TITLE_WORDS = ("Acres", "Hectares", "Tonnes", "Tons", "Miles", "Kilometres", "Kilometers", "Metres", "Meters", "Feet")
_TITLE_UNITS = (rf"(?=[{''.join(dict.fromkeys(word[0] for word in _TITLE_WORDS))}])(?:(?<=[MBT]illion\s)|(?<=\d\s))"
                rf"(?:{'|'.join(_TITLE_WORDS)})")
# A device's specifications ("a 3.2GHz chip", "a 5,000mAh battery", "500 Mbps"; they were no amounts at all), the
# bytes only glued to their digits ("256GB", "2TB": "200 TB patients", "the 4 GB sprinters" are tuberculosis's and
# Great Britain's)
# ... and a screen's hertz, a charger's watts, a camera's megapixels glued to their digits ("a 120Hz screen", "65W
# charging", "a 48MP camera"; hertz spaced too, "144 Hz"), a glued "nm" (a chip's nanometres, or nautical miles at
# sea: `amount_nautical`); bytes a space apart after a decimal ("1.5 TB") or before what
# stores them or their "of" ("400 GB HDD", "2 TB of data"), not before a noun of their own ("200 TB patients")
_BYTES_AFTER = (r"(?=[^\S\n]+(?:of|hard|drives?|disks?|discs?|HDDs?|SSDs?|storage|memory|RAM|cards?|flash|capacity"
                r"|iPods?|plans?|data)\b|[.,;:)]|$)")
# A glued "W" is no watts after a latitude ("25.3N 71.2W", a longitude) nor before an oil's grade ("5W-30"; "30W-65W"
# is watts; "~" is the dash `amount_ranges` reads each end of a range with)
# ... nor after a road's name, a route's letter for its direction ("Route 9W", "US 9W": it was 9 watts)
_NO_WATTS = "".join(rf"(?<!\d[NS][^\S\n][\d.]{{{width}}}W)" for width in range(1, 7)) + r"(?![-–~]\d{1,2}\b)" + "".join(
    rf"(?<!{road}[^\S\n]\d{{{width}}}W)" for road in ("Route", "Rte", "Highway", "US") for width in range(1, 4))
_RATES, _BYTES, WATTS, HERTZ, NANOMETRES = ("GHz", "MHz", "mAh", "Gbps", "Mbps"), ("GB", "TB", "MB"), "W", "Hz", "nm"
_SPECS = (rf"{'|'.join(_RATES)}|(?<=\d)(?:{'|'.join(_BYTES)}|MP)|(?<=\d){WATTS}{_NO_WATTS}|{HERTZ}"
          rf"|(?<=\d){NANOMETRES}\b|(?<=\.\d\s)(?:{'|'.join(_BYTES)})|(?<=\d\s)(?:{'|'.join(_BYTES)}){_BYTES_AFTER}")
# The symbols as wire copy writes them after a number, longest first where one starts another ("km/h" before "km")
_SYMBOLS = ("km/h", "kph", "mph", "km", "cm", "mm", "mg", "kg", "lbs", "lb", "ft", "ha", "kWh", "MWh", "GWh", "kW",
            "MW", "GW", "°C", "°F")
CELSIUS_GLUED = "C"  # "40C", only right after the digits
MEASURE = (rf"{SPELT_UNIT}|{_DEGREES}|{'|'.join(_SYMBOLS)}|(?<=\d){CELSIUS_GLUED}"
           rf"|{_SPECS}|{POUND_ADJECTIVE}|{_GRAMS}|{_TITLE_UNITS}")
# `MEASURE`'s first characters, after its optional space or hyphen, from the words it is built of: most numbers
# are followed by a word no measure starts ("200 people"), which fails here at one test (`amount_guards`)
MEASURE_GUARD = "(?=[\\s-]?" + prefix_guard([
    *(spelling.replace("-", " ") for spelling in SPELT_UNITS), "degree", *_DEGREE_SCALES,
    *(scale.lower() for scale in _DEGREE_SCALES), *_SYMBOLS, CELSIUS_GLUED, *_RATES, *_BYTES, "MP", WATTS, HERTZ,
    NANOMETRES, *POUND_SPELLINGS, GRAMS, *_TITLE_WORDS]) + ")"

# The inches of a height in words after its feet ("six-foot-two", "six feet two inches": `amounts.rows`)
INCH_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven"
# ... and a height's inches after its feet with neither hyphens nor "inches", as people are described ("six foot
# two", "five feet eleven", "6 foot 2": `amount_reading.parse` adds them), not a number of what follows it ("six
# feet two days ago", "dug six feet one day"), not a scale's, a share's or a measure's ("six feet two hundred", "30
# feet 5 km offshore"), and not the inches that "in" or "inches" name ("6 feet 2 inches": `amounts.rows` reads those).
_NOT_INCHES_AFTER = (r"inch|in\b(?![^\S\n]+[a-z])|hundred|thousand|million|billion|per\b|percent|of\b|and\sa\shalf"
                     r"|(?:year|day|week|month|hour|minute|second|time|night|morning|afternoon|evening|season)\b"
                     r"|people\b|men\b|women\b|children\b|(?!(?:is|was|has|his|its|this|as|us|plus|thus)\b)[a-z]+(?<!s)s\b"
                     rf"|(?:{MEASURE})\b")
SPACED_INCHES = (rf"(?<=foot|feet)[^\S\n](?:1[01](?!\d)|[1-9](?!\d)|(?:{INCH_WORDS})\b)"
                 rf"(?![\w-]|[.,]\d|%|[^\S\n]+(?:{_NOT_INCHES_AFTER}))")
