"""The head of a sum's or a share's noun compound (`sum_or_share`): "a €50bn aid package" is a package, "$5m of
plastic surgery" surgery, "a 50% tax rate" a rate (`compound_head`). The object was the compound's first word alone
("aid", "plastic", "tax"), as a count's is where no plural follows it (`amount_heads` reads a count's compound to its
plural: "100 container ships"); a measure's stays so ("a 40-yard field goal" → "field") but where its first word is an
adjective (`measure_adjective`: "a 40 GB hard drive" → "drive", was "hard").

A compound of two words is read to its second where the phrase ends right after it (punctuation, a preposition, a
conjunction, an auxiliary: "a €50bn aid package for Ukraine", "a £30m transfer fee was"), and the second is a
singular noun as far as its form says: no "-s" (a verb's as often, "a $5m fund helps") but after a word in "-ing"
("5% voting rights"), no "-ed", "-ing" or "-ly", no function word. It is a heuristic without a part-of-speech tagger,
and says so.
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_modifiers import participle
from transforms.enrichments.amount_plurals import NOT_OBJECTS
from transforms.enrichments.amount_verbs import BASE_VERBS, ING_VERBS, LY_NOUNS, NOUN_VERBS, PAST_TENSES, SINGULAR_VERBS

# The second word of the compound, a space apart, lower-case, then the phrase's end
_SECOND = re.compile(r"[^\S\n]+([a-z][a-z'-]*[a-z])\b(?=[^\S\n]*(?:[.,;:!?)]|[-–—](?=\s)|$|\n"
                     r"|(?:in|for|to|of|on|at|off|from|by|over|until|into|and|or|with|that|which|after|before|since|when|as"
                     r"|is|was|were|are|will|would|could|has|had|have|this|last|next|can|could|may|might|must"
                     r"|should|shall|[a-z]{2,}[^e]ed)\b))")
# (a spaced dash ends it as a comma does: "up to 100% multilateral debt relief - the bulk of it", which counted
# "multilateral", and so does "off": "a 2GW wind farm off Norfolk"; a past tense after the second word ends the phrase
# as "was" does: "10% voting rights backed the plan", "a $5m aid package approved by": they were "voting", "aid")
# Words of time and degree that end a phrase after a sum, no noun of its compound ("a $10m fine yesterday", "£5m more")
_NO_HEADS = frozenset(
    "yesterday today tonight tomorrow ago apiece each overall annually instead too more less alone already again "
    "worldwide nationwide abroad overseas soon ahead twice once here there now then ever first one two three four "
    "five six seven eight nine ten because while unless despite though although "
    # ... and what is owed when ("a $1bn bond due in 2030"), and a period's comparison ("a 20% drop year on year", "a 5%
    # fall overnight")
    "due payable owed year month week quarter overnight "
    # ... and a time said after the noun ("3 forecast earlier"), and AG News's "quot;", a quotation mark's debris
    # ("three homemade quot;MacGyver bombs quot;")
    "earlier later quot "
    # ... and an adverb before the sentence's verb ("a 0.5% rise also means", "the 3% cap still applies": they counted
    # "also", "still"; those in "-ly" end as the heads' rule says)
    "also still even just never always often seldom almost rather quite not "
    # ... and adverbs in no "-ly" after a compound's noun ("a £40m transfer fee upfront," counted "upfront")
    "upfront outright altogether anyway meanwhile".split())
# Words a count measures by, in the singular before the noun they qualify: the count is of them ("a 30 year low", "a
# nine month sentence", "a 512 kilobit service", "a four star hotel", "a two match ban"), where a count's other word
# in the singular is the modifier of a noun that ends the phrase ("a 5,000 competition prize": `counted_object`)
MEASURED = frozenset(
    "second minute hour day night week month year decade century season term bit kilobit megabit gigabit byte "
    "kilobyte megabyte gigabyte terabyte pixel megapixel gigapixel watt volt mile foot yard inch metre meter "
    "kilometre kilometer acre hectare ton tonne pound ounce gallon litre liter degree point percent star tier level "
    "storey story floor lane seat bed room door shot stroke goal run lap hole game match test race round leg stage "
    "set frame inning innings over wicket man person member part step page word track".split())
# The nouns of a change, second in a sum's or a share's compound: the object is the compound whole, what changed and
# which way ("a 2.5% pay rise" → "pay rise", "a 5% pay cut" → "pay cut", "a $1.5tn tax cut" → "tax cut"). Its first
# word alone ("pay", as it was) reads as a share of pay and sums a rise with a cut; its second alone ("rise") sums pay
# rises with price rises.
_CHANGE_HEADS = frozenset("rise fall increase decrease cut hike freeze drop".split())
# Irregular participles and past tenses, a verb after the sum's noun ("3.3% growth seen in", "a 50p vote cast by", "5%
# growth forecast for"), not its head
_PARTICIPLES = frozenset(
    "seen cast forecast made done given taken shown known sold bought paid spent set put cut hit led held won lost "
    "built brought kept left told found meant begun run grown ran rose fell came went stood".split())


# A change's noun second, then a participle or a past tense, which ends the phrase as a preposition does ("a 3.5% pay
# increase offered by ministers", "a 2% tax cut announced in"): the participle's verb ("50% of staff cut back") is not
_CHANGE_THEN = re.compile(r"[^\S\n]+(" + "|".join(sorted(_CHANGE_HEADS)) + r")[^\S\n]+([a-z]+)\b")


# A verb in the present tense after the compound's second word ends the phrase as a past tense does ("a 10kW/20kWh
# community battery serves 40 homes", "the 2.5% triple lock means": they counted "community", "triple"); not the
# plurals that are verbs as often ("a £5m home improvement costs")
_PRESENT_VERBS = (SINGULAR_VERBS - NOUN_VERBS) | frozenset(
    "serves powers provides supplies allows requires affects offers covers replaces guarantees protects".split())
_SECOND_THEN_VERB = re.compile(r"[^\S\n]+([a-z][a-z'-]*[a-z])[^\S\n]+([a-z]+s)\b")


def _second_then_verb(text: str, position: int) -> re.Match[str] | None:
    """Return the match of the compound's second word (group 1) after the word ending at `position`, where a verb in
    the present tense follows it; after a change's noun any such verb, the plurals that are nouns as often too ("a 10%
    fare rise hits commuters", "a 5% pay rise costs": no "rise hits" is a compound).

    >>> [bool(_second_then_verb(t, 9)) for t in ("community battery serves", "community battery costs",
    ...     "community batteries serve", "community battery", "community rise costs")]
    [True, False, False, False, True]
    """
    found = _SECOND_THEN_VERB.match(text, position)
    return found if found is not None and (found.group(2) in _PRESENT_VERBS or found.group(1) in _CHANGE_HEADS and (
        found.group(2) in SINGULAR_VERBS)) else None


# The compound's second word, then a word of time or degree that ends the phrase ("the £3bn energy bill alone would",
# "the £2 fare cap again": they counted "energy", "fare")
_SECOND_THEN_WORD = re.compile(r"[^\S\n]+([a-z][a-z'-]*[a-z])[^\S\n]+([a-z]+)\b")
# (adverbs that stand after a noun phrase only: not a conjunction, a number or a degree's "less", which a verb may
# have before it, "35% of women earn less than", "a $50m movie straight away because")
_AFTER_PHRASE = frozenset("alone instead again too upfront apiece each overall yesterday today tonight tomorrow ago "
                          "overnight worldwide nationwide abroad overseas annually outright altogether anyway once "
                          "twice".split())


def _second_then_end(text: str, position: int) -> re.Match[str] | None:
    """Return the match of the compound's second word (group 1) after the word ending at `position`, where a word of
    time or degree follows it.

    >>> [bool(_second_then_end(t, 4)) for t in ("fare cap again", "fare cap rules", "fare cap", "they earn less",
    ...     "they work abroad", "film straight away")]
    [True, False, False, False, False, False]
    """
    found = _SECOND_THEN_WORD.match(text, position)
    return found if found is not None and found.group(2) in _AFTER_PHRASE and (
        found.group(1) not in BASE_VERBS) else None


# Gerunds that are nouns in the middle of a sum's compound, what the head is for ("a £5bn house building fund", "a £1bn
# profit sharing scheme", "a £3m money laundering fine"): no verb's ("a £1bn contract covering maintenance until"), nor
# one as often a verb's with its object after a sum's noun ("a £2m grant funding research", "a £5m hostel housing
# refugees", "a £1bn fund lending money"); a plural after one is its object, "a £1m contract training nurses"
_NOUN_GERUNDS = frozenset(
    "building spending training parking shipping banking nursing planning manufacturing processing recycling "
    "charging heating testing screening laundering sharing cleaning mining farming fishing printing "
    "borrowing broadcasting advertising gaming betting ticketing".split())


def _change_then_participle(text: str, position: int) -> re.Match[str] | None:
    """Return the match of a change's noun (group 1) after the word ending at `position`, where a participle follows it.

    >>> [bool(_change_then_participle(t, 3)) for t in ("pay increase offered by", "pay rise agreed", "tax cut plan",
    ...     "staff cut back", "pay rises offered")]
    [True, True, False, False, False]
    """
    found = _CHANGE_THEN.match(text, position)
    if found is None:
        return None
    verb = found.group(2)
    return found if verb.endswith("ed") or verb in _PARTICIPLES or verb in PAST_TENSES else None


# An adjective by its form, or one of a few plain ones, before a measure's noun: "a 40 GB hard drive", "a 2TB external
# drive", "a 10 MW solar farm", "a 300-acre organic farm" are a drive and a farm (a noun first stays the object, as
# "a 40-yard field goal" counts "field"); nouns of those endings are not ("a 5-mile canal route", "a 10-metre metal
# pole")
_ADJECTIVE_ENDS = ("al", "ic", "ive", "ous", "able", "ible", "less", "ful")
_PLAIN_ADJECTIVES = frozenset("hard soft solid flat smart thin thick heavy light solar nuclear lunar dual twin single "
                              "double triple "
                              # where and how power, crops and fuel are made: "1.9GW of offshore wind capacity", "500
                              # tonnes of raw sugar", "2m barrels of crude oil"
                              "offshore onshore inland floating raw crude".split())
_NOUNS_OF_ADJECTIVE_ENDS = frozenset(
    "total signal rival capital arrival festival animal hospital canal journal material metal crystal pedal rental "
    "medal petal proposal portal trial dial interval mural tribunal terminal cable table stable vehicle "
    "traffic music clinic topic panic plastic logic fabric republic relic tunic mosaic attic".split())


def measure_adjective(word: str) -> bool:
    """Return True for a word before a measure's noun that is an adjective of it, read past to the noun.

    >>> [measure_adjective(w) for w in ("hard", "external", "organic", "field", "canal", "metal")]
    [True, True, True, False, False, False]
    """
    return word in _PLAIN_ADJECTIVES or word.endswith(_ADJECTIVE_ENDS) and word not in _NOUNS_OF_ADJECTIVE_ENDS


# The units of power and energy, whose noun compound names what makes or stores them by its head: "a 5kW home battery",
# "a 2GW wind farm" are a battery's and a farm's (they counted "home", "wind")
_POWER_UNITS = frozenset(("W", "kW", "MW", "GW", "Wh", "kWh", "MWh", "GWh", "TWh"))
# The units of area, whose "of" and compound name a space by its head, its use the word before: "500 m² of office
# space", "200 acres of farm land", "a 120 sq ft storage unit" are a space's, land's and a unit's (they counted
# "office", "farm", "storage"). Not a mass's or a volume's: its "of" names a substance by its first word, the rest
# what it is for or how it comes ("965,000 tonnes of food assistance", "2 km³ of water ice"), so those stay so.
_AREA_UNITS = frozenset(("m²", "km²", "mi²", "ft²", "ha", "acre"))


def sum_or_share(unit: str | None) -> bool:
    """Return True for a unit whose noun compound, or its "of"'s, says what a sum is spent on or what a share is of,
    read to its head ("a $1.1bn rescue package", "$5m of plastic surgery", "0.7% of national income"): a currency's
    code, a percentage, power's and energy's units (`_POWER_UNITS`) and area's (`_AREA_UNITS`). A mass's "of" names a
    substance by its first word ("965,000 tonnes of food assistance").

    >>> [sum_or_share(u) for u in ("USD", "percent", "t", "kg", None, "kWh", "MW", "m²", "ha")]
    [True, True, False, False, False, True, True, True, True]
    """
    return unit is not None and (unit == "percent" or len(unit) == 3 and unit.isupper() or unit in _POWER_UNITS
                                 or unit in _AREA_UNITS)


# Singulars ending in "s" that news writes first in a sum's compound: "a $5bn stimulus package", "a £3bn bonus pool",
# "a $2m census contract", "a £1bn crisis fund" (they were read as plurals, the compound's head)
_SINGULAR_S = ("ss", "us", "is")
# The word after a compound's second, where that second is not its end: the compound may go on to a third and a
# fourth ("a £2 bus fare cap until", "a £3bn energy bill support scheme will")
_NEXT = re.compile(r"[^\S\n]+([a-z][a-z'-]*[a-z])\b")


def compound_head(text: str, position: int, word: str) -> str:
    """Return the head of the compound whose first word `word` (lower-case, no plural) ends at `position`: the word
    after it where it ends the phrase and may be a singular noun, else `word`.

    >>> [compound_head(t, len(t.split()[0]), t.split()[0]) for t in ("aid package for Ukraine", "plastic surgery.",
    ...     "fund helps the poor", "fine yesterday.", "deal collapsed.", "bid", "stake in the firm", "deal agreed on")]
    ['package', 'surgery', 'fund', 'fine', 'deal', 'bid', 'stake', 'deal']
    >>> [compound_head(t, len(t.split()[0]), t.split()[0]) for t in ("loan that", "growth seen in", "hurdles twice",
    ...     "industry worldwide,", "race ahead of", "reserve because of", "bond due in", "drop year on year")]
    ['loan', 'growth', 'hurdles', 'industry', 'race', 'reserve', 'bond', 'drop']
    >>> [compound_head(t, len(t.split()[0]), t.split()[0]) for t in ("stimulus package was", "crisis fund.")]
    ['package', 'fund']
    >>> [compound_head(t, len(t.split()[0]), t.split()[0]) for t in ("pay rise for", "tax cut.", "annual rise.")]
    ['pay rise', 'tax cut', 'annual']
    >>> [compound_head(t, len(t.split()[0]), t.split()[0]) for t in ("voting rights can", "aid packages for",
    ...     "funding comes after", "operating costs by")]
    ['rights', 'aid', 'funding', 'costs']
    >>> [compound_head(t, len(t.split()[0]), t.split()[0]) for t in ("bus fare cap until", "council tax rise from",
    ...     "energy bill support scheme will", "fare rise hits", "inflation target set by", "reliable supply of",
    ...     "tax credits rise.", "price cap fell")]
    ['cap', 'council tax rise', 'scheme', 'fare rise', 'inflation', 'supply', 'tax', 'price']
    >>> [compound_head(t, len(t.split()[0]), t.split()[0]) for t in ("house building fund on", "transfer fee upfront,",
    ...     "energy bill alone would", "fare cap again.", "contract covering maintenance until")]
    ['fund', 'fee', 'bill', 'cap', 'contract']
    """
    return _head(text, position, word, 2)


def _head(text: str, position: int, word: str, more: int) -> str:
    """Return `compound_head`'s head, reading up to `more` words past the second where the phrase goes on after it."""
    if word.endswith("s") and not word.endswith(_SINGULAR_S):
        return word  # a plural first is the head: "60m hurdles twice", "80% of adults own"
    second = _SECOND.match(text, position) or _change_then_participle(text, position) or _second_then_verb(
        text, position) or _second_then_end(text, position)
    if second is None:
        # (not after a hyphenated word, a span's or a compound adjective of its own: "a three month-long public poll"
        # counts the span, "month-long")
        after = _NEXT.match(text, position) if more and "-" not in word else None
        if after is not None and (_singular_noun(middle := after.group(1)) or middle in _NOUN_GERUNDS) and (
                middle not in _CHANGE_HEADS):
            # a compound of three or four words, read to the head where the phrase ends after it ("a £2 bus fare cap
            # until" → "cap", was "bus"), a change's noun with all the compound before it ("a 4.1% council tax rise"
            # → "council tax rise")
            head = _head(text, after.end(), middle, more - 1)
            if head != middle and not (middle in _NOUN_GERUNDS and _plural(head)):
                return f"{word} {head}" if head.endswith(_CHANGE_ENDS) and " " in head else head
        return word
    head = second.group(1)
    if word.endswith("ing") and head.endswith("s") and not head.endswith(("ss", "'s", "’s")) and (
            head not in NOT_OBJECTS) and (head not in SINGULAR_VERBS or head in NOUN_VERBS):
        return head  # a gerund's plural noun: "5% voting rights", "15% operating costs" (a plural after a noun is a
        # verb as often, "a $5m fund helps"; it counted "voting"), not a verb after a noun in "-ing": "the $5m funding
        # comes after", "the £1bn building stands on" (they counted "comes", "stands")
    if head in _CHANGE_HEADS and word and not measure_adjective(word) and word not in NOT_OBJECTS:
        return f"{word} {head}"
    return head if _singular_noun(head) else word


# A change's compound as `compound_head` writes it, "pay rise", whose first words a longer compound's go before
_CHANGE_ENDS = tuple(f" {change}" for change in _CHANGE_HEADS)


def _plural(word: str) -> bool:
    """Return True when `word` reads as a plural noun by its ending.

    >>> [_plural(w) for w in ("nurses", "fund", "crisis", "bus")]
    [True, False, False, False]
    """
    return word.endswith("s") and not word.endswith(_SINGULAR_S)


def _singular_noun(word: str) -> bool:
    """Return True for a word after a compound's first that may be a singular noun by its form: no plural, past
    tense, participle, gerund or adverb, no function word nor one of time or degree.

    >>> [_singular_noun(w) for w in ("package", "supply", "rights", "agreed", "still", "seen", "lately")]
    [True, True, False, False, False, False, False]
    """
    return not ((word.endswith(("s", "ed", "ing", "ly")) and not word.endswith("ss") and word not in LY_NOUNS)
                or word in NOT_OBJECTS or word in PAST_TENSES or word in ING_VERBS or word in _NO_HEADS
                or word in _PARTICIPLES or participle(word))
