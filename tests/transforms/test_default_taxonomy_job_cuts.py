"""A firm that axes, cuts or slashes jobs is economy's story, as one that lays off or sheds its staff is: its
products' and unit's names made such headlines science and technology. A show, a tax or a manager axed, and a squad
cut, stay out of economy."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, themes
from warehouse.taxonomy_files import read_taxonomy

ECONOMY = "medtop:04000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


def test_a_firm_axing_jobs_in_a_tech_unit_is_economy_first(iptc) -> None:
    assert article_primary(iptc, "Meta to axe jobs in its virtual reality unit", "") == ECONOMY


def test_a_games_firm_axing_jobs_is_economy_too(iptc) -> None:
    # its unit's products keep science first here; the job cut is the firm's story beside them
    assert ECONOMY in themes(iptc, "Microsoft to axe jobs in gaming unit")


@pytest.mark.parametrize(
    "text",
    ["BBC to axe long-running quiz show",
     "Chelsea axed their manager after the defeat",
     "The coach cut his squad to 23 players"],
)
def test_what_else_is_axed_or_cut_is_no_economy(iptc, text: str) -> None:
    assert ECONOMY not in themes(iptc, text)
