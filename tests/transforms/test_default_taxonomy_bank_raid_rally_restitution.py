"""A raid on "a bank in <town>" is crime as a raid on a post office is ("Gang hits a bank in Lyon" was arts by "hits"
and economy by "bank"), where a fine or a slump that hits a bank is no crime; a rally against something is a protest
whatever its object ("Protesters rally against corruption charges" had no theme), where a currency that rallies
against another is no politics; and land or money handed back is no heritage ("Government returns looted land to
farmers" was arts by "returns looted"), where looted artefacts handed back stay culture's."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import listed_evidence, themes
from warehouse.taxonomy_files import read_taxonomy

ARTS, CRIME, POLITICS = "medtop:01000000", "medtop:02000000", "medtop:11000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    "text", ["Gang hits a bank in Lyon", "Robbers hit a bank in Bradford", "Armed gang hits a bank in Marseille"],
)
def test_a_raid_on_a_bank_branch_is_crime_and_no_chart_hit(iptc, text: str) -> None:
    labels = themes(iptc, text)
    assert CRIME in labels
    assert ARTS not in labels


@pytest.mark.parametrize("text", ["Fines hit bank profits", "Slump hits bank shares in Paris"])
def test_a_bank_hit_by_a_fine_or_a_slump_is_no_crime(iptc, text: str) -> None:
    assert CRIME not in themes(iptc, text)


@pytest.mark.parametrize(
    "text", ["Protesters rally against corruption charges", "Thousands rally against far-right in Berlin"],
)
def test_a_rally_against_something_is_politics(iptc, text: str) -> None:
    assert "rally against" in listed_evidence(iptc, text, POLITICS)


@pytest.mark.parametrize("text", ["Sterling rallies against the dollar", "The euro rallied against the yen on Friday"])
def test_a_currency_rallying_against_another_is_no_politics(iptc, text: str) -> None:
    assert POLITICS not in themes(iptc, text)


@pytest.mark.parametrize(
    "text", ["Government returns looted land to farmers", "Nigeria to return looted funds to states"],
)
def test_land_or_money_handed_back_is_no_culture(iptc, text: str) -> None:
    assert ARTS not in themes(iptc, text)


@pytest.mark.parametrize(
    "text", ["Museum returns looted bronzes to Nigeria", "Museum hands back looted artefacts to Greece"],
)
def test_looted_artefacts_handed_back_stay_culture(iptc, text: str) -> None:
    assert ARTS in themes(iptc, text)
