"""A bare "$" under a Canadian, Australian or New Zealand dateline with no foreign wire's credit is that country's
dollar ("OTTAWA -- ... $1.2-billion" → CAD); a foreign wire's, a US mark after it or no dateline keep it USD."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("OTTAWA -- The federal government has set aside $1.2-billion to support affected workers.", (1.2e9, "CAD")),
        ("TORONTO (CP) - The bank earned $1.1 billion in the quarter.", (1.1e9, "CAD")),
        ("WELLINGTON - The government will spend $50 million on roads.", (5e7, "NZD")),
        ("CANBERRA: The budget sets aside $2bn for defence.", (2e9, "AUD")),
        # a foreign wire's credit, a US mark after the sum, no dateline: the US dollar
        ("TORONTO (Reuters) - Enbridge will buy the pipelines for $613 million.", (6.13e8, "USD")),
        ("TORONTO - Nortel warned revenue will be below the $2.6 billion US it reported.", (2.6e9, "USD")),
        ("Ontario will spend $300 million on new schools, the province said.", (3e8, "USD")),
    ],
)
def test_a_bare_dollar_is_its_datelines_countrys(text: str, expected: tuple[float, str]) -> None:
    assert [(v, u) for v, u, _ in found(text)] == [(pytest.approx(expected[0]), expected[1])]
