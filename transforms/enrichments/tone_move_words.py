"""The words of a move and of the quantities it moves, as `tone_moves` reads them: verbs and nouns of a rise or a fall,
the phrases that say a move leads its quantity ("a drop in profits", "cut 2,000 jobs") or moves none ("a fall from
scaffolding", "eased fears"), and how far after its quantity a move may be. `tone_moves`' docstring says what each
does to a paragraph's tone.
"""

from __future__ import annotations

from transforms.enrichments.tone_easing import WORRIES
from transforms.enrichments.tone_news_words import MARKET_VERBS
from transforms.enrichments.tone_phrases import FINITE_BE, PASSIVE, make_phrases
from transforms.enrichments.tone_quantities import MEASURE, PLACE_OR_TIME, QUANTITIES

# The words before a "high" that say it is a peak: "a record high", "an all-time high", "a five-year high".
_PEAKS = "record time new year years month months week weeks decade decades century".split()
_GROWING = ("grow", "grows", "grew", "grown", "growing")
_CONTRACTING = ("contracted", "contracting")
# one who caught a disease, a firm hired, and a contract's parties: no fall of a quantity before them
_CONTRACTED_NOTHING = ("{relative} _", "{relative} * _", "_ {contracted_object}")
# A gap's verbs, which news uses of a loss or a deficit: "Losses narrowed to £2m" is good news and "The trade deficit
# widened" bad (each read 0 or as the loss alone, "narrowed" and "widened" having no valence). Not "narrow", an
# adjective as often ("a narrow win").
_NARROWING = ("narrowed", "narrows", "narrowing")
_REDUCING = ("reduce", "reduces", "reduced", "reducing")
_WIDENING = ("widened", "widens", "widening")
_LOWERING = ("lowered", "lowers", "lowering")
# An end of what one is made to pay, a fall of it: "The bank scrapped overdraft charges", "Tuition fees were abolished"
# (each read as the lexicon's "charges" −1.1 or as nothing); they lead only such a burden (`LEADING`: "scrapped the
# plan" moves nothing) and have no valence elsewhere.
_SCRAPPING = tuple(f"{verb}{ending}" for verb, endings in (("scrap", ("", "s", "ped", "ping")),
                                                           ("abolish", ("", "es", "ed", "ing")),
                                                           ("waive", ("", "s", "d")), ("waiving", ("",)))
                   for ending in endings)
