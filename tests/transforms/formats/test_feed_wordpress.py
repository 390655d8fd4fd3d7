"""A WordPress export (WXR): its posts' paragraphs as the site shows them, its authors' names, drafts told apart."""

from __future__ import annotations

from transforms.formats import ReadOptions, read_articles
from transforms.paragraphs import split_paragraphs

WXR = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Valley Gazette</title><link>https://valleygazette.test</link>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:author><wp:author_login><![CDATA[sarahj]]></wp:author_login>
<wp:author_display_name><![CDATA[Sarah Jones]]></wp:author_display_name></wp:author>
<item><title>Library to reopen</title><link>https://valleygazette.test/2024/03/04/library/</link>
<pubDate>Mon, 04 Mar 2024 09:30:00 +0000</pubDate><dc:creator><![CDATA[sarahj]]></dc:creator>
<content:encoded><![CDATA[The town library will reopen on Saturday after a refurbishment.

<h2>What is new</h2>

The building now has a children's wing
and a café.]]></content:encoded>
<wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type></item>
<item><title>Budget preview</title><link>https://valleygazette.test/?p=103</link>
<pubDate>Mon, 30 Nov -0001 00:00:00 +0000</pubDate><dc:creator><![CDATA[sarahj]]></dc:creator>
<content:encoded><![CDATA[<!-- wp:paragraph -->
<p>Notes for next week's budget story.</p>
<!-- /wp:paragraph -->]]></content:encoded>
<wp:status><![CDATA[draft]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type></item>
</channel></rss>
"""


def test_a_wordpress_posts_paragraphs_author_and_status() -> None:
    post, draft = read_articles(WXR.encode(), "feed", ReadOptions()).articles
    # Its paragraphs, parted by blank lines only, were one; its author was the login "sarahj".
    assert [p.text for p in split_paragraphs(post.text)] == [
        "Library to reopen", "The town library will reopen on Saturday after a refurbishment.", "What is new",
        "The building now has a children's wing\nand a café.",
    ]
    assert post.authors == draft.authors == ("Sarah Jones",)
    assert (post.metadata["status"], draft.metadata["status"], draft.metadata["post_type"]) == (
        "publish", "draft", "post")
    # A draft's date is PHP's zero date: it was 30 November 2001.
    assert draft.published_at is None
    assert draft.text == "Budget preview\n\nNotes for next week's budget story."



def item(title: str, content: str, post_type: str = "post") -> str:
    return (f"<item><title>{title}</title><link>https://valleygazette.test/?p={len(title)}</link>"
            f"<pubDate>Tue, 05 Mar 2024 10:00:00 +0000</pubDate><dc:creator><![CDATA[sarahj]]></dc:creator>"
            f"<content:encoded><![CDATA[{content}]]></content:encoded><wp:status><![CDATA[publish]]></wp:status>"
            f"<wp:post_type><![CDATA[{post_type}]]></wp:post_type></item>")


def export(*items: str) -> bytes:
    head = WXR.split("<item>", 1)[0]
    return f"{head}{''.join(items)}</channel></rss>".encode()


def test_wordpress_shortcodes_are_no_text() -> None:
    content = ('[caption id="attachment_12" align="alignnone" width="300"]<img src="bridge.jpg" width="300" /> The '
               'old bridge in 1920[/caption]\n\nThe bridge reopened on Monday [gallery ids="4,5,6"]after repairs.\n\n'
               "[embed]https://video.test/watch?v=1[/embed]\n\nRepairs cost £2m [1], the council said.")
    [post] = read_articles(export(item("Bridge reopens", content)), "feed", ReadOptions()).articles
    # WordPress shows a captioned photo, a gallery and a video there: each was a paragraph's text.
    assert [p.text for p in split_paragraphs(post.text)][1:] == [
        "The bridge reopened on Monday after repairs.", "Repairs cost £2m [1], the council said."]


def test_wordpress_attachments_menus_and_stylesheet_are_no_articles() -> None:
    result = read_articles(export(
        item("Bridge reopens", "The bridge reopened on Monday."), item("bridge-jpg", "", "attachment"),
        item("Home", "", "nav_menu_item"), item("Custom CSS", "body { color: red; }", "custom_css"),
        item("Match report", "United won 2-0.", "match"),
    ), "feed", ReadOptions())
    # Each was a no_text record, or an article of the site's CSS; a post type of the site's own is read.
    assert [(a.title, a.record) for a in result.articles] == [("Bridge reopens", 1), ("Match report", 5)]
    assert result.bad == []
