"""The bundled taxonomy on a financial crime's charge sheet and a union's step towards a strike: by the themes'
descriptions, a payments chief's fraud trial is crime (courts and trials), not economy by his company and its
markets, and a union's consultative ballot or strike authorisation is labour (unions and strikes)."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import primary, themes
from warehouse.taxonomy_files import read_taxonomy

CRIME, ECONOMY, LABOUR = "medtop:02000000", "medtop:04000000", "medtop:09000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


def test_a_payments_chief_s_fraud_trial_is_crime(iptc) -> None:
    # It was economy, 7.0 points against 3.0, by "chief executive", "company", "payment" and "market": the charges,
    # "breach of trust" and "market manipulation", and the "12-year sentence" asked for were no listed crime terms.
    assert primary(
        iptc, "Wirecard trial: Munich court hears final pleas as ex-chief Markus Braun denies fraud",
        "Prosecutors in Munich have asked for a 12-year sentence for Markus Braun, the former chief executive of "
        "Wirecard, at the end of a trial that has run for more than two years. Braun, who denies fraud, breach of "
        "trust and market manipulation, says he was deceived by subordinates over €1.9bn missing from the payments "
        "company's accounts.",
    ) == CRIME


@pytest.mark.parametrize(
    ("headline", "body"),
    [("Nurses in Scotland reject pay offer in indicative ballot",
      "Nurses in Scotland have rejected the Scottish government's pay offer of 3.6%, with two-thirds voting against "
      "it in an indicative ballot run by the Royal College of Nursing. The union said it would now consult members "
      "on industrial action."),
     ("Hotel workers in Las Vegas vote to authorize a strike",
      "Casino and hotel staff represented by the Culinary Union voted 97% to authorize a strike at 18 resorts on "
      "the Strip if contract talks fail.")],
)
def test_a_union_s_ballot_before_a_strike_is_labour(iptc, headline: str, body: str) -> None:
    # Both were politics, by "government", "vote" and politics' "ballot" (0.8), which the union's "indicative
    # ballot" now wins as the longer phrase, and by the vote that "authorize[s] a strike", now labour's 2.3.
    assert primary(iptc, headline, body) == LABOUR


@pytest.mark.parametrize(
    ("headline", "body", "theme"),
    [("Party members back leader in indicative ballot on coalition",
      "Members of the Social Democrats backed joining the coalition government in an indicative ballot, clearing "
      "the way for the party's leader to become finance minister.", "medtop:11000000"),
     ("Shares fall as markets fret over manipulation claims at Adani",
      "Shares in Adani companies fell sharply as investors weighed short-seller claims of stock price "
      "manipulation, which the group denies.", ECONOMY)],
)
def test_the_words_near_the_new_phrases_keep_their_theme(iptc, headline: str, body: str, theme: str) -> None:
    # A party's indicative ballot is still politics; manipulation claims weighed by markets are still economy.
    assert primary(iptc, headline, body) == theme


@pytest.mark.parametrize("text", [
    "Trump weighs whether to authorize a strike on Iranian nuclear sites",
    "Israel's security cabinet votes to authorise a strike on Hezbollah positions in southern Lebanon",
    "Defence officials sought strike authorization against the boat from the White House before the attack.",
])
def test_a_military_strike_authorised_is_no_labour(iptc, text: str) -> None:
    # Each was labour by the union's "authorize a strike" or "strike authorization" (2.3): a strike on a target is an
    # attack, as labour's excluded "air strike" is
    assert LABOUR not in themes(iptc, text)