# The spans a record is set in: "a record year for exports".
RECORD_SPANS = "year month quarter week day season summer winter weekend half".split()
# Verbs of a move that carry no valence elsewhere ("a rose", "the fall of Rome", "a jump"), valued as the market's
# verbs ("gains" 1.4, "drop" −1.1) where they move a quantity.
QUIET_MOVES: dict[str, float] = {
    **dict.fromkeys(("rise", "rises", "rose", "risen", "climb", "climbs", "climbed", "jump", "jumps", "jumped",
                     "surge", "surges", "higher", "highest", "doubled", "doubling", "tripled", "trebled", "quadrupled",
                     # an economy's or a business's growth: "The economy grew 3.7%", "revenues grew 6.4%" (of the
                     # dev corpora's 42 "grew", 15 after an economy or a quantity; the rest a rugby player's name,
                     # "grew up")
                     *_GROWING,
                     "record", "rising",
                     # a record span of a quantity, read at its "for": "Record year for UK car exports", "a record
                     # quarter for sales" (a rise of the quantity after it, as "record sales")
                     *(f"record {span} for" for span in RECORD_SPANS),
                     # a peak, where a word of a record or a span says it is one: "a record high", "a 10-year high"
                     # (not "high street", "is high"), read at its "high" as tone finds its key
                     *(f"{peak} {high}" for peak in _PEAKS for high in ("high", "highs")),
                     # a return to where a quantity was: "Sales are expected to recover" ("bodies were recovered" none)
                     "recover", "recovers", "recovered", "recovering", "recoup", "recoups", "recouped",
                     "recouping", *_WIDENING), 1.4),
    **dict.fromkeys(("fall", "falls", "drops", "dropped", "dip", "dips", "dipped", "decline", "declines",
                     "declined", "slip", "slips", "slipped", "slide", "slides", "shed", "sheds", "shedding",
                     "slashes", "slashing", "axing",
                     # a headline's present, as "slashes": "Tech giant axes 12,000 jobs" read 0 ("axes" of a chart
                     # move nothing: a quantity must follow)
                     "axes", "halved", "halving", "shorter", "shortest",
                     # a cut's third word, valued as "cut" where it moves a quantity ("lowered unemployment", "lowered
                     # the risk of stroke"); the lexicon's own (−0.5, "lowering" −1.0) elsewhere ("lowered the boat")
                     *_LOWERING,
                     "shrank", "shrink", "shrinks", "shrinking", "shrunk", *_NARROWING,
                     # a cut by another name: "The drug reduced deaths by a third" read as the deaths, "did not
                     # reduce deaths" as deaths negated (good news)
                     *_REDUCING,
                     # a rate's fall: "Inflation slowed to 2.3%", "Sales growth slowed" ("slowing" is an adjective as
                     # often: "a slowing economy")
                     "slowed", "slows", *_SCRAPPING,
                     # an economy's or a market's fall: "The economy contracted 0.3%" (not "who contracted the virus",
                     # "contracted to build": `_CONTRACTED_NOTHING`)
                     *_CONTRACTING), -1.1),
    "flood of": 1.4,  # a rise of the quantity after it: "a flood of orders"
    # a quantity "up" or "down" by a size: "Infections were down 40%", "Profits were up 12% on last year" (each read
    # as the quantity alone); only before a number or a size's preposition (`_BY_SIZE`: not "shut down", "set up")
    "up": 1.4, "down": -1.1,
}
# "up" and "down" move a quantity only before a number or a size ("down 40%", "down by a third", "up on last year",
# "down to 3.1%"), never "jobs up to 500" (a limit), "sales staff sat down", "waiting lists up and down the country"
# ... nor the particle of a verb of finding or taking before its doer ("tumours picked up by scans" read as a rise of
# the tumours, "shares snapped up by investors" as one of the shares; "Sales picked up by 5%" still rose)
_BY_SIZE = {"up": ("_ !{up_by}", "{taking} _ by !#"), "down": ("_ !{down_by}",)}
# A market's verbs of easing are a fall where they move a quantity ("Shares eased 2%", "Inflation is expected to ease"),
# valued as "drop"; elsewhere they keep their own valence and avert a worry ("eased fears of a recession").
EASING_MOVES: dict[str, float] = dict.fromkeys(("ease", "eases", "eased", "easing"), -1.1)
# Where one eases an object, or is eased, it moves no quantity before it: "Strong sales eased fears of a slowdown",
# "Record profits eased the pressure on him", "Restrictions on exports were eased" (each read as a fall of sales,
# profits, exports); a market's "eased" has none ("Shares eased 2%", "eased back", "eased in early trading").
_EASED_SOMETHING = ("{passive} _", "_ {eased_object}", "_ * {worry}")
# Verbs that move their object, the quantity after them: "cut 2,000 jobs", "cut deaths", "boosted profits".
_MOVING_VERBS = ("cut", "cuts", "cutting", "slash", "slashed", "slashes", "slashing", "axe", "axed", "axing", "axes",
                 "shed", "sheds", "shedding", "boost", "boosts", "boosted", "boosting", "doubled", "doubling", "halved",
                 "halving", *_REDUCING,
                 # "The drug lowered the risk of stroke" read as the risk, and "lowered" as the lexicon's −0.5
                 *_LOWERING,
                 # an adjective of a move before its quantity: "Falling inflation", "rising crime"
                 "falling", "rising",
                 # a return of what was lost, which undoes its object: "recovered its losses" (`RECOVERING`)
                 "recover", "recovers", "recovered", "recovering", "recoup", "recoups", "recouped", "recouping",
                 *_SCRAPPING)
# A verb of a return is a rise of the quantity before it ("Shares recovered") or a good one it leads ("recovered 5,000
# jobs"), a fall of a bad one it leads ("The pound recovered its losses", "recovered from his injuries").
RECOVERING = ("recover", "recoup")
# The lexicon's verbs of a loss, a fall where a quantity loses ("Shares lost a quarter of their value", "Sales lost
# momentum"), never a life lost ("Deaths rose as more people lost their lives"), a relative's ("cases of people who lost
# their jobs"), a risk's ("risk losing him to a rival club" read as a risk that fell) or the jobless's ("The jobless
# lost their homes" read as a fall of joblessness; "out of work" is read at "work"): `_LOST_NOTHING`.
_LOSING = ("lose", "loses", "losing", "lost")
_LOST_NOTHING = ("_ * life", "_ * lives", "{relative} _", "{relative} * _", "{risking} _",
                 "{jobless} _", "{jobless} * _")
# Every verb of a move: the market's (tone's `NEWS_WORDS`), the lexicon's words of a fall, and the quiet ones.
# "low" and "lows" say a level, a fall where a quantity is before them ("Inflation stayed low", "Unemployment falls
# to record low").
MOVES = tuple(dict.fromkeys((*MARKET_VERBS, "drop", "fallen", "lower", "lowest", "low", "lows", *QUIET_MOVES,
                             *_MOVING_VERBS, *EASING_MOVES, *_LOSING)))
