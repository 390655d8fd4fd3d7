"""A word of tone counted by "the number of" moves as a quantity of its own sign; a cost is one a cut lowers."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    # read +0.4: the grants' own +0.9 outweighed the cut; fewer grants is the news
    "The fund cut the number of grants.",
    "The ministry slashed the number of scholarships.",
])
def test_a_cut_in_the_number_of_a_good_thing_is_bad_news(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "The new law cut the number of attacks.",
    "The drug cut the number of infections.",
])
def test_fewer_of_a_harm_counted_is_good_news(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    # read −3.9: "cut" alone, the cost no quantity
    "The bank cut the cost of borrowing.",
    "The merger would cut costs by $500m a year.",
])
def test_a_cut_in_a_cost_is_good_news(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    # the motive of a bad move, as "to save money" is: its cut no good news beside the move
    "The airline will cut 2,000 jobs to cut costs.",
    "Cingular will cut about 7,000 jobs to reduce costs.",
])
def test_cutting_costs_as_a_motive_does_not_soften_the_bad_move(text: str) -> None:
    assert tones(text)[0] == tones(text.replace(text.split(" to ")[1], "save money."))[0] < 0
