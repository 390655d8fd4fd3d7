"""A rubric before a headline after a dash or a bar (Reuters' "Breakingviews - ...") is no part of the headline."""

from __future__ import annotations

import json

import pytest

from transforms.formats import ReadOptions, read_articles

HEADLINE = "Europe's banks face a margin squeeze"
TEXT = "Europe's lenders have enjoyed two years of fat margins as interest rates rose. The party is ending."


def test_a_news_apis_breakingviews_title_is_the_headline_alone() -> None:
    data = json.dumps({"status": "ok", "articles": [{
        "source": {"id": "reuters", "name": "Reuters"}, "title": f"Breakingviews - {HEADLINE} - Reuters",
        "url": "https://news.test/bv", "content": TEXT}]}).encode()
    [article] = read_articles(data, "json", ReadOptions()).articles
    assert (article.title, article.site, article.metadata["rubric"]) == (HEADLINE, "Reuters", "Breakingviews")
    assert article.text == f"{HEADLINE}\n\n{TEXT}"


@pytest.mark.parametrize("title", [f"Breakingviews - {HEADLINE}", f"Opinion | {HEADLINE}", f"ANALYSIS – {HEADLINE}"])
def test_a_feed_items_rubric_is_no_part_of_its_headline(title: str) -> None:
    feed = (f"<rss version='2.0'><channel><title>Reuters</title><item><title>{title}</title>"
            f"<link>https://news.test/bv</link><description>{TEXT}</description></item></channel></rss>")
    [article] = read_articles(feed.encode(), "feed", ReadOptions()).articles
    assert article.title == HEADLINE


@pytest.mark.parametrize("title", ["Covid-19 - what we know", "Ukraine - live updates", "Analysis: rates held",
                                   "Live - Nation Entertainment results beat forecasts"])  # Live Nation, the company
def test_a_first_part_that_is_no_rubric_stays_in_the_headline(title: str) -> None:
    [article] = read_articles(json.dumps([{"title": title, "text": TEXT}]).encode(), "json", ReadOptions()).articles
    assert article.title == title
    assert "rubric" not in article.metadata


def test_a_pages_h1_is_its_headline_where_its_title_sets_a_rubric_before_it() -> None:
    page = (f"<html><head><title>Breakingviews - {HEADLINE} | Reuters</title><meta property='og:site_name' "
            f'content="Reuters"><meta property="og:title" content="Breakingviews - {HEADLINE}"></head><body><main>'
            f"<article><div class='header'><span class='kicker'><a href='/bv/'>Breakingviews</a></span><h1>{HEADLINE}"
            f"</h1></div><div class='body'><p>LONDON (Reuters Breakingviews) - {TEXT}</p><p>Net interest income "
            "rose 40% in two years, but deposit costs are catching up.</p></div></article></main></body></html>")
    [article] = read_articles(page.encode(), "html").articles
    assert article.title == HEADLINE  # it was the og:title, "Breakingviews - ..."
    assert article.text.startswith(f"{HEADLINE}\n\nLONDON")


def test_a_site_name_in_a_logo_h1_is_no_headline_after_a_title_that_ends_with_it() -> None:
    page = ("<html><head><title>Council sets budget - The Courier</title><meta property='og:title' content='Council "
            "sets budget - The Courier'></head><body><header><h1 class='logo'><a href='/'>The Courier</a></h1></header>"
            f"<article><h2>Council sets budget</h2><p>{TEXT}</p><p>Net interest income rose 40% in two years, but "
            "deposit costs are catching up.</p></article></body></html>")
    [article] = read_articles(page.encode(), "html").articles
    assert article.title != "The Courier"  # the site's name in its logo's <h1>, which the title ends with
    assert "Council sets budget" in (article.title or "")
