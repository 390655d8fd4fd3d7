"""A plural harm right before a verb of a fall is a count that fell: good news; a literal fall or a rise is not."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    # read −23.8 and −8.0: the attacks' −1.9 kept, "fell" muted as no market's fall
    "Attacks fell.",
    "The number of attacks fell.",
    "Attacks dropped sharply last year.",
    "Kidnappings fell last year.",
])
def test_a_fall_in_a_count_of_harms_is_good_news(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "Attacks rose.",  # a rise of harms stays as bad as the harms
    "Tensions surge in Haiti",
    "Critics declined to comment on the failures.",  # a refusal, no fall
    "Rockets fell into the sea near the port, injuring fishermen.",  # a literal fall, where it landed after it
    "Floods cut power to the town.",  # a cut of an object, no count that fell
])
def test_no_count_falls_in_a_rise_a_refusal_or_a_literal_fall(text: str) -> None:
    assert tones(text)[0] < 0


def test_a_worry_that_eases_wanes_as_before() -> None:
    assert tones("Oil price down as Iraq fears ease")[0] > 4
