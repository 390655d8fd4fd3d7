"""A disease found early is averted (`tone_detection`), but not one found late, not found at all, of an age or
caught as an illness is; and a headline's "axes" cuts the number or quantity it leads, not a chart's axes."""

from __future__ import annotations

import pytest

from transforms.enrichments import tone
from transforms.enrichments.batch import ParagraphBatch


def tone_of(text: str) -> float:
    return float(tone.rows(ParagraphBatch([text], ["p"], ["a"]))["tone"][0])


@pytest.mark.parametrize("text", [
    "Doctors caught the cancer early and she made a full recovery.",
    "A new blood test spotted bowel cancer years before symptoms appeared.",
])
def test_a_cancer_found_early_is_good_news(text: str) -> None:
    assert tone_of(text) > 0


@pytest.mark.parametrize("text", [
    # an age, no stage of the disease (read as one found early, +)
    "She was diagnosed with terminal cancer in her early forties.",
    "He was diagnosed with bowel cancer in his early 30s.",
    # a negation before the verb of finding (only one inside the span was read)
    "Doctors failed to spot the cancer early, an inquiry found.",
    "The hospital did not detect her cancer early, her family said.",
    # an illness caught is one contracted
    "Half the squad caught an illness early, the coach said, and missed the final.",
    "Several players caught an illness early during the tour.",
])
def test_a_cancer_found_at_an_age_or_not_found_or_an_illness_caught_stays_bad_news(text: str) -> None:
    assert tone_of(text) < 0


@pytest.mark.parametrize("text", ["Tech giant axes 12,000 jobs", "Retailer axes jobs in Leeds"])
def test_a_headline_s_axes_cuts_jobs(text: str) -> None:
    assert tone_of(text) < 0


def test_a_chart_s_axes_cut_no_quantity() -> None:
    # read as a cut of unemployment (+2.3); the unemployment's own − as the word alone reads
    text = "The chart's two axes plot unemployment against inflation."
    assert tone_of(text) == pytest.approx(tone_of("The chart's two lines plot unemployment against inflation."))
