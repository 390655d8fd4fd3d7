"""Tone of a recovery from a harm: the harm is left behind ("recovering from a knee injury")."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "He faces a slow recovery from injury.",  # read −6.4: "slow" takes the recovery's tone, and the injury stayed
    "The striker is recovering from a hamstring injury.",
    "The economy is recovering from a deep recession.",
])
def test_a_recovery_from_a_harm_is_no_bad_news(text: str) -> None:
    assert tones(text)[0] >= 0


def test_a_harm_that_no_recovery_leaves_stays_bad() -> None:
    # not a recovery's "from": the harm is still the news
    injury, rubble = tones("He suffered a hamstring injury from a fall.", "He emerged from the crash with an injury.")
    assert injury < 0 and rubble < 0


@pytest.mark.parametrize("text", [
    "She recovered fully from her injuries.",  # how fully it came says a return to health: the injuries left behind
    "He has recovered completely from the illness.",
])
def test_a_recovery_told_by_how_fully_it_came_leaves_its_harm_behind(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "The data was recovered completely from the backup.",  # a thing found, no health
    "Police recovered the stolen car.",
])
def test_a_thing_recovered_is_no_return_to_health(text: str) -> None:
    assert tones(text)[0] == tones(text.replace("recovered", "found"))[0]
