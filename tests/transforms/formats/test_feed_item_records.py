"""Feed items saved as JSON records by a feed parser (rss-parser's `content:encoded`, `isoDate`, `creator`)."""

from __future__ import annotations

from datetime import UTC, datetime

from transforms.formats import ReadOptions, read_articles

STORY = "The European Central Bank cut its deposit rate by a quarter point to 2% on Thursday."
MORE = "President Christine Lagarde said inflation was now close to the bank's target."


def test_an_rss_parser_items_markup_is_its_text() -> None:
    # The file was "links to articles, not their text": no field of its text was known
    item = ('{"title": "ECB cuts rates to 2%", "link": "https://example.com/ecb", "creator": "Priya Raman", '
            f'"isoDate": "2025-06-05T12:45:00.000Z", "content:encoded": "<p>{STORY}</p><p>{MORE}</p>", '
            '"contentSnippet": "The ECB cut ..."}\n')
    [article] = read_articles(item.encode(), "jsonl", ReadOptions()).articles
    assert article.text.split("\n\n")[1:] == [STORY, MORE]
    assert article.published_at == datetime(2025, 6, 5, 12, 45, tzinfo=UTC)
    assert article.authors == ("Priya Raman",)