# How far after a quantity (or a move of it) a move is read as the quantity's: VADER's window; and how far after a
# quantity that a preposition follows ("Stocks in the United States fell").
WINDOW, FAR = 3, 7
BE_AT = FINITE_BE  # a quantity's level: "waiting lists are at their shortest"
# A move to come, after its quantity's verb: "Council tax is set to rise", "Inflation is expected to ease".
TO_COME = "set expected likely due forecast predicted poised going"

# Where a move word (those with a noun's letters) is a noun, which moves no quantity before it: after an article or a
# preposition ("Two deaths in a fall from scaffolding", "deaths from falls", "in the fall of 2020"; not "to": "set to
# fall" is a verb). "higher", "highest", "lower" and "lowest" after "the" or "a" still say a quantity's move ("the
# jobless total the highest since reunification", "rose a higher than expected 17,000").
_NOUN_BEFORE = "a an the in from of for on at with after since during into"
_NOUNS = ("fall", "falls", "rise", "rises", "drop", "drops", "jump", "jumps", "surge", "surges", "climb", "climbs",
          "dip", "dips", "decline", "declines", "slip", "slips", "slide", "slides")
NOUN_MOVES: dict[str, tuple[str, ...]] = {**{word: ("{noun_before} _",) for word in MOVES if word in _NOUNS},
                                          "record": ("_",),  # a rise only of the quantity after it
                                          "for": ("_",)}  # "record year for", as "record"
# A move before its quantity (phrases as `tone_phrases` writes them): a noun, after an article or a preposition (an
# adjective between) or first in a headline, before "in" or "of" ("a drop in profits", "Rise in knife crime"), and
# a verb that moves its object. Each leads the quantity one to three words after its last word here.
# "record" leads the quantity after it as a noun does, wherever it is ("record sales", "record annual profits";
# "record low unemployment" is no rise).
LEADING: dict[str, tuple[str, ...]] = {
    **{word: ("{noun_before} _ {leading}", "{noun_before} * _ {leading}", "^ _ {leading}") for word in _NOUNS},
    "record": ("_ !{level}",),
    "for": ("record {span} _",),  # "Record year for UK car exports", read at the last word of its key
    "of": ("flood _",),  # "a flood of orders", read at the last word of its key
    **{word: ("_",) for word in _MOVING_VERBS},
    # "axes" is a chart's as often as a headline's verb: it leads a number or a quantity next to it, or one past a
    # word or a determiner ("Tech giant axes 12,000 jobs", "Retailer axes jobs in Leeds", "axes the 300 jobs"), not
    # "The chart's two axes plot unemployment against inflation"
    "axes": ("_ #", "_ {quantity}", "_ * #", "_ {whose} {quantity}", "_ * {burden}"),
    # a burden's end leads only the burden: "scrapped overdraft charges", "abolished tuition fees"
    **dict.fromkeys(_SCRAPPING, ("_ {burden}", "_ * {burden}", "_ {whose} {burden}", "_ {whose} * {burden}")),
    # an adjective leads only the quantity next to it or a word on ("Falling inflation", "rising youth unemployment",
    # "rising levels of obesity"), not one after a particle ("a falling-out over taxes")
    **dict.fromkeys(("falling", "rising"), ("_ {quantity}", "_ !{particle} {quantity}", "_ {measure} of {quantity}")),
    # a gap's verb before an object leads the object as a noun does, and no quantity before it moves ("narrowed its
    # losses", "the widening deficit"; "Exports Widens Gap" is no rise of exports); an article before a size is no
    # object's ("Losses narrowed a little", "The deficit widened the most in a decade", "widened a further £2bn")
    **dict.fromkeys((*_NARROWING, *_WIDENING), ("_ {gap}", "_ {whose} !{size}", "_ {quantity}")),
}
_SETS = {"quantity": " ".join(word.split()[-1] for word in QUANTITIES), "noun_before": _NOUN_BEFORE,
         "particle": "out behind short into under to as from off back over on in by below apart away down up for of",
         "leading": "in of", "place_or_time": PLACE_OR_TIME, "measure": MEASURE, "be_at": BE_AT, "be": f"{BE_AT} will",
         "to_come": TO_COME, "level": "low lows lower lowest high highs",
         "named": "street streets school schools court courts speed tech profile commission commissioner rise",
         "reach_level": "hit hits reached reaches touched closed ended", "own": "its their the",
         "worry": " ".join(WORRIES), "passive": PASSIVE,
         "eased_object": f"{' '.join(WORRIES)} pressure pressures strain the a an its their his her our",
         "relative": "who which that whose", "risking": "risk risks risked risking",
         "contracted_object": "the a an to with by out his her their its hiv covid malaria",
         "jobless": "jobless work",
         # a state grown into ("grew more volatile", `NO_MOVE_BEFORE`)
         "becoming": "increasingly weaker worse angry nervous tired concerned impatient restless wary uneasy anxious "
                     "cautious frustrated desperate volatile fragile", "degree": "more less",
         "gap": "gap gaps lead divide divides rift gulf split differences difference margin",
         "up_by": "# by on from", "down_by": "# by on from to",
         "taking": "picked picks picking snapped snaps snapping taken takes taking signed signs set sets setting made "
                   "makes followed follows backed propped summed",
         "whose": "the a an its their his her", "burden": "charges fees", "span": " ".join(RECORD_SPANS),
         "size": "little bit lot further touch fraction most more less"}
