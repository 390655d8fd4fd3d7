"""A page's texts that trafilatura unescapes again, read once, as its article's text is."""

from __future__ import annotations

import pytest

from transforms.formats import ReadOptions, read_articles
from transforms.formats.base import ArticleRecord

STORY = (
    "<p>Profits at Marks &amp;amp; Spencer rose 5% in the six months to September, the retailer said on Tuesday, "
    "as clothing sales recovered.</p><p>Food sales rose too, and the company raised its dividend for the year.</p>"
)


def article(head: str) -> ArticleRecord:
    page = f"<html><head><title>Profits rise</title>{head}</head><body><article>{STORY}</article></body></html>"
    [found] = read_articles(page.encode(), "html", ReadOptions()).articles
    return found


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="description" content="Marks &amp;amp; Spencer profits rise">',
        '<meta property="og:description" content="Marks &amp;amp; Spencer profits rise">',
        '<meta name="twitter:description" content="Marks &amp;amp; Spencer  profits rise ">',
    ],
    ids=["description", "og-description", "twitter-description"],
)
def test_a_description_escaped_twice_is_read_once_as_the_text_is(head: str) -> None:
    # It was "Marks & Spencer profits rise", where the text reads "Marks &amp; Spencer".
    found = article(head)
    assert found.metadata["description"] == "Marks &amp; Spencer profits rise"
    assert "Marks &amp; Spencer rose" in found.text


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="og:site_name" content="Smith &amp;amp; Sons Post">',
        '<meta name="application-name" content="Smith &amp;amp; Sons Post">',
    ],
    ids=["og-site-name", "application-name"],
)
def test_a_site_name_escaped_twice_is_read_once(head: str) -> None:
    assert article(head).site == "Smith &amp; Sons Post"


@pytest.mark.parametrize(
    ("head", "description", "site"),
    [
        # escaped once: the character, as before
        ('<meta name="description" content="Marks &amp; Spencer rise"><meta property="og:site_name" '
         'content="Smith &amp; Sons">', "Marks & Spencer rise", "Smith & Sons"),
        # a character's reference escaped twice is the character, as in a title
        ('<meta name="description" content="O&amp;#8217;Neil &amp;amp; Co"><meta property="og:site_name" '
         'content="O&amp;#8217;Neil Post">', "O’Neil &amp; Co", "O’Neil Post"),
    ],
    ids=["once", "reference-twice"],
)
def test_a_description_and_site_name_escaped_once_read_as_before(head: str, description: str, site: str) -> None:
    found = article(head)
    assert (found.metadata["description"], found.site) == (description, site)
