"""An Outlook or Word newsletter's HTML, its headline a bold paragraph: the byline under it is the author's."""

from __future__ import annotations

import pytest

from transforms.formats import read_articles

STORY = "Nurses at three hospitals walked out on Monday over pay and staffing levels, the union said."


def page(head: str, byline: str) -> str:
    return (f'<html><body><div class="WordSection1"><p class="MsoNormal">{head}</p><p class="MsoNormal">{byline}</p>'
            f'<p class="MsoNormal">{STORY} Talks resume on Friday, officials said.</p></div></body></html>')


@pytest.mark.parametrize(("head", "byline", "authors"), [
    ("<b>Nurses strike in Nairobi</b>", "By Ana Lopez", ("Ana Lopez",)),
    ("<strong>Nurses strike</strong>", "By Jane Smith and Tom Roe", ("Jane Smith", "Tom Roe")),
])
def test_the_byline_under_a_bold_headline_is_the_author_no_paragraph(head: str, byline: str,
                                                                      authors: tuple[str, ...]) -> None:
    article = read_articles(page(head, byline).encode(), "html").articles[0]
    assert article.authors == authors
    assert byline not in article.text


@pytest.mark.parametrize(("head", "byline"), [
    ("<b>Update</b>", "By Tuesday the river rose."),  # a sentence opening with "By", no byline
    ("Rain <b>fell</b> today across the north.", "By Jane Smith"),  # bold in part: a sentence, no headline
])
def test_no_bold_headline_or_no_byline_no_author(head: str, byline: str) -> None:
    assert read_articles(page(head, byline).encode(), "html").articles[0].authors == ()


def test_a_bold_headline_under_the_newsletters_heading_reads_its_byline() -> None:
    # the heading over it is the newsletter's name: the page had headings, so no bold headline and no author
    html = (f"<html><body><h2>Morning Briefing</h2><p><b>Nurses strike in Nairobi</b></p><p>By Ana Lopez</p>"
            f"<p>{STORY} Talks resume on Friday, officials said.</p></body></html>")
    assert read_articles(html.encode(), "html").articles[0].authors == ("Ana Lopez",)


def test_a_bold_paragraph_over_a_heading_is_no_headline() -> None:
    # a section's lead-in over the page's heading: its headline is the heading's, the By line under that no author's
    html = (f"<html><body><p><b>Also today</b></p><h2>Rail fares</h2><p>By Tom Roe</p>"
            f"<p>{STORY} Talks resume on Friday, officials said.</p></body></html>")
    assert read_articles(html.encode(), "html").articles[0].authors == ()
