"""Roll paragraph themes up to the article: one aggregated score per theme, and a primary theme.

The rule (the `article_themes` view in warehouse/views.py is generated from the same constants):
- only labelled paragraphs count: title, summary and body; boilerplate (link lines, site furniture) never gets themes;
- an article's score for a theme is the sum of its paragraphs' scores for that theme, each paragraph
  counted `ROLE_WEIGHTS[role]` times. Title and summary count once, like a body paragraph: counting a
  headline twice was measured to cost accuracy (bbc-dev half A 0.9284 → 0.9231, agnews-dev half A
  0.7558 → 0.7358), since a headline's few, often figurative words mislead more often than they help;
- paragraph scores already grow with the number of matching words, so a long paragraph about a theme
  weighs more than a short one: the rollup is length-weighted without a separate factor;
- the primary theme is the one with the highest article score; ties go to the smaller theme id, so
  the result never depends on row order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

ROLE_WEIGHTS: dict[str, float] = {"title": 1.0, "summary": 1.0, "body": 1.0}
# Article scores are rounded like paragraph scores, so SQL (float32 columns) and Python agree.
DIGITS = 4


@dataclass(frozen=True)
class ArticleTheme:
    """One theme of one article: its aggregated score, share of the article's score, primary or not."""

    article_id: str
    theme_id: str
    score: float
    n_paragraphs: int
    share: float
    is_primary: bool


def role_weight(role: str) -> float:
    """Return how many times a paragraph of this role counts (0 for roles that are not labelled).

    >>> role_weight("title"), role_weight("body"), role_weight("boilerplate")
    (1.0, 1.0, 0.0)
    """
    return ROLE_WEIGHTS.get(role, 0.0)


def rollup(rows: Iterable[tuple[str, str, str, float]]) -> list[ArticleTheme]:
    """Return article themes from (article_id, paragraph role, theme_id, paragraph score) rows.

    >>> [(t.theme_id, t.score, t.is_primary) for t in rollup([
    ...     ("a", "title", "sport", 1.0), ("a", "body", "economy", 1.25), ("a", "body", "sport", 0.5)])]
    [('sport', 1.5, True), ('economy', 1.25, False)]
    """
    scores: dict[tuple[str, str], float] = {}
    counts: dict[tuple[str, str], int] = {}
    for article, role, theme, score in rows:
        weight = role_weight(role)
        if weight == 0.0:
            continue
        key = (article, theme)
        scores[key] = scores.get(key, 0.0) + weight * float(score)
        counts[key] = counts.get(key, 0) + 1
    by_article: dict[str, list[tuple[str, float]]] = {}
    for (article, theme), score in scores.items():
        by_article.setdefault(article, []).append((theme, round(score, DIGITS)))
    result: list[ArticleTheme] = []
    for article in sorted(by_article):
        themes = sorted(by_article[article], key=lambda t: (-t[1], t[0]))
        total = sum(score for _, score in themes)
        for rank, (theme, score) in enumerate(themes):
            share = round(score / total, DIGITS) if total else 0.0
            result.append(ArticleTheme(article, theme, score, counts[(article, theme)], share, rank == 0))
    return result


def primary_themes(article_themes: Iterable[ArticleTheme]) -> dict[str, str]:
    """Return article_id → primary theme id (articles without any theme are absent)."""
    return {t.article_id: t.theme_id for t in article_themes if t.is_primary}
