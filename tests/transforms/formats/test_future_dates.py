"""A content date more than a day after the run's `now` is no publication date, in every format."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from transforms.articles import ArticleFile, read_file_articles

NOW = datetime(2026, 12, 6, 12, tzinfo=UTC)
STORY = "The new tram line opened to passengers on Monday morning after years of works in the city centre."
PAGE = ("<html><head><title>Tram line opens</title><script type='application/ld+json'>{json}</script></head><body>"
        "<article><h1>Tram line opens</h1><p>" + STORY + "</p><p>" + STORY + "</p></article></body></html>")


def _article_of(name: str, data: str) -> tuple[datetime | None, dict[str, object]]:
    [item] = read_file_articles(ArticleFile(f"/in/{name}", data.encode(), "/in", name), None, NOW).articles
    return item.article.published_at, dict(item.article.metadata)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("tram.txt", f"Tram line opens\nPublished: 2031-03-05\n\n{STORY}\n"),
        ("tram.txt", f"Tram line opens\n\nLONDON, March 5, 2031 (Reuters) - {STORY}\n"),
        ("tram.md", f"---\ntitle: Tram line opens\ndate: 2031-03-05\n---\n{STORY}\n"),
        ("tram.jsonl", json.dumps({"id": "a", "title": "Tram line opens", "date": "2031-03-05", "text": STORY}) + "\n"),
        ("tram.html", PAGE.format(json=json.dumps({"@type": "NewsArticle", "datePublished": "2031-03-05T10:00:00Z"}))),
    ],
)
def test_a_date_years_after_now_dates_no_article_and_is_noted(name: str, data: str) -> None:
    # each reader kept it: the article sorted ahead of every real one
    published, metadata = _article_of(name, data)
    assert published is None
    assert str(metadata["date_future"]).startswith("2031-03-05")


def test_the_next_source_of_a_date_dates_an_article_whose_content_date_is_future() -> None:
    published, metadata = _article_of("2024/03/05/tram.txt", f"Tram line opens\nPublished: 2031-03-05\n\n{STORY}\n")
    assert (published, metadata["date_from"]) == (datetime(2024, 3, 5, tzinfo=UTC), "path")
    record = {"id": "a", "date": "2031-03-05", "url": "https://city.test/2024/03/05/tram", "text": STORY}
    published, metadata = _article_of("trams.jsonl", json.dumps(record) + "\n")
    assert (published, metadata["date_from"]) == (datetime(2024, 3, 5, tzinfo=UTC), "url")


def test_a_date_within_a_day_of_now_still_dates_the_article() -> None:
    # a day without its time is midnight UTC, and a writer's zone may be ahead of UTC
    published, metadata = _article_of("tram.txt", f"Tram line opens\nPublished: 2026-12-07\n\n{STORY}\n")
    assert published == datetime(2026, 12, 7, tzinfo=UTC) and "date_future" not in metadata
