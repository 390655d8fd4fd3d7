"""Tone of loot that the police got back: "Police recovered the stolen car" is good news, the theft undone."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "Police recovered the stolen car in a car park.",  # read −6.1
    "Officers recovered the stolen jewellery.",
    "Detectives retrieved the stolen paintings from a warehouse.",
    "Detectives recovered stolen goods from a garage.",
])
def test_loot_recovered_is_good_news(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "Police found the stolen car burnt out.",  # found, not got back: the theft kept
    "Police said the stolen car was never found.",
    "The gang stole a car and robbed a bank.",
])
def test_loot_not_recovered_keeps_the_theft(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    # the negation undoes the verb, not the theft past it (read +5.8: VADER's three words reached "stolen")
    "Police have not recovered the stolen jewels.",
    "Detectives have never recovered the stolen paintings.",
    "Police have not recovered the stolen car, which was taken last week.",
])
def test_loot_a_negation_says_was_not_recovered_keeps_the_theft(text: str) -> None:
    assert tones(text)[0] < 0


def test_a_recovery_of_a_quantity_still_moves_it() -> None:
    assert tones("Profits fully recovered.")[0] > 0
