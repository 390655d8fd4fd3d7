"""A currency's rate per dollar, euro or pound is an amount of that currency (`amount_exchange_rates`)."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def units(text: str) -> list[tuple[str, str | None]]:
    """Return (text as written, unit) of every amount of one paragraph."""
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["unit"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The yen weakened to 160 per dollar on Friday.", [("160", "JPY")]),  # was no unit
        ("Japan's yen fell to 158 per dollar, prompting warnings.", [("158", "JPY")]),
        ("The Indian rupee closed at 88.2 to the US dollar.", [("88.2", "INR")]),
        ("The peg keeping the yuan around 8.30 to the dollar is blamed.", [("around 8.30", "CNY")]),
        # no currency named before it, or the base itself: no unit, as before
        ("The firm paid 100 per dollar of debt.", [("100", None)]),
        ("The dollar rose to 150 per dollar.", [("150", None)]),
    ],
)
def test_a_rate_per_dollar_is_an_amount_of_the_currency_named(text: str, expected: list) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word several countries' currencies share is the named country's, or none ("the peso" alone is none)
        ("The Egyptian pound fell to 30.9 to the dollar.", [("30.9", "EGP")]),  # was GBP
        ("Egypt's pound fell to 50 per dollar on Wednesday.", [("50", None)]),  # was GBP
        ("Argentina's peso fell to 1,000 per dollar.", [("1,000", None)]),  # was MXN
        ("Pakistan's rupee slid to 280 against the dollar.", [("280", None)]),  # was INR
        ("The Pakistani rupee slid to 280 against the dollar.", [("280", "PKR")]),
        ("Britain's pound fell to 1.9 per euro.", [("1.9", "EUR")]),
        # the euro, the pound and the dollar are quoted in the other's units against one another
        ("The euro rose to 1.08 against the dollar.", [("1.08", "USD")]),  # was EUR
        ("The dollar slipped to 0.92 against the euro.", [("0.92", "EUR")]),
        ("The Australian dollar fell to 0.65 against the US dollar.", [("0.65", "USD")]),
        ("The Swiss franc firmed to 0.89 per dollar.", [("0.89", "CHF")]),
        # "sterling" is the pound's with no "the" before it (it had no unit)
        ("Sterling fell to 1.21 against the US dollar.", [("1.21", "USD")]),
        ("The pound, or sterling, hit 1.17 against the euro.", [("1.17", "EUR")]),
    ],
)
def test_a_rate_is_of_the_named_countrys_currency_in_the_units_markets_quote(text: str, expected: list) -> None:
    assert units(text) == expected
