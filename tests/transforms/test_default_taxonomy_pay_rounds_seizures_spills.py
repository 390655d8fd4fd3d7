"""A pay offer accepted or rejected and a walk-out in protest are labour's, drugs seized are crime's, an oil spill is
pollution and a port's container volumes are trade: fresh headlines a new user fed the default taxonomy."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, themes
from warehouse.taxonomy_files import read_taxonomy

CRIME = "medtop:02000000"
ECONOMY = "medtop:04000000"
ENVIRONMENT = "medtop:06000000"
HEALTH = "medtop:07000000"
LABOUR = "medtop:09000000"
POLITICS = "medtop:11000000"
SPORT = "medtop:15000000"
CONFLICT = "medtop:16000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    "text",
    [
        "Nurses reject pay deal and plan further strikes",
        "Bus drivers in Dublin accept 4 percent pay offer",
        "Firefighters in Kent accepted the pay deal",
        "Cleaners at London hospitals walked out in protest over unpaid wages",
    ],
)
def test_a_pay_offer_settled_and_a_walk_out_in_protest_are_labour(iptc, text: str) -> None:
    assert article_primary(iptc, text, text) == LABOUR


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Opposition MPs walked out in protest at the vote", POLITICS),
        ("Fans accept apology from club over ticket prices", SPORT),
        ("Club rejects bid for striker", SPORT),
    ],
)
def test_lawmakers_walking_out_and_fans_accepting_an_apology_are_no_pay_round(iptc, text: str, theme: str) -> None:
    assert article_primary(iptc, text, text) == theme
    assert LABOUR not in themes(iptc, text)


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers find heroin in a lorry at Dover",
        "Border officers seized cocaine worth 10m at Felixstowe",
        "Police seized cocaine hidden on a container ship at the port of Antwerp",
        "Police found heroin worth 2m hidden in a van",
    ],
)
def test_drugs_found_or_seized_are_crime(iptc, text: str) -> None:
    assert article_primary(iptc, text, text) == CRIME


@pytest.mark.parametrize(
    ("text", "theme"),
    [("Patients found drugs cheaper abroad", None), ("Navy seized a tanker in the Gulf", CONFLICT)],
)
def test_medicines_found_and_a_tanker_seized_are_no_drug_seizure(iptc, text: str, theme: str | None) -> None:
    assert CRIME not in themes(iptc, text)
    if theme is not None:
        assert article_primary(iptc, text, text) == theme


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Oil spill spreads along the coast of Mauritius", ENVIRONMENT),
        ("Port of Felixstowe reports fall in container volumes", ECONOMY),
        ("Freight volumes on the Rhine fall as water levels drop", ECONOMY),
    ],
)
def test_an_oil_spill_is_pollution_and_a_ports_volumes_are_trade(iptc, text: str, theme: str) -> None:
    assert article_primary(iptc, text, text) == theme
