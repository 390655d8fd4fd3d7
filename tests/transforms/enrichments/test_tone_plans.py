"""A plan to avert a bad thing that failed keeps it: "A deal to release the hostages collapsed" is bad news."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("failed, done", [
    ("A deal to swap prisoners collapsed.", "The two sides swapped prisoners."),
    ("A plan to free the hostages collapsed.", "The army freed the hostages."),
    ("Talks to avert a strike have broken down.", "The talks averted a strike."),
    ("A bid to avoid bankruptcy fell through.", "The airline avoided bankruptcy."),
])
def test_a_plan_to_avert_that_failed_is_bad_news_where_the_averting_is_good(failed: str, done: str) -> None:
    assert tones(failed)[0] < 0 < tones(done)[0]


def test_a_plan_that_nothing_says_failed_still_averts() -> None:
    assert tones("A deal to release the hostages was signed.")[0] > 0


@pytest.mark.parametrize("text", [
    "The vaccine helped to prevent deaths. The outbreak stalled.",
    "The drug is used to prevent strokes, which failed to respond.",
])
def test_a_verb_of_failing_past_a_mark_is_no_failure_of_the_plan(text: str) -> None:
    assert tones(text)[0] > 0

