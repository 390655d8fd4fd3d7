"""Tone of a word of praise that a sentence defines as a place: "Hope is a city in Arkansas" has no hope in it."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "Brilliant is a town in Ohio.",  # read +11.7
    "Hope is a city in Arkansas.",  # read +7.9
    "Pleasant is a small village near the river.",
    "Officials said Harmony was a former mining town.",
])
def test_a_word_of_praise_defined_as_a_place_has_no_tone(text: str) -> None:
    assert tones(text)[0] == 0


@pytest.mark.parametrize("text", [
    "Hope is a powerful thing in a crisis.",  # a virtue defined as a thing: praise kept
    "Trust is a community issue, the mayor said.",  # the place's noun qualifies another noun: no place
    "Progress is a slow town-by-town effort.",
])
def test_a_word_of_praise_defined_as_no_place_keeps_its_tone(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "Pleasant Valley is a village in New York.",  # read +7.2
    "Liberty Lake is a city in Washington.",
    "Happy Valley is a town in Oregon.",
])
def test_a_name_of_two_words_defined_as_a_place_has_no_tone(text: str) -> None:
    assert tones(text)[0] == 0
