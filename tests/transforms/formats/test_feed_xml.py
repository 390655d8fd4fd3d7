"""A feed's XML: entities refused before they expand, broken and cut-off files, encodings, the feed sniff."""

from __future__ import annotations

import time

import pytest

from transforms.formats import ReadOptions, read_articles
from transforms.formats.base import NOT_RECORDS, STILL_WRITTEN, FormatError
from transforms.formats.feed_xml import feed_kind
from transforms.undecodable import EMPTY, UndecodableText

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
""" + b"".join(  # lol1 is ten &lol;, lol2 ten &lol1;, ..., lol9 ten &lol8;
    b'  <!ENTITY lol%d "%s">\n' % (n, (b"&lol%s;" % (str(n - 1).encode() if n > 1 else b"")) * 10)
    for n in range(1, 10)
) + b"""]>
<rss><channel><item><title>Laughs</title><description>&lol9;</description></item></channel></rss>
"""


def test_a_billion_laughs_file_is_refused_quickly_not_expanded() -> None:
    started = time.perf_counter()
    with pytest.raises(FormatError) as error:
        read_articles(BILLION_LAUGHS, "feed")
    assert time.perf_counter() - started < 0.5  # expanded, &lol9; would be 10^9 "lol"s: 3 GB
    assert error.value.reason == NOT_RECORDS
    assert error.value.detail == "not a feed: it declares entities (<!ENTITY lol>), which themelake does not expand"


def test_an_external_entity_is_never_read(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    feed = (f'<!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
            "<rss><channel><item><description>&x;</description></item></channel></rss>").encode()
    with pytest.raises(FormatError) as error:
        read_articles(feed, "feed")
    assert "TOP SECRET" not in error.value.detail
    assert error.value.detail.startswith("not a feed: it declares entities (<!ENTITY x>)")


def test_a_doctype_without_entities_is_read() -> None:
    feed = (b'<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
            b'"http://my.netscape.com/publish/formats/rss-0.91.dtd">'
            b"<rss version=\"0.91\"><channel><item><title>Old</title><description>Text.</description></item>"
            b"</channel></rss>")
    assert [a.text for a in read_articles(feed, "feed").articles] == ["Old\n\nText."]


@pytest.mark.parametrize(
    ("data", "detail"),
    [
        (b"<rss><channel><item><title>A</item></channel></rss>",
         "not a feed: not well-formed XML (mismatched tag at line 1, column 31)"),
        (b"<rss><channel><item><description>Caf&bogus;</description></item></channel></rss>",
         "not a feed: not well-formed XML (undefined entity at line 1, column 37)"),  # no HTML entity either
        (b"Just some notes, not XML.", "not a feed: not well-formed XML (syntax error at line 1, column 1)"),
    ],
)
def test_a_file_that_is_not_well_formed_is_quarantined_whole(data: bytes, detail: str) -> None:
    with pytest.raises(FormatError) as error:
        read_articles(data, "feed")
    assert (error.value.reason, error.value.detail) == (NOT_RECORDS, detail)


_TWO_ITEMS = (b'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Gazette</title>'
              b"<item><title>Bus lanes approved</title><link>https://example.org/a</link>"
              b"<description>Council approves new bus lanes.</description></item>"
              b"<item><title>Library reopens</title><link>https://example.org/b</link>"
              b"<description>The library reopens on Monday.</description></item></channel></rss>")


@pytest.mark.parametrize(
    ("defect", "broken"),
    [
        ("a blank line before the XML declaration", b"\n\n" + _TWO_ITEMS),
        ("a server's warning before it", b"<br />\n<b>Warning</b>: Undefined index in feed.php on line 12<br />\n"
         + _TWO_ITEMS),
        ("a bare ampersand in a link", _TWO_ITEMS.replace(b"example.org/a", b"example.org/a?x=1&y=2")),
        ("a bare ampersand in a title", _TWO_ITEMS.replace(b"Bus lanes approved", b"Marks & Spencer approved")),
        ("a control character", _TWO_ITEMS.replace(b"new bus", b"new\x0bbus")),
        ("an undeclared namespace prefix", _TWO_ITEMS.replace(
            b"</description></item>", b'</description><media:content url="https://example.org/a.jpg"/></item>', 1)),
    ],
)
def test_the_small_defects_of_real_feeds_lose_no_item(defect: str, broken: bytes) -> None:
    # Each made the whole feed not_records, every item lost, where feed readers show them all.
    result = read_articles(broken, "feed")
    assert [a.title for a in result.articles] == [
        "Marks & Spencer approved" if b"Marks" in broken else "Bus lanes approved", "Library reopens"
    ], defect
    assert "The library reopens on Monday." in result.articles[1].text


def test_a_repaired_feed_keeps_cdata_text_and_still_refuses_entities_and_broken_tags() -> None:
    cdata = _TWO_ITEMS.replace(b"Council approves new bus lanes.", b"<![CDATA[Tom &amp; Jerry & friends]]>")
    result = read_articles(b"\n" + cdata, "feed")  # repaired for its blank line; the CDATA is text as it is
    assert "Tom & Jerry & friends" in result.articles[0].text  # not "&amp;amp;": no ampersand added inside it
    with pytest.raises(FormatError) as refused:
        read_articles(b"\n" + BILLION_LAUGHS, "feed")
    assert "declares entities" in refused.value.detail
    with pytest.raises(FormatError) as broken:
        read_articles(b"\n" + _TWO_ITEMS.replace(b"</title><link>https://example.org/b", b"<link>https://example.org/b"),
                      "feed")
    assert "not well-formed XML" in broken.value.detail


def test_html_entities_xml_does_not_define_are_read_as_html_reads_them() -> None:
    # Feeds written by HTML tools hold &nbsp; and &eacute; where XML knows only its five: read, not quarantined.
    feed = ("<?xml version='1.0' encoding='{}'?><rss><channel><title>Le&nbsp;Monde</title><item>"
            "<title>Caf&eacute; &amp; th&eacute;&hellip;</title><description>Prices rose&nbsp;3%.</description>"
            "</item><item><title>\u00c9t\u00e9</title><description><![CDATA[<p>Hot&nbsp;&amp; dry.</p>]]>"
            "</description></item></channel></rss>")
    for encoding in ("utf-8", "windows-1252"):
        articles = read_articles(feed.format(encoding).encode(encoding), "feed").articles
        assert [(a.title, a.text, a.site) for a in articles] == [
            ("Café & thé…", "Café & thé…\n\nPrices rose\u00a03%.", "Le Monde"),
            ("Été", "Été\n\nHot\u00a0& dry.", "Le Monde"),
        ], encoding


CUT = b"<rss><channel><item><title>A</title><description>One.</description></item><item><title>B"


def test_a_feed_cut_off_is_still_being_written_or_broken() -> None:
    result = read_articles(CUT, "feed", ReadOptions(unfinished=True))
    assert (result.articles, result.bad) == ([], [])
    assert result.unfinished == f"the feed ends before its elements close (no element found at line 1, column 89): " \
                                f"{STILL_WRITTEN}"
    with pytest.raises(FormatError) as error:  # its writer long gone
        read_articles(CUT, "feed", ReadOptions(unfinished=False))
    assert error.value.detail == "not a feed: the feed ends before its elements close (no element found at line 1, " \
                                 "column 89)"


def test_encodings_declared_and_mistaken() -> None:
    latin = '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><description>Café.</description>' \
            "</item></channel></rss>"
    result = read_articles(latin.encode("latin-1"), "feed")
    assert ([a.text for a in result.articles], result.encoding) == (["Café."], "iso-8859-1")
    # cp1252 quotes in a feed declaring UTF-8: read as the other formats read such bytes.
    mistaken = latin.replace("ISO-8859-1", "UTF-8").replace("Café.", "\u201cCaf\u00e9.\u201d").encode("cp1252")
    assert [a.text for a in read_articles(mistaken, "feed").articles] == ["\u201cCafé.\u201d"]


@pytest.mark.parametrize("declared", ["ISO-8859-1", "iso-8859-1", "latin1", "US-ASCII"])
def test_a_feed_declaring_latin_1_is_read_as_windows_1252_as_browsers_read_it(declared: str) -> None:
    # Its curly quotes and dashes (bytes 0x80 to 0x9F) were read as C1 controls, which show as nothing:
    # "Owners’ protest" was "Owners protest".
    feed = (f'<?xml version="1.0" encoding="{declared}"?><rss><channel><item><title>Owners’ protest</title>'
            "<description>Traders’ day – “unfair”.</description></item></channel></rss>")
    result = read_articles(feed.encode("cp1252"), "feed")
    [article] = result.articles
    assert article.title == "Owners’ protest" and result.encoding == "cp1252"
    assert article.text == "Owners’ protest\n\nTraders’ day – “unfair”."


def test_an_html_page_declaring_latin_1_is_read_as_windows_1252_too() -> None:
    story = "".join(f"<p>Shop owners’ protest number {n} against the council’s parking charges went on all "
                    "day in the town centre, with traders saying the rise was “unfair”.</p>" for n in (1, 2))
    page = (f'<html><head><meta charset="iso-8859-1"><title>Owners’ protest</title></head><body><article>'
            f"<h1>Owners’ protest</h1>{story}</article></body></html>")
    [article] = read_articles(page.encode("cp1252"), "html").articles
    assert article.title == "Owners’ protest" and "“unfair”" in article.text


def test_an_empty_feed_file_is_empty_as_any_file() -> None:
    with pytest.raises(UndecodableText) as error:
        read_articles(b"", "feed")
    assert error.value.reason == EMPTY


def test_a_feed_with_no_items_has_no_articles() -> None:
    result = read_articles(b"<rss><channel><title>Quiet</title></channel></rss>", "feed")
    assert (result.articles, result.bad) == ([], [])


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b'\xef\xbb\xbf<?xml version="1.0"?>\n<?xml-stylesheet href="s.xsl"?>\n<rss version="2.0">', "RSS"),
        (b'<!DOCTYPE rss [<!ENTITY a "b">]>\n<!-- comment -->\n<rss>', "RSS"),
        (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">',
         "RSS"),
        (b'<?xml version="1.0"?><feed xml:lang="en" xmlns="http://www.w3.org/2005/Atom">', "Atom"),
        (b"<feed><entry>", None),  # no Atom namespace
        (b"<!DOCTYPE html>\n<html><head><title>RSS feeds</title>", None),
        (b"<rssfeed>", None),
    ],
)
def test_the_kind_a_documents_first_element_says(head: bytes, kind: str | None) -> None:
    assert feed_kind(head) == kind
