"""Tone: a negation before "rule out" keeps what is not ruled out possible, and negates nothing."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


def test_what_is_not_ruled_out_keeps_its_own_tone() -> None:
    # A suspicion of crime not ruled out is no good news: each read as good, the crime negated.
    suspicions = tones("Police have not ruled out foul play.", "Detectives said they could not rule out foul play.",
                       "Police said they had not ruled out murder.", "Investigators did not rule out sabotage.",
                       "\"We haven't ruled out foul play,\" the inspector said.", "Police never ruled out foul play.")
    assert max(suspicions) < 0
    # a good thing not ruled out stays possible, and good
    assert tones("Doctors have not yet ruled out a recovery.")[0] > 0


def test_ruled_out_without_a_negation_and_other_negations_are_left_alone() -> None:
    injury, rate, move = tones("The striker has been ruled out with injury.",
                               "The Bank of England ruled out a rate rise.",
                               "The club has not ruled out a move for the striker.")
    assert injury < 0 and rate == 0 == move
    not_good, not_in = tones("The result is not good.", "The patient is not in danger.")
    assert not_good < 0 < not_in  # "not" still negates where no "rule out" follows it


def test_what_is_ruled_out_is_negated() -> None:
    # a crime or a harm ruled out is no bad news, a recovery ruled out no good news
    crime, poison, injury = tones("Police ruled out foul play.", "Doctors have ruled out poisoning.",
                                  "Scans ruled out a serious injury.")
    assert min(crime, poison, injury) > 0
    assert tones("Investigators ruled out a quick recovery for the region's tourism industry.")[0] < 0


def test_a_player_ruled_out_and_what_is_left_open_keep_their_tone() -> None:
    # a player ruled out of a match is bad news for him, as "with injury"; a passive's subject is what it rules out
    out = tones("He was ruled out injured.", "Smith has been ruled out for six weeks with a hamstring injury.",
                "He refused to rule out foul play.", "Police have not ruled out foul play.",
                "The search was ruled out. Foul play is suspected.")
    assert max(out) < 0


def test_a_person_ruled_out_keeps_the_bad_word_that_describes_him() -> None:
    # a side's injured or suspended player ruled out is bad news for the side: "injured" is not negated
    players = tones("The coach ruled out the injured captain.",
                    "The manager ruled out the suspended striker for Saturday's final.",
                    "Selectors ruled out the troubled veteran bowler for the tour.")
    assert max(players) < 0
    # what is ruled out is still negated where no person is named before a preposition ends its phrase
    crackdown, illness = tones("The government ruled out a violent crackdown on the players.",
                               "Doctors ruled out a serious illness.")
    assert min(crackdown, illness) > 0


def test_a_named_person_ruled_out_keeps_the_bad_word_that_describes_him() -> None:
    # a name after the bad word is the person ruled out, as a player's noun is: the injury is his, not undone
    kane, banned = tones("The coach ruled out the injured Kane for Saturday's final.",
                         "The manager ruled out the suspended Rodri.")
    assert max(kane, banned) < 0
    # a name before the bad word, or none after it, leaves the thing ruled out: no attack, no illness
    attack, strike, poison = tones("Officials ruled out a Russian attack on the plant.",
                                   "The union ruled out a strike at Heathrow.",
                                   "Doctors have ruled out poisoning, Le Monde reported.")
    assert min(attack, strike, poison) >= 0


def test_a_passive_ruled_out_negates_its_subject() -> None:
    # "Foul play has been ruled out" says what "Police ruled out foul play" says: no crime, good news
    crime, strike = tones("Foul play has been ruled out, police said.", "A strike was ruled out.")
    assert crime > 0 and strike > 0
    # a negation before it keeps the crime possible, and a player's "ruled out" is still his bad news
    open_crime = tones("Foul play has not been ruled out.", "Foul play cannot be ruled out.",
                       "He was ruled out injured.")
    assert max(open_crime) < 0


def test_a_passive_ruled_out_by_its_doer_negates_its_subject() -> None:
    # "ruled out by police" says what "Police ruled out foul play" says; both read the crime before
    police, investigators = tones("Foul play was ruled out by police.",
                                  "A terror attack was ruled out by investigators.")
    assert min(police, investigators) > 0
    # kept open by a negation, or a player ruled out by injury: bad news as before
    kept_open, injury = tones("Foul play was not ruled out by police.", "Kane was ruled out by injury.")
    assert max(kept_open, injury) < 0


def test_a_passive_ruled_out_keeps_the_bad_word_of_a_person() -> None:
    # a player left out is bad news for his side: "injured" describes him, and was negated as a thing ruled out
    captain, named, who = tones("The injured captain has been ruled out.",
                                "The injured Kane has been ruled out, the club said.",
                                "Kane, who is injured, has been ruled out.")
    assert max(captain, named, who) < 0


def test_a_capitalised_word_before_the_noun_it_describes_is_no_person_ruled_out() -> None:
    # a nation's or a place's name before a noun is no person's: the thing is ruled out, good news (they read −10.4
    # and −9.0, as a person's injury)
    incursion, passive, told = tones("Officials ruled out a violent Russian incursion.",
                                     "A violent Russian incursion was ruled out.",
                                     "Police ruled out foul play Smith told reporters.")
    assert min(incursion, passive, told) > 0


@pytest.mark.parametrize("text", [
    # the bad noun four words past "out", beyond VADER's window: it read −5.0, the outbreak kept
    "Health officials ruled out a deadly Ebola outbreak.",
    "Police ruled out a major terrorist attack.",
])
def test_a_thing_ruled_out_is_negated_to_its_noun_four_words_on(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "Police have not ruled out a deadly Ebola outbreak.",  # kept open: still a threat
    "Officials ruled out a rise in crime, but warned of violent attacks.",  # a preposition ends what is ruled out
])
def test_what_is_not_ruled_out_or_past_its_phrase_stays_bad(text: str) -> None:
    assert tones(text)[0] < 0
