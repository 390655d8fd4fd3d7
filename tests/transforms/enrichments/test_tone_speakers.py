"""Tone of a word of praise that names a speaker: "Hope said on Monday" has no hope in it."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "Hope said on Monday the plan would cost more.",  # read +5.3
    "Grace said on Tuesday the vote would be held later.",
    "Finnish security firm F-Secure said it had seen reports of the virus.",
])
def test_a_word_of_praise_before_a_verb_of_saying_has_no_tone(text: str) -> None:
    assert tones(text)[0] == 0


@pytest.mark.parametrize("text", [
    "There is hope, officials said.",  # the feeling, then its speaker
    "Peace, he said, was within reach.",
    "Hope Said To Grow For Talks",  # a headline's capitals: no verb as a sentence writes it
])
def test_a_feeling_before_its_speaker_keeps_its_tone(text: str) -> None:
    assert tones(text)[0] > 0
