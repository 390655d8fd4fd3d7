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
    # a thing missing, no loot: the stolen car that police recovered is a theft undone (test_tone_recoveries)
    "Police recovered the missing car.",
    "The stolen paintings were fully recovered by detectives.",  # a passive's "fully recovered": a thing found
])
def test_a_thing_recovered_is_no_return_to_health(text: str) -> None:
    assert tones(text)[0] == tones(text.replace("recovered", "found"))[0]


@pytest.mark.parametrize("text", [
    # the adverb before the verb tells a recovery's pace as the one after it does: no search's "recovered from"
    "Turkey's economy has steadily recovered from a severe crisis in 2001.",
    "The airline has gradually recovered from the slump.",
])
def test_a_recovery_told_by_its_pace_leaves_its_harm_behind(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize(("text", "plain"), [
    # read 0: a return to health with no harm named
    ("Patients recovered fully after the surgery.", "Patients recovered after the surgery."),
    ("She recovered fully and won the final.", "She recovered and won the final."),
    ("He has fully recovered and is back in training.", "He has recovered and is back in training."),
])
def test_a_full_recovery_is_good_news_on_its_own(text: str, plain: str) -> None:
    full, bare = tones(text, plain)
    assert full > bare and full > 0


@pytest.mark.parametrize("text", [
    # a passive's "recovered from" is a search's whatever its pace: the harm it was found in stays
    "Bodies were slowly recovered from the burning wreckage.",
    "The remains were partially recovered from the crash site.",
])
def test_a_passive_recovery_told_by_its_pace_is_a_search(text: str) -> None:
    assert tones(text)[0] < 0


def test_a_quantity_told_how_fully_it_recovered_counts_its_recovery_once() -> None:
    # read +28.3 where "Shares recovered" reads half that: "recovered" counted as a sense and again as a move
    full, plain, patients = tones("Shares fully recovered.", "Shares recovered.", "Patients fully recovered.")
    assert 0 < full < 1.5 * plain
    assert patients > 0  # no quantity moved: the sense keeps its return to health
