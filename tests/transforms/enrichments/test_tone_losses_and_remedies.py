"""Harms that befell none, losses not yet suffered, remedies for faults, tumours that shrink and records a span sets."""

from __future__ import annotations

import pytest

from transforms.enrichments import tone
from transforms.enrichments.batch import ParagraphBatch


def tone_of(text: str) -> float:
    return float(tone.rows(ParagraphBatch([text], ["p"], ["a"]))["tone"][0])


@pytest.mark.parametrize(("good", "bad"), [
    # a passive's participle past "not one of ..." befell none of them
    ("Not one of the hostages was harmed, the army said.", "One of the hostages was harmed, the army said."),
    ("Not a single one of the 300 passengers was injured.", "One of the 300 passengers was injured."),
    # "no" before a noun of two words and a finite "be"
    ("The company said no customer data was compromised.", "The company said customer data was compromised."),
    # a loss one has yet to suffer
    ("The unbeaten side has yet to lose a game this season.", "The side is likely to lose a game this season."),
    # a remedy's noun before "for" mends the fault as the verb does
    ("Microsoft issues patches for 7 software flaws", "Microsoft finds 7 software flaws"),
    # a tumour is a quantity whose fall is good news
    ("Doctors said the tumour had shrunk.", "Doctors said the tumour had grown."),
    # a record span leads the quantity after its "for"
    ("Record year for UK car exports", "Record year for UK road deaths"),
])
def test_a_harm_averted_reads_good_and_the_same_harm_done_bad(good: str, bad: str) -> None:
    assert tone_of(good) > 0 > tone_of(bad)


@pytest.mark.parametrize("text", [
    "The club went through a rough patch for much of the winter, losing five games in a row.",  # no remedy
    "He has yet to explain why the money was lost.",  # a loss after another verb yet to come
    "Two-thirds of the patients failed to lose weight.",  # an aim missed, no loss undone
    "Passwords of 2,000 staff were compromised on a massive scale.",  # a passive's, no sides meeting halfway
    "There is no doubt it was stolen.",  # a clause of its own after "no doubt": the theft stands
])
def test_the_rules_leave_other_senses_bad(text: str) -> None:
    assert tone_of(text) < 0


def test_sides_that_compromised_on_a_point_met_halfway() -> None:
    assert tone_of("The two parties compromised on the wording of the bill.") > 0


@pytest.mark.parametrize("text", [
    "We compromised on quality and it showed.",
    "They compromised on safety, the inquiry found.",
])
def test_those_who_compromised_on_what_should_be_kept_whole_cut_corners(text: str) -> None:
    assert tone_of(text) < 0


def test_one_who_never_compromised_on_safety_kept_it_whole() -> None:
    assert tone_of("The firm has never compromised on safety.") > 0
