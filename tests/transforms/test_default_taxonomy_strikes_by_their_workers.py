"""The bundled taxonomy on strikes as 2020s news names them: by the workers who hold them ("actors' strike"), by
their length ("a five-day strike"), as a "row over pay", and by the unions of doctors, nurses and actors."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import primary, term_evidence
from warehouse.taxonomy_files import read_taxonomy

LABOUR, SPORT = "medtop:09000000", "medtop:15000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    ("text", "term"),
    [("The actors' strike has halted production on dozens of films.", "actors strike"),
     ("Nurses began a 48-hour strike on Tuesday.", "hour strike"),
     ("Teachers will stage a five-day strike next month.", "day strike"),
     ("Ministers are braced for a new row over pay in the NHS.", "row over pay"),
     ("The British Medical Association said talks had broken down.", "British Medical Association"),
     ("Members of the Sag-Aftra union approved the contract.", "sag aftra")],
)
def test_a_strike_named_by_its_workers_or_length_and_its_union_are_labour_terms(iptc, text: str, term: str) -> None:
    assert term in term_evidence(iptc, text, LABOUR)


def test_a_goal_on_the_final_day_is_no_strike(iptc) -> None:
    # Football calls a goal a strike; "day strike" is labour's only where it names a strike's length.
    text = "Haaland's final-day strike against West Ham sealed the title."
    assert not {"day strike", "strike"} & term_evidence(iptc, text, LABOUR)


def test_an_article_of_doctors_walking_out_over_pay_is_labour(iptc) -> None:
    # It was politics, 10.0 points against labour's 4.8: "England", "resident" and "row" in the headline lean to
    # politics by meaning, and the government is the doctors' employer.
    assert primary(
        iptc, "Resident doctors in England walk out in row over pay",
        "Resident doctors in England have begun a five-day strike after talks between the British Medical Association "
        "and the health secretary broke down. The union says its members' pay has fallen by a fifth in real terms "
        "since 2008 and wants a pay rise to restore it; the government says the 5.4% award accepted by the "
        "independent pay review body this year is its final offer.",
    ) == LABOUR


def test_a_football_final_day_strike_stays_sport(iptc) -> None:
    assert primary(
        iptc, "Haaland's final-day strike seals the title for City",
        "Erling Haaland's 89th-minute final-day strike against West Ham gave Manchester City a 2-1 win and their "
        "fifth Premier League title in six seasons, as Arsenal finished two points behind.",
    ) == SPORT