# The move words that move no quantity before them: a noun, an easing of something or an eased thing, and a "high"
# that names a thing, no peak ("the new high school", "new high street stores", "a new high-speed line").
# "grew" and its forms before a degree or a state say what one became, no growth: "Shares grew more volatile", "The
# economy grew increasingly fragile" (each read as a rise); "grew more than 10%" and "grew ever larger" still grow.
NO_MOVE_BEFORE = make_phrases({**NOUN_MOVES, **dict.fromkeys(EASING_MOVES, _EASED_SOMETHING), "high": ("_ {named}",),
                                **dict.fromkeys(_LOSING, _LOST_NOTHING), **_BY_SIZE,
                                **dict.fromkeys(_CONTRACTING, _CONTRACTED_NOTHING),
                                **dict.fromkeys(_GROWING, ("_ {becoming}", "_ {degree} !than"))}, _SETS)
LEADING_NOUNS = make_phrases({word: LEADING[word] for word in (*_NOUNS, "record", "for", "of", *_NARROWING,
                                                                *_WIDENING)},
                             _SETS)
# The verbs of a fall that take an object, which a harm before them is no count of: "Floods cut power to the town"
TRANSITIVE_FALLS = frozenset((*_MOVING_VERBS, *_LOSING))
LEADING_VERBS = make_phrases({word: LEADING[word] for word in _MOVING_VERBS}, _SETS)
# A verb's object that opens with a measure of what it counts: the move is of what the measure counts, two words (the
# measure and its "of") farther than a bare object ("The treatment cut the number of deaths by a third", "cut the rate
# of infections"; read −9.2 and −3.1, the deaths and the infections past the window). Read as the phrase is written,
# an article or a possessive then a measure then "of", so any harm so counted is reached, not a list of the harms.
LEADING_MEASURES = make_phrases(dict.fromkeys(_MOVING_VERBS, ("_ {whose} {measure} of", "_ {measure} of")), _SETS)
MEASURE_OF = 2
# A quantity of two words ("waiting lists") is read at its last word, as tone finds its key.
# A level reached widens it too ("Carbon emissions hit a record high", "The FTSE 100 closed at a record high"), and so
# does whom it goes to ("Donations to the charity fell sharply", "Exports to China fell": `tone_counts`).
# A measure between ("Jobless rate hits five-year high") as between a quantity and its place.
_REACH = ("_ {place_or_time}", "_ {measure} {place_or_time}", "_ to", "_ {be_at} at", "_ {be} {to_come} to",
          "_ {reach_level}", "_ # {reach_level}", "_ {measure} {reach_level}")
# A charge's "against" as a preposition of place: "Charges against him were dropped".
QUANTITY_REACH = make_phrases({word.split()[-1]: _REACH for word in QUANTITIES} | {"charges": (*_REACH, "_ against")},
                              _SETS)
# A level that is the quantity's own reaches back to its move as far as a phrase of place does: "Inflation fell to
# 2.1% in March, its lowest in four years".
OWN_LEVEL = make_phrases({word: ("{own} _",) for word in ("low", "lows", "lowest", "high", "highs", "highest")},
                          _SETS)
# ... and one after "to" reaches farther, past a span of months: "Waiting lists fell for the sixth month in a row, to
# their lowest level since 2023" (its "lowest" ten words after the fall, read as the lexicon's −) says where the move
# went, as "fell to their lowest level" does.
TO_OWN_LEVEL = make_phrases({word: ("to {own} _",) for word in ("low", "lows", "lowest", "high", "highs", "highest")},
                            _SETS)
FAR_LEVEL = 11
