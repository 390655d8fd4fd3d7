"""The bundled taxonomy on 2020s news of the pandemic and the winter wards, a conclave, and a drought or fog."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import evidence_of_kind as evidence
from tests.transforms.default_taxonomy_checks import primary
from transforms.labeller import label_texts
from warehouse.taxonomy_files import read_taxonomy

ECONOMY, HEALTH, RELIGION, WEATHER = "medtop:04000000", "medtop:07000000", "medtop:12000000", "medtop:17000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    ("text", "theme", "term"),
    [
        ("Visitors must show a negative lateral flow test.", HEALTH, "lateral flow"),
        ("Travellers need a PCR test before they fly.", HEALTH, "PCR test"),
        ("A new variant is spreading fast.", HEALTH, "new variant"),
        ("Hospital admissions rose by a fifth.", HEALTH, "hospital admissions"),
        ("Ambulances queued outside the emergency department.", HEALTH, "emergency department"),
        ("Norovirus closed two wards.", HEALTH, "norovirus"),
        ("Patients wait weeks for a GP appointment.", HEALTH, "GP appointment"),
        ("The cardinal electors took an oath of secrecy.", RELIGION, "cardinal electors"),
        ("The College of Cardinals met on Monday.", RELIGION, "college of cardinals"),
        ("The doors of the Sistine Chapel were closed.", RELIGION, "sistine chapel"),
        ("Freezing fog closed the airport.", WEATHER, "freezing fog"),
        ("Reservoir levels fell below half.", WEATHER, "reservoir levels"),
    ],
)
def test_words_of_2020s_news_are_their_themes_terms(iptc, text: str, theme: str, term: str) -> None:
    # The dev corpora are of 2004-05: no lateral flow test, no norovirus on the wards, no cardinal electors.
    assert term in evidence(iptc, text, theme, "term")


@pytest.mark.parametrize(
    ("other_sense", "own_sense"),
    [
        ("The infection rate in Leicester stays high.", "The central bank raised its interest rate to 5%."),
        ("The Covid death rate fell in May.", "The Bank of England's base rate fell in May."),
        ("The vaccination rate lags in poorer areas.", "The exchange rate lags the dollar's rise."),
    ],
)
def test_an_epidemic_rate_is_no_economy_rate(iptc, other_sense: str, own_sense: str) -> None:
    # "Lockdown extended in Leicester as infection rate stays high" was economy first, 1.65 points of it "rate".
    assert "rate" not in evidence(iptc, other_sense, ECONOMY, "semantic")
    assert {"rate", "rates"} & evidence(iptc, own_sense, ECONOMY, "semantic")


@pytest.mark.parametrize(
    ("headline", "body", "theme"),
    [
        ("Hospital trust declares critical incident as wards fill",
         "Ambulances waited outside the emergency department for hours overnight as flu and norovirus cases rose, "
         "the trust said.", HEALTH),
        ("Hosepipe ban for Sussex after driest summer in 50 years",
         "Southern Water said reservoir levels had fallen to a third of capacity and asked customers not to wash "
         "their cars.", WEATHER),
    ],
)
def test_an_article_of_the_winter_wards_or_a_drought_gets_its_theme(iptc, headline: str, body: str,
                                                                     theme: str) -> None:
    # Were economy by "declares", "trust" and "customers": a water company's customers and a hospital trust lean
    # to business in the 2004 corpora's vectors ("driest" weighed half of "wettest": 0.9).
    assert primary(iptc, headline, body) == theme


def test_a_conclave_paragraph_is_religion_though_its_cardinals_win_votes(iptc) -> None:
    text = ("The 133 cardinal electors will stay inside the Sistine Chapel until one of them wins two thirds of "
            "the votes.")
    assert RELIGION in {label.theme_id for label in label_texts(iptc, [text])}
