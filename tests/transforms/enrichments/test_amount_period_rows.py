"""Amounts: the seventeenth round's rules reviewed: a table's rows named by periods in "-ly" keep their change's minus
("Yearly", "Annually" as "Monthly"), while a hedge's range in "-ly" stays a range; a title's capitalised currency
word's noun counted before a verb in "-s" and where it goes; and what the rules leave alone."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found

P = "percent"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a period's row in a returns table keeps its minus (it was 3 percent, read as a hedge's range)
        ("Returns by period\nYearly 2 -3% on the year", [(2, None, None), (-3, P, None)]),
        ("Fees by period\nAnnually 4 -6% in euro terms", [(4, None, None), (-6, P, None)]),
        ("Weekly 2 -3% on the week", [(2, None, None), (-3, P, None)]),
    ],
)
def test_period_rows_keep_their_minus(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title's capitalised currency word, its noun, then a verb in "-s" and where it goes (it counted "returns")
        ("The 50-Euro Note returns to circulation", [(50, "EUR", "note")]),
        ("The 2-Dollar Bill heads into retirement, the Treasury says.", [(2, "USD", "bill")]),
        ("The 100-Dollar Bill means more to forgers.", [(100, "USD", "bill")]),
    ],
)
def test_titled_currency_notes_before_their_verb(text: str, expected: list[tuple[float, str | None, str | None]]
                                                  ) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Probably 5 -10% of jobs will go, the survey found.", [(5, None, None), (10, P, "jobs")]),
        ("Typically 2 -3% of revenue goes on research.", [(2, None, None), (3, P, "revenue")]),
        ("Particularly 5 -8% of older staff were hit.", [(5, None, None), (8, P, "staff")]),
        ("The 20-Dollar Bill Was Redesigned", [(20, "USD", "bill")]),
        ("Britain triggered Article 50 (2017) and left the EU in 2020.", []),
        ("Q3 450 (380) million", [(4.5e8, None, None), (3.8e8, None, None)]),
    ],
)
def test_what_the_rules_leave_alone(text: str, expected: list[tuple[float, str | None, str | None]]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)
