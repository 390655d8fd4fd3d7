"""A feed item's url is an address a reader can open: relative links resolved as feed readers do."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.test/">
  <title>Le Blog</title><id>urn:uuid:1</id><updated>2024-03-05T10:00:00Z</updated>
  <entry xml:base="/2024/">
    <title>Based</title><id>urn:uuid:2</id><updated>2024-03-05T10:00:00Z</updated>
    <link rel="edit" href="edit/1"/><link rel="alternate" type="text/html" href="premiere.html"/>
    <summary>Bonjour.</summary>
  </entry>
  <entry>
    <title>Rooted</title><id>urn:uuid:3</id><updated>2024-03-05T10:00:00Z</updated>
    <link href="/notes/b"/><summary>Hallo.</summary>
  </entry>
  <entry>
    <title>Elsewhere</title><id>urn:uuid:4</id><updated>2024-03-05T10:00:00Z</updated>
    <link href="https://other.test/c"/><summary>Hi.</summary>
  </entry>
</feed>"""


def test_atom_links_are_resolved_by_their_xml_base() -> None:
    urls = [a.url for a in read_articles(ATOM, "feed", ReadOptions()).articles]
    assert urls == ["https://blog.test/2024/premiere.html", "https://blog.test/notes/b", "https://other.test/c"]


@pytest.mark.parametrize(("feed_link", "expected"), [
    ("https://site.test/", "https://site.test/2024/a"),
    ("", "/2024/a"),  # nothing to resolve it by: kept as written
])
def test_a_relative_rss_link_is_resolved_by_the_channels_link(feed_link: str, expected: str) -> None:
    rss = (f'<rss version="2.0"><channel><title>S</title><link>{feed_link}</link><item><title>A</title>'
           "<link>/2024/a</link><description>Text.</description></item></channel></rss>").encode()
    (article,) = read_articles(rss, "feed", ReadOptions()).articles
    assert article.url == expected


def test_an_entrys_html_alternate_is_its_url_where_it_has_one_per_type() -> None:
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Papers</title><entry><id>1</id><title>A</title>
    <updated>2024-03-05T10:00:00Z</updated><link rel="alternate" type="application/pdf" href="https://p.test/1.pdf"/>
    <link rel="alternate" type="text/html" href="https://p.test/1"/><summary>Abstract.</summary></entry></feed>"""
    (article,) = read_articles(atom, "feed", ReadOptions()).articles
    assert article.url == "https://p.test/1"
