"""A disaster or a fault named as the time of good news is past: "Rescuers pulled a girl alive from the rubble after the
earthquake" is good news, "Looting began after the earthquake" bad (tone_waning's `mended_faults`)."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "Rescuers pulled a boy alive from the rubble after the earthquake.",
    "The climbers were found safe following the storm.",
    "The cathedral reopened to worshippers five years after the fire.",
    "Power was restored to homes in Spain and Portugal a day after the blackout.",
    "Flights were restored across the region after the hurricane.",
])
def test_good_news_that_names_a_harm_as_its_time_is_good_news(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "Looting began in the capital after the earthquake.",
    "No survivors were found after the earthquake.",
    "Thousands were left without power after the blackout.",
    "Aid was welcome, but disease spread after the floods.",
    "The earthquake killed 300 people.",
])
def test_a_harm_of_no_good_news_or_good_news_negated_or_in_another_clause_is_bad_news(text: str) -> None:
    assert tones(text)[0] < 0


def test_a_harm_named_as_the_time_has_no_tone_and_the_good_news_keeps_its_own() -> None:
    after, alone = tones("A girl was pulled alive after the earthquake.", "A girl was pulled alive.")
    assert after == pytest.approx(alone * 5 / 8)  # the same good word, in eight words instead of five


def test_and_between_two_names_opens_no_clause_but_between_two_clauses_it_does() -> None:
    names, clauses = tones("Power was restored to Spain and Portugal after the blackout.",
                           "Power was restored to Spain and looting began after the blackout.")
    assert names > 0 > clauses
