from __future__ import annotations

import pytest

from transforms.matching.themes import ThemeMatcher
from transforms.taxonomy import parse_taxonomy

TERMS = '"mph", "km/h", {term = "mph winds", weight = 2}, "bn", "GP", "100m"'
# The matcher finds its keys by the batch's words, or (where they cannot be: `PhraseKeys.fit`) by the
# automaton: both ways must read units alike, and with an accented term among them.
PATHS = [(TERMS, True), (TERMS, False), (TERMS + ', "café"', True), (TERMS + ', "café"', False)]


def evidence(path: tuple[str, bool], *paragraphs: str) -> list[tuple[int, str, str]]:
    terms, by_words = path
    matcher = ThemeMatcher(parse_taxonomy(f'[taxonomy]\nmin_score = 1.0\n[[themes]]\nid = "t"\nterms = [{terms}]'))
    assert matcher._phrases is not None
    if not by_words:
        matcher._phrases = None
    return [
        (label.paragraph, e.term, paragraphs[label.paragraph][e.start : e.end])
        for label in matcher.label(list(paragraphs)) for e in label.evidence
    ]


@pytest.mark.parametrize("terms", PATHS)
def test_a_term_names_the_unit_written_against_a_number(terms: tuple[str, bool]) -> None:
    # The evidence's span is the unit, as every span reads its term.
    assert evidence(terms, "Gusts of 99mph were recorded", "Wind speeds of 120km/h", "a $4.5bn deal") == [
        (0, "mph", "mph"), (1, "km/h", "km/h"), (2, "bn", "bn")
    ]


@pytest.mark.parametrize("terms", PATHS)
def test_a_phrase_goes_on_from_the_unit(terms: tuple[str, bool]) -> None:
    assert evidence(terms, "Storm Ciaran brought 99mph winds") == [(0, "mph winds", "mph winds")]


@pytest.mark.parametrize("terms", PATHS)
def test_a_term_of_number_and_unit_wins_over_the_unit(terms: tuple[str, bool]) -> None:
    assert evidence((terms[0].replace('"100m"', '"100m", "m"'), terms[1]), "He ran the 100m") == [(0, "100m", "100m")]


@pytest.mark.parametrize("terms", PATHS)
def test_an_acronym_names_no_unit(terms: tuple[str, bool]) -> None:
    assert evidence(terms, "The 3GP video format", "See your GP") == [(1, "GP", "GP")]


@pytest.mark.parametrize("terms", PATHS)
def test_only_a_number_carries_a_unit(terms: tuple[str, bool]) -> None:
    # "b52mph" is no number and unit; "mph2" ends in digits.
    assert evidence(terms, "b52mph and mph2 and x99mph") == []


@pytest.mark.parametrize("terms", PATHS)
def test_a_phrase_goes_on_from_the_unit_into_an_accented_word(terms: tuple[str, bool]) -> None:
    # The unit's piece of the key text reads "km z\x80rich": it is read folded, as the keys are.
    found = evidence((terms[0] + ', "km zurich"', terms[1]), "It is 120km Zürich-wards", "120km Zurich")
    assert found == [(0, "km zurich", "km Zürich"), (1, "km zurich", "km Zurich")]
