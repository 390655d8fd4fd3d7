"""What a number alone is worth: `bare_number`, the reading `amount_reading.parse` gives an `AMOUNT` match whose last
group is its number (no scale, unit, currency or share after it, no sign of a currency before it), the commonest
match in news ("5 people", "12,000 troops", "2004").

Such a match leaves most of `parse`'s branches untried: its value is its digits', its unit none, or a currency's
left as an HTML character reference before it ("&#163;12"), or the scale and currency of the amount before its
brackets ("EUR 450 (380) million": `amount_brackets`), or the currency a rate is quoted in ("160 per dollar");
then the same checks for digits grouped the Indian way, a thousands dot and the words around it (`no_amount`).
Read here without the rest, each step as `parse` takes it (`tests/transforms/enrichments/test_amount_bare.py` holds
the two to the same answer).
"""

from __future__ import annotations

import re

from transforms.enrichments.amount_brackets import bracket_pair, bracketed_figure
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


def entity_currency(text: str, number_start: int, low: int) -> str | None:
    """Return the currency of the HTML character reference right before an amount's number (`ENTITY_SYMBOLS`), at or
    after `low` (its paragraph's start), or None.

    >>> entity_currency("a &#163;1.8m fine", 8, 0), entity_currency("a &amp;5", 7, 0), entity_currency("5", 0, 0)
    ('GBP', None, None)
    """
    if text[number_start - 1: number_start] != ";":  # most numbers: one character read
        return None
    entity = text[max(low, number_start - 7): number_start]
    return next((unit for said, unit in ENTITY_SYMBOLS.items() if entity.endswith(said)), None)


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
    unit = entity_unit = None
    if text[number_start - 1: number_start] == ";":  # the call only after one: this path is the commonest match's
        unit = entity_unit = entity_currency(text, number_start, low)  # "&#163;12": £12
    elif text[number_start - 1: number_start] == "(" and text[end: end + 1] == ")":
        figure = bracketed_figure(text, number_start, end, low, paragraph[1] if paragraph else len(text))
        if figure:  # "EUR 450 (380) million": last year's 380 million euros
            value *= figure[0]
            unit = figure[1]
    elif text[end: end + 2] == " (":
        pair = bracket_pair(text, number_start, end, paragraph[1] if paragraph else len(text))
        if pair:  # "Revenue 450 (380) million": this year's 450 million
            value *= pair[0]
            unit = pair[1]
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
