"""A vessel that sank or ran aground is a wreck, whatever cargo it carried, and a getaway with cash labels a paragraph
alone: fresh news a new user fed the default taxonomy after ships became trade's words."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, themes
from warehouse.taxonomy_files import read_taxonomy

CRIME = "medtop:02000000"
DISASTER = "medtop:03000000"
ECONOMY = "medtop:04000000"
SPORT = "medtop:15000000"
CONFLICT = "medtop:16000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sank off Lampedusa, 40 missing",
        "A cargo ship ran aground off Cornwall and its crew were rescued",
        "Tanker runs aground in the Bosphorus",
        "Migrant boat sinks in the Aegean",
        "Two ferries sank off Bangladesh, 60 missing",
    ],
)
def test_a_vessel_that_sank_or_ran_aground_is_a_disaster(iptc, text: str) -> None:
    assert article_primary(iptc, text, text) == DISASTER


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("The navy sank two ships in the Black Sea", CONFLICT),
        ("Shares sank after the profit warning", ECONOMY),
        ("Talks ran aground over the price", ECONOMY),
        ("Cargo ship orders rise as trade recovers", ECONOMY),
        ("Port reopens as grain ships leave", ECONOMY),
    ],
)
def test_a_vessel_sunk_by_a_navy_or_a_price_that_sank_is_no_wreck(iptc, text: str, theme: str) -> None:
    assert article_primary(iptc, text, text) == theme
    assert DISASTER not in themes(iptc, text)


@pytest.mark.parametrize(
    "text",
    ["Two men fled with cash after holding up a shop", "Three men fled with cash after holding up a post office"],
)
def test_a_getaway_with_cash_labels_a_paragraph_alone(iptc, text: str) -> None:
    assert CRIME in themes(iptc, text)
    assert article_primary(iptc, text, text) == CRIME


def test_the_striker_who_fled_with_the_ball_is_no_robber(iptc) -> None:
    text = "The striker fled with the ball and scored"
    assert CRIME not in themes(iptc, text)
    assert article_primary(iptc, text, text) == SPORT
