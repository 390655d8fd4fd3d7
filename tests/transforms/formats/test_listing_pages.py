"""Index pages (a section's front of teasers) are no article, as an .html file or a records field's page."""

from __future__ import annotations

import json

import pytest

from transforms.formats import FormatError, ReadOptions, read_articles
from transforms.formats.base import NO_ARTICLE_TEXT, NO_TEXT

HEADLINES = ["Council sets budget", "Ferry cancelled after storm", "Cinema reopens", "A39 closed by floods"]
STORY = ("The town's only cinema reopened on Saturday after a two-year restoration funded by 1,200 residents, "
         "who bought shares at ten pounds each.")


def teasers(tag: str = "article") -> str:
    return "".join(f'<{tag} class="teaser"><a href="/news/{n}"><h3>{headline}</h3></a><p>{headline}: the full '
                   f'story.</p><time datetime="2025-03-0{n}">{n} March</time></{tag}>'
                   for n, headline in enumerate(HEADLINES, 1))


def page(main: str) -> str:
    return ("<!DOCTYPE html><html><head><title>Politics | The Courier</title></head><body><nav><a href='/'>Home"
            f"</a><a href='/sport'>Sport</a></nav><main>{main}</main><footer>© The Courier</footer></body></html>")


@pytest.mark.parametrize("main", [
    f"<h1>Latest</h1><section>{teasers()}</section>",
    f"<h1>Politics</h1><p>The latest from Westminster.</p>{teasers()}",
    "<h1>Latest</h1>" + "".join(f'<div class="card"><h2><a href="/n/{n}">{h}</a></h2><p>{h}.</p></div>'
                                for n, h in enumerate(HEADLINES)),
])
def test_a_page_of_teasers_is_no_article(main: str) -> None:
    with pytest.raises(FormatError) as raised:
        read_articles(page(main).encode(), "html")
    assert raised.value.reason == NO_ARTICLE_TEXT  # it was an article headlined "Latest" of others' headlines
    assert "index page" in raised.value.detail


def test_a_records_field_holding_a_page_of_teasers_is_no_text() -> None:
    line = json.dumps({"url": "https://courier.test/politics", "html": page(f"<h1>Latest</h1>{teasers()}")})
    result = read_articles(f"{line}\n".encode(), "jsonl", ReadOptions())
    assert result.articles == []
    assert [(bad.reason, "index page" in bad.detail) for bad in result.bad] == [(NO_TEXT, True)]


@pytest.mark.parametrize("body", [
    f"<p>{STORY}</p><p>Tickets for the first week sold out in an hour, the owners said on Sunday.</p>",
    f"<p>{STORY}</p>",  # a brief of one paragraph
])
def test_a_story_beside_related_teasers_is_an_article(body: str) -> None:
    [article] = read_articles(page(f"<article><h1>Cinema reopens</h1>{body}</article>"
                                   f"<aside><h2>Related</h2>{teasers()}</aside>").encode(), "html").articles
    assert article.title == "Cinema reopens"
    assert STORY in article.text


ENTRIES = [("Trains halted at Dawlish", "Network Rail says the line is closed until further notice."),
           ("Sea wall damaged", "Waves have torn a hole in the wall beside the track, our reporter says."),
           ("Schools closed", "Twelve schools in south Devon will stay shut today, the council said."),
           ("Flood warnings", "The Environment Agency has issued 14 flood warnings across the county.")]


@pytest.mark.parametrize(("main", "headline"), [
    # A live blog: each entry's heading a permalink to its place on the page
    ("<h1>Storm live: trains halted</h1>" + "".join(
        f'<article class="entry" id="e{n}"><h3><a href="#e{n}">{h}</a></h3><p>{p}</p></article>'
        for n, (h, p) in enumerate(ENTRIES)), "Storm live: trains halted"),
    ("<h1>Storm live</h1>" + "".join(f'<div class="post"><h2><a href="?entry={n}">{h}</a></h2><p>{p}</p></div>'
                                     for n, (h, p) in enumerate(ENTRIES)), "Storm live"),
    # A list article ("4 things to know"): its items' headings link to their topics
    ("<article><h1>Storm: what we know</h1><p>A short guide.</p><ol>" + "".join(
        f'<li><h3><a href="/topics/{n}">{h}</a></h3><p>{p}</p></li>' for n, (h, p) in enumerate(ENTRIES))
     + "</ol></article>", "Storm: what we know"),
    # A story whose own teaser (its first paragraph for a line) is in the page's "Most read" box
    ('<article><h1>Cinema reopens</h1><p>' + STORY + '</p><p>Tickets sold out.</p></article><aside><h2>Most read'
     '</h2><ol><li><a href="/news/cinema"><h3>Cinema reopens</h3></a><p>' + STORY + '</p></li>' + "".join(
         f'<li><a href="/news/{n}"><h3>{h}</h3></a><p>{h}.</p></li>' for n, h in enumerate(HEADLINES[:3]))
     + "</ol></aside>", "Cinema reopens"),
], ids=["live-blog-anchors", "live-blog-queries", "list-article", "own-teaser-in-most-read"])
def test_an_article_whose_linked_headings_are_its_own_is_no_index_page(main: str, headline: str) -> None:
    [article] = read_articles(page(main).encode(), "html").articles  # each was no_article_text, an "index page"
    assert article.title == headline
    first_entry_or_story = STORY if "Cinema" in headline else ENTRIES[0][1]
    assert first_entry_or_story in article.text


LINES = [f"{headline}: the full story from our reporters." for headline in HEADLINES]


@pytest.mark.parametrize("main", [
    # A "Related articles" page: its stories a list of links, no heading each (it was an article of their headlines)
    "<h1>Related articles</h1><ul class='related'>" + "".join(
        f'<li><a href="/news/{n}">{h}</a><p>{line}</p></li>'
        for n, (h, line) in enumerate(zip(HEADLINES, LINES, strict=True)))
    + "</ul>",
    "<h1>More from Politics</h1><ol>" + "".join(
        f'<li><a href="/news/{n}">{h} tonight</a> <span>3 March</span></li>' for n, h in enumerate(HEADLINES))
    + "</ol>",
])
def test_a_page_listing_related_stories_without_headings_is_no_article(main: str) -> None:
    with pytest.raises(FormatError) as raised:
        read_articles(page(main).encode(), "html")
    assert raised.value.reason == NO_ARTICLE_TEXT
    assert "index page" in raised.value.detail


def test_a_story_beside_a_list_of_related_links_is_an_article() -> None:
    related = "".join(f'<li><a href="/news/{n}">{h}</a></li>' for n, h in enumerate(HEADLINES))
    [article] = read_articles(page(f"<article><h1>Cinema reopens</h1><p>{STORY}</p></article>"
                                   f"<h2>Related articles</h2><ul>{related}</ul>").encode(), "html").articles
    assert (article.title, STORY in article.text) == ("Cinema reopens", True)
