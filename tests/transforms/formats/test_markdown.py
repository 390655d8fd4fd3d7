"""Markdown files: front matter as for text, the "# Heading" is the title."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from transforms.formats import ReadOptions, format_of, read_articles
from transforms.paragraphs import split_paragraphs

NOTES = Path(__file__).parents[2] / "data" / "formats" / "mixed" / "notes.md"


def test_markdown_front_matter_and_heading() -> None:
    article = read_articles(NOTES.read_bytes(), "md", ReadOptions()).articles[0]
    assert article.title == "Heatwave diary"
    assert article.published_at == datetime(2022, 9, 20, 18, 30, tzinfo=UTC)
    assert article.authors == ("Jane Doe",) and article.site == "Field Notes"
    assert article.metadata == {"tags": ["weather", "farming"]}
    assert [p.role for p in split_paragraphs(article.text)] == ["title", "body"]


def test_markdown_suffixes() -> None:
    assert [format_of(n) for n in ("a.md", "b.markdown", "c.MARKDOWN.gz")] == ["md", "md", "md"]
