"""Amounts and places in the styles of news outside the BBC dev corpus: US local police reports, wire copy of
wars and markets, health news, Kenyan and Indian papers."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[float, str | None, str | None]]:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["value"], rows["unit"], rows["object"], strict=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Patients took 5 mg of the drug.", [(5, "mg")]),
        ("A dose of 200mg cut symptoms.", [(200, "mg")]),  # glued to its digits it was no amount at all
    ],
)
def test_milligrams_are_a_unit(text: str, expected: list) -> None:
    assert [(value, unit) for value, unit, _ in found(text)] == expected
