"""An opening after a span of trouble is good news; the trouble keeps its tone where the shape is not an opening's."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    # read −4.1 and −6.2: the delays outweighed an opening with no valence of its own
    "The bridge finally opened after months of delays.",
    "Hanoi opened its second metro line after years of delays and problems.",
    "The new hospital was completed after years of delays.",
    "The airport launched its new terminal after repeated delays.",
])
def test_an_opening_after_a_span_of_trouble_is_good_news(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "The shop closed after years of problems.",  # a closing is no opening
    "Police opened fire after months of protests.",  # a fire opened is the news
    "The crisis deepened after months of delays.",
    "The bridge opened after the attack killed 12.",  # no span: the attack is news of its own
])
def test_trouble_outside_an_openings_backdrop_keeps_its_tone(text: str) -> None:
    assert tones(text)[0] < 0
