from __future__ import annotations

import pytest

from transforms.matching.themes import ThemeMatcher
from transforms.taxonomy import parse_taxonomy

TERMS = '"mph", "km/h", {term = "mph winds", weight = 2}, "bn", "GP", "100m"'
# A term with an accent makes the matcher find its keys with the automaton, not by the batch's words:
# both ways must read units alike.
PATHS = [TERMS, TERMS + ', "café"']


def evidence(terms: str, *paragraphs: str) -> list[tuple[int, str, str]]:
    matcher = ThemeMatcher(parse_taxonomy(f'[taxonomy]\nmin_score = 1.0\n[[themes]]\nid = "t"\nterms = [{terms}]'))
    return [
        (label.paragraph, e.term, paragraphs[label.paragraph][e.start : e.end])
        for label in matcher.label(list(paragraphs)) for e in label.evidence
    ]


@pytest.mark.parametrize("terms", PATHS)
def test_a_term_names_the_unit_written_against_a_number(terms: str) -> None:
    # The evidence's span is the unit, as every span reads its term.
    assert evidence(terms, "Gusts of 99mph were recorded", "Wind speeds of 120km/h", "a $4.5bn deal") == [
        (0, "mph", "mph"), (1, "km/h", "km/h"), (2, "bn", "bn")
    ]


@pytest.mark.parametrize("terms", PATHS)
def test_a_phrase_goes_on_from_the_unit(terms: str) -> None:
    assert evidence(terms, "Storm Ciaran brought 99mph winds") == [(0, "mph winds", "mph winds")]


@pytest.mark.parametrize("terms", PATHS)
def test_a_term_of_number_and_unit_wins_over_the_unit(terms: str) -> None:
    assert evidence(terms.replace('"100m"', '"100m", "m"'), "He ran the 100m") == [(0, "100m", "100m")]


@pytest.mark.parametrize("terms", PATHS)
def test_an_acronym_names_no_unit(terms: str) -> None:
    assert evidence(terms, "The 3GP video format", "See your GP") == [(1, "GP", "GP")]


@pytest.mark.parametrize("terms", PATHS)
def test_only_a_number_carries_a_unit(terms: str) -> None:
    # "b52mph" is no number and unit; "mph2" ends in digits.
    assert evidence(terms, "b52mph and mph2 and x99mph") == []
