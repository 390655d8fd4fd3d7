"""Amounts as presses other than the BBC write them: Canadian, Nigerian, Australian and American styles."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, float, str | None, bool]]:
    """Return (text as written, value, unit, approximate) of every amount of one paragraph."""
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["value"], rows["unit"], rows["approximate"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ontario will spend $2.5-billion on transit.", [("$2.5-billion", 2.5e9, "USD", False)]),
        ("Ottawa set aside C$2.5-billion.", [("C$2.5-billion", 2.5e9, "CAD", False)]),
        ("The $450-million deal closed.", [("$450-million", 4.5e8, "USD", False)]),
        ("They spent $2-million to $3-million.",
         [("$2-million", 2e6, "USD", False), ("$3-million", 3e6, "USD", False)]),
    ],
)
def test_a_scale_word_after_a_hyphen_is_the_scale_as_the_canadian_press_writes_it(text: str, expected: list) -> None:
    assert found(text) == expected
