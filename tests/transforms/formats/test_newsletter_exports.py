"""Newsletter platforms' and CMSs' exports: Substack's `post_date` and its buttons in `body_html`, a CMS's CSV
columns named with the item's kind and a unit, an Apple News Format article."""

from __future__ import annotations

import json

from transforms.formats import ReadOptions, read_articles

FIRST = "The central bank held its main interest rate at 4.25 per cent on Thursday, citing sticky inflation."
SECOND = "Economists had expected the pause after three cuts in 2025, though two members voted for a reduction."


def articles(data: str, format: str):
    return read_articles(data.encode(), format, ReadOptions()).articles


def test_a_substack_exports_record_is_dated_and_its_buttons_are_no_paragraphs() -> None:
    body = (f"<p>{FIRST}</p><p class='button-wrapper'><a class='button primary' href='https://x.substack.com/subscribe'>"
            f"<span>Subscribe now</span></a></p><p>{SECOND}</p><p>Leave a comment</p>")
    record = {"title": "Why rates held", "slug": "why-rates-held", "post_date": "2026-01-14T12:00:00.000Z",
              "type": "newsletter", "body_html": body}
    for data, format in ((json.dumps(record) + "\n", "jsonl"), (json.dumps([record]), "json")):
        [article] = articles(data, format)
        assert article.published_at is not None and article.published_at.date().isoformat() == "2026-01-14"
        paragraphs = article.text.split("\n\n")
        assert FIRST in paragraphs and SECOND in paragraphs
        assert "Subscribe now" not in article.text and "Leave a comment" not in article.text


def test_a_cms_csvs_columns_named_with_the_items_kind_and_a_unit_are_read() -> None:
    data = ('"Post Title","Post Content","Publish Date (UTC)","Author(s)","Permalink"\n'
            f'"Bank holds rates","{FIRST}\n\n{SECOND}","2026-01-22 10:30","Maya Chen; Tom Reyes","https://x.test/b"\n')
    [article] = articles(data, "csv")
    assert article.title == "Bank holds rates" and FIRST in article.text and SECOND in article.text
    assert article.published_at is not None and article.published_at.date().isoformat() == "2026-01-22"
    assert article.authors == ("Maya Chen", "Tom Reyes") and article.url == "https://x.test/b"


def test_a_column_that_only_opens_with_a_kinds_word_is_no_field() -> None:
    data = '"Postcode","Text"\n"SW1A 1AA","The council met."\n'
    [article] = articles(data, "csv")
    assert article.metadata.get("Postcode") == "SW1A 1AA"


def test_an_apple_news_format_article_is_one_article() -> None:
    document = {
        "version": "1.7", "identifier": "bank-holds", "title": "Bank holds rates", "language": "en",
        "metadata": {"authors": ["Maya Chen"], "datePublished": "2026-01-22T10:30:00Z",
                     "canonicalURL": "https://x.test/bank"},
        "components": [
            {"role": "title", "text": "Bank holds rates"}, {"role": "byline", "text": "By Maya Chen"},
            {"role": "section", "components": [{"role": "body", "text": FIRST},
                                               {"role": "pullquote", "text": "sticky inflation"}]},
            {"role": "body", "text": SECOND}],
    }
    [article] = articles(json.dumps(document), "json")
    assert article.title == "Bank holds rates" and article.authors == ("Maya Chen",)
    assert article.published_at is not None and article.published_at.date().isoformat() == "2026-01-22"
    assert article.url == "https://x.test/bank"
    assert [p for p in article.text.split("\n\n") if p != "Bank holds rates"] == [FIRST, SECOND]


def _apple_news(title: str, author: str, day: str) -> dict[str, object]:
    return {"version": "1.16", "identifier": title.lower().replace(" ", "-"), "title": title,
            "metadata": {"authors": [author], "datePublished": day},
            "components": [{"role": "title", "text": title}, {"role": "byline", "text": f"By {author}"},
                           {"role": "container", "components": [{"role": "body", "text": FIRST},
                                                                {"role": "pullquote", "text": "sticky inflation"}]},
                           {"role": "body", "text": SECOND}]}


def test_apple_news_format_articles_one_a_line_are_each_an_article() -> None:
    lines = [_apple_news("Bank holds rates", "Maya Chen", "2026-01-22"),
             _apple_news("Ports reopen after storm", "Tom Roe", "2026-01-23T06:00:00Z")]
    read = articles("".join(json.dumps(line) + "\n" for line in lines), "jsonl")
    assert [(a.record, a.title, a.authors) for a in read] == [
        (1, "Bank holds rates", ("Maya Chen",)), (2, "Ports reopen after storm", ("Tom Roe",))]
    assert [a.published_at.date().isoformat() for a in read if a.published_at] == ["2026-01-22", "2026-01-23"]
    assert [p for p in read[1].text.split("\n\n") if p != read[1].title] == [FIRST, SECOND]


def test_records_with_components_of_their_own_are_no_apple_news() -> None:
    # a software release's records: a version, a title, its components and its own text
    lines = [{"version": v, "title": f"Release {v}", "components": [{"name": "api"}], "text": FIRST} for v in "12"]
    read = articles("".join(json.dumps(line) + "\n" for line in lines), "jsonl")
    assert [FIRST in a.text for a in read] == [True, True]


def test_of_two_cms_columns_named_alike_the_one_without_a_bracket_is_the_text() -> None:
    # "Entry Text (original)" is the text before its edits, "Entry Text" the one published, whichever comes first
    draft = "Draft: rates to hold"
    for header, row in (('"Entry Title","Entry Text (original)","Entry Text"', f'"Bank holds","{draft}","{FIRST}"'),
                        ('"Entry Title","Entry Text","Entry Text (original)"', f'"Bank holds","{FIRST}","{draft}"')):
        [article] = articles(f"{header}\n{row}\n", "csv")
        assert FIRST in article.text and draft not in article.text
