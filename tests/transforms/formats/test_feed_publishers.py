"""Feeds as publishing platforms write them: the article's text, what the platform added left out or boilerplate."""

from __future__ import annotations

import json

import pytest

from transforms.formats import ReadOptions, read_articles
from transforms.formats.base import NO_TEXT
from transforms.paragraphs import BODY, BOILERPLATE, TITLE, split_paragraphs


def _rss(item: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Local Times</title>'
        f"<item><title>Bike lanes</title><link>https://lt.test/lanes</link>{item}</item></channel></rss>"
    ).encode()


def _content(html: str) -> bytes:
    return _rss(f"<content:encoded><![CDATA[{html}]]></content:encoded>")


@pytest.mark.parametrize("html", [
    # WordPress (Yoast SEO's footer), a block editor's figure and embed, the classic editor's caption
    '<p>Lanes approved.</p><figure class="wp-block-image"><img src="a.jpg" alt=""/><figcaption class="'
    'wp-element-caption">Cyclists on Main Street. Photo: John Smith</figcaption></figure><figure class="'
    'wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=abc\n</div></figure>'
    '<p>The post <a href="https://lt.test/lanes">Bike lanes</a> appeared first on <a href="https://lt.test">'
    "Local Times</a>.</p>",
    '<div class="wp-caption alignleft"><img src="x.jpg"/><p class="wp-caption-text">The old bridge.</p></div>'
    "<p>Lanes approved.</p>",
    # Medium: an Unsplash credit, and its footer
    '<figure><img src="x.png"/><figcaption>Photo by <a href="/p">Pat</a> on Unsplash</figcaption></figure>'
    '<p>Lanes approved.</p><hr><p><a href="/x">Bike lanes</a> was originally published in <a href="/s">'
    "Sam Dev</a> on Medium, where people are continuing the conversation by highlighting and responding to "
    "this story.</p>",
    # Substack: the subscribe box, Share and Subscribe buttons
    '<p>Lanes approved.</p><div class="subscription-widget-wrap-editor"><div class="subscription-widget">'
    '<p class="cta-caption">Thanks for reading Local Times! Subscribe for free to receive new posts and '
    'support my work.</p><form><input type="submit" value="Subscribe"></form></div></div><p class="'
    'button-wrapper"><a class="button primary" href="/share"><span>Share</span></a></p>',
    # The Guardian's and Slashdot's links to the page
    '<p>Lanes approved.</p> <a href="https://lt.test/lanes">Continue reading...</a>',
    '<p>Lanes approved.</p><p><a href="https://lt.test/lanes">Read more of this story</a> at Slashdot.</p>',
])
def test_an_items_captions_and_widgets_are_left_out_and_its_platforms_lines_are_boilerplate(html: str) -> None:
    (article,) = read_articles(_content(html), "feed", ReadOptions()).articles
    roles = [(p.role, p.text) for p in split_paragraphs(article.text) if p.role != BOILERPLATE]
    assert roles == [(TITLE, "Bike lanes"), (BODY, "Lanes approved.")]


def test_a_caption_is_left_out_of_the_text() -> None:
    html = '<p>Lanes approved.</p><figure><img src="a.jpg"/><figcaption>Photo: John Smith</figcaption></figure>'
    (article,) = read_articles(_content(html), "feed", ReadOptions()).articles
    assert article.text == "Bike lanes\n\nLanes approved."


def test_read_more_within_a_paragraph_is_the_articles() -> None:
    (article,) = read_articles(_content("<p>Read more books, the council says.</p>"), "feed", ReadOptions()).articles
    assert [p.role for p in split_paragraphs(article.text)] == [TITLE, BODY]


def test_fields_a_feed_escaped_twice_are_read_as_their_characters() -> None:
    rss = b"""<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
    <title>Bob&amp;#8217;s Blog</title><item><title>Day</title><link>https://b.test/a?x=1&amp;amp;y=2</link>
    <description>Text.</description><author>bob@b.test (Bob O&amp;#8217;Neil)</author>
    <dc:creator>Ann O&amp;#8217;Hara</dc:creator><category>News &amp;amp; Views</category><category>AT&amp;T</category>
    </item></channel></rss>"""
    (article,) = read_articles(rss, "feed", ReadOptions()).articles
    assert (article.site, article.url, article.authors) == (
        "Bob’s Blog", "https://b.test/a?x=1&y=2", ("Bob O’Neil", "Ann O’Hara"))
    assert article.metadata["categories"] == ["News & Views", "AT&T"]


YOUTUBE = b"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/"
      xmlns="http://www.w3.org/2005/Atom">
 <title>Science Channel</title><link rel="alternate" href="https://www.youtube.com/channel/UC1"/>
 <entry>
  <id>yt:video:abc</id><yt:videoId>abc</yt:videoId><title>Why the sky is blue</title>
  <link rel="alternate" href="https://www.youtube.com/watch?v=abc"/>
  <author><name>Science Channel</name></author><published>2024-03-05T10:00:00+00:00</published>
  <media:group>
   <media:title>Why the sky is blue</media:title>
   <media:thumbnail url="https://i2.ytimg.com/vi/abc/hqdefault.jpg" width="480" height="360"/>
   <media:description>Rayleigh scattering, explained.</media:description>
  </media:group>
 </entry>
