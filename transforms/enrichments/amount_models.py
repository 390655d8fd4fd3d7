"""A model's three-digit number before its name ("737 Max", "787 Dreamliner"): no amount, whatever follows.

`amount_exclusions` reads a model's number after "the" ("the 737 Max line"); after any other word the number
was read as a count of what followed the model's name: "The firm sold 737 Max jets" counted 737 jets.
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_groups import people
from transforms.enrichments.amount_plurals import counts
from transforms.enrichments.amount_titles import title_case
from transforms.enrichments.place_names import gazetteer

# The capitalised word right after the number, one space apart
_NAME_AFTER = re.compile(r"[^\S\n]([A-Z][A-Za-z-]*)\b")


def model_number(text: str, end: int, digits: str | None, value: float) -> bool:
    """Return True when a number ending at `end` is a model's: three digits, not round (a count is more often
    round: "300 Labour MPs"), then, in a sentence, a capitalised word that is no count of its own ("People" of a
    headline), no people ("Palestinians") and no place's or nation's name ("137 British fans", "143 US troops").
    A headline in Title Case capitalises every word, so its model names are left to the rule after "the".

    >>> [model_number(t, t.index(n) + 3, n, float(n)) for t, n in (("sold 737 Max jets", "737"),
    ...  ("freed 123 Palestinian prisoners", "123"), ("met 300 Labour MPs", "300"), ("sold 737 jets", "737"))]
    [True, False, False, False]
    """
    if not digits or len(digits) != 3 or not digits.isdigit() or not value % 10:
        return False
    name = _NAME_AFTER.match(text, end)
    if name is None:
        return False
    word = name.group(1)
    return not (counts([word.lower()]) or people(word) or word in gazetteer() or title_case(text, end))
