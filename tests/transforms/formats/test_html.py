"""HTML pages: the article's text without page furniture, and the page's metadata."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from transforms.formats import FormatError, ReadOptions, read_articles
from transforms.paragraphs import split_paragraphs

MIXED = Path(__file__).parents[2] / "data" / "formats" / "mixed"


def page() -> bytes:
    return (MIXED / "heatwave-farmers.html").read_bytes()


def test_news_page_gives_headline_then_body_without_page_furniture() -> None:
    article = read_articles(page(), "html", ReadOptions()).articles[0]
    paragraphs = split_paragraphs(article.text)
    assert [p.role for p in paragraphs] == ["title", "body", "body", "body"]
    assert paragraphs[0].text == "Farmers count cost of heatwave"
    assert paragraphs[1].text.startswith("Farmers across the east of the country")
    for furniture in ("Sport", "Weather", "cookies", "Related stories", "Reservoirs", "Privacy", "All rights",
                      "Subscribe", "Great article", "First!"):
        assert furniture not in article.text


def test_news_page_metadata_from_meta_tags_json_ld_and_canonical_link() -> None:
    article = read_articles(page(), "html", ReadOptions()).articles[0]
    assert article.title == "Farmers count cost of heatwave"
    # JSON-LD datePublished 2022-09-23T08:15:00+01:00, in UTC.
    assert article.published_at == datetime(2022, 9, 23, 7, 15, tzinfo=UTC)
    assert article.url == "https://ledger.example/news/heatwave-farmers"
    assert article.site == "Daily Ledger"
    assert article.authors == ("Jane Doe", "Tom Roe")
    assert article.language == "en"


def test_non_english_page_keeps_its_language_and_date() -> None:
    article = read_articles((MIXED / "canicule.html").read_bytes(), "html", ReadOptions()).articles[0]
    assert article.language == "fr"
    assert article.site == "Le Quotidien"
    assert article.published_at == datetime(2022, 9, 23, 7, 0, tzinfo=UTC)
    assert "canicule a réduit leur récolte" in article.text


@pytest.mark.parametrize(
    "html",
    [
        (MIXED / "index.html").read_bytes(),
        b"<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>",
    ],
)
def test_page_without_article_text_is_no_article_text(html: bytes) -> None:
    with pytest.raises(FormatError) as raised:
        read_articles(html, "html", ReadOptions())
    assert raised.value.reason == "no_article_text"
