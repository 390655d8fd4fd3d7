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


@pytest.mark.parametrize("text", ["The president refused to accept defeat.",
                                  "The Republican candidate, trailing by 40,000 votes, refused to accept defeat.",
                                  "He refused to accept defeat in the election and called the vote rigged."])
def test_a_refusal_to_accept_a_defeat_in_a_vote_is_a_dispute_not_resolve(text: str) -> None:
    # a politician who will not concede is news of a crisis: "The president refused to accept defeat" read +6.2
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", ["She refused to let the injury end her career.", "He refuses to let fear win.",
                                  "The town refused to let the floods ruin the festival."])
def test_a_refusal_to_let_a_bad_thing_prevail_is_resolve(text: str) -> None:
    # "refused to let the injury end her career" read −8.3, a refusal, an injury and an end
    assert tones(text)[0] > 0


def test_a_refusal_to_let_one_do_anything_else_is_no_resolve() -> None:
    assert tones("Border guards refused to let the refugees cross the border.")[0] < 0


def test_one_named_without_an_office_refusing_defeat_shows_resolve_unless_a_vote_follows() -> None:
    named, voted = tones("Mr Smith refused to accept defeat.", "Mr Smith refused to accept defeat in the election.")
    assert voted < 0 < named
