"""RSS and Atom feeds: one article per item or entry, its fields from RSS's and Atom's elements."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.formats import ReadOptions, format_of, read_articles
from transforms.formats import feed as feed_module
from transforms.formats.base import NO_TEXT, NOT_RECORDS, FormatError
from transforms.formats.records import DUPLICATE_KEY

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>The Daily Ledger</title>
  <link>https://ledger.test/</link>
  <language>en-gb</language>
  <atom:link href="https://ledger.test/feed" rel="self" type="application/rss+xml"/>
  <item>
    <title>Council &amp; cyclists agree on tram line</title>
    <link>https://ledger.test/tram</link>
    <guid isPermaLink="false">ledger-1001</guid>
    <pubDate>Tue, 05 Mar 2024 16:45:00 -0500</pubDate>
    <dc:creator>Jane Doe</dc:creator>
    <category>Transport</category>
    <description>A short teaser.</description>
    <content:encoded><![CDATA[<p>The council approved the tram line on Tuesday.</p>
<p>Cyclists said the plan &amp; its lanes were <b>fair</b>.</p><script>track()</script>]]></content:encoded>
  </item>
  <item>
    <title>Rates held at 5&#8217;s</title>
    <guid>https://ledger.test/rates</guid>
    <pubDate>Wed, 06 Mar 2024 09:00:00 GMT</pubDate>
    <author>tom@ledger.test (Tom Roe)</author>
    <description>&lt;p&gt;The bank held rates at 5%.&lt;/p&gt;&lt;p&gt;Markets rose.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Photo of the day</title>
    <link>https://ledger.test/photo</link>
  </item>
</channel>
</rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title type="html">Le &lt;b&gt;Courrier&lt;/b&gt;</title>
  <id>urn:uuid:feed</id>
  <updated>2024-03-07T10:00:00Z</updated>
  <author><name>La r\xc3\xa9daction</name></author>
  <entry>
    <title>Canicule dans le sud</title>
    <id>urn:uuid:entry-1</id>
    <link rel="self" href="https://courrier.test/api/1"/>
    <link rel="alternate" type="text/html" href="https://courrier.test/canicule"/>
    <published>2024-03-05T08:15:00+01:00</published>
    <updated>2024-03-06T12:00:00Z</updated>
    <author><name>Marie Curie</name></author>
    <category term="climat"/>
    <summary>Un r\xc3\xa9sum\xc3\xa9.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Il fait chaud &amp; sec.</p>
      <p>Les <em>agriculteurs</em> attendent la pluie.</p></div></content>
  </entry>
  <entry>
    <title type="text">Sans date de publication</title>
    <id>urn:uuid:entry-2</id>
    <link href="https://courrier.test/maj"/>
    <updated>2024-03-07T09:30:00-05:00</updated>
    <content type="html">&lt;p&gt;Premier paragraphe.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;</content>
  </entry>
</feed>
"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.test/"><title>Old Times</title><link>https://old.test/</link></channel>
  <item rdf:about="https://old.test/story-7">
    <title>A story of 2004</title>
    <link>https://old.test/story-7</link>
    <description>Plain text, as RSS 1.0 wrote it.</description>
    <dc:date>2004-06-01T12:00:00+02:00</dc:date>
    <dc:creator>Ann Lee</dc:creator>
  </item>
</rdf:RDF>
"""


def test_rss_items_are_articles_with_content_encoded_as_their_paragraphs() -> None:
    result = read_articles(RSS, "feed")
    tram, rates = result.articles
    assert (tram.record, tram.key, tram.url) == (1, "id=ledger-1001", "https://ledger.test/tram")
    assert tram.title == "Council & cyclists agree on tram line"
    assert tram.text.split("\n\n") == [
        "Council & cyclists agree on tram line",
        "The council approved the tram line on Tuesday.",
        "Cyclists said the plan & its lanes were fair.",
    ]
    assert tram.published_at == datetime(2024, 3, 5, 21, 45, tzinfo=UTC)  # RFC 822 with an offset
    assert (tram.authors, tram.site, tram.language) == (("Jane Doe",), "The Daily Ledger", "en")
    assert tram.metadata == {"description": "A short teaser.", "categories": ["Transport"]}
    # Escaped HTML in a description; a guid that is a permalink is its page; the name of an e-mail author.
    assert rates.text == "Rates held at 5\u2019s\n\nThe bank held rates at 5%.\n\nMarkets rose."
    assert (rates.key, rates.url) == ("id=https://ledger.test/rates", "https://ledger.test/rates")
    assert rates.published_at == datetime(2024, 3, 6, 9, 0, tzinfo=UTC)
    assert rates.authors == ("Tom Roe",)
    assert result.encoding == "utf-8"


