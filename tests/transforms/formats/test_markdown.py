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


def test_markdown_is_read_as_its_prose_one_paragraph_per_block() -> None:
    source = (
        "Rain at last\n============\n\nFarmers *cheered* the [rain](https://news.example/rain-2022) "
        "and the **price** of feed fell &amp; stayed low.\n\n---\n\n## What next\n\n- wheat sowing\n- barley\n\n"
        "> Quoted words.\n\n![a field](field.png)\n\n```\nprint('code')\n```\n\n"
        "<p>Raw <b>HTML</b> prose.</p><p>Two.</p>\n\n"
        "| crop | tonnes |\n| --- | --- |\n| wheat | 12 |\n"
    )
    article = read_articles(source.encode(), "md", ReadOptions()).articles[0]
    assert article.title == "Rain at last"
    paragraphs = split_paragraphs(article.text)
    assert [p.text for p in paragraphs] == [
        "Rain at last", "Farmers cheered the rain and the price of feed fell & stayed low.", "What next",
        "wheat sowing", "barley", "Quoted words.", "Raw HTML prose.", "Two.", "crop | tonnes", "wheat | 12",
    ]
    assert paragraphs[0].role == "title"
    assert all(article.text[p.start:p.end] == p.text for p in paragraphs)
