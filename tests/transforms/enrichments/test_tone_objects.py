"""A negation before a verb undoes the act, not the verb's object of the other sign ("would not help struggling
families")."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "The opposition said the budget would not help struggling families.",
    "Critics said the plan is unlikely to help poor families.",
    "Ministers do not want his vile lyrics in their town.",
])
def test_a_good_act_not_done_for_a_bad_object_reads_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "Fans should never lose hope.",
    "The soldiers did not harm innocent people.",
    "My condition has not limited my ability to fly a plane.",
])
def test_a_bad_act_not_done_to_a_good_object_reads_good(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "The bridge is not safe or secure.",  # the same sign: both negated, as VADER reads them
    "The virus spares no one, killing rich and poor alike.",  # "no one" negates no verb: VADER's reach
])
def test_words_of_one_sign_and_a_nouns_negation_keep_vaders_reach(text: str) -> None:
    assert tones(text)[0] < 0
