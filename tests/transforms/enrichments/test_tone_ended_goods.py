"""A good thing ended: "The government ended the talks" is mildly bad news, "ended the fighting" still good."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "The government ended the talks.", "Rebels ended the truce on Friday.", "The defeat ended their title hopes.",
    "The club's winning run ended at Anfield.", "The donor ended its aid to the region.",
])
def test_a_good_thing_ended_is_bad_news(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "The government did not end the talks.", "The deal ended years of legal wrangling.",
    "Preston North End won a great game.", "Analysts warned of an open-ended commitment to support the bank.",
])
def test_a_negated_end_a_span_a_name_or_a_compound_ends_no_good_thing(text: str) -> None:
    assert tones(text)[0] >= 0


def test_a_good_thing_a_negation_undoes_after_an_end_is_undone_once() -> None:
    assert tones("The summit ended without agreement.")[0] < 0  # not "agreement" negated twice


def test_a_bad_thing_ended_is_still_good_news() -> None:
    assert min(tones("The talks ended the fighting.", "The war ended after four years.")) > 0


@pytest.mark.parametrize("text", [
    "The protests ended peacefully.", "The talks ended successfully.", "The siege ended happily.",
    "The standoff ended safely.", "The season ended well for Leeds.",
])
def test_a_good_adverb_right_after_an_end_says_how_it_ended_and_is_no_good_thing_ended(text: str) -> None:
    assert tones(text)[0] > 0  # "ended peacefully": no object, the manner of the end


@pytest.mark.parametrize("text", [
    "The aid programme ended.", "The truce ended on Friday.", "Funding for the scheme ends in March.",
])
def test_a_good_thing_with_no_tone_that_ends_is_mildly_bad_news(text: str) -> None:
    assert tones(text)[0] < 0  # each read 0: "aid", "truce", "funding" have no tone of their own


def test_a_good_things_end_that_says_how_it_ended_is_no_good_thing_lost() -> None:
    assert tones("The talks ended with a deal.")[0] >= 0


def test_a_bad_event_that_ended_in_a_harm_is_bad_news() -> None:
    assert tones("The war ended in bloodshed.")[0] < 0  # read good: the war ended, "bloodshed" had no tone


@pytest.mark.parametrize("text", ["The show ended its successful run.",
                                  "The tennis star ended her glittering career with a win in Melbourne."])
def test_a_good_span_its_holder_ended_is_no_good_thing_lost(text: str) -> None:
    assert tones(text)[0] > 0  # "ended its successful run" read −8.6, the success negated


def test_a_good_thing_of_anothers_that_ended_is_still_lost() -> None:
    assert tones("The defeat ended their hopes of a title.")[0] < 0


def test_talks_that_ended_with_a_deal_are_good_news() -> None:
    assert tones("The talks ended with a deal.")[0] > 0  # read 0: the lexicon has no "deal"
