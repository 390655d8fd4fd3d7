"""How far a verb of averting reaches: past a span of a harm it ends, not past its object to the sentence's verb."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "The ceasefire ended three months of fighting.", "The deal ended 20 years of bitter conflict.",
    "Parliament elected a prime minister, ending two months of uncertainty.",
])
def test_an_end_of_a_span_of_a_harm_is_good_news(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "The operation to end the siege killed 12 hostages.", "An attempt to stop the gang failed.",
    "The raid to free hostages killed three of them.",
])
def test_the_verb_after_an_aims_object_is_the_sentences_own(text: str) -> None:
    assert tones(text)[0] < 0


def test_an_averted_harm_right_after_its_verb_is_still_averted() -> None:
    assert min(tones("The talks ended the bloody fighting.", "Police stopped the killings.")) > 0
