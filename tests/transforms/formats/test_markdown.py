"""Markdown files: front matter as for text, the "# Heading" is the title."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from transforms.formats import ReadOptions, format_of, read_articles
from transforms.formats.base import FormatError
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


@pytest.mark.parametrize("depth", [10, 45])
def test_a_list_or_quote_nested_deep_keeps_every_paragraph_after_it(depth: int) -> None:
    # markdown-it's CommonMark preset stops at 20 levels (a list ten deep) and skipped the rest of the
    # text without a word: the article lost every paragraph after the list.
    nested = "".join("  " * i + f"- point {i}\n" for i in range(depth))
    data = f"# Budget\n\n{nested}\nThe minister spoke.\n\n{'> ' * depth}A reader wrote.\n\nRates rose.\n".encode()
    [article] = read_articles(data, "md", ReadOptions()).articles
    paragraphs = article.text.split("\n\n")
    assert paragraphs[:3] == ["Budget", "point 0", "point 1"] and f"point {depth - 1}" in paragraphs
    assert paragraphs[-3:] == ["The minister spoke.", "A reader wrote.", "Rates rose."]


def test_markdown_nested_deeper_than_it_parses_is_read_as_plain_text_not_cut() -> None:
    nested = "".join("  " * i + f"- point {i}\n" for i in range(300))
    data = f"{nested}\nThe minister spoke.\n\n{'> ' * 3000}A reader wrote.\n".encode()
    [article] = read_articles(data, "md", ReadOptions()).articles
    assert "point 299" in article.text and article.text.endswith("A reader wrote.")


@pytest.mark.parametrize(
    "data",
    [
        b"```python\nprint(1)\n```\n\n![chart](chart.png)\n\n---\n",  # code, an image, a rule: no prose
        b"---\ntitle: Only a title\n---\n\n",  # front matter only
        b"#\n\n    indented code\n",  # an empty heading and an indented code block
    ],
)
def test_a_markdown_file_without_prose_is_no_article(data: bytes) -> None:
    # as an HTML page without article text: a quarantine row, not an article with no paragraph
    with pytest.raises(FormatError) as raised:
        read_articles(data, "md", ReadOptions())
    assert raised.value.reason == "no_article_text"
    assert "no prose" in raised.value.detail
