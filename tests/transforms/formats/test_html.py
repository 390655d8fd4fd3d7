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


STORY = (
    "<p>The club confirmed on Friday that its top scorer had signed a four-year contract with their biggest "
    "rivals in a deal worth around 40 million pounds, ending weeks of speculation.</p>"
    "<p>Supporters reacted angrily outside the stadium, and the manager said he was disappointed but wished "
    "the player well for the rest of his career in the league.</p>"
)


def dated_page(head: str, byline: str) -> bytes:
    return (
        f'<html lang="en"><head><title>Striker signs for rivals</title>{head}</head><body><article>'
        f'<h1>Striker signs for rivals</h1><p class="byline">By Tom Smith {byline}</p>{STORY}</article></body></html>'
    ).encode()


@pytest.mark.parametrize(
    ("head", "byline", "expected"),
    [
        ('<meta property="article:published_time" content="2022-09-23T01:30:00+05:00">', "",
         datetime(2022, 9, 22, 20, 30, tzinfo=UTC)),
        ("", '<time datetime="2022-09-23T01:30:00+05:00">23 September 2022</time>',
         datetime(2022, 9, 22, 20, 30, tzinfo=UTC)),
        ("", '<time datetime="2022-09-23T18:45:00Z">23 September 2022</time>',
         datetime(2022, 9, 23, 18, 45, tzinfo=UTC)),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2022-09-23T01:30:00+05:00"}'
         "</script>", "", datetime(2022, 9, 22, 20, 30, tzinfo=UTC)),
        ("", '<time datetime="2022-09-23">23 September 2022</time>', datetime(2022, 9, 23, tzinfo=UTC)),
        # Two unmarked times that day, the update's first: never the update's time.
        ("", '<time datetime="2022-09-23T17:30:00Z">updated</time> <time datetime="2022-09-23T08:00:00Z">8am</time>',
         datetime(2022, 9, 23, 8, tzinfo=UTC)),
        ("", '<time datetime="2022-09-23T17:30:00Z">updated</time> '
         '<time itemprop="datePublished" datetime="2022-09-23T08:00:00Z">8am</time>',
         datetime(2022, 9, 23, 8, tzinfo=UTC)),
        # A meta tag in RFC 2822 kept its day only; an archive's page before 1995 lost its date.
        ('<meta name="pubdate" content="Fri, 23 Sep 2022 18:45:00 GMT">', "",
         datetime(2022, 9, 23, 18, 45, tzinfo=UTC)),
        ('<meta property="article:published_time" content="1989-11-09T18:00:00+01:00">', "",
         datetime(1989, 11, 9, 17, tzinfo=UTC)),
        # A zone given by its name, which htmldate drops: Eastern time, in winter and in summer.
        ('<meta property="article:published_time" content="2024-03-05 16:45 EST">', "",
         datetime(2024, 3, 5, 21, 45, tzinfo=UTC)),
        ('<meta name="pubdate" content="2024-07-05 4:45 PM ET">', "", datetime(2024, 7, 5, 20, 45, tzinfo=UTC)),
        # An offset after GMT is east of UTC (it was read the POSIX way, two hours off), and the
        # Guardian's "09.15" is a time (the day alone was kept).
        ('<meta name="pubdate" content="Thu Dec 03 2026 10:00:00 GMT+0100 (Central European Standard Time)">', "",
         datetime(2026, 12, 3, 9, tzinfo=UTC)),
        ('<meta name="pubdate" content="Thursday 3 December 2026 09.15 GMT">', "",
         datetime(2026, 12, 3, 9, 15, tzinfo=UTC)),
    ],
    ids=["meta", "time-offset", "time-z", "json-ld", "time-day-only", "two-times", "marked-time", "meta-rfc-2822",
         "archive-1989", "meta-zone-name", "meta-zone-name-summer", "meta-gmt-offset", "meta-dotted-time"],
)
def test_publication_time_keeps_its_time_and_zone_wherever_the_markup_gives_it(
    head: str, byline: str, expected: datetime
) -> None:
    assert read_articles(dated_page(head, byline), "html", ReadOptions()).articles[0].published_at == expected


@pytest.mark.parametrize(
    "html",
    [
        "<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Page not found</h1>"
        '<p>Sorry, the page you are looking for does not exist.</p><a href="/">Go home</a></body></html>',
        '<!DOCTYPE html><html lang="en"><head><title>Page not found - The Daily Planet</title></head><body>'
        '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>'
        "<main><h1>Oops! We can't find that page</h1>"
        "<p>The page you requested may have been moved, deleted, or perhaps you typed the address incorrectly. "
        "Please check the URL and try again.</p><p>You could try searching our site, or return to the home page "
        "to find the latest news, sport, business and entertainment stories from around the world.</p>"
        '<h2>Popular stories</h2><ul><li><a href="/1">Election result announced</a></li></ul></main></body></html>',
    ],
    ids=["404", "soft-404"],
)
def test_error_page_is_no_article_text(html: str) -> None:
    with pytest.raises(FormatError) as raised:
        read_articles(html.encode(), "html", ReadOptions())
    assert raised.value.reason == "no_article_text" and "error page" in raised.value.detail


@pytest.mark.parametrize(
    "title", ["Page not found: why the web is losing its links", "Archives struggle to keep the web"]
)
def test_news_article_about_missing_pages_is_an_article(title: str) -> None:
    body = "".join(
        f"<p>Researchers found that {n * 7} per cent of links cited in court rulings now lead to a page not found "
        "error, and archivists say the loss of the record is accelerating as sites close or redesign.</p>"
        for n in range(1, 9)
    )
    html = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"
    article = read_articles(html.encode(), "html", ReadOptions()).articles[0]
    assert article.title == title and "page not found error" in article.text


@pytest.mark.parametrize(
    "title", ["410 jobs to go at Sheffield steel plant", "404 days after the flood, a town rebuilds"]
)
def test_a_short_brief_whose_headline_starts_with_404_or_410_is_an_article(title: str) -> None:
    body = ("<p>The owners said on Tuesday that the plant would close its rolling mill next spring, blaming energy "
            "prices and weak demand from car makers. Unions called the decision a betrayal.</p>")
    html = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"
    article = read_articles(html.encode(), "html", ReadOptions()).articles[0]
    assert article.title == title


def test_a_dateline_whose_time_element_is_taken_out_leaves_no_paragraph() -> None:
    # "<p>Published <time>22 January 2022</time></p>" left a body paragraph "Published".
    head = ""
    byline = '</p><p>Published <time datetime="2022-09-23">23 September 2022</time>'
    article = read_articles(dated_page(head, byline), "html", ReadOptions()).articles[0]
    assert "Published" not in article.text.split("\n\n")
    assert article.published_at == datetime(2022, 9, 23, tzinfo=UTC)


def test_an_old_date_in_the_body_or_a_placeholder_is_not_the_pages_date() -> None:
    # Reading dates back to 1900 everywhere made a 1945 anniversary in the body the publication
    # date, and a CMS's 1970-01-01 placeholder a date; only the publication meta tag is read that far.
    anniversary = dated_page(
        "", '<time pubdate datetime="2024-05-08T09:00:00Z">8 May 2024</time></p>'
        '<p>On <time datetime="1945-05-08">8 May 1945</time> the war in Europe ended.'
    )
    assert read_articles(anniversary, "html", ReadOptions()).articles[0].published_at == datetime(
        2024, 5, 8, 9, tzinfo=UTC
    )
    placeholder = dated_page('<meta property="article:published_time" content="1970-01-01T00:00:00+00:00">', "")
    assert read_articles(placeholder, "html", ReadOptions()).articles[0].published_at is None
