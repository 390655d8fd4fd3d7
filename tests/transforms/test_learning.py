from __future__ import annotations

from transforms.evaluation import LabeledArticle, evaluate
from transforms.learning import LEARNED_MIN_SCORE, candidate_terms, cross_validate, folds, learn_taxonomy
from transforms.pipeline import ArticleFile
from transforms.taxonomy import parse_taxonomy, with_theme_vectors
from transforms.taxonomy_toml import format_taxonomy
from transforms.themes import label_paragraphs

BASE = parse_taxonomy(
    """
[taxonomy]
name = "base"
[[themes]]
id = "sport"
terms = ["match"]
[[themes]]
id = "economy"
terms = ["market"]
[[themes]]
id = "health"
terms = ["hospital"]
"""
)
MAP = {"sport": ("sport",), "business": ("economy",)}


def corpus(n: int = 6) -> list[LabeledArticle]:
    articles = []
    for i in range(n):
        articles.append(
            LabeledArticle(
                ArticleFile(
                    f"/sport/{i}",
                    f"Day {i}\n\nThe striker scored at the stadium. Strikers, goalkeeper {i}.".encode(),
                ),
                "sport",
            )
        )
        articles.append(
            LabeledArticle(
                ArticleFile(
                    f"/business/{i}",
                    f"Day {i}\n\nThe dividend rose and shareholders cheered the stock exchange {i}.".encode(),
                ),
                "business",
            )
        )
    return articles


def test_candidates_are_words_and_phrases_in_several_articles_in_singular_form() -> None:
    articles = [[("body", "The markets and the market rallied in London")]] * 3 + [[("body", "rare words")]]
    terms = candidate_terms(articles, min_articles=3)
    assert "market" in terms and "markets" not in terms  # the matcher expands "market" to its plural
    assert "market rallied" in terms and "the" not in terms and "rare" not in terms


def test_learned_terms_are_weighted_and_the_matcher_explains_them() -> None:
    taxonomy, learned = learn_taxonomy(corpus(), MAP, BASE)
    sport = {t.text: t for t in learned["sport"]}
    assert "striker" in sport and sport["striker"].weight > 0
    assert any("dividend" in t.text for t in learned["economy"])  # "dividend rose" beats "dividend"
    assert {t.text for t in taxonomy.theme("sport").terms} >= {"match", "striker"}  # base terms kept
    assert taxonomy.theme("health").terms == BASE.theme("health").terms
    [label] = [
        lb
        for lb in label_paragraphs(taxonomy, ["Two strikers and one goalkeeper."])
        if lb.theme_id == "sport"
    ]
    assert label.score == round(sum(e.weight for e in label.evidence), 4)
    assert evaluate(corpus(), MAP, taxonomy).accuracy == 1.0


def test_written_file_reads_back_to_the_same_taxonomy_with_provenance() -> None:
    taxonomy, learned = learn_taxonomy(corpus(), MAP, BASE)
    text = format_taxonomy(taxonomy, ["learned from a test corpus"], learned)
    assert text.startswith("# learned from a test corpus")
    assert "articles" in text and "# learned:" in text
    # The learned theme vectors are not text: they travel in a sidecar (see warehouse.theme_vectors).
    assert taxonomy.semantic is not None and taxonomy.semantic.theme_vectors
    vectors = dict(zip([t.id for t in taxonomy.themes], taxonomy.semantic.theme_vectors, strict=True))
    assert with_theme_vectors(parse_taxonomy(text), vectors).version == taxonomy.version
    # With fitted vectors, a learned taxonomy labels from a lower score than its base; the file says so.
    assert taxonomy.min_score == round(BASE.min_score * LEARNED_MIN_SCORE, 4) < BASE.min_score
    assert parse_taxonomy(text).min_score == taxonomy.min_score


def test_folds_are_stratified_and_keep_duplicates_together() -> None:
    keys = [("a", f"h{i}") for i in range(10)] + [("a", "h0")] + [("b", f"g{i}") for i in range(5)]
    fold = folds(keys, 5)
    assert fold[0] == fold[10]
    assert sorted(fold[11:]) == [0, 1, 2, 3, 4]


def test_cross_validation_evaluates_every_article_once() -> None:
    results = cross_validate(corpus(), MAP, BASE, k=2)
    assert sum(r.n_articles for r in results) == 12


def test_the_bundled_taxonomy_survives_the_writer() -> None:
    from importlib import resources

    text = resources.files("transforms").joinpath("taxonomies", "iptc-media-topics.toml").read_text("utf-8")
    bundled = parse_taxonomy(text)
    assert any(t.noun for theme in bundled.themes for t in theme.terms)
    assert parse_taxonomy(format_taxonomy(bundled)).version == bundled.version
