"""The bundled taxonomy on business, labour and climate news, where a word of one theme is everyday in another sense:
a year's half is no match's, a shareholders' or a workforce's vote no election, a warming or pollution limit no
budget's."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import listed_evidence as evidence
from tests.transforms.default_taxonomy_checks import term_evidence
from transforms.labeller import label_texts
from warehouse.taxonomy_files import read_taxonomy

ARTS, ECONOMY, ENVIRONMENT, HEALTH = "medtop:01000000", "medtop:04000000", "medtop:06000000", "medtop:07000000"
POLITICS, SPORT = "medtop:11000000", "medtop:15000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize("text", [
    "Underlying operating profit in the first half of 2025 rose to £1.7bn.",
    "Sales growth slowed in the second half of the year as shoppers traded down.",
    "Small boat arrivals in the first half of the year were the highest on record.",
    "The miner's first-half profits fell by a third.",
])
def test_a_half_of_the_year_is_no_match(iptc, text: str) -> None:
    assert not term_evidence(iptc, text, SPORT) & {"first half", "second half"}


def test_a_matchs_half_is_still_sport(iptc) -> None:
    assert "first half" in term_evidence(iptc, "Kane scored twice in the first half at Wembley.", SPORT)
    assert "second half" in term_evidence(iptc, "Arsenal dominated the second half but could not score.", SPORT)


@pytest.mark.parametrize("text", [
    "Almost a quarter of BP shareholders voted against the re-election of its chairman.",
    "Nurses vote to reject 3.6% pay award",
    "Ford workers have voted on a new four-year contract.",
    "The board voted to replace the chief executive.",
])
def test_a_vote_of_owners_or_a_workforce_is_no_election(iptc, text: str) -> None:
    assert "vote" not in term_evidence(iptc, text, POLITICS)
    assert not evidence(iptc, text, POLITICS) & {"vote", "voted", "voting"}


def test_a_parliaments_vote_is_still_politics(iptc) -> None:
    assert "vote" in term_evidence(iptc, "MPs voted against the bill by 320 votes to 250.", POLITICS)
    assert "vote" in term_evidence(iptc, "Labour members voted for the new leader in a postal ballot.", POLITICS)


@pytest.mark.parametrize("text", [
    "Water companies breached sewage limits hundreds of times last year.",
    "The world has breached the 1.5C warming limit for a full year.",
    "Drivers caught above the speed limit near schools face higher fines.",
])
def test_a_limit_of_law_or_climate_is_no_budgets(iptc, text: str) -> None:
    assert not evidence(iptc, text, ECONOMY) & {"limit", "limits"}


def test_a_spending_limit_is_still_economy(iptc) -> None:
    assert "limit" in evidence(iptc, "The Treasury will limit spending and borrowing next year.", ECONOMY)


def test_sewage_beyond_its_limits_is_environment(iptc) -> None:
    # economy's meaning of "limits" (1.75 points in a headline) outweighed the sewage
    labels = label_texts(iptc, ["Water firms breached their sewage limits, regulator says"])
    assert max(labels, key=lambda label: label.score).theme_id == ENVIRONMENT


@pytest.mark.parametrize(("text", "term"), [
    ("Temperatures were 1.5C above pre-industrial levels.", "pre industrial"),
    ("The Greenland ice sheet lost 300 billion tonnes of ice.", "ice sheet"),
    ("Sea level rise threatens coastal towns.", "sea level rise"),
])
def test_the_climates_own_words_are_environment(iptc, text: str, term: str) -> None:
    assert term in term_evidence(iptc, text, ENVIRONMENT)


@pytest.mark.parametrize(("text", "word"), [
    ("Mortality rate for babies rises in poorest areas", "rate"),
    ("Suicide rate among young men rises", "rate"),
    ("GCSE pass rate falls for second year", "rate"),
    ("Tumour growth slowed by new drug, trial finds", "growth"),
])
def test_a_rate_or_growth_of_illness_crime_or_exams_is_no_economy(iptc, text: str, word: str) -> None:
    assert word not in evidence(iptc, text, ECONOMY)


def test_a_rate_of_money_is_still_economy(iptc) -> None:
    assert "rates" in evidence(iptc, "Interest rates held at 4% as growth stalls", ECONOMY)


def test_a_figure_that_hits_a_record_is_no_chart_hit(iptc) -> None:
    # arts' meaning of "hits", "list" and "record" made a hospital waiting list arts (4.5 points)
    labels = label_texts(iptc, ["Hospital waiting list hits record 7.7 million"])
    assert max(labels, key=lambda label: label.score).theme_id == HEALTH
    assert "hits" not in evidence(iptc, "Knife crime hits a record high in England and Wales", ARTS)
    # a song's hit is still arts'
    song = "The band's new single hits number one in the charts"
    assert ARTS in {label.theme_id for label in label_texts(iptc, [song])}
