"""A short text's meaning counts for a theme only beside a listed term of it (fitted vectors, semantic_min_words)."""

from __future__ import annotations

import pytest

from transforms.labeller import label_texts
from transforms.semantic.theme_vectors import raw_theme_vectors
from transforms.taxonomy import Taxonomy, parse_taxonomy
from transforms.taxonomy_semantic import with_theme_vectors

# Two themes; "lottery" is listed against sport (a lottery's winner is no sport's). A high semantic_weight lets
# four words' meaning alone reach min_score, so only the short-text rule keeps a label off.
TOML = """
[taxonomy]
min_score = 1.0
semantic_weight = 20.0
semantic_min_words = 5

[[themes]]
id = "sport"
name = "sport"
description = "Football, matches, goals, players, teams and leagues."
terms = ["football", "match", {term = "lottery", weight = -0.3}]

[[themes]]
id = "money"
name = "money"
description = "Banks, prices, markets, interest rates and inflation."
terms = ["bank", "inflation"]
"""


@pytest.fixture(scope="module")
def fitted() -> Taxonomy:
    # Vectors in a sidecar, as `learn` writes them (here the ones the themes' text gives): the rule's condition.
    plain = parse_taxonomy(TOML)
    vectors = raw_theme_vectors(plain)
    return with_theme_vectors(plain, {t.id: v.tolist() for t, v in zip(plain.themes, vectors, strict=True)})


def themes(taxonomy: Taxonomy, text: str) -> set[str]:
    return {lab.theme_id for lab in label_texts(taxonomy, [text])}


@pytest.mark.parametrize("text", ["Striker scores goals", "Lottery winner scores goals"])
def test_a_short_texts_meaning_needs_a_positive_term_of_its_theme(fitted: Taxonomy, text: str) -> None:
    # "lottery" counts against sport: it let the meaning of "winner", "scores" and "goals" through (sport 2.87)
    assert themes(fitted, text) == set()


@pytest.mark.parametrize(
    "text", ["Football striker scores goals", "Lottery striker scores the winning goal for the team"]
)
def test_a_short_text_beside_a_listed_term_or_a_longer_text_keeps_its_meaning(fitted: Taxonomy, text: str) -> None:
    assert themes(fitted, text) == {"sport"}
