"""An illness counted in cases or spreading in an outbreak is health's story whatever the town, school or country
beside it: in a short headline the meaning of the everyday words outweighed the illness's own weight ("Measles cases
rise in London schools" was politics by "schools", "rise" and "london"; "Mumps outbreak spreads in Bhutan" had no
theme; "Typhoid outbreak hits Harare suburbs" was economy), where cases and outbreaks of other things stay theirs."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, term_evidence, themes
from warehouse.taxonomy_files import read_taxonomy

HEALTH = "medtop:07000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    "text",
    [
        "Measles cases rise in London schools",
        "Dengue cases surge in northern Bangladesh",
        "Mumps outbreak spreads in Bhutan",
        "Typhoid outbreak hits Harare suburbs",
        "Polio cases rise in Pakistan",
    ],
)
def test_an_illness_counted_in_cases_or_an_outbreak_leads_its_headline(iptc, text: str) -> None:
    assert article_primary(iptc, text, text) == HEALTH


@pytest.mark.parametrize(
    "text",
    [
        "Court cases rise in London",
        "Outbreak of violence in Paris suburbs",
        "Divorce cases climb in Kuwait",
        "Outbreak of strikes hits France",
        "Cases against bank executives dropped",
    ],
)
def test_cases_and_outbreaks_of_other_things_are_no_health(iptc, text: str) -> None:
    assert HEALTH not in themes(iptc, text)



@pytest.mark.parametrize(
    "text",
    [
        "Court hears polio case against vaccine maker",
        "Judge throws out the tuberculosis case brought by former miners",
    ],
)
def test_a_single_case_of_an_illness_in_court_counts_no_outbreak(iptc, text: str) -> None:
    # a lawsuit is "a polio case" in the singular; only cases in the plural count an outbreak's spread
    assert not {"polio case", "tuberculosis case"} & term_evidence(iptc, text, HEALTH)
