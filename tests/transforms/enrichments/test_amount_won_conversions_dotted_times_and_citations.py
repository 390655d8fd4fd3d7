"""Won after a scale word with no object, or before a bracketed conversion, is the currency wherever the paragraph is
("1.5 billion won ($1.1 million)"); a time written "9.30" after a preposition of time is no amount ("by 9.30"); nor is
a citation's column, page or paragraph ("(column 478)", "p. 12", "para 3")."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A unit in Banpo sold for a record 1.5 billion won ($1.1 million) earlier this month.",
         [(1.5e9, "KRW", None), (1.1e6, "USD", None)]),
        ("The regulator fined the carrier 3 trillion won last year.", [(3e12, "KRW", None)]),
        ("He paid 500 million won for the painting at auction.", [(5e8, "KRW", None)]),
        # the verb after a count of people keeps its object: no currency without Korea named
        ("Some 2 million won prizes in the draw.", [(2e6, None, None)]),
    ],
)
def test_won_is_the_currency_after_a_scale_with_no_object_or_before_a_conversion(text: str, expected: list) -> None:
    assert found(text) == [(pytest.approx(v), u, o) for v, u, o in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("I used to leave home at 7am to reach my office in Whitefield by 9.30, said a commuter.", []),
        ("The bar stays open until 10.15 on Fridays.", []),
        ("Please arrive before 6.45 at the latest.", []),
        # a level's change or its range, and a share with no hour, stay amounts
        ("The bank raised the repo rate by 0.25 to 4.75 from tomorrow.", [(0.25, None, None), (4.75, None, None)]),
        ("Shares closed at 7.45 on Friday.", [(7.45, None, None)]),
        ("The index rose by 9.30 on the day.", [(9.3, None, None)]),
    ],
)
def test_a_time_written_with_a_full_stop_after_a_preposition_of_time_is_no_amount(text: str, expected: list) -> None:
    assert [(v, u) for v, u, _ in found(text)] == [(pytest.approx(v), u) for v, u, _ in expected]


@pytest.mark.parametrize(
    "text",
    [
        "The minister replied (column 478) to the question on housing.",
        "See col. 12 of the report for the detail.",
        "As noted on p. 12 of the ruling, the court disagreed.",
        "Under para 3 of the order, the firm must pay.",
    ],
)
def test_a_citations_column_page_or_paragraph_is_no_amount(text: str) -> None:
    assert found(text) == []
