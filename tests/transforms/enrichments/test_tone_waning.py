"""A worry before its verb of waning: "Tensions eased after the talks" is good news, "Fears grew as oil eased" bad."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "Tensions eased after the talks.", "Fears of a trade war eased after the summit.",
    "Concerns over the bank's finances have eased.", "Worries about a recession faded.",
    "Fears for the missing climbers ended on Sunday.", "Fears over jobs proved unfounded.",
    "Anxiety about the vote has subsided.",
])
def test_a_worry_that_waned_is_good_news(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "Fears grew as shares eased.", "Fears that prices would rise eased.", "Fears have not eased.",
    "Tensions rose, and shares eased.", "Fears of a trade war grew. Shares eased.",
])
def test_a_worry_past_a_clause_a_mark_or_a_negation_before_the_verb_is_still_a_worry(text: str) -> None:
    assert tones(text)[0] < 0


def test_what_the_worry_was_about_waned_with_it_and_the_verb_adds_no_tone_of_its_own() -> None:
    eased, waned = tones("Fears of a trade war eased.", "Fears of a trade war faded.")
    assert eased == waned > 0  # "eased" (+1.2 in the lexicon) counts no more than "faded", which has none


def test_a_worry_eased_by_a_verb_before_it_reads_as_before() -> None:
    assert tones("The talks eased fears of a recession.")[0] > 0


@pytest.mark.parametrize("text", [
    "Injury concerns ended his hopes of playing in the final.", "Fears of a recession ended the rally on Wall Street.",
    "Concerns about his fitness ended his season early.",
])
def test_a_worry_that_ended_something_is_what_it_did_no_waning(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", ["Fears of a recession faded this week.", "Tensions eased, the ministers said."])
def test_a_verb_of_waning_before_a_time_or_a_clause_is_still_a_waning(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "A power outage left 40,000 homes without electricity.",  # read 0: the lexicon has no "outage"
    "Outages hit thousands of homes after the storm.",
    "A blackout hit much of Spain and Portugal, halting trains.",  # read 0
    "The outage has not been fixed, the company said.",  # a negation keeps the fault
])
def test_an_outage_is_bad_news(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "The outage was fixed within an hour.", "The outage was resolved within hours.", "The outage ended overnight.",
    "The blackout ended after ten hours.",
    "The outage failed to cause major disruption to flights.",  # no outage's tone: the disruption did not come
])
def test_an_outage_mended_or_harmless_is_no_bad_news(text: str) -> None:
    assert tones(text)[0] > 0


def test_a_worry_resolved_and_a_harm_that_failed_to_come_are_good_news() -> None:
    # "resolved" is a verb of waning ("concerns" outweighed its +0.7), and what failed to cause harm has no tone
    # ("earthquake" outweighed the damage that did not come)
    resolved, quake = tones("Concerns over the deal were resolved.", "The earthquake failed to cause major damage.")
    assert resolved > 0 and quake > 0


@pytest.mark.parametrize("text", [
    # the fault the verb mended, named as its time: they read −0.4, the blackout's −1.5 outweighing the restoring
    "Power was restored after the blackout.", "Engineers restored power after the outage.",
])
def test_a_fault_mended_before_it_is_named_is_past(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "Power was not restored after the blackout.", "Power was restored. Looting began after the blackout.",
    "Looting broke out after the blackout.",
])
def test_a_fault_no_verb_of_its_clause_mended_is_still_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "The war ended after four years.", "The strike ended on Monday.", "The heatwave ended on Tuesday.",
    "The fighting subsided overnight.",
])
def test_a_bad_event_that_ended_or_waned_is_no_bad_news(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "The war ended his career.", "The strike has not ended.", "War broke out as the talks ended.",
])
def test_a_bad_event_that_ends_something_or_goes_on_is_still_bad_news(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "Health officials said the measles outbreak in west Texas had been contained.",
    "The Ebola outbreak has been declared over after 42 days without a new case.",
])
def test_an_outbreak_contained_or_declared_over_is_good_news(text: str) -> None:
    assert tones(text)[0] > 0  # both read bad, the outbreak kept


def test_an_outbreak_not_contained_and_a_crisis_that_holds_something_stay_bad_news() -> None:
    assert max(tones("The outbreak has not been contained.", "The crisis contained lessons for all.")) < 0


@pytest.mark.parametrize("text", [
    "The fire was contained.", "The state of emergency was declared over.", "The mpox emergency was declared over.",
    "The lockdown ended.", "The drought ended.", "The long drought ended as heavy rain soaked the region.",
])
def test_a_fire_an_emergency_a_lockdown_or_a_drought_that_ended_is_good_news(text: str) -> None:
    assert tones(text)[0] > 0  # the fire and the emergencies read bad, the lockdown and the drought 0


def test_a_fire_not_contained_and_a_lockdown_imposed_stay_bad_news() -> None:
    assert max(tones("The fire has not been contained.", "The city was placed under a strict lockdown.")) < 0


def test_a_harm_done_before_a_fire_was_contained_is_still_bad_news() -> None:
    # "before" opens the containing's own clause: the homes destroyed were waned with the fire (+7.4)
    assert tones("The fire destroyed 300 homes before it was contained.")[0] < 0
    assert tones("Fears of a recession eased before the vote.")[0] > 0


def test_a_lockdown_that_ended_a_count_of_things_is_bad_news() -> None:
    # "ended thousands of small businesses" has an object, a count: no lockdown that ended (+4.2); a span is none
    assert tones("The lockdown ended thousands of small businesses.")[0] < 0
    assert tones("The war ended two years ago.")[0] > 0


@pytest.mark.parametrize("text", ["The governor lifted the lockdown on Monday.", "The curfew was lifted.",
                                  "Sanctions have been lifted.", "The US lifted sanctions on Syria."])
def test_a_restriction_lifted_is_good_news(text: str) -> None:
    assert tones(text)[0] > 0  # the lockdown read as imposed (−5.7), the curfew and sanctions 0


def test_a_threat_level_lifted_is_raised() -> None:
    assert tones("Police lifted the threat level to severe.")[0] < 0


@pytest.mark.parametrize("text", [
    "Cinema attendance reached its best level since the pandemic.",
    "Tourism in Thailand has enjoyed its strongest year since the pandemic.",
])
def test_a_disaster_that_good_news_counts_from_is_past(text: str) -> None:
    assert tones(text)[0] > 0  # each read bad, the pandemic's − outweighing the good news


def test_a_disaster_counted_from_by_news_a_negation_reaches_is_still_bad() -> None:
    assert tones("Life has not been good since the attack, residents said.")[0] < 0


@pytest.mark.parametrize("text", [
    "Floodwater receded from the town.",  # read −11.0, the water's harm kept
    "The floods receded on Tuesday.",
    "The floodwaters subsided overnight.",
])
def test_floods_that_receded_are_no_bad_news(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "The floods have not receded.",
    "Floodwater rose in the town.",
    "The floods ended the season for the farmers.",
])
def test_floods_still_there_or_ending_something_stay_bad_news(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "Flood waters receded overnight.",  # read −13.8: "flood" and "waters" apart, the pair no harm that ends
    "Flood waters receded from the village on Sunday.",
])
def test_flood_waters_in_two_words_recede_as_floodwater_does(text: str) -> None:
    assert tones(text)[0] > 0


def test_flood_waters_that_rise_stay_bad_news() -> None:
    assert tones("Flood waters swept through the town.")[0] < 0
