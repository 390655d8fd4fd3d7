"""What "despite" or "in spite of" concedes has no tone where, as read, it would oppose the bad news before it."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    # read +4.3: VADER's negation turned the conceded crisis into good news beside a cut
    "The hospital cut staff despite the crisis.",
    "The airline cut flights despite the surge in demand.",
])
def test_bad_news_despite_a_bad_backdrop_stays_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    # the negated concession says the news's own sign: kept (silencing it read these 0 or good)
    "Despite the optimism, the virus returned.",
    "Women earn less than men despite being better qualified.",
])
def test_a_concession_opposing_its_news_keeps_its_negation(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "The team won despite the injury crisis.",
    "Despite a terrible start, profits rose.",
])
def test_good_news_despite_a_bad_backdrop_stays_good(text: str) -> None:
    assert tones(text)[0] > 0


def test_in_spite_of_has_no_spite() -> None:
    # nine words each, "closed" the only word of tone of the news's own: "spite" (−2.4) and "strong" none
    assert tones("The plant closed in spite of the strong sales.")[0] == tones(
        "The plant closed in the middle of the night.")[0] < 0
