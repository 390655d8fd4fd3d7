"""A price risen "to a record" and quoted by the tonne is a market's, fishermen hit by a collapse an industry's, a
meteorology centre's reading weather, a round of layoffs labour's and the member for a seat a parliament's: fresh
news a new user fed the default taxonomy."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, term_evidence, themes
from warehouse.taxonomy_files import read_taxonomy

ARTS = "medtop:01000000"
DISASTER = "medtop:03000000"
ECONOMY = "medtop:04000000"
ENVIRONMENT = "medtop:06000000"
LABOUR = "medtop:09000000"
POLITICS = "medtop:11000000"
SPORT = "medtop:15000000"
WEATHER = "medtop:17000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    "text",
    [
        "Copper rose to a record $11,200 a tonne on the London Metal Exchange",
        "Gold climbed to a record $2,700 an ounce",
        "Oman fishermen hit by sardine collapse",
    ],
)
def test_a_price_at_a_record_and_fishermen_hit_are_economy_not_music(iptc, text: str) -> None:
    assert article_primary(iptc, text, text) == ECONOMY
    assert ARTS not in themes(iptc, text)


@pytest.mark.parametrize(
    ("headline", "body", "theme"),
    [
        ("Band signs to a record label in London", "The band signed to a record label after a tour of Britain.", ARTS),
        ("Adele hit single tops the charts again", "Her new hit single went straight to number one in the UK charts.",
         ARTS),
        ("Town hit by floods as river bursts banks",
         "The town was hit by floods after the river burst its banks overnight, the fire service said.", DISASTER),
    ],
)
def test_a_record_label_and_a_hit_single_stay_arts(iptc, headline: str, body: str, theme: str) -> None:
    assert article_primary(iptc, headline, body) == theme


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures in Abu Dhabi reached 49.8°C, the highest reading of the summer so far, the National Centre of"
        " Meteorology said",
        "Temperatures in Phoenix reached 47C, the highest reading this year, the weather service said",
    ],
)
def test_a_weather_service_reading_is_weather(iptc, text: str) -> None:
    assert article_primary(iptc, text, text) == WEATHER


def test_a_round_of_layoffs_is_labour_not_a_match_round(iptc) -> None:
    text = (
        "It is the third round of layoffs at a Southeast Asian technology company this year, after cuts at two"
        " e-commerce firms in Indonesia in March."
    )
    assert "round of layoffs" in term_evidence(iptc, text, LABOUR)
    assert SPORT not in themes(iptc, text)
    cup = "Arsenal beat Bristol City 3-1 to reach the third round of the cup."
    assert article_primary(iptc, cup, cup) == SPORT


def test_a_legislator_named_by_the_seat_is_politics(iptc) -> None:
    text = (
        "The member for George said farmers in the Southern Cape faced a third year of drought and that dam levels"
        " in Oudtshoorn were below 20 percent."
    )
    assert article_primary(iptc, text, text) == POLITICS


def test_a_court_setting_aside_a_water_use_licence_is_no_politics(iptc) -> None:
    text = "The High Court in Pretoria set aside the water-use licence of a coal mine"
    assert article_primary(iptc, text, text) == ENVIRONMENT
    budget = "Government sets aside £2bn for new housing"
    assert article_primary(iptc, budget, budget) == POLITICS
