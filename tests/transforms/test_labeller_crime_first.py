"""A story of a crime or a trial is crime first, whoever its people are: a crime act or verdict named by a strong
listed term of crime halves the meaning of the themes with few listed terms of their own in that paragraph
(`transforms.labeller.outranked_meaning`)."""

from __future__ import annotations

import numpy as np
import pytest

from tests.transforms.default_taxonomy_checks import primary
from transforms.labeller import OUTRANKED_SHARE, outranked_meaning
from transforms.matching.theme_labels import EvidenceRows
from transforms.semantic.layer import SemanticRows
from warehouse.taxonomy_files import read_taxonomy

ARTS, CRIME, SPORT = "medtop:01000000", "medtop:02000000", "medtop:15000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    ("headline", "body"),
    [("Teenager jailed for killing dance instructor",
      "A teenager who stabbed a dance instructor on her way home from a class in Glasgow has been jailed for life, "
      "with a minimum term of 18 years."),
     ("Dance school owner jailed for fraud",
      "The owner of a dance school in Kent who took fees for classes that never ran has been jailed for three years.")],
)
def test_an_article_of_a_crime_against_an_artist_is_crime(iptc, headline: str, body: str) -> None:
    # Arts by the meaning of "dance", "instructor", "class" and "jailed" itself, which the 2004 vectors lean to arts.
    assert primary(iptc, headline, body) == CRIME


@pytest.mark.parametrize(
    ("headline", "body", "theme"),
    [("Prison drama wins best film at Bafta awards",
      "The film, about a musician jailed for a crime he did not commit, won best film and best actor at the Bafta "
      "awards in London on Sunday night.", ARTS),
     ("Striker faces possible jail term after crash",
      "The Premier League striker, who scored twice for his club in the cup final, may face a jail term after "
      "being charged with dangerous driving.", SPORT)],
)
def test_a_theme_with_listed_terms_of_its_own_keeps_its_meaning(iptc, headline: str, body: str, theme: str) -> None:
    assert primary(iptc, headline, body) == theme


def _rows(paragraph, theme, weight) -> EvidenceRows:
    n = len(weight)
    return EvidenceRows(np.array(paragraph), np.array(theme), np.zeros(n, np.int64), np.zeros(n, np.int64),
                        np.zeros(n, np.int64), np.arange(n, dtype=np.int64), np.array(weight, np.float64),
                        np.ones(n, np.int64))


def test_only_the_paragraph_with_the_strong_term_is_outranked() -> None:
    # Themes 0 (crime: outranks, weight 0.85) and 1; paragraph 0 has crime's 1.7 (1.445 scaled), paragraph 1 a weak one.
    terms = _rows([0, 1], [0, 0], [1.7 * 0.85, 0.9 * 0.85])
    sem = SemanticRows(np.array([0, 0, 1]), np.array([1, 0, 1]), np.zeros(3, np.int64), np.ones(3, np.int64),
                       np.array([1.6, 0.8, 1.6]), np.zeros(3, np.int64), ("dance",), np.zeros(2, bool))
    out = outranked_meaning(terms, sem, 2, np.array([0.85, 1.0]), np.array([True, False]))
    assert out.weight.tolist() == [1.6 * OUTRANKED_SHARE, 0.8, 1.6]
