"""A court's verb of undoing a charge is good news for the one charged; the same verb undoing no charge is not."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones
from transforms.enrichments import tone
from transforms.enrichments.batch import ParagraphBatch


@pytest.mark.parametrize("undone, kept", [
    ("The appeals court quashed her conviction for fraud.", "The appeals court upheld her conviction for fraud."),
    ("A judge dismissed the fraud charges against him.", "A judge read out the fraud charges against him."),
    ("The court threw out the case against the journalists.", "The court heard the case against the journalists."),
    ("Judges overturned the murder convictions of the two men.", "Judges confirmed the murder convictions of the "
                                                                 "two men."),
])
def test_a_charge_a_court_undoes_is_good_news_where_the_charge_kept_is_not(undone: str, kept: str) -> None:
    assert tones(kept)[0] <= 0 < tones(undone)[0]


@pytest.mark.parametrize("text", [
    "A lorry overturned, killing the driver.",  # intransitive: nothing undone
    "The club dismissed the coach after defeats.",
    "The judge threw out his claim of unfair dismissal.",  # a claim is no charge: bad news for whoever made it
    "The court did not overturn his conviction for fraud.",  # a negation undoes the undoing
    "The judge declined to dismiss the fraud charges.",
    "The minister dismissed fears of a recession.",  # a court's verb averts a charge, never a worry
])
def test_the_same_verbs_undoing_no_charge_keep_the_bad_news(text: str) -> None:
    assert tones(text)[0] < 0


def test_a_charge_names_no_charge_in_the_next_paragraph() -> None:
    kept = tone.rows(ParagraphBatch(["Headline: Bank quashed fraud", "charges were laid."], ["p0", "p1"], ["a", "a"]))
    assert kept["tone"][0] < 0


def test_a_charge_that_ends_its_paragraph_is_undone_whatever_follows() -> None:
    # The paragraph's own charge two words on decides, not the next paragraph's first word.
    alone, followed = tones("The appeal court quashed the fraud charges."), tones(
        "The appeal court quashed the fraud charges.", "It was a sunny day.")
    assert alone[0] > 0 and followed[0] > 0
