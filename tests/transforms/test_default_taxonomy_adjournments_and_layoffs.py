"""A court that adjourns a trial is the story, not the juror's illness that made it; a firm that lays off or sheds its
staff is economy's story, not its products' (the firm's name alone made such headlines science and technology); and
where to stay safe or cool is no travel guide. The new words stay silent in their other senses: a clinical trial that
is postponed, a parent told to lay off the sugar, an inquiry that hopes to shed light."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, themes
from warehouse.taxonomy_files import read_taxonomy

CRIME, ECONOMY, HEALTH, LABOUR = "medtop:02000000", "medtop:04000000", "medtop:07000000", "medtop:09000000"
LIFESTYLE, SPORT = "medtop:10000000", "medtop:15000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    "text",
    ["Trial adjourned after a juror fell ill",
     "Trial adjourned after the lead barrister fell ill in court"],
)
def test_an_adjourned_trial_is_crime_alone(iptc, text: str) -> None:
    assert themes(iptc, text) == {CRIME}


@pytest.mark.parametrize(
    "headline",
    ["Google to lay off hundreds of staff in cloud unit",
     "Intel to shed a fifth of its workforce",
     "Meta lays off 5% of its staff in latest round of cuts"],
)
def test_a_firm_cutting_its_staff_is_economy(iptc, headline: str) -> None:
    assert article_primary(iptc, headline, "") == ECONOMY


def test_a_bank_laying_off_staff_keeps_labour_beside_economy(iptc) -> None:
    assert {ECONOMY, LABOUR} <= themes(iptc, "Dutch bank to lay off 2,850 staff")


def test_staying_safe_in_a_heatwave_is_no_travel_guide(iptc) -> None:
    assert LIFESTYLE not in themes(iptc, "Where to stay safe in a heatwave: the coolest places in town")
    assert LIFESTYLE in themes(iptc, "Where to stay in Lisbon: five boutique hotels for a city break")


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [("The clinical trial was postponed after a volunteer fell ill", CRIME, HEALTH),
     ("Lay off the sugar, dentists tell parents of young children", ECONOMY, None),
     ("The inquiry hopes to shed light on how the decisions were made", ECONOMY, None),
     ("The manager told his players to lay off the referee after the match", ECONOMY, SPORT)],
)
def test_the_new_words_stay_silent_in_their_other_senses(iptc, text: str, absent: str, present: str | None) -> None:
    got = themes(iptc, text)
    assert absent not in got
    assert present is None or present in got
