"""A story of a crime or a trial is crime first, whoever its people are: a crime act or verdict named by a strong
listed term of crime halves the meaning of the themes with few listed terms of their own in that paragraph
(`transforms.labeller.outranked_meaning`). Which themes outrank so is the taxonomy's `outranks_meaning` key, which
the bundled taxonomy sets on crime."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from tests.transforms.default_taxonomy_checks import primary
from transforms.labeller import OUTRANKED_SHARE, Labeller, outranked_meaning
from transforms.matching.theme_labels import EvidenceRows
from transforms.semantic.layer import SemanticRows
from transforms.taxonomy import parse_taxonomy
from transforms.taxonomy_errors import TaxonomyError
from transforms.taxonomy_toml import format_taxonomy
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
    # The rule is the taxonomy's: the same themes without `outranks_meaning` halve nothing, and arts wins again.
    plain = replace(iptc, themes=tuple(replace(theme, outranks_meaning=False) for theme in iptc.themes))
    assert not Labeller(plain).outranking.any()
    assert primary(plain, headline, body) == ARTS


def test_the_bundled_taxonomy_lets_crime_alone_outrank(iptc) -> None:
    assert [theme.id for theme in iptc.themes if theme.outranks_meaning] == [CRIME]


TWO_THEMES = '[[themes]]\nid = "law"\nterms = ["verdict"]\n{key}\n[[themes]]\nid = "art"\nterms = ["dance"]\n'


def test_outranks_meaning_is_read_exported_and_part_of_the_version() -> None:
    plain = parse_taxonomy(TWO_THEMES.format(key=""))
    outranking = parse_taxonomy(TWO_THEMES.format(key="outranks_meaning = true"))
    assert [t.outranks_meaning for t in plain.themes] == [False, False]
    assert [t.outranks_meaning for t in outranking.themes] == [True, False]
    assert plain.version != outranking.version  # a lake relabels when the key is set or taken off
    assert parse_taxonomy(TWO_THEMES.format(key="outranks_meaning = false")).version == plain.version
    again = parse_taxonomy(format_taxonomy(outranking))
    assert (again.themes, again.version) == (outranking.themes, outranking.version)


@pytest.mark.parametrize("value", ['"yes"', "1", "[true]"])
def test_a_bad_outranks_meaning_is_one_line_naming_the_theme(value: str) -> None:
    with pytest.raises(TaxonomyError) as err:
        parse_taxonomy(TWO_THEMES.format(key=f"outranks_meaning = {value}"), "my.toml")
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith("my.toml: theme 'law': outranks_meaning must be true or false")


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
