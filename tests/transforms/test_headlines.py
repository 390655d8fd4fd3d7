"""The title paragraph and articles.title: the headline the reader knows decides, a text file's is guessed."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from transforms.pipeline import ArticleFile, BatchRows, build_batch
from transforms.taxonomy import parse_taxonomy

TAX = parse_taxonomy('[[themes]]\nid = "transport"\nterms = ["fares", "rail"]')
NOW = datetime(2026, 1, 1, tzinfo=UTC)
STORY = ("<p>Rail fares in England will rise by up to 4.9 percent in March, the government said on Tuesday, the "
         "biggest rise in a decade for many commuters.</p><p>Passenger groups said the rise would push more people "
         "back into their cars, and called on ministers to freeze fares for a year.</p>")
BODY = [p.removeprefix("<p>") for p in STORY.split("</p>") if p]


def batch(name: str, data: str) -> BatchRows:
    return build_batch([ArticleFile(f"/in/{name}", data.encode())], TAX, "r", NOW, enrichments=False)


def paragraphs(rows: BatchRows) -> list[tuple[str, str]]:
    return list(zip(rows.paragraphs["role"], rows.paragraphs["text"], strict=True))


def test_a_pages_headline_is_its_title_paragraph_whatever_its_shape() -> None:
    # It ends with a full stop, as no guessed headline does: it was a body paragraph, and no paragraph a title.
    rows = batch("a.html", f"<html><body><article><h1>Rail fares to rise. Again.</h1>{STORY}</article></body></html>")
    assert rows.articles["title"] == ["Rail fares to rise. Again."]
    assert paragraphs(rows) == [("title", "Rail fares to rise. Again."), *[("body", p) for p in BODY]]


def test_the_h1_a_page_shows_is_its_headline_over_its_og_title() -> None:
    # The og:title was the title paragraph, and the <h1> a body paragraph after it.
    rows = batch("a.html", '<html><head><meta property="og:title" content="Commuters face biggest fare rise in a '
                 f'decade"></head><body><article><h1>Rail fares to rise</h1>{STORY}</article></body></html>')
    assert rows.articles["title"] == ["Rail fares to rise"]
    assert paragraphs(rows) == [("title", "Rail fares to rise"), *[("body", p) for p in BODY]]
    # The og:title was kept nowhere.
    assert json.loads(rows.articles["metadata"][0])["og_title"] == "Commuters face biggest fare rise in a decade"


def test_an_og_title_that_is_the_headline_is_not_kept_again() -> None:
    rows = batch("a.html", '<html><head><meta property="og:title" content="Rail fares to rise"></head><body>'
                 f"<article><h1>Rail fares to rise</h1>{STORY}</article></body></html>")
    assert rows.articles["title"] == ["Rail fares to rise"]
    assert "og_title" not in json.loads(rows.articles["metadata"][0] or "{}")


@pytest.mark.parametrize("first", ["LONDON (Reuters) -", "Updated 5 March 2024"])
def test_a_page_without_a_headline_has_no_title_paragraph(first: str) -> None:
    # Its first line was guessed to be its headline, and was articles.title.
    rows = batch("a.html", f"<html><body><article><p>{first}</p>{STORY}</article></body></html>")
    assert rows.articles["title"] == [None]
    assert "title" not in rows.paragraphs["role"]


def test_a_feed_item_without_a_title_has_no_title_paragraph() -> None:
    feed = ('<rss version="2.0"><channel><title>Gazette</title><item><link>https://x.test/a</link><description>'
            f"<![CDATA[<p>Updated 5 March 2024</p>{STORY}]]></description></item></channel></rss>")
    rows = batch("a.rss", feed)
    assert rows.articles["title"] == [None] and "title" not in rows.paragraphs["role"]


def test_a_records_title_field_is_its_title_paragraph_whatever_its_shape() -> None:
    rows = batch("a.jsonl", json.dumps({"title": "Rail fares to rise. Again.", "text": "\n\n".join(BODY)}) + "\n")
    assert paragraphs(rows)[0] == ("title", "Rail fares to rise. Again.")


def test_a_live_blogs_headline_is_its_own_not_a_posts() -> None:
    # trafilatura read the blog's JSON-LD through its posts: the title was a post's ("Update"), the <h1> body.
    blog = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "Live: rail fares rise",
            "liveBlogUpdate": [{"@type": "BlogPosting", "headline": "Update", "articleBody": "Fares rose."},
                               {"@type": "BlogPosting", "headline": "Unions react", "articleBody": "Unions spoke."}]}
    page = (f'<html><head><script type="application/ld+json">{json.dumps(blog)}</script></head><body><main>'
            f"<h1>Live: rail fares rise</h1><h2>Unions react</h2><p>{BODY[0]}</p><h2>Update</h2><p>{BODY[1]}</p>"
            "</main></body></html>")
    rows = batch("a.html", page)
    assert rows.articles["title"] == ["Live: rail fares rise"]
    assert paragraphs(rows) == [("title", "Live: rail fares rise"), ("body", "Unions react"), ("body", BODY[0]),
                                ("body", "Update"), ("body", BODY[1])]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Rail fares to rise\n\nFares will rise in March.\n\nUnions objected.\n", ["title", "body", "body"]),
        ("LONDON (Reuters) -\n\nFares will rise in March.\n", ["title", "body"]),  # guessed, as before
        ("Fares will rise in March.\n\nUnions objected.\n", ["body", "body"]),
    ],
)
def test_a_text_files_headline_is_still_guessed_from_its_shape(text: str, roles: list[str]) -> None:
    assert batch("a.txt", text).paragraphs["role"] == roles


@pytest.mark.parametrize("body", ["Election results from all 650 seats show a swing.\n\nTurnout fell.",
                                  "Election results are in."])
def test_a_records_title_the_text_opens_with_in_a_sentence_is_still_its_title_paragraph(body: str) -> None:
    # The text only began with the title's words: it was taken to hold its title paragraph already, and the
    # headline was in no paragraph, the sentence a body one.
    rows = batch("a.jsonl", json.dumps({"title": "Election results", "text": body}) + "\n")
    assert paragraphs(rows)[:2] == [("title", "Election results"), ("body", body.split("\n")[0])]
    # A text that does open with its title paragraph does not get it twice.
    rows = batch("b.jsonl", json.dumps({"title": "Election results", "text": "Election results\n\n" + body}) + "\n")
    assert [text for _, text in paragraphs(rows)].count("Election results") == 1
