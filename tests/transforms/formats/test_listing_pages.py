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
