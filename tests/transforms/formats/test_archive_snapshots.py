"""A page saved from the Wayback Machine: its address the original story's, its site the publisher's, not the
archive's."""

from __future__ import annotations

import pytest

from transforms.formats import ArticleRecord, read_articles
from transforms.formats.archive_snapshots import original_address

STORY = b"<p>" + b"Commuters were stranded on Monday as drivers struck over a new fuel levy. " * 5 + b"</p>"


def page(head: bytes) -> ArticleRecord:
    html = b"<html><head><title>Drivers strike</title>" + head + b"</head><body><article>" + STORY + \
        b"</article></body></html>"
    [article] = read_articles(html, "html").articles
    return article


@pytest.mark.parametrize("snapshot", [
    b"https://web.archive.org/web/20260210101533/https://www.x.com/news/a.html",
    b"http://web.archive.org/web/20260210101533id_/https://www.x.com/news/a.html",
    b"https://web.archive.org/web/20260210101533/https:/www.x.com/news/a.html",  # a slash lost by a copy
])
def test_a_snapshots_canonical_link_gives_the_original_address_and_site(snapshot: bytes) -> None:
    article = page(b'<link rel="canonical" href="' + snapshot + b'">')
    assert article.url == "https://www.x.com/news/a.html"
    assert article.site != "web.archive.org"


def test_a_snapshots_time_is_not_the_articles_date() -> None:
    article = page(b'<link rel="canonical" href="https://web.archive.org/web/20260210101533/https://www.x.com/a">')
    assert article.published_at is None


@pytest.mark.parametrize("address", [
    "https://www.x.com/news/a.html",
    "https://web.archive.org/web/*/x.com*",  # the archive's search, no snapshot
    "https://archive.org/details/newsreel-1936",  # an archive's own item
])
def test_an_address_that_is_no_snapshot_stays(address: str) -> None:
    assert original_address(address) is None
