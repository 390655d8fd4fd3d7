"""An HTML page's date is its article's: never one of the related stories, navigation or comments around it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.formats import ReadOptions, read_articles

STORY = (
    "<p>Regulated rail fares in England will rise by almost five per cent from March, the largest increase for "
    "commuters in more than a decade, the government confirmed on Thursday.</p>"
    "<p>Passenger groups said the rise would push people back into their cars, while the industry said the money "
    "was needed to maintain services and pay for new trains on busy routes.</p>"
)
def listed(item: str) -> str:
    """Return three list items of a related story or a comment, dated 1 to 3 August 2023, as such lists are."""
    return "".join(f'<li>{item} <time datetime="2023-08-0{n}T10:00:00Z">{n} August</time></li>' for n in (1, 2, 3))


MORE_NEWS = "<aside><h2>More news</h2><ul>" + listed('<a href="/a">Bus lanes extended</a>') + "</ul></aside>"
RELATED = '<div class="related-stories"><h2>Related</h2><ul>' + listed('<a href="/b">Fares frozen</a>') + "</ul></div>"
COMMENTS = '<section id="comments"><h2>Comments</h2><ul>' + listed("<p>About time too.</p>") + "</ul></section>"
COMMENT_LIST = '<ol class="commentlist">' + listed("<p>About time too.</p>") + "</ol>"


def page(byline: str, after: str) -> bytes:
    return (f"<html><head><title>Rail fares to rise</title></head><body><main><article><h1>Rail fares to rise</h1>"
            f"{byline}{STORY}</article>{after}</main></body></html>").encode()


@pytest.mark.parametrize("around", [MORE_NEWS, RELATED, COMMENTS, COMMENT_LIST],
                         ids=["aside", "related", "comments", "comment-list"])
def test_a_page_without_its_own_date_takes_none_from_the_stories_or_comments_around_it(around: str) -> None:
    # It was dated 2023-08-01, a related story's or a comment's date.
    article = read_articles(page("", around), "html", ReadOptions()).articles[0]
    assert article.published_at is None and "About time" not in article.text


@pytest.mark.parametrize("around", [MORE_NEWS, RELATED, COMMENTS], ids=["aside", "related", "comments"])
def test_a_page_with_its_own_date_in_the_body_keeps_it_beside_an_older_one_around_it(around: str) -> None:
    # htmldate took the oldest of the page's <time>s, a related story's or a comment's, 2023-08-01.
    byline = '<p class="dateline"><time datetime="2024-01-04T10:00:00Z">4 Jan</time></p>'
    assert read_articles(page(byline, around), "html", ReadOptions()).articles[0].published_at == datetime(
        2024, 1, 4, 10, tzinfo=UTC
    )


def test_a_date_in_the_articles_own_footer_is_its_date() -> None:
    footer = '<footer><p>Published <time datetime="2024-01-04T10:00:00Z">4 January 2024</time></p></footer>'
    html = page("", MORE_NEWS).replace(b"</article>", footer.encode() + b"</article>")
    assert read_articles(html, "html", ReadOptions()).articles[0].published_at == datetime(2024, 1, 4, 10, tzinfo=UTC)


MASTHEADS = {
    "text": '<header class="masthead"><a href="/">The Gazette</a><p>Tuesday 3 June 2025</p></header>',
    "time": '<header><nav><a href="/">Home</a></nav><time datetime="2025-06-03">Tuesday 3 June 2025</time></header>',
    "banner": '<div id="masthead" role="banner"><span class="date">Tuesday, June 3, 2025</span></div>',
    "site-header": '<div class="site-header"><p class="date">03/06/2025</p></div>',
}


@pytest.mark.parametrize("masthead", MASTHEADS.values(), ids=MASTHEADS.keys())
def test_the_date_in_the_pages_masthead_is_not_the_date_of_an_article_without_one(masthead: str) -> None:
    # The masthead's today's date, on every page of the site, was the article's publication date.
    html = (f"<html><head><title>Rail fares to rise</title></head><body>{masthead}<main><article>"
            f"<h1>Rail fares to rise</h1>{STORY}</article></main></body></html>").encode()
    assert read_articles(html, "html", ReadOptions()).articles[0].published_at is None


def test_a_date_in_the_articles_own_header_is_its_date() -> None:
    header = ('<header><h1>Rail fares to rise</h1><p>Published <time datetime="2024-01-04T10:00:00Z">4 January 2024'
              "</time></p></header>")
    html = (f'<html><head><title>Rail fares to rise</title></head><body>{MASTHEADS["text"]}<main><article>{header}'
            f"{STORY}</article></main></body></html>").encode()
    assert read_articles(html, "html", ReadOptions()).articles[0].published_at == datetime(2024, 1, 4, 10, tzinfo=UTC)


TEASERS = ('<article class="teaser"><h2><a href="/b">Fares frozen</a></h2><p class="date">1 August 2023</p></article>'
           '<article class="teaser"><h2><a href="/c">Bus lanes</a></h2><p class="date">2 August 2023</p></article>')


def test_another_storys_teaser_beside_the_article_dates_neither_a_page_without_a_date_nor_one_with_its_own() -> None:
    # A teaser <article> after the page's own (a "More on this story" row) gave an undated page its date, 2023-08-01.
    assert read_articles(page("", TEASERS), "html", ReadOptions()).articles[0].published_at is None
    byline = '<p class="dateline"><time datetime="2024-01-04T10:00:00Z">4 Jan</time></p>'
    assert read_articles(page(byline, TEASERS), "html", ReadOptions()).articles[0].published_at == datetime(
        2024, 1, 4, 10, tzinfo=UTC
    )


def test_the_posts_of_a_live_blog_whose_headline_is_in_no_article_are_not_teasers() -> None:
    posts = "".join(f'<article class="post"><p>Update {n}: counting continues in the north of the county, where '
                    f"turnout was higher than at the last election.</p><time datetime=\"2024-07-04T2{n}:00:00Z\">"
                    f"2{n}:00</time></article>" for n in (1, 2))
    html = (f"<html><head><title>Live: election night</title></head><body><main><h1>Live: election night</h1>{posts}"
            "</main></body></html>").encode()
    assert read_articles(html, "html", ReadOptions()).articles[0].published_at is not None


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ('<header class="masthead"><a href="/">The Gazette</a><h1>Rail fares to rise</h1><p>Published <time '
         'datetime="2024-01-04T10:00:00Z">4 January 2024</time></p></header>', datetime(2024, 1, 4, 10, tzinfo=UTC)),
        ('<header><nav><a href="/">Home</a></nav><div><h1>Rail fares to rise</h1><p>Updated 10:00 GMT, 4 January 2024'
         "</p></div></header>", datetime(2024, 1, 4, 10, tzinfo=UTC)),
    ],
    ids=["masthead-time", "header-text"],
)
def test_a_page_header_that_holds_the_headline_is_the_articles_and_dates_it(header: str, expected: datetime) -> None:
    # The masthead rule leaves out a <header> outside <article> and <main>; one that holds the <h1> is the article's.
    html = (f"<html><head><title>Rail fares to rise</title></head><body>{header}<main>{STORY}</main>{MORE_NEWS}"
            "</body></html>").encode()
    assert read_articles(html, "html", ReadOptions()).articles[0].published_at == expected
