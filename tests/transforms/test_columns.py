"""transforms/ cannot import warehouse/, so the row builders name their columns themselves: keep in step."""

from __future__ import annotations

from datetime import UTC, datetime

from transforms import pipeline
from transforms.article_rows import article_columns
from warehouse.schemas import ARTICLES, PARAGRAPH_THEMES, PARAGRAPHS


def test_batch_rows_have_exactly_the_schemas_columns() -> None:
    assert pipeline._ARTICLE_COLUMNS == ARTICLES.names
    assert pipeline._PARAGRAPH_COLUMNS == PARAGRAPHS.names
    assert pipeline._THEME_COLUMNS == PARAGRAPH_THEMES.names
    assert list(article_columns([], "run", datetime(2024, 1, 1, tzinfo=UTC))) == ARTICLES.names
