"""A rate's base after "per" is no amount: "12.4 cases per 100,000 people" counts 12.4 cases, no 100,000 people."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, float, str | None, str | None]]:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["value"], rows["unit"], rows["object"], strict=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The measles rate reached 12.4 cases per 100,000 people in Texas, up from 0.5 per 100,000.",
         [("12.4", 12.4, None, "cases"), ("0.5", 0.5, None, None)]),
        ("Flu admissions ran at a rate of 9.4 per 100,000 population.", [("9.4", 9.4, None, None)]),
        ("The UK has 7.5 connections per 100 people.", [("7.5", 7.5, None, "connections")]),
        # the same number where it counts, not after "per", stays an amount
        ("Rates are quoted per 1,000 units, and the firm sold 1,000 units in March.", [("1,000", 1000, None, "units")]),
        ("The club sold 4,000 per match last season.", [("4,000", 4000, None, None)]),
        # a measure after "per" is left as it was
        ("The car uses 5.2 litres per 100km.", [("5.2", 5.2, None, "litres"), ("100km", 100, "km", None)]),
    ],
)
def test_a_rates_base_is_no_amount(text: str, expected: list) -> None:
    assert found(text) == [(t, pytest.approx(v), u, o) for t, v, u, o in expected]
