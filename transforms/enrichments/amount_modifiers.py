"""Words read past between an amount and the noun it counts: adjectives ("12,000 new jobs"), participles before a
plural ("40 used cars", "20 suspected militants"), a period's comparison before a noun ("4% year-on-year growth"),
and what marks a hyphenated word as the number's own ("an eleven year-old").
"""

from __future__ import annotations

import re
from functools import lru_cache

ADJECTIVES = {"more", "extra", "additional", "new", "other", "fewer", "less", "young", "old", "full-time", "large",
              "straight", "consecutive", "successive", "full",  # "seven straight games", "two full terms"
              "half",  # "a 21k half marathon", "two half brothers" (it counted "half")
              "small", "big", "major", "separate", "different", "further", "top", "fresh",  # "$3bn of fresh capital"
              "part-time", "british", "foreign", "local", "armed", "senior", "former", "ethnic", "million", "billion",
              # what food labels weigh: "3g saturated fat", "2g trans fat", "35g added sugar", "4g dietary fibre"
              "saturated", "unsaturated", "polyunsaturated", "monounsaturated", "trans", "added", "dietary"}
# "Five mailed thousands of dossiers": a number's plural is no noun that a participle before it describes
NUMBER_PLURALS = frozenset("dozens scores hundreds thousands millions billions tens".split())
# Four letters in "-ed" are as often a noun ("shed", "sled") or an adjective ("aged 40"): these are verbs
_SHORT_PARTICIPLES = frozenset("used died fled axed owed tied".split())
# Irregular participles negated, adjectives as an "-ed" word is: "six months' paid leave and six unpaid", "1,000 unsold
# homes" (the first counted "unpaid")
_UN_PARTICIPLES = frozenset("unpaid unsold unseen unbeaten unknown unspent unwritten unbroken unheard".split())
# The participles in "-eed", whose ending is most often a noun's ("speed", "seed", "greed"): "$150m guaranteed", "a
# pay rise agreed" (the first counted "guaranteed")
_EED_PARTICIPLES = frozenset("agreed disagreed guaranteed freed decreed refereed".split())


# Words repeat ("the", "people", "expected"): a word's answer is kept, not worked out at each amount that reads it.
@lru_cache(maxsize=1 << 14)
def participle(lower: str) -> bool:
    """Return True for a word in "-ed" ("expected", "fortified", "used"), not "speed", "bed" or "shed", or a negated
    irregular one ("unpaid", "unsold").

    >>> [participle(w) for w in ("expected", "used", "speed", "shed", "unpaid", "guaranteed")]
    [True, True, False, False, True, True]
    """
    return len(lower) > 4 and lower.endswith("ed") and not lower.endswith("eed") or lower in _SHORT_PARTICIPLES or (
        lower in _UN_PARTICIPLES or lower in _EED_PARTICIPLES)


# "4% year-on-year", "3% quarter-on-quarter", "5% like-for-like": the change's period, not what the amount counts
# (before a noun it is read past: "4% year-on-year growth")
PERIOD_COMPARISON = re.compile(r"(?:year|quarter|month|week|day|like)-(?:on|over|to|for)-(?:year|quarter|month"
                               r"|week|day|date|like)")
# ... and so spelt with spaces, as most copy writes it after the number ("exports fell 2.1% year on year", "sales up 3%
# like for like", "4% month over month": they counted "year", "like", "month")
SPACED_PERIOD_COMPARISON = re.compile(r"[^\S\n]+(?:year|quarter|month|week|day|like)[^\S\n]+(?:on|over|for)[^\S\n]+"
                                      r"(?:year|quarter|month|week|day|like)\b")
SPAN_OF_NUMBER = re.compile(r"(?:year|month|week|day|hour|minute|decade|century|mile|metre|meter|foot|inch|yard)"
                            r"-(?:old|long|high|tall|wide|deep)$")