def test_an_item_without_text_is_a_bad_record_and_the_others_are_read() -> None:
    result = read_articles(RSS, "feed")
    assert [a.record for a in result.articles] == [1, 2]
    assert [(b.record, b.reason, b.detail) for b in result.bad] == [
        (3, NO_TEXT, "an item with no text (no content:encoded, description or itunes:summary)"),
    ]


def test_a_feed_of_items_without_text_is_read_to_bad_records_not_quarantined_whole() -> None:
    result = read_articles(b"<rss><channel><item><title>A</title></item><item><title>B</title></item>"
                           b"</channel></rss>", "feed")
    assert result.articles == []
    assert [(b.record, b.reason) for b in result.bad] == [(1, NO_TEXT), (2, NO_TEXT)]


def test_atom_entries_with_xhtml_and_html_content() -> None:
    heat, update = read_articles(ATOM, "feed").articles
    assert heat.key == "id=urn:uuid:entry-1"
    assert heat.url == "https://courrier.test/canicule"  # rel="alternate", not the self link
    assert heat.text.split("\n\n") == ["Canicule dans le sud", "Il fait chaud & sec.",
                                       "Les agriculteurs attendent la pluie."]
    assert heat.published_at == datetime(2024, 3, 5, 7, 15, tzinfo=UTC)  # ISO 8601, published before updated
    assert heat.metadata == {"description": "Un résumé.", "categories": ["climat"], "updated": "2024-03-06T12:00:00Z"}
    assert (heat.authors, heat.site, heat.language) == (("Marie Curie",), "Le Courrier", "fr")
    assert update.text == "Sans date de publication\n\nPremier paragraphe.\n\nSecond."
    assert update.url == "https://courrier.test/maj"  # a link without rel is the alternate one
    assert update.published_at == datetime(2024, 3, 7, 14, 30, tzinfo=UTC)  # no published: updated
    assert update.authors == ("La rédaction",)  # the feed's author, the entry naming none


def test_an_atom_entry_whose_content_is_elsewhere_reads_its_summary() -> None:
    feed = (b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e1</id><title>T</title>'
            b'<content type="video/mp4" src="https://x.test/v.mp4"/><summary>What the video shows.</summary>'
            b'</entry><entry><id>e2</id><content src="https://x.test/2"/></entry></feed>')
    result = read_articles(feed, "feed")
    assert [a.text for a in result.articles] == ["T\n\nWhat the video shows."]
    assert [(b.record, b.reason) for b in result.bad] == [(2, NO_TEXT)]


def test_rss_1_0_items_beside_their_channel() -> None:
    [story] = read_articles(RDF, "feed").articles
    assert (story.key, story.url) == ("id=https://old.test/story-7", "https://old.test/story-7")
    assert story.site == "Old Times"
    assert story.text == "A story of 2004\n\nPlain text, as RSS 1.0 wrote it."
    assert story.published_at == datetime(2004, 6, 1, 10, 0, tzinfo=UTC)
    assert story.authors == ("Ann Lee",)


def test_an_unparsed_date_is_noted_as_in_every_format() -> None:
    [item] = read_articles(b"<rss><channel><item><link>https://x.test/a</link><description>Text.</description>"
                           b"<pubDate>sometime soon</pubDate></item></channel></rss>", "feed").articles
    assert item.published_at is None
    assert item.metadata == {"date_unparsed": "sometime soon"}


