"""A theft's victim told in the passive ("was mugged", "were burgled") is crime even in one line; offenders told by
their disguise ("masked men", "a masked gunman") are crime's, and lead a headline over the victim's trade. A side's
"we were robbed" is a complaint of a referee, and missiles or drones "at sea" hit nothing: neither is crime or war.
"E. coli" is found however its full stop and capitals fall, and a footballer named Coli is no health."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, term_evidence, themes
from warehouse.taxonomy_files import read_taxonomy

CRIME, HEALTH, SPORT, WAR = "medtop:02000000", "medtop:07000000", "medtop:15000000", "medtop:16000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    "text",
    ["An 80-year-old man was mugged outside his flat in Leeds",  # no theme before: "mugged" alone 1.96
     "Two pensioners were mugged in the same street within a week.",
     "A shop owner has been burgled five times this year."],
)
def test_a_victim_told_in_the_passive_is_crime(iptc, text: str) -> None:
    assert CRIME in themes(iptc, text)


def test_masked_burglars_of_a_footballer_lead_the_headline(iptc) -> None:
    # was sport alone, 7.0 to crime's 2.65: "footballer" and "playing" outvoted the burglary
    text = "Masked men burgled the home of the footballer while he was playing abroad."
    assert CRIME in themes(iptc, text)
    assert article_primary(iptc, text, "") == CRIME


@pytest.mark.parametrize(
    "text",
    ["A masked gunman held up a petrol station in Dublin overnight.",
     "Masked intruders tied up the family and stole jewellery worth £50,000."],
)
def test_masked_offenders_are_crime(iptc, text: str) -> None:
    assert CRIME in themes(iptc, text)


@pytest.mark.parametrize(
    "text",
    ["We were robbed, said the manager after a late penalty decision.",
     "He felt he was robbed of the title by the judges.",
     "The Masked Singer returns to ITV with a new panel of judges.",
     "Masked dancers opened the carnival parade in Venice."],
)
def test_a_sides_complaint_and_masked_performers_are_no_crime(iptc, text: str) -> None:
    assert CRIME not in themes(iptc, text)


@pytest.mark.parametrize(
    "text",
    ["Sailors on the cruise ship watched missiles at sea being fired by the navy as part of routine drills.",
     "Sailors spotted drones at sea near the oil platform, the coastguard said."],
)
def test_missiles_and_drones_at_sea_are_no_attack(iptc, text: str) -> None:
    assert WAR not in themes(iptc, text)


def test_missiles_fired_at_ships_at_sea_stay_war(iptc) -> None:
    assert WAR in themes(iptc, "Houthi rebels fired missiles at ships in the Red Sea.")


@pytest.mark.parametrize("text", ["Cases of E. coli rise to 200", "Cases of E. Coli rise to 200",
                                  "An E.coli outbreak has been linked to lettuce.", "E coli cases rise in Scotland"])
def test_e_coli_is_found_however_written(iptc, text: str) -> None:
    # the matcher reads "E. coli"'s full stop as an initial's (transforms.matching.initials), so the phrase "e coli"
    # finds every spelling and health needs no bare "coli"
    assert HEALTH in themes(iptc, text)
    assert "e coli" in term_evidence(iptc, text, HEALTH)


@pytest.mark.parametrize("text", ["Coli signs new contract with Genoa until 2027",
                                  "Genoa striker Coli scores twice in cup win"])
def test_a_footballer_named_coli_is_no_health(iptc, text: str) -> None:
    assert HEALTH not in themes(iptc, text)
