"""A deal still sought, or made for a purpose of tone, has no tone of its own: "Talks to reach a deal broke down" is bad
news, "a deal with unions to cut 5,000 jobs" too; a deal reached, and one for a purpose of no tone, stay good news."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "Talks to reach a deal broke down on Friday.",  # +1.1: the deal never made outweighed the talks' breakdown
    "The company reached a deal with unions to cut 5,000 jobs.",  # +2.3, the job cuts outweighed
    "The company reached an agreement with unions to cut 5,000 jobs.",  # +3.1
    "Talks to reach an agreement broke down.",
    "The talks failed to reach a deal.",
])
def test_a_deal_sought_or_made_to_do_harm_is_bad_news(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "US and China reach a deal on tariffs.", "The two sides reached a deal on Friday.",
    "The two sides struck a deal to end the strike.",  # a purpose of good news
    "Talks between the two sides ended with an agreement to reopen the border.",  # a purpose of no tone: the deal's
    # a "to" that is another verb's, no deal's purpose: "enable Turkey to defer payments"
    "The agreement would also enable Turkey to defer payments on previous loans.",
])
def test_a_deal_reached_is_good_news(text: str) -> None:
    assert tones(text)[0] > 0