</feed>"""


def test_a_youtube_video_is_read_by_its_media_group_description() -> None:
    result = read_articles(YOUTUBE, "feed", ReadOptions())
    assert [(a.url, a.text) for a in result.articles] == [
        ("https://www.youtube.com/watch?v=abc", "Why the sky is blue\n\nRayleigh scattering, explained.")]


def test_an_items_own_media_description_is_an_images_caption_not_its_text() -> None:
    item = ('<media:content url="https://i.test/x.jpg" xmlns:media="http://search.yahoo.com/mrss/">'
            "<media:description>Delegates in Cairo.</media:description></media:content>")
    assert [b.reason for b in read_articles(_rss(item), "feed", ReadOptions()).bad] == [NO_TEXT]


def test_an_aggregated_items_site_is_the_one_it_came_from() -> None:
    rss = b"""<rss version="2.0"><channel><title>"climate" - Google News</title><item>
    <title>Climate talks resume - Reuters</title><link>https://news.google.com/rss/articles/CBMi?oc=5</link>
    <description>Delegates met again in Bonn on Monday.</description>
    <source url="https://www.reuters.com">Reuters</source></item></channel></rss>"""
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Planet Python</title><entry><id>1</id>
    <title>Post</title><link href="https://bob.test/p"/><summary>Text.</summary>
    <source><id>b</id><title>Bob's blog</title></source></entry></feed>"""
    sites = [read_articles(feed, "feed", ReadOptions()).articles[0].site for feed in (rss, atom)]
    assert sites == ["Reuters", "Bob's blog"]


@pytest.mark.parametrize("item", [
    '<description>&lt;a href="https://lt.test/lanes"&gt;Read more&lt;/a&gt;</description>',
    "<description>Continue reading\u2026</description>",
    '<content:encoded><![CDATA[<p><a href="https://lt.test/lanes">[Read more]</a></p>]]></content:encoded>',
])
def test_an_item_whose_only_text_is_a_link_to_its_page_is_no_text_as_a_title_only_item(item: str) -> None:
    result = read_articles(_rss(item), "feed", ReadOptions())
    title_only = read_articles(_rss(""), "feed", ReadOptions())
    assert result.articles == title_only.articles == []
    assert [b.reason for b in result.bad] == [b.reason for b in title_only.bad] == [NO_TEXT]
    assert "a link to its page" in result.bad[0].detail


def test_a_content_that_is_only_a_link_gives_way_to_a_description_with_text() -> None:
    item = ('<description>Lanes approved.</description>'
            '<content:encoded><![CDATA[<a href="https://lt.test/lanes">Continue reading...</a>]]></content:encoded>')
    (article,) = read_articles(_rss(item), "feed", ReadOptions()).articles
    assert article.text == "Bike lanes\n\nLanes approved."


def test_a_json_feed_item_whose_only_text_is_a_link_is_no_text() -> None:
    feed = {"version": "https://jsonfeed.org/version/1.1", "items": [
        {"id": "a", "title": "Lanes", "content_html": '<p><a href="https://lt.test/a">Read more</a></p>'},
        {"id": "b", "title": "Rates", "content_html": "<p>Read more</p>", "summary": "Rates held."}]}
    result = read_articles(json.dumps(feed).encode(), "json", ReadOptions())
    assert [a.text for a in result.articles] == ["Rates\n\nRates held."]
    assert [(b.record, b.reason) for b in result.bad] == [(1, NO_TEXT)]


@pytest.mark.parametrize(
    ("item", "title", "text"),
    [
        # a title a CMS escaped twice is read as a records field's title is, to its characters: "Marks & Spencer"
        ("<title>Marks &amp;amp; Spencer results</title><description>Profits rose 5% at the retailer.</description>",
         "Marks & Spencer results", "Profits rose 5% at the retailer."),
        # HTML in CDATA, read once as HTML: "&amp;amp;" is "&amp;" (it was "&", the field read again)
        ("<title>Results</title><description><![CDATA[<p>Profits at Marks &amp;amp; Spencer rose 5%.</p>]]>"
         "</description>", "Results", "Profits at Marks &amp; Spencer rose 5%."),
        ("<title>Results</title><content:encoded><![CDATA[<p>Write &amp;lt;b&amp;gt; for bold.</p>]]>"
         "</content:encoded>", "Results", "Write &lt;b&gt; for bold."),
        # the HTML's and the XML's escapes, each read once, as before
        ("<title>AT&amp;T cuts jobs</title><description>&lt;p&gt;AT&amp;amp;T will cut 5,000 jobs.&lt;/p&gt;"
         "</description>", "AT&T cuts jobs", "AT&T will cut 5,000 jobs."),
    ],
)
def test_an_escaped_ampersand_is_read_once_per_layer(item: str, title: str, text: str) -> None:
    rss = ('<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Daily Post'
           f"</title><item>{item}<link>https://example.com/a</link></item></channel></rss>").encode()
    (article,) = read_articles(rss, "feed", ReadOptions()).articles
    assert (article.title, article.text) == (title, f"{title}\n\n{text}")


