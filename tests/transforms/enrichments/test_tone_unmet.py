"""What never came: a good thing whose verb of coming a negation turns is bad news, a bad one good; and the same
words where the negation denies no coming of theirs."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "The hoped-for recovery never came.",
    "The promised pay rise never materialised.",
    "They waited for help that never came.",
    "The long-promised investment never materialised.",
    # a thing of no tone of its own, the word of waiting for it in its subject says it was wanted
    "The long-awaited rate cut never came.",
    "The hoped-for rate cut never arrived.",
    # the thing before a reduced passive and its agent's phrase: the agent stands where its subject would
    "Help promised by the government never arrived.",
    "Relief promised by the government never arrived.",
    "The recovery forecast by economists never came.",
    # a wish in its subject makes each of its words a thing wanted, whatever their own sign
    "The bailout sought by the airline never came.",
    "The long-awaited pay deal never materialised.",
])
def test_a_good_thing_that_never_came_reads_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "The feared recession never came.",
    "The recession predicted by economists never came.",  # past its agent's phrase
])
def test_a_bad_thing_that_never_came_reads_good(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize(("text", "sign"), [
    ("The recovery came quickly after the vaccine was approved.", 1),  # it came
    ("Success never came easily to the club, which was relegated.", -1),  # how it came, not whether
    ("The update meant to fix the bug that crashed phones never arrived.", -1),  # the bug's clause, no subject
    ("The recovery did not come from exports but from spending.", 1),  # whence it came, not whether
    # a passive relative of a noun after "for": the remedy's target, no subject of the coming
    ("The patch for the flaw that was exploited never arrived.", -1),
])
def test_a_negation_that_denies_no_coming_of_the_word_keeps_its_tone(text: str, sign: int) -> None:
    assert tones(text)[0] * sign > 0


@pytest.mark.parametrize("text", [
    "The jobs that were promised never arrived.",
    "The pay rise that was promised never came.",
])
def test_a_good_thing_a_passive_relative_describes_that_never_came_reads_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize(("text", "sign"), [
    ("The help promised by the government came too late to save the firm", -1),  # a help that did not help
    ("Rescuers arrived too late to save him.", -1),
    ("The support came too late for the club.", -1),
    ("It is not too late to save the deal.", 1),  # no verb of coming: a hope kept
    ("The rescue came in time to save the crew.", 1),
])
def test_what_came_too_late_never_came(text: str, sign: int) -> None:
    tone = tones(text)[0]
    assert (tone > 0) - (tone < 0) == sign


@pytest.mark.parametrize(("text", "sign"), [
    ("Help came far too late.", -1),  # a degree word before "too late" says it more, no less late
    ("The aid arrived much too late to save the harvest.", -1),
    ("Support came way too late for the club.", -1),
    ("It is far from too late to save the deal.", 1),  # no verb of coming before the degree word: a hope kept
])
def test_what_came_far_or_much_too_late_never_came(text: str, sign: int) -> None:
    tone = tones(text)[0]
    assert (tone > 0) - (tone < 0) == sign


@pytest.mark.parametrize("text", [
    "The feared recession came too late to matter.",
    "The dreaded layoffs came too late to matter for this year's results.",
])
def test_a_bad_thing_that_came_too_late_still_came(text: str) -> None:
    assert tones(text)[0] < 0  # its lateness turns no harm to good news: only a good or wanted thing's


@pytest.mark.parametrize(("text", "sign"), [
    ("It was too little, too late for the villagers.", -1),  # an answer that failed those it was for
    ("The reforms came too little too late.", -1),
    ("It is not too late to save the reef.", 1),  # a hope kept: no lateness said
])
def test_too_little_too_late_is_a_failure(text: str, sign: int) -> None:
    tone = tones(text)[0]
    assert (tone > 0) - (tone < 0) == sign


@pytest.mark.parametrize(("text", "sign"), [
    ("The recovery in sales did not happen.", -1),  # the auxiliary is no word of the subject
    ("The expected recovery in exports did not happen.", -1),
    ("The recovery in house prices never happened.", -1),  # the head before what it is in
    ("The feared collapse of the bank never happened.", 1),
])
def test_a_thing_told_with_what_it_is_in_or_of_never_came(text: str, sign: int) -> None:
    tone = tones(text)[0]
    assert (tone > 0) - (tone < 0) == sign


def test_a_word_of_another_subject_before_the_auxiliary_is_read_as_before() -> None:
    # "come easily" is a manner, no coming denied: the success keeps its tone
    assert tones("Success in the league did not come easily.")[0] > 0


@pytest.mark.parametrize("text", [
    "The recovery has yet to come.",  # a perfect's "yet to": it has not come so far
    "The promised help has yet to arrive.",
    "The recovery has yet to materialise.",
])
def test_a_good_thing_that_has_yet_to_come_has_not_come(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize(("text", "sign"), [
    ("The worst is yet to come.", -1),  # a forecast that it will come, no coming denied
    ("The best is yet to come.", 1),
])
def test_what_is_yet_to_come_is_foretold(text: str, sign: int) -> None:
    tone = tones(text)[0]
    assert (tone > 0) - (tone < 0) == sign


@pytest.mark.parametrize("text", [
    # people named by what befell them who did not come: no harm averted, and the harm that named them happened
    "The victims of the attack did not come forward.",
    "Families of the victims did not arrive until Tuesday.",
    "Survivors of the crash have not arrived home.",
    "The victims of the flood have yet to arrive at the shelter.",
    "Refugees of the war in Syria did not arrive in Europe.",
    # a count that did not reach a level: the deaths it counts came
    "The death toll in the earthquake has not reached 100.",
])
def test_people_or_a_count_that_did_not_come_leave_the_harm_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    # the fear's word opens a noun phrase longer than the window of three words before the negation
    "The feared attack on refugees never happened.",  # read −7.0
    "The dreaded strike by rail workers never happened.",
])
def test_a_feared_thing_that_never_came_reads_good(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "The promised aid did not reach the survivors.",  # read +4.5, "reach" a level
    "The promised medicine did not reach the villages.",
    "Relief supplies did not reach the stranded villagers.",
])
def test_a_good_thing_that_did_not_reach_its_people_reads_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "Many feared the aid would never arrive.",  # a verb's "feared", its subject's fear: no thing foreseen
    "The feared attack killed 12 people.",  # no negation: the fear came true
])
def test_a_fear_that_no_denial_turns_stays_bad(text: str) -> None:
    assert tones(text)[0] < 0
