"""2026 news the bundled taxonomy misread: a walk-out told by its cause rather than its trade ("Polish truckers walked
out on Monday over unpaid wages" was politics alone; teachers who "walked out of schools ... demanding a 20 percent
pay rise" education and economy), an illness of heat ("treated for heat stroke" had no health), a drought measured
by its reservoirs ("A two-year drought has left reservoirs in Catalonia at 12 percent of capacity" science and
economy), and a hold-up told in the past with its article ("Gunmen held up a petrol station in Soweto" conflict).
A walk-out of a meeting or a demand for dividends stays no labour, a swimmer's stroke in a heat no health, and a
delay's "held up" no crime."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import themes
from warehouse.taxonomy_files import read_taxonomy

CRIME, DISASTER, ENVIRONMENT, HEALTH, LABOUR = (
    "medtop:02000000", "medtop:03000000", "medtop:06000000", "medtop:07000000", "medtop:09000000")


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    "text",
    ["Thousands of teachers walked out of schools across Hungary on Friday demanding a 20 percent pay rise.",
     "Polish truckers walked out on Monday over unpaid wages.",
     "Dock workers walked out demanding higher wages."],
)
def test_a_walk_out_over_pay_is_labour(iptc, text: str) -> None:
    assert LABOUR in themes(iptc, text)


@pytest.mark.parametrize(
    "text",
    ["Investors walked out of the meeting demanding higher dividends.",
     "The delegation walked out of the talks over the border dispute.",
     "She walked out on her husband after twenty years."],
)
def test_a_walk_out_not_over_pay_is_no_labour(iptc, text: str) -> None:
    assert LABOUR not in themes(iptc, text)


@pytest.mark.parametrize(
    "text",
    ["The Ministry said 230 people had been treated for heat stroke.",
     "Dozens were taken to hospital with heatstroke.",
     "Hundreds treated for heat exhaustion at the festival."],
)
def test_an_illness_of_heat_is_health(iptc, text: str) -> None:
    assert HEALTH in themes(iptc, text)


@pytest.mark.parametrize(
    "text",
    ["Swimmer wins 200m breast stroke in the heat.", "He won with a stroke of genius in the heat of the final."],
)
def test_a_stroke_in_a_heat_is_no_health(iptc, text: str) -> None:
    assert HEALTH not in themes(iptc, text)


def test_a_drought_told_by_its_reservoirs_is_the_environments_or_a_disaster(iptc) -> None:
    found = themes(iptc, "A two-year drought has left reservoirs in Catalonia at 12 percent of capacity.")
    assert found & {DISASTER, ENVIRONMENT}


def test_a_drought_of_money_stays_no_disaster(iptc) -> None:
    assert DISASTER not in themes(iptc, "cash drought hits small firms")


@pytest.mark.parametrize(
    "text", ["Gunmen held up a petrol station in Soweto", "Robbers held up a post office in Bristol"],
)
def test_a_hold_up_told_in_the_past_is_a_robbery(iptc, text: str) -> None:
    assert CRIME in themes(iptc, text)


@pytest.mark.parametrize(
    "text", ["Traffic held up by bank holiday roadworks", "Regulators held up a bank merger for months"],
)
def test_held_up_as_a_delay_is_no_crime(iptc, text: str) -> None:
    assert CRIME not in themes(iptc, text)
