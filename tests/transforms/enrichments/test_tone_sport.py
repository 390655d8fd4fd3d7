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


@pytest.mark.parametrize("text", [
    "Pakistan beat Sri Lanka by six wickets.",  # a side that beat another by a margin: a win
    "England beat Wales by 20 points in Cardiff.",
    "Kenya beat the hosts by 10 runs.",
    "Hearts beat Celtic 2-0.",  # a score after the beaten side: a win
    "Manchester United beat Aston Villa 3-1 at Old Trafford.",
    "Babar Azam scored an unbeaten century.",  # a batsman's hundred
    "Root hit his maiden Test century at Lord's.",
    "He was named player of the match.",  # the day's award
    "Smith was man of the series.",
])
def test_a_win_by_a_margin_a_century_and_player_of_the_match_are_good_news(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "Shares beat the market by a wide margin.",  # no sport's margin after "by"
    "The house was built a century ago.",  # a hundred years
    "The law dates from the 19th century.",
    "The bridge is more than a century old.",
    "Police beat the man with batons.",
    "Police beat the man 20 times.",  # a count after the object, no score
    "Rivals beat the 1,000 entrants.",  # a thousands' comma, no score
    "The players of the match were tired.",  # no award
])
def test_beat_and_century_in_other_senses_carry_no_sports_tone(text: str) -> None:
    assert tones(text)[0] <= 0
