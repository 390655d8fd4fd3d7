"""A negation that "but" excepts from negates nothing ("nothing but praise"); a harm that "would have" been, in a
sentence opening on what prevented it, was kept away ("But for the rescuers, 40 would have died"); a limit cut is no
wound; a harm whose object is no one befell no one ("The storm hurt no one"); and the same words where they
keep their tone."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


def tone_of(text: str) -> float:
    return tones(text)[0]


@pytest.mark.parametrize(("good", "bad"), [
    # "nothing but" is "only": what follows is what there was
    ("The new head teacher has received nothing but praise from parents.",
     "The new head teacher has received nothing but abuse from parents."),
    ("Nobody but the coach was praised after the final.", "Nobody but the coach was blamed after the final."),
])
def test_what_a_but_excepts_from_a_negation_keeps_its_tone(good: str, bad: str) -> None:
    assert tone_of(good) > 0 > tone_of(bad)


@pytest.mark.parametrize("text", [
    "But for the rescuers, 40 people would have died in the flooded tunnel, officials said.",
    "Without the lifeboat crew, the fishermen would have drowned.",
    "Were it not for the smoke alarm, the family could have been killed.",
    "Police said that had it not been for a neighbour, the children would have died.",
    "\"If not for the crew, they would have drowned,\" the coastguard said.",
])
def test_a_harm_kept_away_by_someone_reads_good(text: str) -> None:
    assert tone_of(text) > 0


@pytest.mark.parametrize("text", [
    # "would have" with no opening of what prevented it: what someone supposes happened
    "Police believe the victim would have died instantly from the blast.",
    # "without" that opens no counterfactual
    "Without warning, the roof collapsed and two workers were killed.",
    # a "but" after a comma is a clause's, and the negation before it is its own
    "She said nothing, but her lawyer later called the verdict a disgrace.",
    # only a storeroom, but damaged all the same
    "The fire damaged nothing but a storeroom, the fire service said.",
    # "nothing but" a harm
    "Analysts said the firm had nothing but problems since the merger.",
])
def test_a_harm_that_came_reads_bad(text: str) -> None:
    assert tone_of(text) < 0


def test_a_limit_cut_is_no_wound() -> None:
    # the crashes' fall is the news; the speed limit's "cut" no −1.1 of its own
    assert tone_of("Motorway crashes have halved since the speed limit was cut.") > 0
    assert tone_of("The council cut the speed limit to 20mph.") == 0
    assert tone_of("The company cut 300 jobs.") < 0


def test_a_smiley_named_is_no_smile() -> None:
    assert tone_of("The message contains nothing but a smiley face.") == 0


@pytest.mark.parametrize("text", [
    # "without" of a manner: the collapse came; what it "would have" done had it come later is no rescue
    "Without warning, the roof of the sports hall collapsed and would have killed dozens had it fallen during a match.",
    # cuts that limit, no limit cut
    "Spending cuts limit what schools can offer.",
])
def test_what_only_looks_like_a_harm_kept_away_keeps_its_harm(text: str) -> None:
    assert tone_of(text) < 0


@pytest.mark.parametrize("text", [
    "But for the airbag, the driver would have been seriously injured, police said.",
    "Without the crew, the fishermen would almost certainly have drowned.",
    # an "if" of what had been otherwise
    "If the ambulance had arrived five minutes later, he would have died, doctors said.",
    "Police said that if the bomb had gone off, hundreds of people could have been killed.",
    # a harm whose object is no one
    "The fire damaged nothing, the fire service said.",
    "The storm hurt no one.",
])
def test_a_harm_kept_away_or_that_befell_no_one_reads_good(text: str) -> None:
    assert tone_of(text) > 0


@pytest.mark.parametrize("text", [
    "If convicted, he would have faced life in prison.",  # no "had": a sentence that was possible
    "The fire damaged nothing but a storeroom.",  # only a storeroom
    "Firefighters said the building was damaged. Nothing was taken.",  # a mark: no object of the harm
])
def test_a_harm_that_was_possible_or_came_stays_bad(text: str) -> None:
    assert tone_of(text) < 0


@pytest.mark.parametrize("text", [
    # a negation that excepts or compares: the harm befell someone
    "The attack killed no one else, police said.",
    "The gunman killed nobody except his wife, police said.",
    "The scandal hurt nobody more than the chairman.",
    "The flood damaged nothing less than the town's water supply.",
])
def test_a_harm_of_no_one_else_befell_someone(text: str) -> None:
    assert tone_of(text) < 0


@pytest.mark.parametrize("text", [
    # an "if" left out, its "had" first: what the clause did kept the harm away
    "Had the pilot not acted, the plane would have crashed.",
    "Had the crew not reached them, the two kayakers would have drowned, the coastguard said.",
])
def test_a_harm_kept_away_by_an_inverted_had_clause_reads_good(text: str) -> None:
    assert tone_of(text) > 0


@pytest.mark.parametrize("text", [
    # the "would have" inside the "had" clause, no comma before it: nothing closes what kept a harm away
    "Had they kicked their points they would have beaten France, the coach said.",
    # "had" not first in its sentence: no conditional
    "He had been badly injured in the crash, police said, and would have died without help.",
])
def test_a_had_that_opens_no_clause_of_its_own_keeps_the_harm(text: str) -> None:
    assert tone_of(text) < 0


@pytest.mark.parametrize("text", [
    "The earthquake hurt nobody.",
    "The cyclone killed nobody on the island, officials said.",
])
def test_the_event_that_harmed_no_one_as_its_subject_is_no_bad_news(text: str) -> None:
    assert tone_of(text) > 0


@pytest.mark.parametrize("text", [
    "The earthquake hurt thousands of families in the town.",  # a harm that came
    "The attack killed no one else after police arrived.",  # it killed someone before
    "The earthquake in the north killed dozens of villagers.",  # a harm that came, past a phrase of where
])
def test_the_event_of_a_harm_that_befell_someone_keeps_its_tone(text: str) -> None:
    assert tone_of(text) < 0


@pytest.mark.parametrize("text", [
    # a "no" before its noun is the harm's object as "nothing" is, and its event no news either
    "The wildfire damaged no homes.",
    "The storm destroyed no buildings, officials said.",
    "The earthquake damaged no houses in the old town.",
    # the event its subject past a phrase of where it struck
    "The wildfire in Alberta destroyed no homes.",
    "The earthquake off the coast of Japan destroyed no homes.",
    "The cyclone in the Bay of Bengal killed nobody.",
])
def test_a_harm_whose_object_a_no_negates_reads_good(text: str) -> None:
    assert tone_of(text) > 0


@pytest.mark.parametrize("text", [
    "The flood damaged no fewer than 40 homes.",  # a count, the harm came
    "The blast damaged no other building but destroyed the depot.",  # some other harm came
    "Fans began to scream no, no as the striker was injured.",  # a cry, no object of a harm
])
def test_a_no_after_a_harm_that_counts_or_cries_keeps_the_harm(text: str) -> None:
    assert tone_of(text) < 0