def test_a_pub_date_whose_zone_is_in_lower_case_is_read() -> None:
    # "gmt" was unread (date_unparsed), where "GMT" was read.
    [item] = read_articles(b"<rss><channel><item><link>https://x.test/a</link><description>Text.</description>"
                           b"<pubDate>Tue, 5 Mar 2024 10:15 gmt</pubDate></item></channel></rss>", "feed").articles
    assert item.published_at == datetime(2024, 3, 5, 10, 15, tzinfo=UTC) and "date_unparsed" not in item.metadata


def test_an_item_without_guid_or_link_is_known_by_its_number_and_a_repeated_guid_is_a_duplicate() -> None:
    items = b"".join(b"<item><guid>g%d</guid><description>Text %d.</description></item>" % (n, n) for n in (1, 1))
    feed = b"<rss><channel><item><description>No id.</description></item>" + items + b"</channel></rss>"
    result = read_articles(feed, "feed")
    assert [a.key for a in result.articles] == ["record=1", "id=g1"]
    assert [(b.record, b.reason) for b in result.bad] == [(3, DUPLICATE_KEY)]


def test_field_options_do_not_apply_to_a_feed() -> None:
    plain = read_articles(RSS, "feed")
    mapped = read_articles(RSS, "feed", ReadOptions({"text": "title", "id": "link"}))
    assert [(a.key, a.text, a.version) for a in mapped.articles] == [(a.key, a.text, a.version) for a in plain.articles]


def test_an_unchanged_item_keeps_its_version_when_another_is_added() -> None:
    before = read_articles(RSS, "feed").articles
    more = RSS.replace(b"<item>", b"<item><title>New</title><guid>n1</guid><description>A new pier.</description>"
                       b"</item><item>", 1)
    after = {a.key: a.version for a in read_articles(more, "feed").articles}
    assert {a.key: a.version for a in before}.items() < after.items()


@pytest.mark.parametrize(("name", "format"), [("a/news.rss", "feed"), ("news.RSS.gz", "feed"),
                                              ("b/site.atom.gz", "feed"), ("feed.xml", "feed")])
def test_feed_suffixes(name: str, format: str) -> None:
    assert format_of(name) == format


def test_xml_that_is_no_feed_is_quarantined_whole() -> None:
    sitemap = b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>x</loc></url></urlset>'
    with pytest.raises(FormatError) as error:
        read_articles(sitemap, "feed")
    assert (error.value.reason, error.value.detail) == (
        NOT_RECORDS, "XML, but not an RSS or Atom feed (its document element is <urlset>)",
    )


def test_a_podcast_episode_with_only_its_itunes_summary_is_read() -> None:
    # It was a no_text record: a podcast feed's episodes often say what they are about there only.
    feed = (b'<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>'
            b"<title>The Daily Brief</title><item><title>Episode 12: the budget</title>"
            b"<guid>ep-12</guid><itunes:summary>The chancellor's budget, and what it means for renters."
            b"</itunes:summary><itunes:duration>25:31</itunes:duration></item></channel></rss>")
    result = read_articles(feed, "feed")
    assert result.bad == []
    assert [a.text for a in result.articles] == [
        "Episode 12: the budget\n\nThe chancellor's budget, and what it means for renters."  # the title first
    ]


@pytest.mark.parametrize("element", ["content", "summary"])
def test_atom_text_content_is_plain_text_its_escaped_tags_kept(element: str) -> None:
    feed = (f'<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e1</id><{element} type="text">Use the '
            f'&lt;b&gt;bold&lt;/b&gt; tag &amp; the &lt;br/&gt; one.</{element}></entry></feed>').encode()
    [entry] = read_articles(feed, "feed").articles
    assert entry.text == "Use the <b>bold</b> tag & the <br/> one."
    assert entry.metadata == {}  # the summary that is the text is not kept again as a description


