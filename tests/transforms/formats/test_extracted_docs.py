"""trafilatura's XML output saved as .xml: one article, its attributes the metadata and <main> the text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from transforms.formats import FormatError, ReadOptions, format_of, read_articles

# As `trafilatura --xml` writes a page (its attributes in its order, a comment section after the main text).
EXTRACTED = """<doc sitename="The Herald" title="Council approves budget" author="Jane Smith; Tom Brown"
 date="2024-03-05" url="https://herald.test/budget" hostname="herald.test" description="Spending rises"
 categories="" tags="" fingerprint="a1b2" id="" license="" language="en">
  <main>
    <p>The city council voted on Tuesday to approve a new budget.</p>
    <head rend="h2">What changes</head>
    <list rend="ul"><item>Schools get 10% more.</item><item>Buses run later.</item></list>
    <p>The mayor said the budget was balanced,<lb/>and reserves would cover any shortfall.</p>
  </main>
  <comments><p>Great news!</p></comments>
</doc>"""


def test_trafilaturas_xml_output_is_one_article() -> None:
    # It was not_records: "XML, but not an RSS or Atom feed (its document element is <doc>)".
    [article] = read_articles(EXTRACTED.encode(), format_of("budget.xml") or "", ReadOptions()).articles
    assert article.title == "Council approves budget"
    assert article.published_at == datetime(2024, 3, 5, tzinfo=UTC)
    assert (article.url, article.site, article.language) == ("https://herald.test/budget", "The Herald", "en")
    assert article.authors == ("Jane Smith", "Tom Brown")
    assert article.text.split("\n\n") == [
        "Council approves budget", "The city council voted on Tuesday to approve a new budget.", "What changes",
        "Schools get 10% more.", "Buses run later.",
        "The mayor said the budget was balanced,\nand reserves would cover any shortfall.",
    ]
    assert article.metadata["description"] == "Spending rises"


def test_another_doc_element_is_still_no_feed() -> None:
    with pytest.raises(FormatError, match="not an RSS or Atom feed"):
        read_articles(b"<doc><para>Text.</para></doc>", "feed", ReadOptions())


def test_a_table_in_trafilaturas_output_is_no_paragraphs() -> None:
    # trafilatura keeps a page's table (<table><row><cell>): each cell was a paragraph ("Year", "Rise", "2024", ...),
    # where an HTML page's data table is left out.
    doc = EXTRACTED.replace("<head rend", "<table><row><cell role=\"head\">Year</cell><cell role=\"head\">Rise</cell>"
                                          "</row><row><cell>2024</cell><cell>7%</cell></row></table><head rend")
    [article] = read_articles(doc.encode(), "feed", ReadOptions()).articles
    paragraphs = article.text.split("\n\n")
    assert paragraphs[1:3] == ["The city council voted on Tuesday to approve a new budget.", "What changes"]
    assert not {"Year", "Rise", "2024", "7%"} & set(paragraphs)


# As `trafilatura --xmltei` writes a page (trafilatura 2.x): the metadata in the TEI header, the text in <body>.
TEI = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>
<title type="main">Council approves budget</title><author>Jane Smith</author></titleStmt>
<publicationStmt><p/></publicationStmt><sourceDesc><bibl>Council approves budget, herald.test, 2024-03-05</bibl>
<biblFull><titleStmt><title type="main">Council approves budget</title><author>Jane Smith</author></titleStmt>
<publicationStmt><publisher>The Herald (herald.test)</publisher><ptr type="URL" target="https://herald.test/budget"/>
<date>2024-03-05</date></publicationStmt></biblFull></sourceDesc></fileDesc>
<profileDesc><creation><date type="download">2026-12-06</date></creation></profileDesc></teiHeader>
<text><body><div type="entry"><ab rend="h1" type="header">Council approves budget</ab>
<p>The city council voted on Tuesday to approve a new budget.</p><ab rend="h2" type="header">What changes</ab>
<list rend="ul"><item>Schools get 10% more.</item></list><table><row><cell>2024</cell></row></table>
<p>The mayor said the budget was balanced,<lb/>and reserves would cover any shortfall.</p></div>
<div type="comments"><p>Great news!</p></div></body></text></TEI>"""


def test_trafilaturas_tei_output_is_one_article() -> None:
    # It was not_records: "XML, but not an RSS or Atom feed (its document element is <TEI>)".
    [article] = read_articles(TEI.encode(), format_of("budget.xml") or "", ReadOptions()).articles
    assert article.title == "Council approves budget"
    assert article.published_at == datetime(2024, 3, 5, tzinfo=UTC)  # the page's date, not the download's
    assert (article.url, article.site, article.authors) == ("https://herald.test/budget", "The Herald", ("Jane Smith",))
    assert article.text.split("\n\n") == [
        "Council approves budget", "The city council voted on Tuesday to approve a new budget.", "What changes",
        "Schools get 10% more.", "The mayor said the budget was balanced,\nand reserves would cover any shortfall.",
    ]
