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
