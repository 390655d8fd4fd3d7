"""Places: a name before a verb of scoring "for" a side is the side's player, no town ("Peja scored twice for
Kosovo"), while a club named by its town, scoring against a side, keeps its town."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.place_rows import found


@pytest.mark.parametrize(("text", "expected"), [
    ("Peja scored twice for Kosovo.", ["Kosovo"]),
    ("Prizren scored the winner for Kosovo.", ["Kosovo"]),
    ("Gjilan netted for Kosovo in the second half.", ["Kosovo"]),
])
def test_a_scorer_for_a_side_is_no_town(text: str, expected: list[str]) -> None:
    assert [written for written, _, _, _ in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Leeds scored twice against Chelsea.", ["Leeds"]),
    ("Leeds scored twice, a boost for Bielsa.", ["Leeds"]),
    ("Police in Peja and Prizren, Kosovo, made arrests.", ["Peja", "Prizren", "Kosovo"]),
])
def test_a_side_or_a_place_that_scores_for_no_side_keeps_its_town(text: str, expected: list[str]) -> None:
    assert [written for written, _, _, _ in found(text)] == expected
