"""The report page's amounts as people read them (transforms/report/amounts.py)."""

from __future__ import annotations

import pytest

from transforms.enrichments.amount_pattern import PERCENTAGE_POINT
from transforms.enrichments.amount_units import SPELT_UNITS
from transforms.report.amounts import PLURAL_UNITS, amount_text


@pytest.mark.parametrize(("value", "unit", "shown"), [
    (2, "percentage point", "2 percentage points"),
    (0.5, "percentage point", "0.5 percentage points"),
    (1, "percentage point", "1 percentage point"),
    (1500, "acre", "1,500 acres"),
    (2, "ton", "2 tons"),
    (3, "km", "3 km"),  # a symbol takes no plural
])
def test_a_unit_written_as_a_word_is_plural_but_for_one(value, unit, shown) -> None:
    assert amount_text(value, unit, "measure") == shown



def test_every_unit_the_lake_writes_as_a_word_has_its_plural() -> None:
    # A unit whose code is one of its own spellings ("acre", "ton") is a word, as "percentage point" is.
    words = {code for code in SPELT_UNITS.values() if code in SPELT_UNITS} | {PERCENTAGE_POINT}
    assert words == set(PLURAL_UNITS)


@pytest.mark.parametrize(
    ("value", "currency", "shown"),
    [(0.6, "GBP", "GBP 0.60"), (0.05, "USD", "USD 0.05"), (64.5, "CAD", "CAD 64.50"), (2.5, "GBP", "GBP 2.50"),
     (49, "USD", "USD 49"), (4.5e9, "USD", "USD 4.5bn")],
)
def test_money_under_a_thousand_with_pence_or_cents_shows_both_digits(value, currency, shown) -> None:
    # "60p" was shown "GBP 0.6", as no one writes money
    assert amount_text(value, currency, "money") == shown
