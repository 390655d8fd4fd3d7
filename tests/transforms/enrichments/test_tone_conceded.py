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


@pytest.mark.parametrize("text", [
    # read −4.1 (the delay alone, "spite" none): "in spite of" concedes as "despite" does, a negation
    "In spite of the delay, the bridge opened.",
    "In spite of his injury he won the final.",
])
def test_in_spite_of_concedes_as_despite_does_with_no_spite(text: str) -> None:
    assert tones(text)[0] > 0
    assert (tones(text)[0] > 0) == (tones(text.replace("In spite of", "Despite"))[0] > 0)


@pytest.mark.parametrize("text", [
    # read +3.5 and +4.9: the negation reached across the comma, the fighting negated as though conceded
    "Despite the ceasefire, fighting continued in the north.",
    "Despite the truce, shelling continued near the border.",
])
def test_a_concessions_negation_stops_at_the_mark_that_ends_what_it_grants(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    # no mark: the concession grants both ("despite the rain and wind") and the good news is its own
    "Despite the rain and wind, the match went ahead.",
    "Despite fears of violence, the vote passed peacefully.",
])
def test_what_a_concession_grants_before_its_mark_is_still_negated(text: str) -> None:
    assert tones(text)[0] >= 0
