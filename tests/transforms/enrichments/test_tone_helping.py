"""Help given to a harm: "Fog helped the gang escape" is bad news, "The charity helped fire crews" good."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "Fog helped the gang escape.", "Dry weather helped the virus spread.", "A guard helped the killers escape.",
    "Hot weather is helping wildfires spread across the south.",
])
def test_help_given_to_a_wrongdoer_or_a_spreading_harm_is_bad_news(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "Volunteers helped fire crews on the hillside.", "The grant helped the virus research team.",
    "The drug helped patients live longer.", "Neighbours helped the family escape.",
])
def test_help_given_to_those_who_fight_a_harm_or_to_anyone_else_is_good_news(text: str) -> None:
    assert tones(text)[0] > 0


def test_a_negated_help_to_a_harm_is_no_bad_news() -> None:
    helped, not_helped = tones("The fog helped the gang.", "The fog did not help the gang.")
    assert helped < 0 < not_helped
