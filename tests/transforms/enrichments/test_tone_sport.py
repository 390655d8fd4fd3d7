"""Tone of sport's outcomes news writes with no word of tone: a title clinched, points docked, a side eliminated."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones
from transforms.enrichments import tone
from transforms.enrichments.tone_news_words import ANALOGUES, NEWS_WORDS
from transforms.enrichments.tone_sport import RULED_OUT


@pytest.mark.parametrize("text", [
    "Liverpool clinched the Premier League title with four games to spare.",
    "The striker's late goal sealed the title for the club.", "Australia sealed the series with a six-wicket win.",
    "Slovakia clinched the Hopman Cup for the second time.", "The Red Sox clinched a playoff spot.",
    "Sunderland clinched promotion on the final day.",
])
def test_a_prize_won_at_last_is_good_news(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "The club was docked ten points for breaching financial rules.", "Staff were docked a day's pay.",
    "Spain were eliminated in the semi-finals.", "She was eliminated from the competition in week three.",
    "The veteran forward was ruled out for the rest of the season.", "Kane has been ruled out for six weeks.",
    "Coach Ranieri sacked by Valencia", "Wrexham sacked their manager on Sunday.",
])
def test_a_points_deduction_an_exit_an_absence_and_a_sacking_are_bad_news(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "The ferry docked at Dover shortly after noon.", "Police sealed off the road.", "The envelope was sealed.",
    "The virus was eliminated from the country.", "The update eliminated the old menu.",
    "Police ruled out foul play.", "He retained his seat.",
])
def test_the_same_words_in_other_senses_carry_no_sports_tone(text: str) -> None:
    assert tones(text)[0] >= 0


def test_ruled_out_for_a_span_reads_as_injured() -> None:
    assert all(NEWS_WORDS[phrase] == tone.lexicon()[ANALOGUES[phrase]] == -1.7 for phrase in RULED_OUT)
