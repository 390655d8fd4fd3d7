"""Whether the word after a number is a plural noun the number counts (`counts`), and the words that never are.

`amount_objects` reads what an amount counts with them, `amount_exclusions` whether a number is a name's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.enrichments.amount_modifiers import NUMBER_PLURALS

# A line break ends the search; AG News's backslash, where its source broke a line ("7,000\jobs"), is a space.
NEXT_WORD = re.compile(r"[^\S\n]*\\?([A-Za-z][\w'-]*)")
NOT_OBJECTS = set(
    "in on at to of for and or but plus minus the a an from by with as than that this these those is are was were "
    "be been being will would could should can may might must has have had do does did it its their his her our your "
    "my they them he she we you i who whom whose which what when where while if so not no yes per each apiece every "
    "all both last next this year's yoy up down out off over under into onto about after before since until between "
    "near against during without within across through a.m. p.m. am pm rose fell rise fall increase decrease "
    "higher lower more less heavier lighter overweight underweight compared says said say according "
    "themselves ourselves yourselves yesterday today tonight tomorrow "
    # the rest of the prepositions, a closed class that no amount counts ("about 20 kilometres beneath Wellington
    # harbour" counted "beneath"); not "inside" nor "outside", adjectives as often ("ten outside directors")
    "beneath underneath beside besides beyond along alongside around toward towards among amid amidst upon via above "
    "below behind throughout "
    # ... "despite", "except", "unlike", "versus", and the subordinating conjunctions, a closed class too: a clause
    # of its reason or its concession follows, never a noun the amount counts ("It rose to €1.5 billion because of
    # higher prices" counted "because")
    "despite except unlike versus because although though unless whereas whether lest "
    # the frequency adverbs, a closed class that no count counts ("cut rates by 25 basis points twice": it was
    # `twice`)
    "once twice thrice".split()
)
# The tickers of the coins news counts in ("0.5 BTC", "32,000 ETH"), as it counts "bitcoin" and "ether"
COIN_TICKERS = frozenset("BTC ETH SOL XRP DOGE USDT USDC".split())
# Plural nouns without an "s" that news counts: "In Gaza 200 children", "At Heathrow 300 staff".
IRREGULAR_PLURALS = frozenset(
    "people children men women police staff personnel crew cattle sheep fish aircraft livestock".split()
)

# ... and the compounds of "men" and "women" ("gunmen", "policemen", "servicewomen"), but for the singulars in "-men"
_NOT_MEN = frozenset("specimen abdomen regimen acumen stamen semen omen amen ramen hymen dolmen cyclamen bitumen "
                     "albumen lumen foramen gravamen rumen".split())
# ... and the compounds of "children" and "people" ("schoolchildren", "grandchildren", "businesspeople"): "20 million
# schoolchildren and pregnant women" counted "women", the compound read past as a modifier of the coordination's
_COMPOUND_PLURALS = ("children", "people")


def counts(after: list[str]) -> bool:
    """Return True when the word after a number is a plural noun it counts ("London 13 years ago",
    "Friday 15 protesters"), not a verb ("Halo 2 has") or a name's next word ("Band Aid 20 single").

    >>> counts(["years"]), counts(["has"]), counts(["single"]), counts(["Max"]), counts([])
    (True, False, False, False, False)
    >>> counts(["gunmen"]), counts(["policewomen"]), counts(["specimen"]), counts(["Yemen"])
    (True, True, False, False)
    """
    return plural_noun(after[0]) if after else False


@lru_cache(maxsize=1 << 14)  # words repeat: each read once, not at each amount it follows
def plural_noun(token: str) -> bool:
    """Return `counts` of one word: True for a plural noun it counts (`head_noun` asks it of a phrase's words).

    >>> plural_noun("years,"), plural_noun("has"), plural_noun("schoolchildren"), plural_noun("townspeople")
    (True, False, True, True)
    """
    word = token.rstrip(".,;:)")
    if word in IRREGULAR_PLURALS:
        return True
    if word[-3:] == "men":
        return word[:1].islower() and word not in _NOT_MEN
    if word.endswith(_COMPOUND_PLURALS):
        return word[:1].islower()  # "schoolchildren", "townspeople": as "children" (it read past them)
    return word[-1:] == "s" and word[:1].islower() and word[-2:] != "ss" and word not in NOT_OBJECTS


def plural_ahead(text: str, position: int) -> bool:
    """Return True when one of the next two words is a plural noun a count counts (not a number's plural, "Five mailed
    thousands of"), none of them a function word: what a participle after a count is an adjective of
    (`amount_objects`).

    >>> plural_ahead(" asylum seekers", 0), plural_ahead(" suit, including", 0), plural_ahead(" it had", 0)
    (True, False, False)
    """
    for _ in range(2):
        match = NEXT_WORD.match(text, position)
        if match is None:
            return False
        word = match.group(1)
        if word in NOT_OBJECTS or word in NUMBER_PLURALS:
            return False
        if plural_noun(word):
            return True
        position = match.end()
    return False


def coin_ticker(text: str, word: str, position: int) -> bool:
    """Return True when `word`, ending at `position` right after a count, is a coin's ticker that the count counts, not
    the same capitals naming the noun after them ("19 DOGE staffers", "12 ETH Zurich scientists").

    >>> [coin_ticker(t, "ETH", 9) for t in ("4,000 ETH in", "4,000 ETH", "4,000 ETH researchers", "4,000 ETH Zurich")]
    [True, True, False, False]
    """
    if word not in COIN_TICKERS:
        return False
    following = NEXT_WORD.match(text, position)
    return following is None or not (following.group(1)[0].isupper() or plural_noun(following.group(1)))
