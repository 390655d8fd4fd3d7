"""A "but" that excepts is no contrast; a remedy's undoing after it is its own only with no object of another; a
promise of a remedy that never came is a promise broken."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


def tone_of(text: str) -> float:
    return tones(text)[0]


@pytest.mark.parametrize(("good", "bad"), [
    # "all but two" excepts: the quantity's move after it is still its own
    ("Unemployment in all but two regions fell in March.", "Unemployment in all but two regions rose in March."),
    ("Unemployment in every region but one fell in March.", "Unemployment in every region but one rose in March."),
])
def test_a_move_past_an_excepting_but_is_the_quantitys(good: str, bad: str) -> None:
    assert tone_of(good) > 0 > tone_of(bad)


@pytest.mark.parametrize("text", [
    # the undoing verb has its own object: the flaw was fixed, the details are what was not released
    "Google fixed the flaw that exposed users' passwords, but did not release further details.",
    "Engineers repaired the leak that flooded the station and did not issue a statement.",
])
def test_a_remedy_that_came_reads_good(text: str) -> None:
    assert tone_of(text) > 0


@pytest.mark.parametrize("text", [
    # a remedy promised that never came is a promise broken
    "The company promised a fix but it never arrived.",
    "The council promised repairs, but they never came.",
    "The company promised a patch for the bug, but it was never released.",
    # the sixteenth round's rules stand: a harm after a contrast came, a remedy that was never shipped mends nothing
    "No one was hurt in the fire, but 30 families lost their homes.",
    "No one but the pilot was hurt in the crash.",
    "A fix for the flaw that let hackers in was never shipped.",
])
def test_the_bad_news_reads_bad(text: str) -> None:
    assert tone_of(text) < 0
