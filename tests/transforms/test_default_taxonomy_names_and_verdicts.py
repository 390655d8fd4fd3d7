"""The bundled taxonomy on a technology firm's takeover, a famous defendant's verdict and a union's vote on pay:
by the themes' descriptions, economy (companies), crime (courts and trials) and labour (unions, wages)."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import primary, term_evidence
from warehouse.taxonomy_files import read_taxonomy

CRIME, ECONOMY, LABOUR, POLITICS, SCIENCE = (
    "medtop:02000000", "medtop:04000000", "medtop:09000000", "medtop:11000000", "medtop:13000000")


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


def test_a_technology_firm_s_takeover_is_economy(iptc) -> None:
    # It was science and technology, 18.4 points against 16.0, 5.1 of them "Microsoft" three times: a firm's name
    # now counts half beside another theme's strong term ("takeover", "acquisition").
    assert primary(
        iptc, "Microsoft completes $69bn takeover of Activision Blizzard",
        "Microsoft has completed its $69bn purchase of Activision Blizzard, the maker of Call of Duty, after the UK's "
        "competition regulator approved a revised deal. It is the largest acquisition in the history of the video "
        "games industry and makes Microsoft the world's third largest games company by revenue.",
    ) == ECONOMY


def test_a_technology_firm_s_product_stays_science(iptc) -> None:
    assert primary(
        iptc, "Microsoft ends support for Windows 10",
        "Microsoft has stopped issuing free security updates for Windows 10, the operating system still running on "
        "about 40% of the world's Windows computers, and security researchers warned that unpatched PCs would become "
        "an easy target for hackers.",
    ) == SCIENCE


def test_an_actor_s_guilty_verdict_is_crime(iptc) -> None:
    # It was arts by "film" and "actor": "found guilty" (1.7) and "sexually assaulting" now outrank the meaning of
    # the defendant's trade, as "jailed for" does.
    assert primary(
        iptc, "Gérard Depardieu found guilty of sexually assaulting two women on film set",
        "A Paris court has found the French actor Gérard Depardieu guilty of sexually assaulting two women during the "
        "filming of Les Volets Verts in 2021 and given him an 18-month suspended prison sentence. The judges also "
        "ordered him to pay damages to the women, a set dresser and an assistant director; his lawyer said he would "
        "appeal.",
    ) == CRIME


@pytest.mark.parametrize(
    ("text", "term"),
    [("Resident doctors in Scotland have voted to accept a pay offer worth 4.25%.", "voted to accept"),
     ("University staff vote to reject 1.4% pay offer", "vote to reject"),
     ("The union votes to reject the deal", "votes to reject")],
)
def test_a_vote_to_accept_or_reject_an_offer_is_labour_not_politics_vote(iptc, text: str, term: str) -> None:
    assert term in term_evidence(iptc, text, LABOUR)
    assert "vote" not in term_evidence(iptc, text, POLITICS)


def test_a_union_s_vote_to_accept_a_pay_deal_is_labour(iptc) -> None:
    # It was politics, 10.6 points against 7.6, by "vote" and "resident" in the headline and "voted" in the body.
    assert primary(
        iptc, "Resident doctors back new pay deal in vote",
        "Resident doctors in Scotland have voted to accept a pay offer worth 4.25% this year, ending the threat of "
        "walkouts, the British Medical Association said.",
    ) == LABOUR
