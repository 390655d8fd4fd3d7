"""HTML pages: the article's text without page furniture, and the page's metadata."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
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
        # zero-width characters alone were an article of one invisible paragraph
        "<html><body><p>\u200b\u200c\u200d\u2060\ufeff</p></body></html>".encode(),
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
        # A <time> without `datetime`: its text's time, which htmldate dropped (the day alone was kept).
        ("", "<time>23 September 2022 18:45</time>", datetime(2022, 9, 23, 18, 45, tzinfo=UTC)),
        ("", "<time>23 September 2022, 6:45 PM EDT</time>", datetime(2022, 9, 23, 22, 45, tzinfo=UTC)),
        # Microdata's date on a <span>, its value in `content`: the day alone was kept.
        ("", '<span itemprop="datePublished" content="2022-09-23T18:45:00+02:00">23 September 2022</span>',
         datetime(2022, 9, 23, 16, 45, tzinfo=UTC)),
    ],
    ids=["meta", "time-offset", "time-z", "json-ld", "time-day-only", "two-times", "marked-time", "meta-rfc-2822",
         "archive-1989", "meta-zone-name", "meta-zone-name-summer", "meta-gmt-offset", "meta-dotted-time",
         "time-text", "time-text-zone", "microdata-span"],
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


LEDGER = ("<p>The city museum said on Monday that a ledger recording its first acquisitions in 1824 had gone "
          "missing during a move between its stores.</p><p>Police have been told and staff are searching the "
          "archive, the director said.</p>")


@pytest.mark.parametrize(
    "title", ["Page not found: museum loses 200-year-old ledger", "We can't find that page, says museum of its ledger"]
)
def test_a_short_brief_whose_headline_opens_with_an_error_message_is_an_article(title: str) -> None:
    # The heading matched "page not found" anywhere in it: a 40-word brief so headlined was an error page.
    html = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{LEDGER}</article></body></html>"
    article = read_articles(html.encode(), "html", ReadOptions()).articles[0]
    assert article.title == title and "ledger recording its first acquisitions" in article.text


@pytest.mark.parametrize(
    "heading", ["Page not found - The Daily Planet", "The Daily Planet | Page Not Found", "Oops! Page not found.",
                "We can't find the page you're looking for", "Sorry, this page could not be found"]
)
def test_an_error_message_heading_beside_the_sites_name_is_an_error_page(heading: str) -> None:
    html = (f"<html><head><title>{heading}</title></head><body><main><h1>{heading}</h1><p>The page you requested "
            "may have been moved or deleted. Please check the address, or return to the home page for the latest "
            "news.</p></main></body></html>")
    with pytest.raises(FormatError) as raised:
        read_articles(html.encode(), "html", ReadOptions())
    assert raised.value.reason == "no_article_text" and "error page" in raised.value.detail


@pytest.mark.parametrize("separator", ["-", "–", "—", "|"])
def test_a_short_brief_whose_headline_goes_on_after_an_error_message_and_a_dash_is_an_article(separator: str) -> None:
    # The words after the dash were read as the site's name: a 40-word brief so headlined was an error page.
    title = f"Page not found {separator} museum loses ledger"
    html = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{LEDGER}</article></body></html>"
    article = read_articles(html.encode(), "html", ReadOptions()).articles[0]
    assert article.title == title and "ledger recording its first acquisitions" in article.text


def test_a_title_case_headline_after_the_dash_is_an_article_where_the_page_names_another_site() -> None:
    title = "Page Not Found - Museum Loses Ledger"
    html = (f'<html><head><title>{title} | The Gazette</title><meta property="og:site_name" content="The Gazette">'
            f"</head><body><article><h1>{title}</h1>{LEDGER}</article></body></html>")
    assert read_articles(html.encode(), "html", ReadOptions()).articles[0].title == title


def test_a_title_case_headline_after_the_dash_is_an_article_on_a_page_that_names_no_site() -> None:
    # Its words could be a site's name, and a 40-word brief so headlined was quarantined as an error page.
    title = "Page Not Found - Museum Loses Ledger"
    html = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{LEDGER}</article></body></html>"
    article = read_articles(html.encode(), "html", ReadOptions()).articles[0]
    assert article.title == title and "ledger recording its first acquisitions" in article.text


@pytest.mark.parametrize(
    "message",
    ["Sorry, the page you were looking for could not be found.",
     "We can't find that page. Try searching, or go back to our home page for the latest news."],
)
def test_a_404_page_titled_with_a_site_name_in_title_case_is_still_an_error_page(message: str) -> None:
    heading = "Page Not Found - Example News"
    html = (f"<html><head><title>{heading}</title></head><body><nav><a href='/'>Home</a></nav><main><h1>{heading}</h1>"
            f"<p>{message}</p></main></body></html>")
    with pytest.raises(FormatError) as raised:
        read_articles(html.encode(), "html", ReadOptions())
    assert raised.value.reason == "no_article_text" and "error page" in raised.value.detail


@pytest.mark.parametrize(
    ("heading", "head"),
    [
        ("Page Not Found – Daily Planet", '<meta property="og:site_name" content="The Daily Planet">'),
        ("Page not found | Daily Planet", '<link rel="canonical" href="https://www.dailyplanet.example/missing">'),
        ("Page not found - the daily planet", '<meta name="application-name" content="The Daily Planet">'),
        ("Page not found - dailyplanet.example", ""),
    ],
    ids=["og-site-name", "host-name", "application-name", "domain"],
)
def test_an_error_message_beside_the_name_the_page_gives_its_site_is_an_error_page(heading: str, head: str) -> None:
    html = (f"<html><head><title>{heading}</title>{head}</head><body><main><h1>{heading}</h1><p>The page you "
            "requested may have been moved or deleted. Please check the address, or return to the home page for the "
            "latest news.</p></main></body></html>")
    with pytest.raises(FormatError) as raised:
        read_articles(html.encode(), "html", ReadOptions())
    assert raised.value.reason == "no_article_text" and "error page" in raised.value.detail


@pytest.mark.parametrize(
    ("html", "kind"),
    [
        ('<html><head><title>Redirecting…</title><meta http-equiv="refresh" content="0; url=https://n.example/s">'
         '</head><body><p>If you are not redirected, <a href="https://n.example/s">click here</a>.</p></body></html>',
         "a redirect page"),
        # jekyll-redirect-from's stub: a canonical link to where the story went, and a refresh.
        ('<!DOCTYPE html><html lang="en-US"><meta charset="utf-8"><title>Redirecting&hellip;</title>'
         '<link rel="canonical" href="https://n.example/s"><meta http-equiv="refresh" content="0; url=https://n.example/s">'
         '<meta name="robots" content="noindex"><h1>Redirecting&hellip;</h1>'
         '<a href="https://n.example/s">Click here if you are not redirected.</a></html>', "a redirect page"),
        ("<html><head><title>451: Unavailable due to legal reasons</title></head><body>"
         "<h1>451: Unavailable due to legal reasons</h1><p>We recognize you are attempting to access this website "
         "from a country belonging to the European Economic Area (EEA) including the EU which enforces the General "
         "Data Protection Regulation (GDPR) and therefore access cannot be granted at this time.</p>"
         "<p>For any issues, contact us.</p></body></html>", "an error page"),
    ],
    ids=["meta-refresh", "canonical-stub", "gdpr-451"],
)
def test_a_redirect_stub_or_a_legal_block_page_is_no_article_text(html: str, kind: str) -> None:
    with pytest.raises(FormatError) as raised:
        read_articles(html.encode(), "html", ReadOptions())
    assert raised.value.reason == "no_article_text" and f"reads as {kind}" in raised.value.detail


def test_a_story_about_a_redirect_or_a_451_is_an_article() -> None:
    for title in ("Redirecting the river: a town's plan", "451 jobs to go as Sheffield plant closes"):
        html = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{LEDGER}</article></body>"
        assert read_articles(f"{html}</html>".encode(), "html", ReadOptions()).articles[0].title == title


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


def body_paragraphs(html: str) -> list[str]:
    article = read_articles(html.encode(), "html", ReadOptions()).articles[0]
    return [p.text for p in split_paragraphs(article.text) if p.role == "body"]


AWARD = "<p>The award, worth ten thousand pounds, will be presented in Edinburgh next month, the organisers said.</p>"


def test_a_line_break_is_a_line_of_the_paragraph_not_glued_words() -> None:
    # <br> (trafilatura's <lb/>) was dropped: "which read:The river keeps its counseland the hills keep theirs."
    html = (
        "<html><head><title>Poet wins prize</title></head><body><article><h1>Poet wins prize</h1>\n"
        "<p>The judges praised the opening lines, which read:<br>The river keeps its counsel<br>and the hills keep "
        f"theirs.</p>\n{AWARD}</article></body></html>"
    )
    assert body_paragraphs(html) == [
        "The judges praised the opening lines, which read:\nThe river keeps its counsel\nand the hills keep theirs.",
        AWARD[3:-4],
    ]


def test_nested_blocks_are_one_paragraph_each() -> None:
    # <div class="article"><div class="para">... gave one paragraph "Storm hits northA.B."
    first = "The storm brought down trees across the region on Tuesday night, and thousands of homes lost power."
    second = "Engineers worked through the night to restore supplies, the network operator said in a statement."
    html = (
        '<html><head><title>Storm hits north</title></head><body><div class="article">'
        f'<div class="title">Storm hits north</div><div class="para">{first}</div><div class="para">{second}</div>'
        "</div></body></html>"
    )
    article = read_articles(html.encode(), "html", ReadOptions()).articles[0]
    assert [(p.role, p.text) for p in split_paragraphs(article.text)] == [
        ("title", "Storm hits north"), ("body", first), ("body", second)
    ]


SENTENCE = "Ministers said the {} would be published in full before the summer recess, after months of delay."
BOUNDARY_LAYOUTS = {
    "br": "<p>{a}<br>{b}</p>",
    "br-self-closing": "<p>{a}<br/>{b}</p>",
    "p-in-div": "<div><p>{a}</p><p>{b}</p></div>",
    "text-then-block": "<div>{a}<p>{b}</p></div>",
    "block-then-tail": "<div><p>{a}</p>{b}</div>",
    "divs-in-divs": "<div><div><div>{a}</div></div><div>{b}</div></div>",
    "list-items": "<ul><li>{a}</li><li>{b}</li></ul>",
    "list-item-br": "<ul><li>{a}<br>{b}</li></ul>",
    "quote-paragraphs": "<blockquote><p>{a}</p><p>{b}</p></blockquote>",
    "heading-then-p": "<h2>{a}</h2><p>{b}</p>",
    "section-in-article": "<section><p>{a}</p></section><section><p>{b}</p></section>",
}


@pytest.mark.parametrize("layout", BOUNDARY_LAYOUTS.values(), ids=BOUNDARY_LAYOUTS.keys())
def test_no_word_is_glued_where_the_markup_has_a_block_or_line_boundary(layout: str) -> None:
    a, b = SENTENCE.format("report"), SENTENCE.format("inquiry").replace("Ministers", "Officials")
    html = (
        "<html><head><title>Report delayed</title></head><body><article><h1>Report delayed</h1>"
        f"{layout.format(a=a, b=b)}{AWARD}</article></body></html>"
    )
    words = " ".join(body_paragraphs(html)).split()
    assert "delay.Officials" not in words  # the boundary's two words, glued
    assert words[: len((a + " " + b).split())] == (a + " " + b).split()


def test_inline_elements_add_no_space_inside_a_word() -> None:
    text = ('The re<em>form</em> bill, <a href="/mps">pass</a>ed by <span class="n">M</span>Ps, was welcomed by '
            "<strong>unions</strong> and em<b>ploy</b>ers alike on Tuesday after months of debate.")
    html = f"<html><head><title>Reform passed</title></head><body><article><h1>Reform passed</h1><p>{text}</p>{AWARD}"
    html += "</article></body></html>"
    assert body_paragraphs(html)[0] == (
        "The reform bill, passed by MPs, was welcomed by unions and employers alike on Tuesday after months of debate."
    )


BLOCKED = Path(__file__).parents[2] / "data" / "formats" / "blocked"


@pytest.mark.parametrize(
    ("html", "kind"),
    [
        ((BLOCKED / "cloudflare-challenge.html").read_bytes(), "bot check"),
        # Cloudflare's older interstitial and its block page.
        (b"<html><head><title>Just a moment...</title></head><body><h1>Checking your browser before accessing "
         b"dailyledger.example.</h1><p>This process is automatic. Your browser will redirect to your requested content "
         b"shortly.</p><p>Please allow up to 5 seconds&hellip;</p><p>DDoS protection by Cloudflare</p></body></html>",
         "bot check"),
        (b"<html><head><title>Attention Required! | Cloudflare</title></head><body>"
         b"<h1>Sorry, you have been blocked</h1><h2>You are unable to access dailyledger.example</h2>"
         b"<p>This website is using a security service to protect "
         b"itself from online attacks.</p><p>Cloudflare Ray ID: 7d1a2b3c4d5e6f70</p></body></html>", "bot check"),
        ((BLOCKED / "akamai-access-denied.html").read_bytes(), "access-denied page"),
        (b"<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1><p>You don't have permission to "
         b"access this resource.</p><hr><address>Apache/2.4.41 Server at dailyledger.example Port 443</address>"
         b"</body></html>", "error page"),
        ((BLOCKED / "youtube-consent.html").read_bytes(), "consent page"),
    ],
    ids=["cloudflare-challenge", "cloudflare-checking-browser", "cloudflare-blocked", "akamai", "403", "consent"],
)
def test_bot_check_access_denied_and_consent_pages_are_no_article_text(html: bytes, kind: str) -> None:
    with pytest.raises(FormatError) as raised:
        read_articles(html, "html", ReadOptions())
    assert raised.value.reason == "no_article_text" and kind in raised.value.detail


DENIED_STORY = (
    "<p>Thousands of customers were locked out of their accounts on Monday when the bank's website showed "
    "an access denied message, and a page saying: You don't have permission to access this server.</p>"
    "<p>The bank said a faulty update to its security service had blocked customers in Scotland and the north "
    "of England, and that it was working to restore access as quickly as possible.</p>"
)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # A full story about the message (over 150 words), under a headline that is the message.
        ("Access denied", DENIED_STORY * 3),
        ("Access denied: bank customers locked out", DENIED_STORY * 3),
        # A short brief under such a headline, without the messages of a server's page.
        ("Access Denied", "<p>The council has refused permission for a new access road to the retail park, saying the "
         "junction would add to congestion on the ring road at peak times. The developer may appeal.</p>"),
        ("Just a moment...", "<p>A column on the pause before the penalty: the keeper waits, the striker waits, the "
         "crowd holds its breath, and for just a moment the whole stadium is silent.</p>"),
        ("Before you continue", "<p>Before you continue reading, the editor wants you to know that this week's "
         "issue was written entirely by our readers, who answered our call for stories from home.</p>"),
    ],
    ids=["story-headline-is-the-message", "story", "brief-access-denied", "brief-just-a-moment", "brief-before"],
)
def test_an_article_that_mentions_access_denied_is_an_article(title: str, body: str) -> None:
    html = f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>"
    article = read_articles(html.encode(), "html", ReadOptions()).articles[0]
    assert article.title == title


@pytest.mark.parametrize(
    ("head", "byline", "expected"),
    [
        # htmldate took a date after today for no date, then read its year and month: 2026-12-01.
        ('<meta property="article:published_time" content="2026-12-05T10:00:00Z">', "",
         datetime(2026, 12, 5, 10, tzinfo=UTC)),
        ('<meta property="article:published_time" content="2026-12-05">', "", datetime(2026, 12, 5, tzinfo=UTC)),
        ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2026-12-05T10:00:00Z"}'
         '</script><meta name="pubdate" content="2026-12-05T10:00:00Z">', "", datetime(2026, 12, 5, 10, tzinfo=UTC)),
        # Already tomorrow where it was published, still today in UTC.
        ('<meta property="article:published_time" content="2026-12-04T01:00:00+09:00">', "",
         datetime(2026, 12, 3, 16, tzinfo=UTC)),
        ("", '<time itemprop="datePublished" datetime="2026-12-05T10:00:00Z">5 December</time>',
         datetime(2026, 12, 5, 10, tzinfo=UTC)),
        ('<meta property="article:published_time" content="2026-12-01T09:00:00Z">', "",
         datetime(2026, 12, 1, 9, tzinfo=UTC)),
    ],
    ids=["meta-later-this-month", "meta-day-later-this-month", "json-ld-and-meta", "zone-ahead-of-utc",
         "marked-time-later-this-month", "meta-on-the-1st"],
)
def test_a_publication_date_later_this_month_is_read_as_written(
    head: str, byline: str, expected: datetime, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("transforms.formats.html._today", lambda: date(2026, 12, 3))
    assert read_articles(dated_page(head, byline), "html", ReadOptions()).articles[0].published_at == expected


def test_a_date_later_this_month_in_the_body_is_not_the_pages_date(monkeypatch: pytest.MonkeyPatch) -> None:
    # Not the 1st of the month either: the date is noted, as an unread date is.
    monkeypatch.setattr("transforms.formats.html._today", lambda: date(2026, 12, 3))
    page = dated_page("", '</p><p>The final is on <time datetime="2026-12-20">20 December</time> in Berlin.')
    article = read_articles(page, "html", ReadOptions()).articles[0]
    assert article.published_at is None
    assert str(article.metadata["date_unparsed"]).startswith("2026-12-20")


def test_a_date_in_the_byline_is_no_author() -> None:
    # trafilatura gives "By Tom Smith | March 5, 2024 4:45 pm" as "Tom Smith; March 5": "March 5" was an author.
    article = read_articles(dated_page("", "| March 5, 2024 4:45 pm"), "html", ReadOptions()).articles[0]
    assert article.authors == ("Tom Smith",)


@pytest.mark.parametrize("breaks", ["<br><br>", "<br/><br/>", "<br>\n<br>", "<br> <br><br>"])
def test_a_blank_line_of_line_breaks_ends_a_paragraph(breaks: str) -> None:
    # A CMS that writes paragraphs as <br><br> inside one <p>: they were one paragraph, in lines.
    a, b = SENTENCE.format("report"), SENTENCE.format("inquiry").replace("Ministers", "Officials")
    html = (
        "<html><head><title>Report delayed</title></head><body><article><h1>Report delayed</h1>"
        f"<p>{a}{breaks}{b}<br>It said so twice.</p>{AWARD}</article></body></html>"
    )
    assert body_paragraphs(html)[:2] == [a, f"{b}\nIt said so twice."]


@pytest.mark.parametrize(
    "teaser",
    ["Related: Council approves new tram line", "<strong>READ MORE:</strong> <a href='/f'>Fares to rise in spring</a>",
     "See also: <a href='/b'>Bus drivers vote to strike</a>", "Watch: the moment the bridge opened"],
)
def test_a_link_to_another_story_in_the_body_is_no_paragraph(teaser: str) -> None:
    html = (
        "<html><head><title>Report delayed</title></head><body><article><h1>Report delayed</h1>"
        f"<p>{SENTENCE.format('report')}</p><p>{teaser}</p>{AWARD}</article></body></html>"
    )
    assert body_paragraphs(html) == [SENTENCE.format("report"), AWARD[3:-4]]


def test_prose_that_opens_with_such_a_label_stays() -> None:
    prose = ("Related: the minister said the costs, which had been rising for years, would be met by a levy on the "
             "largest firms, and by nothing else.")
    html = (
        "<html><head><title>Report delayed</title></head><body><article><h1>Report delayed</h1>"
        f"<p>{SENTENCE.format('report')}</p><p>{prose}</p>{AWARD}</article></body></html>"
    )
    assert body_paragraphs(html) == [SENTENCE.format("report"), prose, AWARD[3:-4]]


def json_ld_page(graph: object) -> bytes:
    return (
        '<html lang="en"><head><title>Report delayed</title><script type="application/ld+json">'
        f"{json.dumps(graph)}</script></head><body><article><h1>Report delayed</h1>"
        f"<p>{SENTENCE.format('report')}</p>{AWARD}</article></body></html>"
    ).encode()


WEB_PAGE = {"@type": "WebPage", "@id": "https://n.example/r#webpage", "datePublished": "2019-06-01T08:00:00+00:00"}
NEWS_ARTICLE = {"@type": "NewsArticle", "headline": "Report delayed", "datePublished": "2024-03-05T16:45:00+01:00"}


@pytest.mark.parametrize(
    "graph",
    [
        {"@context": "https://schema.org", "@graph": [WEB_PAGE, NEWS_ARTICLE]},  # Yoast SEO's order
        [WEB_PAGE, {**NEWS_ARTICLE, "@type": ["ReportageNewsArticle"]}],
        {**WEB_PAGE, "@context": "https://schema.org", "mainEntity": NEWS_ARTICLE},
        {"@context": "https://schema.org", "@graph": [NEWS_ARTICLE, WEB_PAGE]},  # as before: the first
    ],
    ids=["graph", "list", "main-entity", "article-first"],
)
def test_the_articles_json_ld_date_is_the_pages_not_its_web_pages(graph: object) -> None:
    # htmldate takes the page's first datePublished: the WebPage's (when the page was made), 2019-06-01.
    article = read_articles(json_ld_page(graph), "html", ReadOptions()).articles[0]
    assert article.published_at == datetime(2024, 3, 5, 15, 45, tzinfo=UTC)


@pytest.mark.parametrize(
    ("graph", "expected"),
    [
        ({"@context": "https://schema.org", "@graph": [WEB_PAGE, NEWS_ARTICLE]}, "newsarticle"),  # Yoast SEO's order
        ({"@context": "https://schema.org", "@graph": [WEB_PAGE, {**NEWS_ARTICLE, "@type": ["Article"]}]}, "article"),
        ({"@context": "https://schema.org", "@graph": [WEB_PAGE, {"@type": "Organization"}]}, "webpage"),
    ],
    ids=["news-article", "article", "no-article-node"],
)
def test_the_page_type_is_the_article_nodes_not_its_web_pages(graph: object, expected: str) -> None:
    # trafilatura took the first node's type: a Yoast page's `pagetype` was "webpage".
    article = read_articles(json_ld_page(graph), "html", ReadOptions()).articles[0]
    assert article.metadata["pagetype"] == expected


def test_a_web_pages_date_stays_where_no_article_node_gives_one() -> None:
    article = read_articles(json_ld_page({"@graph": [WEB_PAGE, {"@type": "Organization"}]}), "html", ReadOptions())
    assert article.articles[0].published_at == datetime(2019, 6, 1, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    "prose",
    [
        "Listen: we have done everything we could for these people.",  # an interview's answer
        "Recommended: no more than five grams of salt a day, the guidance says.",
        "Related: the minister said the costs would be met.",
        'Watch: "the numbers will rise again."',
    ],
)
def test_a_short_sentence_that_opens_with_such_a_label_stays(prose: str) -> None:
    # Under twenty words, these were taken for links to other stories and dropped from the text.
    html = (
        "<html><head><title>Report delayed</title></head><body><article><h1>Report delayed</h1>"
        f"<p>{SENTENCE.format('report')}</p><p>{prose}</p>{AWARD}</article></body></html>"
    )
    assert body_paragraphs(html) == [SENTENCE.format("report"), prose, AWARD[3:-4]]


COMMENT = {"@type": "DiscussionForumPosting", "text": "First!", "datePublished": "2024-03-09T10:00:00+00:00"}


@pytest.mark.parametrize(
    "graph",
    [
        {"@graph": [COMMENT, NEWS_ARTICLE]},  # a comments plugin's node before the article's
        {"@graph": [{**COMMENT, "@type": "SocialMediaPosting"}, NEWS_ARTICLE]},  # an embedded post
        {"@graph": [WEB_PAGE, COMMENT, NEWS_ARTICLE]},
    ],
    ids=["forum-posting", "social-media-posting", "web-page-first"],
)
def test_a_comments_json_ld_date_is_not_the_articles(graph: object) -> None:
    # A DiscussionForumPosting ends in "Posting", as BlogPosting does: a comment's date, two days after
    # the article, was the page's.
    article = read_articles(json_ld_page(graph), "html", ReadOptions()).articles[0]
    assert article.published_at == datetime(2024, 3, 5, 15, 45, tzinfo=UTC)


def test_json_ld_nested_deeper_than_json_reads_is_left_out_and_the_page_read() -> None:
    # A JSON-LD script of arrays thousands deep made json raise RecursionError, which stopped the run.
    nested = "[" * 5000 + "]" * 5000
    body = "<p>" + "Farmers counted the cost of the heatwave on Monday, the ministry said. " * 6 + "</p>"
    data = (
        f'<html lang="en"><head><title>Heatwave</title><script type="application/ld+json">{nested}</script>'
        f'<meta property="article:published_time" content="2022-09-23T08:15:00Z"></head>'
        f"<body><article><h1>Heatwave</h1>{body}</article></body></html>"
    ).encode()
    [article] = read_articles(data, "html", ReadOptions()).articles
    assert "Farmers counted the cost" in article.text
    assert article.published_at == datetime(2022, 9, 23, 8, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2024-03-05T10:00:00+25:00">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-05T10:00:00+9900"}'
        "</script>",
        '<meta name="pubdate" content="Tue, 05 Mar 2024 10:00:00 +2400">',
    ],
)
def test_a_date_whose_utc_offset_is_a_day_or_more_leaves_the_page_an_article_without_date(head: str) -> None:
    # htmldate raised datetime's ValueError on such an offset, and trafilatura discarded the whole page:
    # its article was quarantined as no_article_text.
    body = "<p>" + "Farmers counted the cost of the heatwave on Monday, the ministry said. " * 6 + "</p>"
    data = f"<html><head>{head}</head><body><article>{body}</article></body></html>".encode()
    [article] = read_articles(data, "html", ReadOptions()).articles
    assert "Farmers counted the cost" in article.text
    assert article.published_at is None and "date_unparsed" in article.metadata


@pytest.mark.parametrize(
    ("saved", "kind"),
    [
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel><item><title>A</title><description>One.</description>'
         b"</item></channel></rss>", "RSS"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title><content>One.</content></entry></feed>',
         "Atom"),
    ],
)
def test_a_feed_saved_as_html_is_quarantined_naming_the_suffix_that_reads_it(saved: bytes, kind: str) -> None:
    with pytest.raises(FormatError) as error:
        read_articles(saved, "html", ReadOptions())
    assert (error.value.reason, error.value.detail) == (
        "no_article_text",
        f"an {kind} feed, not an HTML page: name it .rss, .atom or .xml to read its items as articles",
    )


def waiting_times_page(head: str, body: str = "") -> bytes:
    return (
        '<html lang="en"><head><meta charset="utf-8"><title>Waiting times fall again</title>'
        f"{head}</head><body><article><h1>Waiting times fall again</h1>"
        "<p>The regional health authority said on Wednesday that waiting times for routine operations had "
        "fallen for a third month in a row.</p>"
        f"<p>Officials credited extra weekend clinics and a new booking system introduced last year.</p>{body}"
        "</article></body></html>"
    ).encode()


PUBLISHED_LATE = '<meta property="article:published_time" content="2024-03-05T22:45:00-05:00">'


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        ('<link rel="canonical" href="https://x.example/2024/03/05/waiting-times/">' + PUBLISHED_LATE, "",
         datetime(2024, 3, 6, 3, 45, tzinfo=UTC)),
        ('<meta property="og:url" content="https://x.example/2024/03/05/waiting-times/">' + PUBLISHED_LATE, "",
         datetime(2024, 3, 6, 3, 45, tzinfo=UTC)),
        ('<link rel="canonical" href="https://x.example/2024/03/04/waiting-times/">'
         '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-05T16:45:00-08:00"}'
         "</script>", "", datetime(2024, 3, 6, 0, 45, tzinfo=UTC)),
        ('<link rel="canonical" href="https://x.example/2024/03/04/waiting-times/">',
         '<p>Posted <time datetime="2024-03-05T10:00:00+01:00" pubdate>5 March</time></p>',
         datetime(2024, 3, 5, 9, tzinfo=UTC)),
        # The markup gives no date: the URL's, a day without time.
        ('<link rel="canonical" href="https://x.example/2024/03/05/waiting-times/">', "",
         datetime(2024, 3, 5, tzinfo=UTC)),
    ],
    ids=["canonical-and-meta", "og-url-and-meta", "canonical-and-json-ld", "canonical-and-time", "url-alone"],
)
def test_a_date_in_the_url_is_the_pages_only_when_the_markup_gives_none(
    head: str, body: str, expected: datetime
) -> None:
    # htmldate read the URL's day first: 2024-03-05 00:00 (the JSON-LD's page, the 4th) in place of the markup's time.
    assert read_articles(waiting_times_page(head, body), "html", ReadOptions()).articles[0].published_at == expected


@pytest.mark.parametrize(
    ("head", "expected", "metadata"),
    [
        ('<meta name="date" content="03/04/2024">', datetime(2024, 3, 4, tzinfo=UTC), {"date_ambiguous": "03/04/2024"}),
        ('<meta name="date" content="03/04/2024 4:45 PM">', datetime(2024, 3, 4, 16, 45, tzinfo=UTC),
         {"date_ambiguous": "03/04/2024 4:45 PM"}),
        # The page's other meta dates show day first (13/04/2024): no guess, no note.
        ('<meta name="date" content="03/04/2024 4:45 PM"><meta name="dc.date" content="13/04/2024">',
         datetime(2024, 4, 3, 16, 45, tzinfo=UTC), {}),
        ('<meta name="date" content="04/13/2024 4:45 PM">', datetime(2024, 4, 13, 16, 45, tzinfo=UTC), {}),
        # Dots are written day first.
        ('<meta name="date" content="03.04.2024 16:45">', datetime(2024, 4, 3, 16, 45, tzinfo=UTC), {}),
    ],
    ids=["day-and-month", "with-time", "page-shows-day-first", "month-first-shown", "dotted"],
)
def test_a_numeric_meta_date_is_read_as_a_records_files_date(
    head: str, expected: datetime, metadata: dict[str, str]
) -> None:
    # htmldate read 03/04/2024 day first, unnoted, and dropped its time.
    article = read_articles(waiting_times_page(head), "html", ReadOptions()).articles[0]
    assert article.published_at == expected
    assert {k: v for k, v in article.metadata.items() if k.startswith("date_")} == metadata
    record = json.dumps({"text": "Waiting times fell.", "date": head.split('content="')[1].split('"')[0]})
    if "dc.date" not in head:  # the same value in a records file, alone in its file
        [from_records] = read_articles(record.encode(), "jsonl", ReadOptions()).articles
        assert (from_records.published_at, from_records.metadata.get("date_ambiguous")) == (
            expected, metadata.get("date_ambiguous"))


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta name="author" content="Smith, Jane">', ("Jane Smith",)),
        ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
         '"author": {"@type": "Person", "name": "Smith, Jane"}}</script>', ("Jane Smith",)),
        ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
         '"author": [{"@type": "Person", "name": "Smith, Jane"}, {"@type": "Person", "name": "Tom Roe"}]}</script>',
         ("Jane Smith", "Tom Roe")),
        # Still two people, as in a records file.
        ('<meta name="author" content="Jane Doe, Tom Roe">', ("Jane Doe", "Tom Roe")),
        ('<meta name="author" content="Reuters, AFP">', ("Reuters", "AFP")),
    ],
    ids=["meta-surname-first", "json-ld-surname-first", "json-ld-list", "meta-two-people", "meta-agencies"],
)
def test_an_html_byline_is_read_as_a_records_files(head: str, expected: tuple[str, ...]) -> None:
    # trafilatura parts a byline at its comma: "Smith, Jane" was two people, Smith and Jane.
    assert read_articles(waiting_times_page(head), "html", ReadOptions()).articles[0].authors == expected


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ('<div class="byline">By <a rel="author" href="/staff/smith">Smith, Jane</a></div>', ("Jane Smith",)),
        ('<div class="byline">By Doe, Jane; Roe, Tom</div>', ("Jane Doe", "Tom Roe")),
        ('<span itemprop="author" itemscope><span itemprop="name">Lee, Ann</span></span>', ("Ann Lee",)),
        # Read as before: two people, a name and an agency, a name and a title.
        ('<span class="author">Jane Doe, Tom Roe</span>', ("Jane Doe", "Tom Roe")),
        # An agency after a name is the writer's outlet, no author (it was a second one: "Reuters")
        ('<div class="byline">By Jane Doe, Reuters</div>', ("Jane Doe",)),
        ('<p class="byline">Jane Doe, Chief Political Correspondent</p>', ("Jane Doe",)),
    ],
    ids=["rel-author", "byline-class", "itemprop", "two-people", "agency", "title"],
)
def test_a_byline_only_the_body_writes_is_read_as_a_records_files(byline: str, expected: tuple[str, ...]) -> None:
    # With no author meta tag or JSON-LD, trafilatura's name from the body was parted at its comma:
    # "Smith, Jane" was two people, "Doe, Jane; Roe, Tom" four.
    page = (
        "<html><head><title>Council approves new budget</title></head><body><article>"
        f"<h1>Council approves new budget</h1>{byline}"
        "<p>The city council approved a new budget on Tuesday after a long debate about spending on roads and "
        "schools across the region.</p><p>Members voted seven to two in favour of the plan, which raises property "
        "taxes by two percent and adds funds for public transport.</p></article></body></html>"
    ).encode()
    assert read_articles(page, "html", ReadOptions()).articles[0].authors == expected


@pytest.mark.parametrize(
    ("declaration", "written_in", "codec", "title", "body"),
    [
        ('<meta charset="windows-1250">', "cp1250", "cp1250", "Zprávy", "Vláda schválila rozpočet."),
        ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-9">', "cp1254", "cp1254",
         "Haberler", "Hükümet bütçeyi açıkladı."),
        ("<meta charset=ISO-8859-15>", "iso8859_15", "iso8859-15", "Nachrichten", "Öl kostet 5 € mehr."),
        # WHATWG reads ISO-8859-1 as windows-1252: its curly quotes are no C1 controls
        ('<meta charset="iso-8859-1">', "cp1252", "cp1252", "Owners’ protest", "“We will not pay,” they said."),
    ],
    ids=["czech", "turkish http-equiv", "euro sign", "latin-1 label"],
)
def test_a_short_page_is_read_in_the_encoding_it_declares(declaration, written_in, codec, title, body) -> None:
    # charset-normalizer's guess for a page this short was windows-1252: "rozpoèet", "açýkladý", "5 ¤".
    page = (f"<html><head>{declaration}<title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{body}</p></article></body></html>").encode(written_in)
    result = read_articles(page, "html", ReadOptions())
    assert result.encoding == codec
    assert result.articles[0].text == f"{title}\n\n{body}"


def test_a_page_in_utf8_that_declares_latin1_is_read_as_utf8() -> None:
    # Many pages keep an old template's declaration: their bytes, valid UTF-8, are what counts.
    page = ('<html><head><meta charset="iso-8859-1"><title>Café</title></head><body><article><h1>Café</h1>'
            "<p>Prices at the café rose 5 € to 12 €.</p></article></body></html>").encode()
    result = read_articles(page, "html", ReadOptions())
    assert result.encoding == "utf-8"
    assert result.articles[0].text == "Café\n\nPrices at the café rose 5 € to 12 €."


def test_shift_jis_page_without_a_charset_is_read_as_japanese() -> None:
    # Its 、 and 。 between kanji made the guess cp949: the page was stored as Hangul.
    title = "京都で桜が満開に"
    body = ("京都市内では今週、桜が満開となり、多くの観光客が訪れている。市によると、週末にはさらに人出が増える"
            "見込みで、混雑への注意を呼びかけている。")
    more = "気象台によると、今年の開花は平年より五日早かった。見頃は来週半ばまで続くという。"
    page = (f'<html lang="ja"><head><title>{title}</title></head><body><article><h1>{title}</h1>'
            f"<p>{body}</p><p>{more}</p></article></body></html>").encode("shift_jis")
    result = read_articles(page, "html", ReadOptions())
    assert result.encoding == "cp932"
    assert result.articles[0].text == f"{title}\n\n{body}\n\n{more}"
    assert result.articles[0].language == "ja"


SHARES = [
    "LONDON (Reuters) - Shares in the city rose on Tuesday as investors welcomed better than expected results "
    "from several large banks.",
    "The main index closed up 1.2 percent, its best day for a month, with financial stocks leading the gains.",
    "Analysts said the rally might not last if inflation figures due later this week came in higher than forecast.",
]
TABLE_LAYOUTS = [
    ('<html lang="en"><head><meta charset="utf-8"><title>Shares rise</title></head><body>\n<table width="100%">'
     '<tr><td width="150"><a href="/">Home</a><br><a href="/biz">Business</a></td>\n<td><h1>Shares rise</h1>'
     + "".join(f"<p>{p}</p>\n" for p in SHARES) + "</td></tr></table></body></html>"),
    ('<html><head><title>Shares rise</title></head><body><table width="760" border="0"><tr><td class="nav">'
     '<a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></td></tr>\n'
     '<tr><td class="storytext"><b>Shares rise</b><br><br>' + "<br><br>".join(SHARES) + "</td></tr>\n"
     '<tr><td class="footer">Copyright 2003 The Herald</td></tr></table></body></html>'),
    # The story in a table nested in the layout's; the data table inside the story is left out.
    ('<html><head><title>Shares rise</title></head><body><table><tr><td><a href="/">Home</a><br>'
     '<a href="/a">Markets</a></td><td><table cellpadding="4"><tr><td>'
     f"<p>{SHARES[0]}</p><p>{SHARES[1]}</p><table border=1><tr><td>FTSE</td><td>+1.2%</td></tr>"
     f"<tr><td>Banks</td><td>+3.5%</td></tr></table><p>{SHARES[2]}</p></td></tr></table></td></tr></table>"
     "</body></html>"),
]


@pytest.mark.parametrize("page", TABLE_LAYOUTS, ids=["cells-of-paragraphs", "storytext-line-breaks", "nested"])
def test_page_laid_out_in_a_table_gives_its_article(page: str) -> None:
    # The article in a <td> was dropped with the table, the page quarantined as no article text.
    article = read_articles(page.encode(), "html", ReadOptions()).articles[0]
    assert article.text == "\n\n".join(["Shares rise", *SHARES])


def test_data_table_in_a_modern_article_is_left_out() -> None:
    page = ('<html lang="en"><head><title>Shares rise</title></head><body><nav><a href="/">Home</a></nav>'
            f"<article><h1>Shares rise</h1><p>{SHARES[0]}</p><p>{SHARES[1]}</p><table><tr><th>Index</th>"
            "<th>Change</th></tr><tr><td>FTSE</td><td>+1.2%</td></tr></table>"
            f"<p>{SHARES[2]}</p></article></body></html>")
    article = read_articles(page.encode(), "html", ReadOptions()).articles[0]
    assert article.text == "\n\n".join(["Shares rise", *SHARES])


def test_index_page_laid_out_in_a_table_is_still_no_article_text() -> None:
    page = ('<html><head><title>Business news</title></head><body><table><tr><td><a href="/">Home</a></td><td>'
            '<a href="/1">Shares rise on bank results</a><br><a href="/2">Oil price falls</a><br>'
            '<a href="/3">Retail sales up in March</a><br><a href="/4">Airline cuts routes</a></td></tr></table>'
            "</body></html>")
    with pytest.raises(FormatError) as raised:
        read_articles(page.encode(), "html", ReadOptions())
    assert raised.value.reason == "no_article_text"


def test_a_live_blogs_headline_is_not_read_again_between_its_posts() -> None:
    # trafilatura moves the <h1> after the first post of this layout: it was a body paragraph there.
    posts = "".join(
        f'<div class="post"><time>{t}</time><p>{p}</p></div>'
        for t, p in (("22:05", "Polls have closed across the country and counting has begun in most constituencies."),
                     ("22:30", "The first result is expected shortly after 11pm from the north-east, where counting "
                               "is traditionally fastest."),
                     ("23:10", "Turnout appears to be lower than at the last election, according to early reports."))
    )
    page = ('<html lang="en"><head><meta charset="utf-8"><title>Live: election night</title></head><body>'
            f"<article><h1>Live: election night</h1>{posts}</article></body></html>")
    [article] = read_articles(page.encode(), "html", ReadOptions()).articles
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "Live: election night" and paragraphs.count("Live: election night") == 1
    assert len(paragraphs) == 4


def test_a_page_saved_as_xhtml_is_read_as_html() -> None:
    # An .xhtml page was quarantined unsupported_format.
    from transforms.formats import format_of

    page = (b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml">'
            b"<head><title>Harbour reopens after storm</title></head><body><article>"
            b"<h1>Harbour reopens after storm</h1><p>The harbour reopened on Monday after three days of repairs "
            b"to the sea wall, the port authority said.</p><p>Fishing boats were the first to leave, and ferries "
            b"resume their timetable on Tuesday.</p></article></body></html>")
    assert format_of("archive/harbour.XHTML") == "html"
    [article] = read_articles(page, format_of("harbour.xhtml")).articles
    assert article.title == "Harbour reopens after storm"
    assert "The harbour reopened on Monday" in article.text and "<p>" not in article.text


def test_soft_hyphens_are_left_out_of_the_pages_metadata_as_they_are_of_its_text() -> None:
    # The description kept "Ber\u00adlin" (HTML's &shy;), where the text reads "Berlin": a query for the word
    # missed it.
    html = ('<html><head><title>Ber&shy;lin fares rise</title>'
            '<meta name="description" content="Fares in Ber&shy;lin rise by five per cent.">'
            '<meta property="og:site_name" content="Ber&shy;liner Zei&shy;tung">'
            '<meta name="author" content="Jana Mül&shy;ler"><meta name="keywords" content="Ber&shy;lin, Ver&shy;kehr">'
            '</head><body><article><h1>Ber&shy;lin fares rise</h1><p>Fares in Ber&shy;lin will rise by five per cent '
            "from March, the transport authority said on Thursday, the largest rise in a decade.</p></article>"
            "</body></html>")
    article = read_articles(html.encode(), "html", ReadOptions()).articles[0]
    assert article.metadata["description"] == "Fares in Berlin rise by five per cent."
    assert (article.title, article.site, article.authors) == ("Berlin fares rise", "Berliner Zeitung", ("Jana Müller",))
    assert "\u00ad" not in json.dumps(article.metadata, ensure_ascii=False)


LIVE_POSTS = (
    ("Polls close", "Polls have closed across the country and counting has begun in most constituencies tonight."),
    ("First result due", "The first result is expected shortly after 11pm from the north-east, where counting is "
                         "traditionally fastest."),
    ("Turnout down", "Turnout appears to be lower than at the last election, according to early reports from several "
                     "counts."),
)
LIVE_LAYOUTS = {
    "articles": '<main><h1>Live: election night</h1>{}</main>',
    "posts": '<article><h1>Live: election night</h1><div class="live-blog">{}</div></article>',
}
POST_LAYOUTS = {
    "articles": '<article class="post"><time>22:0{n}</time><h2>{heading}</h2><p>{text}</p></article>',
    "posts": '<div class="post"><h2>{heading}</h2><p>{text}</p><p>Our correspondent reports more soon.</p></div>',
}


@pytest.mark.parametrize("layout", LIVE_LAYOUTS, ids=LIVE_LAYOUTS.keys())
def test_each_live_blog_posts_heading_is_a_paragraph_before_its_text(layout: str) -> None:
    # trafilatura took the first post as the article and recovered the others' paragraphs without their headings:
    # "First result due" and "Turnout down" were lost, "Polls close" kept.
    posts = "".join(POST_LAYOUTS[layout].format(n=n, heading=heading, text=text)
                    for n, (heading, text) in enumerate(LIVE_POSTS))
    page = ('<html lang="en"><head><title>Live: election night</title></head><body>'
            f"{LIVE_LAYOUTS[layout].format(posts)}</body></html>")
    paragraphs = read_articles(page.encode(), "html", ReadOptions()).articles[0].text.split("\n\n")
    texts = [paragraph for paragraph in paragraphs if not paragraph.startswith("Our correspondent")]
    assert texts == ["Live: election night", *[part for post in LIVE_POSTS for part in post]]


def _news_article(published: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "{published}"}}</script>'


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (_news_article("Tue, 05 Mar 2024 10:00:00 GMT"), datetime(2024, 3, 5, 10, tzinfo=UTC)),
        (_news_article("March 5, 2024 10:00 AM EST"), datetime(2024, 3, 5, 15, tzinfo=UTC)),
        # Beside a URL's day: the JSON-LD's date and time, not the URL's day.
        (_news_article("Tue, 05 Mar 2024 22:45:00 -0500")
         + '<link rel="canonical" href="https://news.example/2024/03/05/striker">',
         datetime(2024, 3, 6, 3, 45, tzinfo=UTC)),
    ],
)
def test_a_json_ld_date_not_in_iso_8601_is_the_pages(head: str, expected: datetime) -> None:
    # htmldate reads a JSON-LD datePublished in ISO 8601 only: such a page was undated, or dated by its URL's day.
    [article] = read_articles(dated_page(head, ""), "html", ReadOptions()).articles
    assert article.published_at == expected


@pytest.mark.parametrize(
    "published",
    ["December 3, 2024 14:05", "Tue, 03 Dec 2024 14:05:00 GMT", "3 December 2024 14:05 UTC"],
)
def test_a_json_ld_time_not_in_iso_8601_completes_a_meta_tags_bare_day(published: str) -> None:
    # The meta tag's bare day was the page's date at midnight, as for an ISO JSON-LD date before.
    head = '<meta property="article:published_time" content="2024-12-03">' + _news_article(published)
    [article] = read_articles(dated_page(head, ""), "html", ReadOptions()).articles
    assert article.published_at == datetime(2024, 12, 3, 14, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("December 3, 2024 01:00 +0530", datetime(2024, 12, 2, 19, 30, tzinfo=UTC)),  # the day before in UTC
        ("December 3, 2024 23:30 -0500", datetime(2024, 12, 4, 4, 30, tzinfo=UTC)),  # the day after in UTC
        ("2024-12-03T01:00:00+05:30", datetime(2024, 12, 2, 19, 30, tzinfo=UTC)),  # as ISO 8601 writes it
    ],
)
def test_a_json_ld_time_not_in_iso_8601_completes_the_bare_day_it_was_written_on(published: str, expected) -> None:
    # Read to UTC, its day was another than the meta tag's: the page was dated at midnight, its time lost.
    head = '<meta property="article:published_time" content="2024-12-03">' + _news_article(published)
    [article] = read_articles(dated_page(head, ""), "html", ReadOptions()).articles
    assert article.published_at == expected


@pytest.mark.parametrize(
    ("head", "byline"),
    [
        ('<meta property="article:published_time" content="2024-02-30T10:00:00+00:00">', ""),
        ('<meta name="date" content="2024-02-30">', ""),
        ("", '<time itemprop="datePublished" datetime="2024-02-30T10:00:00Z">30 Feb</time>'),
        ('<meta property="article:published_time" content="2024-13-05T10:00:00+00:00">', ""),
        (_news_article("TBD"), ""),
    ],
)
def test_a_publication_date_that_is_no_date_is_noted_not_guessed(head: str, byline: str) -> None:
    # htmldate read 2024-02-30 as 2024-02-01, a day the page never gives; a value it could not read at all
    # left the page undated without a note.
    [article] = read_articles(dated_page(head, byline), "html", ReadOptions()).articles
    assert article.published_at is None
    assert article.metadata["date_unparsed"] in head + byline


@pytest.mark.parametrize("published", ["1709649120", "1709649120000", "1709649120.0"])
def test_a_json_ld_date_written_as_an_epoch_number_is_the_pages(published: str) -> None:
    # A JSON-LD datePublished of epoch seconds or milliseconds (a JSON number) was not read: the page was undated.
    head = f'<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": {published}}}</script>'
    [article] = read_articles(dated_page(head, ""), "html", ReadOptions()).articles
    assert article.published_at == datetime(2024, 3, 5, 14, 32, tzinfo=UTC)


AMPERSAND_STORY = (
    "<p>Profits at Marks &amp;amp; Spencer rose 5% in the six months to September, the retailer said on Tuesday, "
    "as clothing sales recovered.</p><p>Food sales rose too, and the company raised its dividend for the year.</p>"
)


@pytest.mark.parametrize(
    "head",
    [
        "<title>Marks &amp;amp; Spencer profits rise | Daily Post</title>",
        '<title>Marks &amp;amp; Spencer profits rise</title><meta property="og:title" content="Marks &amp;amp; '
        'Spencer profits rise">',
        '<title>Daily Post</title><script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "headline": "Marks &amp;amp; Spencer profits rise"}</script>',
    ],
    ids=["title", "og-title", "json-ld"],
)
def test_a_headline_escaped_twice_is_read_once_as_its_text_is(head: str) -> None:
    # "&amp;amp;" is "&amp;" read once, in the headline as in the text: the headline was "Marks & Spencer ..."
    page = f"<html><head>{head}</head><body><article>{AMPERSAND_STORY}</article></body></html>".encode()
    [article] = read_articles(page, "html", ReadOptions()).articles
    assert article.title == "Marks &amp; Spencer profits rise"
    first = "Profits at Marks &amp; Spencer rose 5% in the six months to September, the retailer said on Tuesday"
    assert article.text.split("\n\n")[:2] == [article.title, f"{first}, as clothing sales recovered."]


def test_an_ampersand_escaped_twice_in_a_byline_parts_its_names() -> None:
    head = '<title>Profits rise</title><meta name="author" content="Jane Smith &amp;amp; Tom Brown">'
    page = f"<html><head>{head}</head><body><article>{AMPERSAND_STORY}</article></body></html>".encode()
    assert read_articles(page, "html", ReadOptions()).articles[0].authors == ("Jane Smith", "Tom Brown")  # and "Amp"


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("Fri, 23 Sep 2022 23:45:00 -0500", datetime(2022, 9, 24, 4, 45, tzinfo=UTC)),  # the day after in UTC
        ("September 23, 2022 1:30 AM +0530", datetime(2022, 9, 22, 20, tzinfo=UTC)),  # the day before in UTC
        ("23/09/2022 23:45 -0500", datetime(2022, 9, 24, 4, 45, tzinfo=UTC)),  # the day first, as the page writes it
    ],
)
def test_a_meta_tags_time_not_in_iso_8601_completes_the_day_it_was_written_on(published: str, expected) -> None:
    # htmldate kept the value's written day; read to UTC, the time fell on another day and the page was dated
    # at midnight of the written one.
    [article] = read_articles(dated_page(f'<meta name="pubdate" content="{published}">', ""), "html",
                              ReadOptions()).articles
    assert article.published_at == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("23 September 2022, 11:45 PM EDT", datetime(2022, 9, 24, 3, 45, tzinfo=UTC)),
        ("23 September 2022 01:30 +0530", datetime(2022, 9, 22, 20, tzinfo=UTC)),
    ],
)
def test_a_time_elements_text_completes_the_day_it_was_written_on(written: str, expected: datetime) -> None:
    # Read to UTC, the <time>'s moment fell on another day than the meta tag's bare day: the page was dated at midnight.
    page = ('<html lang="en"><head><title>Striker signs for rivals</title>'
            '<meta property="article:published_time" content="2022-09-23"></head><body><article>'
            f"<h1>Striker signs for rivals</h1><time>{written}</time>{STORY}</article></body></html>").encode()
    [article] = read_articles(page, "html", ReadOptions()).articles
    assert article.published_at == expected