ESCAPED_BYLINE = "Priya Nair &amp;amp; Omar Khan"  # as the XML holds it: a CMS escaped the "&" twice
READ_BYLINE = "Priya Nair &amp; Omar Khan"  # as JSON holds what the XML reads: the "&" escaped once


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        # RSS names them in <dc:creator> and again in <author>: two authors, each once
        (('<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Daily Post</title><item>'
          f"<title>Results</title><dc:creator>{ESCAPED_BYLINE}</dc:creator><author>desk@example.com ({ESCAPED_BYLINE})"
          "</author><description>Profits rose at the retailer.</description><link>https://example.com/a</link>"
          "</item></channel></rss>").encode(), "feed"),
        (('<feed xmlns="http://www.w3.org/2005/Atom"><title>Daily Post</title><entry><title>Results</title>'
          f"<author><name>{ESCAPED_BYLINE}</name></author><content>Profits rose at the retailer.</content>"
          '<link href="https://example.com/a"/><id>a</id></entry></feed>').encode(), "feed"),
        (json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Daily Post", "items": [
            {"id": "a", "content_text": "Profits rose at the retailer.", "authors": [{"name": READ_BYLINE}]}
        ]}).encode(), "json"),
        (json.dumps([{"title": "Results", "text": "Profits rose at the retailer.", "author": READ_BYLINE}]).encode(),
         "json"),
    ],
)
def test_an_escaped_ampersand_between_authors_parts_two_names(data: bytes, kind: str) -> None:
    # its "amp" was a third author ("Priya Nair", "amp", "Omar Khan"), and RSS's two elements named each twice
    (article,) = read_articles(data, kind, ReadOptions()).articles
    assert article.authors == ("Priya Nair", "Omar Khan")


@pytest.mark.parametrize("description", [
    '&lt;a href="https://news.google.com/rss/articles/CBMi"&gt;Climate talks resume&lt;/a&gt;&amp;nbsp;&amp;nbsp;'
    '&lt;font color="#6f6f6f"&gt;Reuters&lt;/font&gt;',
    '&lt;a href="https://news.google.com/rss/articles/CBMi"&gt;Climate talks resume&lt;/a&gt;',
], ids=["link-and-source", "link"])
def test_a_google_news_item_whose_text_is_its_title_and_source_is_no_text(description: str) -> None:
    # Its one body paragraph was "Climate talks resume  Reuters", labelled with the headline's themes.
    rss = f"""<rss version="2.0"><channel><title>"climate" - Google News</title><item>
    <title>Climate talks resume - Reuters</title><link>https://news.google.com/rss/articles/CBMi</link>
    <description>{description}</description><source url="https://www.reuters.com">Reuters</source></item>
    <item><title>Flood defences - The Courier</title><link>https://news.google.com/rss/articles/CBMj</link>
    <description>Flood defences were raised in 30 towns. The Courier</description>
    <source url="https://courier.test">The Courier</source></item></channel></rss>""".encode()
    result = read_articles(rss, "feed", ReadOptions())
    assert [(b.record, b.reason) for b in result.bad] == [(1, NO_TEXT)]
    assert "a link to its page" in result.bad[0].detail
    assert [a.title for a in result.articles] == ["Flood defences"]


@pytest.mark.parametrize("channel", ["<title>Local Times</title>", ""], ids=["feed-title", "no-site"])
@pytest.mark.parametrize("description", [
    "Bike lanes approved for Main Street", "<![CDATA[<a href='https://lt.test/lanes'>Bike lanes approved for "
    "Main Street</a>]]>", "Bike Lanes Approved For Main Street.",
], ids=["plain", "link", "case-and-stop"])
def test_an_item_whose_text_is_only_its_title_is_no_text(channel: str, description: str) -> None:
    # It was an article whose one body paragraph repeated its headline, labelled with the headline's themes.
    rss = f"""<rss version="2.0"><channel>{channel}<item><title>Bike lanes approved for Main Street</title>
    <link>https://lt.test/lanes</link><description>{description}</description></item>
    <item><title>Bus fares frozen</title><link>https://lt.test/fares</link>
    <description>Bus fares frozen. The council kept fares at 2024 prices for another year.</description></item>
    </channel></rss>""".encode()
    result = read_articles(rss, "feed", ReadOptions())
    assert [(b.record, b.reason) for b in result.bad] == [(1, NO_TEXT)]
    assert [a.title for a in result.articles] == ["Bus fares frozen"]


def test_a_post_titled_with_its_whole_text_stays_an_article() -> None:
    # A microblog's item titled with its post: the post is the text, longer than a headline.
    post = ("Thread on the council budget: the main items are schools, roads and a new library, with the vote set for "
            "Tuesday evening after a long public consultation that ran through the whole of the autumn")
    rss = f"""<rss version="2.0"><channel><title>Jo's posts</title><item><title>{post}</title>
    <link>https://social.test/jo/1</link><description>{post}</description></item></channel></rss>""".encode()
    result = read_articles(rss, "feed", ReadOptions())
    assert not result.bad
    assert len(result.articles) == 1
