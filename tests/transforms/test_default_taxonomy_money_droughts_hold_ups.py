"""2026 news the bundled taxonomy misread: after droughts became disasters, "Drought of investment hits the north" was
a disaster beside economy, a drought of money read as one of rain; and "Robbers hold up jeweller" had no theme, a
hold-up of a shop being a robbery told by its other verb; "Glaciers in the Alps lost a tenth of their ice" had none,
a glacier weighing less than an ice cap. A drought of rain keeps its disaster, "held up" by talks or traffic is no
crime, and a train or a park named for a glacier no environment story."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, themes
from warehouse.taxonomy_files import read_taxonomy

CRIME, DISASTER, ECONOMY = "medtop:02000000", "medtop:03000000", "medtop:04000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    "headline",
    ["Drought of investment hits the north",
     "Start-ups face a funding drought as lenders pull back",
     "Investment drought leaves factories idle"],
)
def test_a_drought_of_money_is_no_disaster(iptc, headline: str) -> None:
    found = themes(iptc, headline)
    assert DISASTER not in found
    assert article_primary(iptc, headline, "") == ECONOMY


@pytest.mark.parametrize(
    "headline",
    ["Drought hits northern Kenya herders", "Worst drought of the century hits Somalia"],
)
def test_a_drought_of_rain_keeps_its_disaster(iptc, headline: str) -> None:
    assert article_primary(iptc, headline, "") == DISASTER


@pytest.mark.parametrize(
    "headline",
    ["Robbers hold up jeweller", "Gunmen hold up petrol station in Leeds", "Armed gang holds up bank in Lyon"],
)
def test_a_hold_up_of_a_shop_or_bank_is_a_robbery(iptc, headline: str) -> None:
    assert article_primary(iptc, headline, "") == CRIME


@pytest.mark.parametrize(
    "headline",
    ["Talks held up by row over bank levy", "Traffic held up on the M6 after lorry fire"],
)
def test_held_up_by_a_delay_is_no_crime(iptc, headline: str) -> None:
    assert CRIME not in themes(iptc, headline)


ENVIRONMENT = "medtop:06000000"


def test_a_glaciers_loss_of_ice_is_the_environments_story(iptc) -> None:
    assert article_primary(iptc, "Glaciers in the Alps lost a tenth of their ice", "") == ENVIRONMENT


@pytest.mark.parametrize(
    "headline",
    ["Glacier Express train derails in Swiss Alps", "Tourists return to Glacier National Park as roads reopen"],
)
def test_a_train_or_park_named_for_a_glacier_is_no_environment_story(iptc, headline: str) -> None:
    assert ENVIRONMENT not in themes(iptc, headline)
