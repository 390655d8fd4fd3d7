"""The bundled taxonomy on a union's vote over pay or a strike: by the themes' descriptions a ballot of workers is
labour (unions and strikes, wages), not politics (elections), though a council is the employer."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary
from warehouse.taxonomy_files import read_taxonomy

LABOUR, POLITICS = "medtop:09000000", "medtop:11000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


def test_only_labour_outranks_roles_and_the_roles_are_politics_words(iptc) -> None:
    assert [theme.id for theme in iptc.themes if theme.outranks_roles] == [LABOUR]
    assert {(theme.id, term.text) for theme in iptc.themes for term in theme.terms if term.role} == {
        (POLITICS, "vote"), (POLITICS, "ballot"), (POLITICS, "council")}


def test_a_union_s_vote_to_stay_on_strike_against_a_council_is_labour(iptc) -> None:
    # It was politics, 9.10 points to labour's 9.02, by "vote" twice and the employer's "council" counted in full
    # beside labour's "walkout", "bin strike" and "all out strike".
    assert article_primary(
        iptc, "Birmingham bin strike: Unite members vote to carry on walkout into 2026",
        "Refuse collectors in Birmingham have voted to extend their all-out strike until March, the union Unite said, "
        "as the dispute over the council's plans to remove a role and cut pay by up to £8,000 a year entered its "
        "tenth month. Rubbish has piled up in some streets since January.",
    ) == LABOUR


@pytest.mark.parametrize(
    ("headline", "body"),
    [("MPs vote down government's welfare bill",
      "Labour MPs joined the opposition to vote down the government's welfare bill by 335 votes to 260 on Tuesday "
      "night, the biggest Commons defeat for a prime minister since 1924."),
     ("Council votes to raise council tax by 5%",
      "Councillors in Kent voted by 45 to 20 to raise council tax by the maximum 4.99% from April, blaming rising "
      "costs of adult social care."),
     # a strike beside an election, a law on strikes, a council's own vote: politics' story, the rule's reach
     ("Belgium votes amid general strike: Flemish nationalists top the poll",
      "The N-VA won the most seats in Sunday's federal election, held as a general strike closed airports and "
      "stations, leaving Bart De Wever to try to form a coalition government."),
     ("MPs vote through minimum service levels law for strikes",
      "MPs voted by 315 votes to 246 to pass the bill, which lets ministers set minimum service levels during strikes "
      "in health, rail and the fire service. Opposition parties said they would repeal it."),
     ("Council votes to scrap weekly bin collections despite union warning of walkout",
      "Councillors voted 32 to 18 to move to fortnightly collections from April. The GMB union warned its members "
      "would walk out if the council cut crews' hours; the council leader said the savings would protect libraries.")],
)
def test_a_vote_beside_no_strike_or_in_politics_own_story_is_still_politics(iptc, headline: str, body: str) -> None:
    assert article_primary(iptc, headline, body) == POLITICS
