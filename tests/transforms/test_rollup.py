from __future__ import annotations

from transforms.rollup import primary_themes, rollup


def test_title_counts_like_a_body_paragraph_and_boilerplate_not_at_all() -> None:
    rows = [
        ("a", "title", "sport", 1.0),
        ("a", "summary", "sport", 0.25),
        ("a", "body", "economy", 1.5),
        ("a", "boilerplate", "economy", 9.0),
    ]
    themes = {t.theme_id: t for t in rollup(rows)}
    assert themes["sport"].score == 1.25 and themes["sport"].n_paragraphs == 2
    assert themes["economy"].score == 1.5 and themes["economy"].n_paragraphs == 1
    assert themes["economy"].is_primary and not themes["sport"].is_primary
    assert round(themes["sport"].share + themes["economy"].share, 4) == 1.0


def test_ties_go_to_the_smaller_id_whatever_the_row_order() -> None:
    rows = [("a", "body", "z", 1.0), ("a", "body", "b", 1.0), ("c", "summary", "x", 1.0)]
    assert primary_themes(rollup(rows)) == primary_themes(rollup(rows[::-1])) == {"a": "b", "c": "x"}


def test_paragraph_scores_add_up_so_longer_evidence_weighs_more() -> None:
    rows = [("a", "body", "sport", 1.0), ("a", "body", "sport", 1.0), ("a", "body", "economy", 1.5)]
    assert primary_themes(rollup(rows)) == {"a": "sport"}


def test_role_weights_are_the_readmes_title_and_summary_once_like_a_body_paragraph() -> None:
    # docs/labels.md, "Article themes": "the title and a summary counted once like a body paragraph";
    # boilerplate never. Literal numbers: a changed weight must fail here.
    rows = [
        ("t", "title", "x", 1.25),
        ("s", "summary", "x", 2.0),
        ("b", "body", "x", 3.0),
        ("m", "title", "x", 1.0), ("m", "summary", "x", 1.0), ("m", "body", "x", 1.0), ("m", "boilerplate", "x", 5.0),
    ]
    scores = {t.article_id: (t.score, t.n_paragraphs) for t in rollup(rows)}
    assert scores == {"t": (1.25, 1), "s": (2.0, 1), "b": (3.0, 1), "m": (3.0, 3)}


def test_a_title_or_summary_weighs_what_its_score_says_against_a_body_paragraph() -> None:
    # Article a: summary about "x" (1.0) against body about "y" (1.4): y is primary.
    # Article b: title about "x" (0.8) against summary about "y" (1.0): y again.
    rows = [("a", "summary", "x", 1.0), ("a", "body", "y", 1.4), ("b", "title", "x", 0.8), ("b", "summary", "y", 1.0)]
    themes = {(t.article_id, t.theme_id): t for t in rollup(rows)}
    assert primary_themes(themes.values()) == {"a": "y", "b": "y"}
    assert (themes[("a", "x")].score, themes[("b", "x")].score, themes[("b", "y")].score) == (1.0, 0.8, 1.0)
    assert themes[("a", "x")].share == round(1.0 / 2.4, 4)
