"""A comparison with what was feared or hoped (transforms/enrichments/tone_comparisons.py)."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text, sign", [("Results were better than feared.", 1),
                                        ("The storm damage was worse than expected.", -1),
                                        ("Third-quarter earnings were better than analysts had feared.", 1),
                                        ("The match was better than hoped.", 1)])
def test_a_comparative_of_quality_says_the_news_and_the_expectation_no_feeling(text: str, sign: int) -> None:
    assert tones(text)[0] * sign > 0  # "better than feared" read −0.8 from "feared"


@pytest.mark.parametrize("text, sign", [("The cost of the repairs was lower than feared.", 1),
                                        ("The storm was weaker than forecasters had feared.", 1),
                                        ("Turnout was lower than organisers had hoped.", -1),
                                        ("The storm was stronger than feared.", -1),
                                        ("Inflation fell more slowly than economists had hoped.", -1)])
def test_a_comparative_of_less_says_the_fear_or_the_hope_did_not_come_and_one_of_more_that_it_did(text: str,
                                                                                                 sign: int) -> None:
    # "lower than feared" read −4.2 ("lower" −1.2 and "feared" −2.2), "lower than hoped" +1.4
    assert tones(text)[0] * sign > 0


@pytest.mark.parametrize("text", ["Many feared the worst.", "The market for games shrank less than feared.",
                                  "Residents feared the floods rather than feared the fire."])
def test_a_fear_with_no_comparative_before_its_than_keeps_its_valence(text: str) -> None:
    # a move's "less than feared" is tone_moves' to read, at a known quantity only
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text, sign", [("Growth was weaker than hoped.", -1),
                                        ("The recovery has been far weaker than the government had hoped.", -1),
                                        ("The damage from the fire was less severe than first feared.", 1),
                                        ("The flooding was less widespread than many had feared.", 1)])
def test_what_a_comparison_compares_says_no_news_of_its_own(text: str, sign: int) -> None:
    # "growth" +1.6 outweighed the hope not met, "damage" −2.2 the fear not met
    assert tones(text)[0] * sign > 0


def test_a_word_before_a_mark_is_no_subject_of_the_comparison() -> None:
    # "Terrible news, and growth was weaker than hoped": "terrible" is another clause's, and keeps its valence
    assert tones("It was a terrible year. Growth was weaker than hoped.")[0] < tones("Growth was weaker than hoped.")[0]
