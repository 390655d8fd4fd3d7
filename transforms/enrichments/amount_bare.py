"""What a number alone is worth: `bare_number`, the reading `amount_reading.parse` gives an `AMOUNT` match whose last
group is its number (no scale, unit, currency or share after it, no sign of a currency before it), the commonest
match in news ("5 people", "12,000 troops", "2004").

Such a match leaves most of `parse`'s branches untried: its value is its digits', its unit none, or a currency's
left as an HTML character reference before it ("&#163;12"), or the currency a rate is quoted in ("160 per dollar");
then the same checks for digits grouped the Indian way, a thousands dot and the words around it (`no_amount`).
Read here without the rest, each step as `parse` takes it (`tests/transforms/enrichments/test_amount_bare.py` holds
the two to the same answer).
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_continental import dot_thousands, euro_after
from transforms.enrichments.amount_currencies import DOLLAR_ENTITY
from transforms.enrichments.amount_exchange_rates import RATE_STARTS, rate_currency
from transforms.enrichments.amount_exclusions import no_amount
from transforms.enrichments.amount_pattern import AMOUNT
from transforms.enrichments.amount_values import digits_value, indian_without_rupees

# A currency sign left in the text as an HTML character reference ("&#163;1.8m fine" in a headline).
ENTITY_SYMBOLS = {"&#163;": "GBP", "&pound;": "GBP", "&#8364;": "EUR", "&euro;": "EUR", "&#165;": "JPY",
                  "&yen;": "JPY", DOLLAR_ENTITY: "USD"}
# A match whose `lastindex` is this group's is a number alone: AMOUNT's groups never nest, and the last one
# to match closes last (`amounts.rows` reads `lastgroup` the same way).
NUMBER_ALONE = AMOUNT.groupindex["num2"]


def bare_number(text: str, matched: re.Match[str], hedge: tuple[int, int] | None,
                paragraph: tuple[int, int] | None) -> tuple[float, str | None, bool] | None:
    """Return `amount_reading.parse` of a match that is a number alone (`NUMBER_ALONE`): (value, unit, approximate),
    or None where it is no amount.

    >>> texts = ("5 people", "&#163;12 each", "In May 2004", "the yen fell to 160 per dollar")
    >>> [bare_number(t, AMOUNT.search(t), None, None) for t in texts]
    [(5.0, None, False), (12.0, 'GBP', False), None, (160.0, 'JPY', False)]
    """
    digits = matched.group(NUMBER_ALONE)
    start, end = matched.span()
    number_start = start  # where the amount's text starts: its hedge's start, if any
    approx = None
    if hedge:
        start, number_start = hedge
        approx = text[start:number_start]
    low = paragraph[0] if paragraph else 0
    value = digits_value(digits)
    unit = None
    if text[number_start - 1: number_start] == ";":  # "&#163;1.8m": £1.8m
        entity = text[max(low, number_start - 7): number_start]
        unit = next((u for e, u in ENTITY_SYMBOLS.items() if entity.endswith(e)), None) if entity else None
    entity_unit = unit
    if unit is None and text.startswith(RATE_STARTS, end):
        unit = rate_currency(text, number_start, end, low)  # "the yen fell to 160 per dollar": 160 yen
    if "," in digits and indian_without_rupees(digits, unit, None):
        return None
    if "." in digits and (entity_unit or unit is None and euro_after(text, end)) and dot_thousands(
            text, digits, number_start, end, low):
        return None  # "1.500 Euro": a thousands dot as much as a decimal point
    if no_amount(text, start, number_start, end, low, value, unit, approx, digits, None, None):
        return None
    return value, unit, bool(approx)
