"""A firm that axes, cuts or slashes jobs is economy's story, as one that lays off or sheds its staff is: its
products' and unit's names made such headlines science and technology. A show, a tax or a manager axed, and a squad
cut, stay out of economy. The cut's size may stand between the verb and "jobs" ("to axe 3,200 jobs")."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, term_evidence, themes
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


@pytest.mark.parametrize(
    "text",
    ["Ford to axe 600 jobs",
     "Unilever to axe 3,200 jobs in Europe",
     "Microsoft to cut 6,000 jobs",
     "Steelmaker slashes thousands of jobs",
     "Bank sheds 1,200 jobs after merger"],
)
def test_a_cut_of_a_number_of_jobs_is_economy_first(iptc, text: str) -> None:
    assert article_primary(iptc, text, "") == ECONOMY


@pytest.mark.parametrize("text", ["Council to axe the 2026 jobs fair", "Club to cut 3 players and jobs fair plans"])
def test_a_word_between_the_number_and_jobs_is_no_cut(iptc, text: str) -> None:
    assert "axe # jobs" not in term_evidence(iptc, text, ECONOMY)
    assert "cut # jobs" not in term_evidence(iptc, text, ECONOMY)
