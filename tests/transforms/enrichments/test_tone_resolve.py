"""Refusing to give in to a bad thing (transforms/enrichments/tone_resolve.py)."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", ["The team refused to accept defeat and scored twice in the last ten minutes.",
                                  "The villagers refused to give in to fear.",
                                  "The mayor refused to bow to threats from the gang.",
                                  "Staff refuse to be intimidated by the violence."])
def test_a_refusal_to_give_in_to_a_bad_thing_is_resolve(text: str) -> None:
    # "refused to accept defeat" read as a help refused and a defeat (−7.8)
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", ["The minister refused to accept responsibility for failures.",
                                  "He refused to accept the blame for the crash.",
                                  "The government refused to condemn the killings.",
                                  "The landlord refused to repair the damaged roof.",
                                  "The council refused to accept the offer."])
def test_a_refusal_of_what_one_owes_or_of_another_verb_is_no_resolve(text: str) -> None:
    assert tones(text)[0] < 0



@pytest.mark.parametrize("text", ["Unions refused to accept the job cuts and called a strike.",
                                  "Residents refused to accept the closure of the hospital.",
                                  "Farmers refused to accept the losses and blocked the motorway."])
def test_a_refusal_to_accept_a_decision_is_a_dispute_not_resolve(text: str) -> None:
    # Only a defeat is given in to by accepting it: "refused to accept the job cuts" read as resolve (+0.9, was −9.3).
    assert tones(text)[0] < 0
