"""A reef's bleaching is bad news and a market's rebound good, each only where its neighbours say so; a crash a
mission plans is no accident."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "Warmer seas bleached the reef.",  # "warmer" is +: the bleaching must outweigh it
    "Rising temperatures bleached the coral.",
    "Coral bleaching has spread across the reef.",
    "Heat bleached vast areas of coral.",
    "Analysts expected a rebound that never came.",  # a good thing that never came
    "The expected rebound never materialised.",
    "The rebound has yet to come.",  # not come so far
])
def test_a_bleached_reef_and_a_rebound_that_never_came_are_bad_news(text: str) -> None:
    assert tones(text)[0] < 0


def test_a_rebound_of_what_rises_is_good_news() -> None:
    assert tones("Sales staged a rebound in March.")[0] > 0


@pytest.mark.parametrize("text", [
    "The player bleached his hair blonde.",  # no coral near: no harm
    "Flour is bleached before sale.",
    "He pounced on the rebound to score.",  # a ball's rebound
    "He grabbed a rebound from the wall.",
    "NASA's planned crash of the probe into the Moon was watched by millions.",
    "The planned crash of the satellite into the ocean went ahead.",
])
def test_bleaching_without_coral_a_balls_rebound_and_a_planned_crash_have_no_tone(text: str) -> None:
    assert tones(text)[0] == 0


@pytest.mark.parametrize("text", ["The rebound never reached him.", "The rebound did not reach the centre."])
def test_a_balls_rebound_that_never_reached_a_player_is_no_improvement_denied(text: str) -> None:
    # the ball's own word in its place: whatever "never reached" says of it, the rebound adds nothing
    assert tones(text)[0] == tones(text.replace("rebound", "ball"))[0]


def test_a_deliberate_crash_keeps_its_harm() -> None:
    assert tones("The pilot's deliberate crash killed 150 people.")[0] < 0


@pytest.mark.parametrize("text", [
    "The expected rebound never came.",  # an improvement that never came: bad news, as "The hoped-for recovery"
    "The rebound never materialised.",
])
def test_a_rebound_that_never_came_is_bad_news(text: str) -> None:
    assert tones(text)[0] < 0