ATOM_03 = b"""<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#" xml:lang="en">
  <title mode="escaped" type="text/html">Old &amp;lt;i&amp;gt;Blog&amp;lt;/i&amp;gt;</title>
  <link rel="alternate" type="text/html" href="https://old.test/"/>
  <modified>2004-03-07T10:00:00Z</modified>
  <author><name>Ann Lee</name></author>
  <entry>
    <title>Spring floods</title>
    <link rel="alternate" type="text/html" href="https://old.test/floods"/>
    <id>tag:old.test,2004:1</id>
    <issued>2004-03-05T10:00:00+01:00</issued>
    <modified>2004-03-06T10:00:00Z</modified>
    <created>2004-03-05T08:00:00Z</created>
<content type="text/html" mode="escaped">&lt;p&gt;The river rose.&lt;/p&gt;&lt;p&gt;Roads closed.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Inline</title>
    <link rel="alternate" type="text/html" href="https://old.test/inline"/>
    <id>tag:old.test,2004:2</id>
    <modified>2004-03-08T09:00:00Z</modified>
    <content type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One.</p></div></content>
  </entry>
  <entry>
    <title>Plain</title><id>tag:old.test,2004:3</id><issued>2004-03-09T09:00:00Z</issued>
    <content>A &lt;b&gt; tag, as written.</content>
  </entry>
  <entry>
    <title>Picture</title><id>tag:old.test,2004:4</id><issued>2004-03-09T09:00:00Z</issued>
    <content type="image/png" mode="base64">iVBORw0KGgo=</content>
  </entry>
</feed>
"""


def test_atom_0_3_entries_are_read_by_their_1_0_names() -> None:
    result = read_articles(ATOM_03, "feed")
    floods, inline, plain = result.articles
    assert (floods.key, floods.url, floods.site) == ("id=tag:old.test,2004:1", "https://old.test/floods", "Old Blog")
    assert floods.text == "Spring floods\n\nThe river rose.\n\nRoads closed."
    assert floods.published_at == datetime(2004, 3, 5, 9, 0, tzinfo=UTC)  # issued, before modified
    assert floods.metadata == {"updated": "2004-03-06T10:00:00Z"}
    assert (floods.authors, floods.language) == (("Ann Lee",), "en")
    assert (inline.text, inline.published_at) == ("Inline\n\nOne.", datetime(2004, 3, 8, 9, 0, tzinfo=UTC))
    assert plain.text == "Plain\n\nA <b> tag, as written."  # text/plain, 0.3's default
    assert [(b.record, b.reason) for b in result.bad] == [(4, NO_TEXT)]  # base64 bytes are no text


_ESCAPED_TAGS = "<p>Use the &lt;b&gt;bold&lt;/b&gt; tag in e-mails.</p><p>Tax &amp; spend.</p>"


@pytest.mark.parametrize("feed", [
    f"<rss><channel><item><guid>a</guid><description><![CDATA[{_ESCAPED_TAGS}]]></description></item></channel></rss>",
    f'<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>a</id><content type="html"><![CDATA[{_ESCAPED_TAGS}]]>'
    "</content></entry></feed>",
])
def test_html_content_that_escapes_a_tag_keeps_it_as_text_and_its_paragraphs(feed: str) -> None:
    # The item's HTML was read, then its text read as markup again: "<b>bold</b>" lost its tags, and the
    # two paragraphs were one.
    [article] = read_articles(feed.encode(), "feed").articles
    assert article.text == "Use the <b>bold</b> tag in e-mails.\n\nTax & spend."


def _atom_entries(count: int) -> bytes:
    return ('<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title><author><name>Ann</name></author>'
            + "".join(f'<entry><id>e{n}</id><summary type="html">&lt;p&gt;Story {n}.&lt;/p&gt;</summary></entry>'
                      for n in range(count)) + "</feed>").encode()


def test_a_long_feed_reads_what_its_entries_share_once(monkeypatch) -> None:
    # Each entry looked for the feed's title, link and authors among all the feed's children, its entries
    # too: quadratic, 15 s for 3,000 entries (0.47 s once read once; benchmarks time, tests count).
    calls = []
    authors = feed_module._atom_authors

    def counted(root):
        calls.append(root)
        return authors(root)

    monkeypatch.setattr(feed_module, "_atom_authors", counted)
    result = read_articles(_atom_entries(200), "feed")
    assert len(result.articles) == 200 and {a.authors for a in result.articles} == {("Ann",)}
    assert len(calls) == 1
