"""An HTML file that is an article's body alone (a Substack export's post) is read with its headings."""

from __future__ import annotations

from transforms.formats import ReadOptions, read_articles

POST = (
    "<p>The chancellor will set out tax and spending plans on Wednesday, with public services facing tight limits "
    "after years of high inflation.</p>\n"
    "<p>Economists expect a cut to national insurance, paid for by freezing tax thresholds for longer.</p>\n"
    "<{h}>What to watch</{h}>\n"
    "<p>Look for changes to fuel duty and the childcare offer, which together cost several billion pounds a year.</p>\n"
)


def test_a_fragments_heading_is_a_paragraph_in_its_place() -> None:
    # trafilatura's reading of a fragment dropped its <h3>: the section's heading was in no paragraph.
    [article] = read_articles(POST.format(h="h3").encode(), "html", ReadOptions()).articles
    paragraphs = article.text.split("\n\n")
    assert paragraphs[2] == "What to watch"
    assert len(paragraphs) == 4


def test_a_fragments_h2_is_no_headline() -> None:
    # Its <h2> was taken for the page's title and moved before the text.
    [article] = read_articles(POST.format(h="h2").encode(), "html", ReadOptions()).articles
    assert article.title is None
    assert article.text.split("\n\n")[2] == "What to watch"


def test_a_fragments_title_is_its_headline() -> None:
    # A saved body that kept its <title>: read inside an <article>, its title was lost, and the article had none.
    [article] = read_articles(("<title>Budget day</title>" + POST.format(h="h2")).encode(), "html",
                              ReadOptions()).articles
    assert article.title == "Budget day"
    assert "What to watch" in article.text.split("\n\n")
