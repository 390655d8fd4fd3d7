"""Pages in the layouts of real news sites: the article's fields, its paragraphs, and its page's tags."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from transforms.formats import ReadOptions, read_articles
from transforms.formats.base import ArticleRecord
from transforms.paragraphs import split_paragraphs

SITES = Path(__file__).parents[2] / "data" / "formats" / "news-sites"


def article(name: str) -> ArticleRecord:
    return read_articles((SITES / name).read_bytes(), "html", ReadOptions()).articles[0]


def body(name: str) -> list[str]:
    return [p.text for p in split_paragraphs(article(name).text) if p.role == "body"]


@pytest.mark.parametrize(
    "name, title, published, authors, site, url, language",
    [
        ("wordpress.html", "Council approves ‘Green Belt’ housing plan", datetime(2024, 3, 5, 9, 30, tzinfo=UTC),
         ("Sarah Jones",), "The Riverside Gazette",
         "https://riversidegazette.example/2024/03/05/council-approves-green-belt-housing-plan/", "en"),
        ("arc.html", "Senate passes stopgap bill to avert shutdown", datetime(2023, 9, 30, 23, 47, 12, tzinfo=UTC),
         ("Maria Sanchez", "Jacob Klein"), "The Washington Chronicle",
         "https://www.washingtonchronicle.example/politics/2023/09/30/senate-stopgap-shutdown/", "en"),
        ("guardian.html", "Heatwave: UK records hottest June day for 40 years",
         datetime(2024, 6, 25, 17, 2, 31, tzinfo=UTC), ("Alex Bright",), "The Sentinel",
         "https://www.thesentinel.example/uk-news/2024/jun/25/heatwave-uk-hottest-june-day", "en"),
        ("live-blog.html", "Election results live: Labour heads for landslide as counts continue",
         datetime(2024, 7, 4, 20, 0, tzinfo=UTC), ("Priya Patel",), "The Courier",
         "https://courier.example/live/2024/07/05/election-results-live", "en"),
        # the NewsArticle's date in the @graph, not its WebPage's
        ("amp.html", "Tech giant to cut 1,500 jobs in Europe", datetime(2024, 2, 14, 7, 5, tzinfo=UTC),
         ("Lena Fischer", "Tom O'Hara"), "Business Daily",
         "https://businessdaily.example/tech/tech-giant-cut-jobs-europe", "en"),
        # no canonical link nor <html lang>: the NewsArticle's mainEntityOfPage and inLanguage (both were None),
        # and its time on the day the meta tag gives bare (it was midnight)
        ("json-ld.html", "Rs 500 crore boost for Pune metro", datetime(2024, 3, 7, 13, 15, tzinfo=UTC),
         ("Anil Deshmukh",), "Deccan Herald Times",
         "https://dhtimes.example/city/pune/rs-500-crore-boost-for-pune-metro-1234567.html", "en"),
    ],
)
def test_a_news_sites_page_gives_its_articles_fields(name: str, title: str, published: datetime,
                                                     authors: tuple[str, ...], site: str, url: str,
                                                     language: str) -> None:
    found = article(name)
    assert (found.title, found.published_at, found.authors, found.site, found.url, found.language) == (
        title, published, authors, site, url, language)


@pytest.mark.parametrize(
    "name, kicker, first",
    [
        # a section's label before the <h1> was the first body paragraph
        ("json-ld.html", "Pune", "The Maharashtra cabinet on Thursday cleared Rs 500 crore"),
        # a live blog's "Live", which extraction moved after the first post, was a body paragraph there
        ("live-blog.html", "Live", "Turnout down on 2019"),
        # kickers trafilatura already left out stay out
        ("arc.html", "Politics", "The Senate voted 88-9"),
        ("wordpress.html", "Local News", "Riverside councillors have approved"),
    ],
)
def test_the_kicker_above_the_headline_is_no_paragraph(name: str, kicker: str, first: str) -> None:
    paragraphs = body(name)
    assert kicker not in paragraphs
    assert paragraphs[0].startswith(first)


def test_a_live_blogs_posts_keep_their_headings_and_text() -> None:
    assert body("live-blog.html") == [
        "Turnout down on 2019",
        "Turnout looks set to be about 60%, down from 67.3% in 2019, according to early figures from 500 of 650 "
        "constituencies.",
        "Labour passes 326 seats", "Labour has passed the 326 seats needed for a majority in the House of Commons.",
        "Exit poll", "The exit poll predicts Labour will win 410 seats, with the Conservatives on 131.",
    ]


def test_meta_tags_tags_are_read_once_and_split_at_commas() -> None:
    # trafilatura gave "Marks & Spencer" and "Q&A" (read twice) and "housing, planning, ..." as one tag
    assert article("wordpress.html").metadata["tags"] == [
        "housing", "planning", "Marks &amp; Spencer", "green belt", "Housing", "Q&amp;A"]
    assert article("guardian.html").metadata["tags"] == ["Weather", "UK news", "Climate crisis"]


def test_tags_of_several_words_with_quotes_keep_them() -> None:
    page = (b'<html lang="en"><head><meta name="keywords" content="O&#39;Neil, &quot;Brexit&quot; deal">'
            b"</head><body><article><h1>Talks resume</h1><p>Negotiators met again on Monday after a week of "
            b"stalled talks over the border question.</p></article></body></html>")
    found = read_articles(page, "html", ReadOptions()).articles[0]
    assert found.metadata["tags"] == ["O'Neil", '"Brexit" deal']  # trafilatura: "ONeil, Brexit deal"


def test_a_description_keeps_the_tag_like_text_it_writes() -> None:
    # the page writes "&lt;b&gt;bold&lt;/b&gt;": trafilatura read "<b>bold</b>" as a tag and deleted it
    assert article("wordpress.html").metadata["description"] == (
        "Councillors voted 7-2 to approve 450 homes; critics say <b>bold</b> claims a<b were not checked.")


def test_a_lone_date_under_the_headline_is_no_paragraph() -> None:
    # the Guardian's <details><summary> under the standfirst was a body paragraph
    paragraphs = body("guardian.html")
    assert "Tue 25 Jun 2024 18.02 BST" not in paragraphs
    assert paragraphs[0].startswith("Temperatures reached 32.7C")
    assert paragraphs[1].startswith("The UK has recorded its hottest June day")


def test_the_json_ld_time_of_the_meta_tags_day_is_the_publication_time() -> None:
    # the meta tag's bare day, 2024-03-07, was the page's date at midnight; JSON-LD gives 18:45 IST that day
    assert article("json-ld.html").published_at == datetime(2024, 3, 7, 13, 15, tzinfo=UTC)
