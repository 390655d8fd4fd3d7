"""Amounts round 39: a decimal comma after a currency before its scale word, a headline's Title Case scale
hyphenated after a currency, and a paragraph's number with a dot opening it."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found


@pytest.mark.parametrize(("text", "expected"), [
    ("Transnet signed a R2,4-billion project.", (2.4e9, "ZAR", "project")),
    ("Eskom needs R2,4 billion.", (2.4e9, "ZAR", None)),
    ("The city set aside R1,5 million.", (1.5e6, "ZAR", None)),
    ("Pick n Pay spent R1,5m on upgrades.", (1.5e6, "ZAR", None)),
    ("The bank lent €2,4 billion to Greece.", (2.4e9, "EUR", None)),
])
def test_a_comma_then_one_digit_before_a_scale_is_a_decimal_comma(
        text: str, expected: tuple[float, str, str | None]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("He paid R1,250 for it.", [(1250.0, "ZAR", None)]),  # three digits after the comma: thousands
    ("Sales were $1,200 million.", [(1.2e9, "USD", None)]),
    ("The N2,4 route was shut.", []),  # no scale word: a road's, no naira
    ("He paid €1,5 and €2 on the day.", [(2.0, "EUR", None)]),
])
def test_a_thousands_comma_or_a_comma_without_scale_reads_as_before(
        text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Court Halts R2.4-Billion Mine", (2.4e9, "ZAR", "mine")),
    ("Judge Blocks $3-Billion Merger", (3e9, "USD", "merger")),
    ("Court Approves £2-Billion Deal", (2e9, "GBP", "deal")),
])
def test_a_headlines_title_case_scale_hyphenated_after_a_currency_is_the_sum(
        text: str, expected: tuple[float, str, str]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "12. The applicant seeks an order.",
    "4. The second respondent opposes the application.",
    "2. Arsenal won the league.",
])
def test_a_paragraphs_number_and_dot_opening_it_is_no_amount(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("1. Manchester United 56 points", [(56.0, None, "points")]),  # the list's figure is kept, its label not
    ("12.5 million people voted.", [(1.25e7, None, "people")]),
    ("2 people died. The police came.", [(2.0, None, "people")]),
])
def test_a_decimal_or_a_count_opening_a_paragraph_reads_as_before(
        text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert found(text) == expected
