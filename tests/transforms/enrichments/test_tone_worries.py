"""What a worry is about is no good news (transforms/enrichments/tone_worries.py)."""

from __future__ import annotations

import pytest

from transforms.enrichments import tone
from transforms.enrichments.batch import ParagraphBatch


def tone_of(text: str) -> float:
    return tone.rows(ParagraphBatch([text], ["p"], ["a"]))["tone"][0]


@pytest.mark.parametrize("text", ["The report raised concerns over safety at the plant.",
                                  "Investors are concerned about the strength of the dollar.",
                                  "Fears for the safety of the crew grew overnight.",
                                  "Analysts are worried about the health of the economy."])
def test_a_worry_about_a_good_thing_reads_bad(text: str) -> None:
    assert tone_of(text) < 0


def test_a_good_word_outside_a_worry_keeps_its_tone() -> None:
    assert tone_of("The report praised safety at the plant.") > 0
    assert tone_of("Concerns over costs, but strong sales and great reviews.") > 0


def test_an_eased_worry_about_a_good_thing_reads_good() -> None:
    assert tone_of("The statement eased concerns about safety at the plant.") > 0
