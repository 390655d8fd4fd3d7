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
