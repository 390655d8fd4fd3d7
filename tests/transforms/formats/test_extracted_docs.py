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
