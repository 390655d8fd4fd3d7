"""A raid told by "hit" robs one branch ("a post office", "post office in Swansea"), so the institution a storm, a
strike or a budget hits ("Storm hits post office opening hours") is no crime; looted things handed back are
restitution, culture's news whatever the objects are called ("Museum returns looted bronzes to Nigeria" was crime); and
a march or a rally "against corruption" is a protest with any place between ("Thousands march in Belgrade against
corruption" had no theme), where an appeal against a corruption conviction stays no politics by those words."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, listed_evidence, themes
from warehouse.taxonomy_files import read_taxonomy

ARTS, CRIME, POLITICS = "medtop:01000000", "medtop:02000000", "medtop:11000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    "text", ["Storm hits post office opening hours", "Budget cuts hit post office services",
             "Strike hits post office deliveries in London", "Snow hits petrol station supplies"],
)
def test_the_place_as_an_institution_hit_is_no_crime(iptc, text: str) -> None:
    assert CRIME not in themes(iptc, text)


@pytest.mark.parametrize(
    "text", ["Masked gang hits post office in Swansea", "Raiders hit a petrol station near Hull",
             "Robbers hit jeweller in Leeds"],
)
def test_a_raid_on_one_branch_stays_crime(iptc, text: str) -> None:
    assert CRIME in themes(iptc, text)


@pytest.mark.parametrize(
    ("headline", "body"),
    [("Museum returns looted bronzes to Nigeria",
      "The museum will hand back dozens of Benin Bronzes looted by British soldiers in 1897."),
     ("France returns looted throne to Benin",
      "France has handed back 26 artefacts, including a royal throne, looted by colonial troops in 1892.")],
)
def test_looted_things_handed_back_are_culture_first(iptc, headline: str, body: str) -> None:
    assert article_primary(iptc, headline, body) == ARTS
    assert "returns looted" in listed_evidence(iptc, headline, ARTS)


def test_looted_cash_recovered_is_no_culture(iptc) -> None:
    assert ARTS not in themes(iptc, "Police recover looted cash from gang")


@pytest.mark.parametrize(
    "text", ["Thousands march in Belgrade against corruption",
             "Tens of thousands rally in Bratislava against corruption"],
)
def test_a_stand_against_corruption_is_politics(iptc, text: str) -> None:
    assert "against corruption" in listed_evidence(iptc, text, POLITICS)


@pytest.mark.parametrize(
    "text", ["Court rules against corruption suspect", "Banker loses appeal against corruption conviction"],
)
def test_a_court_or_appeal_against_a_corruption_charge_is_no_politics(iptc, text: str) -> None:
    assert POLITICS not in themes(iptc, text)
