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
