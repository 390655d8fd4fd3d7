"""A sentence's first word with an adjective's ending describes the name after it and keeps its praise; a headline run
into its story's first line keeps its words' tone; a name's first word stays toneless."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "Exuberant Red Sox fans spilled out of Fenway Park on Friday",
    "Impressive New Zealand arrived in Cardiff on Friday",
    "Joyful Boca Juniors fans filled the streets",
    "Delighted Manchester United fans sang.",  # read 0: a feeling's participle before the people the name qualifies
    "Relieved Air France passengers landed safely",
])
def test_an_adjective_before_a_name_of_two_words_keeps_its_praise(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "palmOneUpgrades Treo With Faster Chip, Better Display\\With more than 600,000 units shipped, the Treo 600 is one "
    "of the models.",
    "Retailer Sees Strong Sales, Better Margins For Holiday Quarter The company said on Monday.",
])
def test_a_headline_run_into_its_story_keeps_its_praise(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "Great Ormond Street Hospital said on Monday it would move.",  # a plain first word: a name's
    "Advanced Micro Devices is launching a device for first-time users.",  # a participle opens firms' names
    "Trusted Media Brands announced the sale on Monday.",  # its verb after the name: no people described
    "Talented Young People Trust said on Monday.",
    "Creative Technology Ltd said on Monday. Shares in Creative Technology were flat.",  # the batch names it mid-way
    "He moved to the Golden State Warriors For the Final season last year.",  # not the paragraph's opening run
])
def test_a_name_that_opens_a_sentence_stays_toneless(text: str) -> None:
    assert tones(text)[0] == 0


@pytest.mark.parametrize("text", [
    "Visitors returned to the Statue of Liberty on Monday.",
    "She was appointed to the Order of Merit in 2019.",
    "Students of the University of Liberty gathered on Monday.",
])
def test_praise_after_a_names_of_has_no_tone(text: str) -> None:
    assert tones(text)[0] == 0


def test_a_word_capitalised_after_of_elsewhere_keeps_its_tone() -> None:
    assert tones("He spoke of Hope and Freedom at the rally.")[0] > 0  # "of" after a lower-case word: no name
