"""The bundled taxonomy on a technology firm's takeover, a famous defendant's verdict and a union's vote on pay:
by the themes' descriptions, economy (companies), crime (courts and trials) and labour (unions, wages)."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import primary, term_evidence
from warehouse.taxonomy_files import read_taxonomy

ARTS, CRIME, ECONOMY, LABOUR, POLITICS, SCIENCE, SPORT = (
    "medtop:01000000", "medtop:02000000", "medtop:04000000", "medtop:09000000", "medtop:11000000", "medtop:13000000",
    "medtop:15000000")


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


@pytest.mark.parametrize(
    ("expected", "headline", "body"),
    [
        (SCIENCE, 'Microsoft unveils next-generation Xbox at annual shareholder meeting',
         'Microsoft showed off its next Xbox console, with a custom AMD chip and cloud gaming built in, at its'
         ' annual shareholder meeting in Redmond on Tuesday. The console will ship in late 2027, the company '
         'said.'),
        (ARTS, 'Paddington in Peru review: a bear of very little wrong',
         'The bear is found guilty of nothing but charm in this third outing, which the director Dougal Wilson'
         ' fills with llamas, jungle chases and a scene-stealing Olivia Colman as a singing nun.'),
        (SPORT, 'Arsenal punished for wastefulness as Villa snatch late win',
         "Mikel Arteta's side were convicted of wastefulness in front of goal, hitting the woodwork three "
         'times before Ollie Watkins scored in the 89th minute at Villa Park to lift Villa to fourth in the '
         'Premier League.'),
        (POLITICS, 'MPs vote to reject Lords amendments to immigration bill',
         "MPs voted to reject all ten amendments the House of Lords had made to the government's immigration "
         'bill, sending it back to the upper chamber for a third time. The home secretary said the bill would '
         'become law before the summer.'),
        (ECONOMY, 'Tesla shareholders vote to reject Musk pay package',
         'Tesla shareholders voted to reject a $56bn pay package for chief executive Elon Musk at the '
         "company's annual meeting in Austin, a rare defeat for the board, which had urged investors to back "
         'it.'),
        (POLITICS, 'SPD members vote to accept coalition deal with CDU',
         "Members of Germany's Social Democrats voted to accept the coalition agreement with Friedrich Merz's "
         'conservatives, clearing the way for Merz to be elected chancellor by the Bundestag next week.'),
    ],
)
def test_names_and_verdicts_in_other_senses_keep_their_story_s_theme(iptc, expected: str, headline: str,
                                                                    body: str) -> None:
    # a firm's product shown at a shareholder meeting, a verdict of a match or a film, and votes to accept or reject
    # that are no union's: the words of today's rules in other senses, each classed before it was run
    assert primary(iptc, headline, body) == expected
