"""2026 news the bundled taxonomy misread: a raid told by "hit" ("Raiders hit post office in Cardiff" was sport by the
team's name), looted art returned ("British Museum to return looted artefacts to Ghana" was crime), a march against
something ("Thousands march against corruption" had no theme), a fire that "forces thousands to flee" (conflict by
an army's "forces"), and cholera in a camp ("Cholera outbreak spreads in Sudan's refugee camps" was conflict first).
A team's win, looted cash, prices' march and an army's forces keep their themes."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, themes
from warehouse.taxonomy_files import read_taxonomy

ARTS, CRIME, DISASTER, HEALTH, POLITICS, CONFLICT = (
    "medtop:01000000", "medtop:02000000", "medtop:03000000", "medtop:07000000", "medtop:11000000", "medtop:16000000")


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    "text", ["Raiders hit post office in Cardiff", "Armed raiders hit jeweller in Birmingham",
             "Robbers hit post office in Leeds"],
)
def test_a_raid_told_by_hit_is_crime(iptc, text: str) -> None:
    assert CRIME in themes(iptc, text)


@pytest.mark.parametrize("text", ["Raiders beat Chiefs 24-17", "Oil prices hit a record high"])
def test_a_hit_that_robs_no_place_is_no_crime(iptc, text: str) -> None:
    assert CRIME not in themes(iptc, text)


@pytest.mark.parametrize(
    ("headline", "body"),
    [("British Museum to return looted artefacts to Ghana",
      "The British Museum will lend gold and silver artefacts looted from the Asante kingdom back to Ghana."),
     ("Netherlands returns looted art to Indonesia",
      "The Dutch government is returning hundreds of artworks and objects looted during the colonial era.")],
)
def test_looted_art_returned_is_culture_first(iptc, headline: str, body: str) -> None:
    assert article_primary(iptc, headline, body) == ARTS


def test_looted_cash_stays_crime_and_no_art(iptc) -> None:
    found = themes(iptc, "Police recover looted cash from gang")
    assert CRIME in found and ARTS not in found


@pytest.mark.parametrize(
    "text", ["Thousands march against corruption in Belgrade", "Farmers marched against the new land law"],
)
def test_a_march_against_something_is_a_protest(iptc, text: str) -> None:
    assert POLITICS in themes(iptc, text)


@pytest.mark.parametrize(
    "text", ["Prices march higher against the dollar", "Band's march to the top of the charts continues"],
)
def test_a_march_that_opposes_nothing_is_no_politics(iptc, text: str) -> None:
    assert POLITICS not in themes(iptc, text)


def test_a_fire_that_forces_thousands_out_is_no_war(iptc) -> None:
    found = themes(iptc, "Wildfire forces thousands to flee")
    assert DISASTER in found and CONFLICT not in found


@pytest.mark.parametrize(
    "text", ["Security forces killed twelve militants in the raid", "Forces loyal to the general seized the airport"],
)
def test_an_armys_forces_stay_conflict(iptc, text: str) -> None:
    assert CONFLICT in themes(iptc, text)


def test_cholera_in_a_camp_is_health_first(iptc) -> None:
    headline = "Cholera outbreak spreads in Sudan's refugee camps"
    assert article_primary(iptc, headline, headline) == HEALTH
