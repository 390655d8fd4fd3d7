"""A killing of germs is a cure, no death (transforms/enrichments/tone_cures.py)."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "Scientists discovered a new antibiotic that kills drug-resistant bacteria.",
    "The drug kills cancer cells without harming healthy tissue.",
    "Hand gel can kill most germs in seconds.",
])
def test_a_kill_of_germs_or_cells_reads_good(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "Gunmen kill three in Baghdad.", "The virus killed 300 people.", "A virus that can kill within days.",
    "The drug did not kill the bacteria.",
])
def test_a_kill_of_people_a_germ_that_kills_and_a_cure_that_failed_read_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "Heavy drinking kills brain cells.", "HIV kills immune cells, leaving patients defenceless.",
    "Guards were filmed killing inmates in cells.", "The raid, killing two terror cell members, shocked the town.",
])
def test_a_kill_of_healthy_cells_or_of_people_near_a_cell_reads_bad(text: str) -> None:
    assert tones(text)[0] < 0
