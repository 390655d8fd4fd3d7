"""JSON Feed in a .json file: one article per item, its fields by the specification's names."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from transforms.formats import ReadOptions, read_articles
from transforms.formats.base import MALFORMED_RECORD, NO_TEXT, NOT_RECORDS, FormatError
from transforms.formats.records import DUPLICATE_KEY

FEED_1_1 = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "The Harbour Gazette",
    "home_page_url": "https://gazette.test/",
    "language": "en-GB",
    "authors": [{"name": "Gazette Desk"}],
    "items": [
        {
            "id": "https://gazette.test/ferry",
            "url": "https://gazette.test/ferry",
            "title": "Council approves &amp; funds ferry terminal",
            "content_html": "<p>The council voted on <b>Tuesday</b>.</p><p>Residents objected.</p><script>x()</script>",
            "content_text": "The council voted on Tuesday. Residents objected.",
            "summary": "A vote on the terminal.",
            "date_published": "2024-03-05T09:30:00+01:00",
            "date_modified": "2024-03-06T12:00:00Z",
            "authors": [{"name": "Ann Reed"}, {"url": "https://gazette.test/staff"}],
            "tags": ["Transport", "Council", 7],
            "image": "https://gazette.test/ferry.jpg",
            "_gazette": {"desk": "city"},
            "attachments": [{"url": "https://gazette.test/ferry.mp3", "mime_type": "audio/mpeg"}],
        },
        {
            "id": "storm-2",
            "external_url": "https://wire.test/storm",
            "title": "Storm closes harbour",
            "content_text": "Gales closed the harbour on Sunday.\r\n\r\nFishing boats stayed in port.",
            "date_modified": "2024-03-10T18:00:00-05:00",
            "language": "cy",
        },
        {"id": "teaser-3", "title": "Teaser only", "summary": "Markets rose."},
        {"id": "photo-4", "title": "Photo of the day", "image": "https://gazette.test/photo.jpg"},
    ],
}


def read(feed: object, options: ReadOptions | None = None):
    return read_articles(json.dumps(feed).encode(), "json", options or ReadOptions())


def test_a_json_feed_items_are_articles_with_the_specifications_fields() -> None:
    result = read(FEED_1_1)
    ferry, storm, teaser = result.articles
    assert [(a.record, a.key) for a in result.articles] == [
        (1, "id=https://gazette.test/ferry"), (2, "id=storm-2"), (3, "id=teaser-3"),
    ]
    # content_html first, read as HTML (a paragraph per block, scripts out), the title unescaped before it.
    assert ferry.text == ("Council approves & funds ferry terminal\n\n"
                          "The council voted on Tuesday.\n\nResidents objected.")
    assert (ferry.title, ferry.url, ferry.site, ferry.authors, ferry.language) == (
        "Council approves & funds ferry terminal", "https://gazette.test/ferry", "The Harbour Gazette",
        ("Ann Reed",), "en",  # en-GB, as every format's languages are read
    )
    assert ferry.published_at == datetime(2024, 3, 5, 8, 30, tzinfo=UTC)
    assert ferry.metadata == {
        "categories": ["Transport", "Council"], "description": "A vote on the terminal.",
        "updated": "2024-03-06T12:00:00Z", "image": "https://gazette.test/ferry.jpg",
    }
    # content_text as written (its line ends as a text file's); no url: the external one; no date_published:
    # date_modified; no authors: the feed's; its own language over the feed's.
    assert storm.text == "Storm closes harbour\n\nGales closed the harbour on Sunday.\n\nFishing boats stayed in port."
    assert (storm.url, storm.authors, storm.language) == ("https://wire.test/storm", ("Gazette Desk",), "cy")
    assert storm.published_at == datetime(2024, 3, 10, 23, 0, tzinfo=UTC)
    assert storm.metadata == {}
    assert teaser.text == "Teaser only\n\nMarkets rose." and teaser.metadata == {}
    assert [(b.record, b.reason, b.detail) for b in result.bad] == [
        (4, NO_TEXT, "an item with no text (no content_html, content_text or summary)"),
    ]
    assert (result.mapping, result.names) == (None, None)


def test_version_1_author_and_numeric_ids_are_read() -> None:
    feed = {"version": "https://jsonfeed.org/version/1", "title": "Old Blog", "author": {"name": "Feed Owner"},
            "items": [{"id": 17, "content_text": "First post.", "author": {"name": "Bo Li"}},
                      {"id": 18, "content_text": "Second post."}]}
    articles = read(feed).articles
    assert [(a.key, a.authors, a.site) for a in articles] == [
        ("id=17", ("Bo Li",), "Old Blog"), ("id=18", ("Feed Owner",), "Old Blog"),
    ]


def test_field_mappings_do_not_apply_but_a_reserved_label_field_is_kept() -> None:
    mapped = ReadOptions(fields={"text": "summary", "title": "id"}, where_present=True)
    assert [a.text for a in read(FEED_1_1, mapped).articles] == [a.text for a in read(FEED_1_1).articles]
    labelled = {"version": "https://jsonfeed.org/version/1.1",
                "items": [{"id": "a", "content_text": "Rain.", "_label": "weather"}]}
    [article] = read(labelled, ReadOptions(reserved=frozenset({"_label"}))).articles
    assert article.metadata == {"_label": "weather"}
    [plain] = read(labelled).articles
    assert plain.metadata == {}  # an extension, not a reserved field: left out


def test_bad_items_are_bad_records_and_the_rest_read() -> None:
    feed = {"version": "https://jsonfeed.org/version/1.1",
            "items": [{"id": "a", "content_text": "One."}, "not an item", {"id": "a", "content_text": "Again."},
                      {"id": "b", "content_html": "<p> </p>"}]}
    result = read(feed)
    assert [a.text for a in result.articles] == ["One."]
    assert [(b.record, b.reason) for b in result.bad] == [(2, MALFORMED_RECORD), (3, DUPLICATE_KEY), (4, NO_TEXT)]


@pytest.mark.parametrize(("items", "detail"), [
    (None, "a JSON Feed with no items"),
    ({"id": "a"}, "a JSON Feed with items that are dict, not an array"),
])
def test_a_json_feed_without_an_items_array_is_no_records(items, detail) -> None:
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Broken"}
    if items is not None:
        feed["items"] = items
    with pytest.raises(FormatError) as raised:
        read(feed)
    assert (raised.value.reason, raised.value.detail) == (NOT_RECORDS, detail)


def test_an_empty_json_feed_has_no_articles() -> None:
    result = read({"version": "https://jsonfeed.org/version/1.1", "title": "Quiet", "items": []})
    assert (result.articles, result.bad) == ([], [])


def test_an_export_with_another_version_field_is_read_as_records() -> None:
    export = {"version": "2.3", "articles": [{"headline": "A", "body": "One.", "url": "https://x.test/a"}]}
    [article] = read(export).articles
    assert (article.text, article.key) == ("A\n\nOne.", "url=https://x.test/a")


def test_content_html_leaves_out_captions_as_an_rss_items_content_does() -> None:
    html = '<p>Rain at last.</p><figure><img src="a.jpg"/><figcaption>Photo: AP</figcaption></figure>'
    feed = {"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "a", "content_html": html}]}
    [article] = read(feed).articles
    [from_rss] = read_articles(
        f'<rss><channel><item><guid>a</guid><description><![CDATA[{html}]]></description></item></channel></rss>'
        .encode(), "feed").articles
    assert article.text == from_rss.text == "Rain at last."


@pytest.mark.parametrize("name", ["content_text", "summary"])
def test_plain_text_that_names_tags_keeps_them(name: str) -> None:
    text = "Use the <b>bold</b> tag for emphasis & nothing else."
    feed = {"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "a", name: text}]}
    [article] = read(feed).articles
    assert article.text == text


def test_content_html_that_escapes_a_tag_keeps_it_as_text() -> None:
    # content_html's text was read as markup again: "&lt;b&gt;bold&lt;/b&gt;" lost its tags, its paragraphs one.
    html = "<p>Use the &lt;b&gt;bold&lt;/b&gt; tag in e-mails.</p><p>Tax &amp; spend.</p>"
    feed = {"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "a", "content_html": html}]}
    [article] = read(feed).articles
    assert article.text == "Use the <b>bold</b> tag in e-mails.\n\nTax & spend."


def test_content_htmls_escaped_ampersand_is_read_once() -> None:
    # "&amp;amp;" in content_html is "&amp;" read as HTML; it was "&", read again as a records field
    html = "<p>Profits at Marks &amp;amp; Spencer rose 5%.</p><p>Write &amp;lt;b&amp;gt; for bold.</p>"
    feed = {"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "a", "content_html": html}]}
    [article] = read(feed).articles
    assert article.text == "Profits at Marks &amp; Spencer rose 5%.\n\nWrite &lt;b&gt; for bold."
