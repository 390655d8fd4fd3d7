"""A byline that is a link to the author's profile under the headline (Substack's post header) names the author."""

from __future__ import annotations

import pytest

from transforms.formats import read_articles

STORY = ("<p>Local papers are closing at a rate of two a week, and the towns they leave behind vote less and pay "
         "more for their councils.</p><p>We spent six months in three such towns in the north of England.</p>")


def page(header: str, after: str = "", head: str = "") -> bytes:
    return (f"<html><head><title>The quiet collapse</title>{head}</head><body><article><div class='post-header'>"
            f"<h1 class='post-title'>The quiet collapse</h1><h3 class='subtitle'>What happens to a town</h3>{header}"
            f"</div><div class='body markup'>{STORY}{after}</div></article></body></html>").encode()


SUBSTACK = ('<div class="pencraft pc-display-flex"><div class="pencraft meta-EgzBVA"><span data-state="closed"><a '
            'href="https://substack.com/@janedoe" class="pencraft pc-reset">Jane Doe</a></span></div>'
            '<div class="pencraft meta-EgzBVA">Mar 05, 2025</div></div>')


@pytest.mark.parametrize(("header", "authors"), [
    (SUBSTACK, ("Jane Doe",)),
    ('<div><a href="https://blog.test/author/tom-roe/">Tom Roe</a> and <a href="/author/ann-lee">Ann Lee</a></div>',
     ("Tom Roe", "Ann Lee")),
], ids=["substack", "wordpress"])
def test_a_profile_link_under_the_headline_is_the_byline(header: str, authors: tuple[str, ...]) -> None:
    [article] = read_articles(page(header), "html").articles
    assert article.authors == authors  # it had none


def test_profile_links_below_the_articles_first_paragraph_are_no_byline() -> None:
    comments = '<div class="comments"><a href="https://substack.com/@bob">Bob Smith</a> wrote: great piece.</div>'
    [article] = read_articles(page("", after=comments), "html").articles
    assert article.authors == ()


def test_an_author_meta_tag_wins_over_a_profile_link() -> None:
    [article] = read_articles(page(SUBSTACK, head='<meta name="author" content="Janet Doe">'), "html").articles
    assert article.authors == ("Janet Doe",)


@pytest.mark.parametrize("header", [
    '<figure><img src="/a.jpg"><figcaption>Photograph: <a href="/profile/sam-ray">Sam Ray</a></figcaption></figure>',
    '<div class="share-bar"><a href="https://mastodon.social/@courier">Follow us</a></div>',
    '<aside>More from our columnist <a href="/author/tom-roe">Tom Roe</a></aside>',
    '<ul class="tags"><li><a href="/people/keir-starmer">Keir Starmer</a></li></ul>',
    '<p class="standfirst">An interview with <a href="/writers/ann-lee">Ann Lee</a>.</p>',
    '<div><span>Photograph: </span><a href="/profile/sam-ray">Sam Ray</a></div>',
], ids=["photo-credit", "follow-us", "more-from-aside", "topic-tags", "interview-with", "credit-in-span"])
def test_a_profile_link_under_the_headline_naming_someone_else_is_no_byline(header: str) -> None:
    [article] = read_articles(page(header), "html").articles
    assert article.authors == ()  # each was read as the author


def test_a_byline_link_in_a_page_whose_article_has_tag_classes_is_the_byline() -> None:
    wordpress = page('<div class="entry-meta">By <a href="/author/tom-roe/">Tom Roe</a> · 5 March 2025</div>')
    wordpress = wordpress.replace(b"<article>", b'<article class="post hentry tag-politics">')
    [article] = read_articles(wordpress, "html").articles
    assert article.authors == ("Tom Roe",)
