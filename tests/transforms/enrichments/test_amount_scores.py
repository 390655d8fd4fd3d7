"""A game's score, its teams' names and points, is no amount (`amount_scores`); a headline's verbs still count."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def amounts_of(text: str) -> list[tuple[str, str | None]]:
    """Return (text as written, unit) of every amount of one paragraph."""
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["unit"], strict=True))


@pytest.mark.parametrize(
    "text",
    [
        "Astros 10, Pirates 5",  # a results line: the first team's points were 10
        "Astros 10, Pirates 5 on Sunday.",
        "Real Madrid 3, Bayern Munich 2 in the final.",
        "Sports: Braves 6 Rockies 4",
        "Nets 96, Bobcats 89",
        "Chelsea 2 Leeds 1",
    ],
)
def test_a_score_is_no_amount(text: str) -> None:
    assert amounts_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jakarta Embassy Blast Kills 9, Hurts 173", [("9", None), ("173", None)]),  # a headline's verbs, no teams
        ("Ryanair Orders 100 Boeing 737 Jets", [("100", None)]),
        ("Sales rose 10, profits 5.5%.", [("10", None), ("5.5%", "percent")]),
    ],
)
def test_counts_beside_capitalised_words_are_no_score(text: str, expected: list) -> None:
    assert amounts_of(text) == expected
