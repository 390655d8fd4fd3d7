"""An HTML page's date is its publication's: a modification date only where the page gives no other."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from transforms.formats import ReadOptions, read_articles

STORY = (
    "<p>Regulated rail fares in England will rise by almost five per cent from March, the largest increase for "
    "commuters in more than a decade, the government confirmed on Thursday.</p>"
    "<p>Passenger groups said the rise would push people back into their cars, while the industry said the money "
    "was needed to maintain services and pay for new trains on busy routes.</p>"
)
NEWS_ARTICLE = json.dumps(
    {"@type": "NewsArticle", "headline": "Rail fares to rise", "datePublished": "2024-01-04T10:00:00+00:00"}
)
PUBLISHED = datetime(2024, 1, 4, 10, tzinfo=UTC)
UPDATED = datetime(2024, 5, 20, 9, tzinfo=UTC)
MODIFIED_TAGS = [
    '<meta property="og:updated_time" content="2024-05-20T09:00:00+00:00">',
    '<meta property="article:modified_time" content="2024-05-20T09:00:00+00:00">',
    '<meta name="last-modified" content="2024-05-20T09:00:00+00:00">',
    '<meta http-equiv="last-modified" content="2024-05-20T09:00:00+00:00">',
]


def page(head: str, byline: str = "") -> bytes:
    return (f"<html><head><title>Rail fares to rise</title>{head}</head><body><article><h1>Rail fares to rise</h1>"
            f"{byline}{STORY}</article></body></html>").encode()


@pytest.mark.parametrize("modified", MODIFIED_TAGS)
def test_a_modification_meta_tag_does_not_replace_the_articles_json_ld_publication_date(modified: str) -> None:
    # htmldate answered with the update's date, read before the JSON-LD: 2024-05-20.
    html = page(f'{modified}<script type="application/ld+json">{NEWS_ARTICLE}</script>')
    assert read_articles(html, "html", ReadOptions()).articles[0].published_at == PUBLISHED


@pytest.mark.parametrize("modified", MODIFIED_TAGS[:2])
def test_a_modification_meta_tag_does_not_replace_a_time_marked_as_the_publications(modified: str) -> None:
    byline = '<p class="byline">By Jane Doe, <time itemprop="datePublished" datetime="2024-01-04T10:00:00Z">Jan</time>'
    assert read_articles(page(modified, byline), "html", ReadOptions()).articles[0].published_at == PUBLISHED


def test_a_publication_meta_tag_wins_over_a_modification_one() -> None:
    head = (MODIFIED_TAGS[0] + '<meta property="article:published_time" content="2024-01-04T10:00:00+00:00">')
    assert read_articles(page(head), "html", ReadOptions()).articles[0].published_at == PUBLISHED


def test_a_modification_date_is_the_pages_where_it_gives_no_other() -> None:
    assert read_articles(page(MODIFIED_TAGS[0]), "html", ReadOptions()).articles[0].published_at == UPDATED
