"""In a long article, a paragraph's meaning counts for a theme only when the article names the theme with
listed terms (fitted vectors, semantic_min_words): everyday words lean to the taught themes."""

from __future__ import annotations

import pytest

from transforms.labeller import ARTICLE_PARAGRAPHS, ARTICLE_TERMS
from transforms.pipeline import theme_rows
from transforms.semantic.theme_vectors import raw_theme_vectors
from transforms.taxonomy import Taxonomy, parse_taxonomy
from transforms.taxonomy_semantic import with_theme_vectors

# A high semantic_weight lets the meaning of "Striker scores the winning goal for the team" alone reach
# min_score; "football" alone names sport strongly enough, "match" (a weak word) does not.
TOML = f"""
[taxonomy]
min_score = 1.0
semantic_weight = 20.0
semantic_min_words = 5

[[themes]]
id = "sport"
name = "sport"
description = "Football, matches, goals, players, teams and leagues."
terms = [{{term = "football", weight = {ARTICLE_TERMS}}}, {{term = "match", weight = {ARTICLE_TERMS / 2}}}]

[[themes]]
id = "money"
name = "money"
description = "Banks, prices, markets, interest rates and inflation."
terms = ["bank", "inflation"]
"""
MEANING = "Striker scores the winning goal for the team"
OTHER = "The weather was mild on Tuesday and the roads were quiet."


@pytest.fixture(scope="module")
def fitted() -> Taxonomy:
    plain = parse_taxonomy(TOML)
    vectors = raw_theme_vectors(plain)
    return with_theme_vectors(plain, {t.id: v.tolist() for t, v in zip(plain.themes, vectors, strict=True)})


def sport_paragraphs(taxonomy: Taxonomy, articles: list[list[str]]) -> set[tuple[int, int]]:
    texts = [text for paragraphs in articles for text in paragraphs]
    ids = [(f"a{a}p{p}", f"a{a}") for a, paragraphs in enumerate(articles) for p in range(len(paragraphs))]
    rows = theme_rows(taxonomy, texts, ids, "run")
    return {(int(aid[1:]), int(pid.split("p")[1]))
            for pid, aid, theme in zip(rows["paragraph_id"], rows["article_id"], rows["theme_id"], strict=True)
            if theme == "sport"}


def test_a_long_articles_meaning_needs_the_articles_terms(fitted: Taxonomy) -> None:
    unnamed = [MEANING, OTHER, OTHER]
    weakly_named = [MEANING, "The match was on Tuesday.", OTHER]
    named = [MEANING, "The football was on Tuesday.", OTHER]
    assert len(unnamed) >= ARTICLE_PARAGRAPHS
    assert sport_paragraphs(fitted, [unnamed, weakly_named, named]) == {(2, 0), (2, 1)}


def test_a_short_articles_meaning_counts_alone(fitted: Taxonomy) -> None:
    # a headline and one paragraph (an AG News item): the paragraphs are the whole story
    assert sport_paragraphs(fitted, [[MEANING, OTHER][:ARTICLE_PARAGRAPHS - 1]]) == {(0, 0)}


def test_articles_are_told_apart_by_their_ids_in_any_order(fitted: Taxonomy) -> None:
    # paragraphs grouped by article id, whatever order the ids sort in ("z…" first, "a…" last)
    unnamed, named = [MEANING, OTHER, OTHER], [MEANING, "The football was on Tuesday.", OTHER]
    texts = unnamed + named + unnamed
    articles = ["z-1"] * 3 + ["m-2"] * 3 + ["a-3"] * 3
    rows = theme_rows(fitted, texts, [(f"{a}/{i}", a) for i, a in enumerate(articles)], "run")
    sport = {pid for pid, theme in zip(rows["paragraph_id"], rows["theme_id"], strict=True) if theme == "sport"}
    assert sport == {"m-2/3", "m-2/4"}


def test_one_strong_word_anchors_a_side_theme_of_lower_weight() -> None:
    # A side theme (crime, health: `weight = 0.85`) scales its terms; a term written ARTICLE_TERMS still names it.
    plain = parse_taxonomy(TOML.replace('name = "sport"\n', 'name = "sport"\nweight = 0.85\n', 1))
    assert plain.themes[0].weight == 0.85
    vectors = raw_theme_vectors(plain)
    side = with_theme_vectors(plain, {t.id: v.tolist() for t, v in zip(plain.themes, vectors, strict=True)})
    named = [MEANING, "The football was on Tuesday.", OTHER]
    weakly_named = [MEANING, "The match was on Tuesday.", OTHER]
    assert sport_paragraphs(side, [weakly_named, named]) == {(1, 0), (1, 1)}
