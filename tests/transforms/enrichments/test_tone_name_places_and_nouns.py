"""A word of praise in a town's name has no tone; a sentence's first word and a one-word name before a lower-case noun
are one name that qualifies the noun ("Top Gear presenter"), where an adjective before a one-word subject keeps its
praise ("Jubilant Spain revels")."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "Pleasant Grove City Council members gathered on Tuesday.",  # the gazetteer's town opens the sentence
    "Mount Pleasant police officers responded to a call on Monday.",  # praise after a town's first word
    "Top Gear presenter to host new series",
    "Good Friday traffic jams stretched for miles.",
    "Happy Valley star to appear in a new drama.",
])
def test_praise_in_a_name_before_a_noun_has_no_tone(text: str) -> None:
    assert tones(text)[0] == 0


@pytest.mark.parametrize("text", [
    "Jubilant Spain revels in the title.",  # a verb after the name: the adjective describes its subject
    "Faultless Federer won the final.",
    "Strong Chinese demand lifted profits.",  # a people's adjective: the noun's qualifier, the first word its own
    "Top TV cult hit Little Britain won the award.",  # an initialism is no name's second word here
])
def test_an_adjective_before_a_one_word_subject_keeps_its_praise(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "Best Picture nominees were announced on Tuesday.",  # a plural noun the name qualifies, the plural's verb after it
    "Best Actor nominees were revealed on Tuesday.",
    "Fresh Market shoppers were told on Sunday.",
])
def test_praise_in_a_name_before_a_plural_noun_and_its_verb_has_no_tone(text: str) -> None:
    assert tones(text)[0] == 0


@pytest.mark.parametrize("text", [
    "Elegant Hotels Group reports loss.",  # a body's head closes the name: its adjective's ending opens a firm's name
    "Brilliant Earth Holdings posts wider loss.",
    "Radiant Logistics Inc reported a loss.",
])
def test_a_firms_name_that_opens_with_praise_leaves_its_news_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "Jubilant Spain revels in victory.",  # a verb's "-s" before a word that is no plural's verb
    "Exuberant Red Sox fans celebrated.",  # an adjective's ending before a name of two words that no body's head ends
    "Impressive New Zealand crushed Wales.",
])
def test_an_adjective_before_a_name_that_is_no_firms_keeps_its_praise(text: str) -> None:
    assert tones(text)[0] > 0
