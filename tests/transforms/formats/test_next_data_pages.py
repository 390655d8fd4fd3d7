"""Next.js pages saved before their scripts ran: the article their `__NEXT_DATA__` holds, else no_article_text."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from transforms.formats import FormatError, ReadOptions, read_articles

LEDE = "The city council voted on Tuesday to close the Elm Street bridge for eighteen months of repairs."
MORE = "Engineers found corrosion in two of the bridge's steel girders during an inspection in March."
LAST = "Commuters will be diverted over the Harbour Road crossing, adding about ten minutes to a trip."
HEADLINE = "Elm Street bridge to close for repairs"


def page(page_props: dict[str, Any]) -> bytes:
    data = json.dumps({"props": {"pageProps": page_props}, "page": "/news/[slug]", "buildId": "b1"})
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Evening Courier</title></head><body>'
            f'<div id="__next"></div><script id="__NEXT_DATA__" type="application/json">{data}</script>'
            '</body></html>').encode()


def portable_text(text: str) -> dict[str, Any]:  # a Sanity block: its words in spans, a span's space its own
    cut = text.index(" ", 20)
    return {"_type": "block", "style": "normal", "children": [
        {"_type": "span", "text": text[:cut]}, {"_type": "span", "marks": ["strong"], "text": text[cut:]}]}


SHAPES = {
    "paragraph blocks": {"article": {"headline": HEADLINE, "publishedAt": "2025-04-08T09:15:00Z", "body": [
        {"type": "paragraph", "text": LEDE}, {"type": "image", "src": "/bridge.jpg"},
        {"type": "paragraph", "text": MORE}, {"type": "paragraph", "text": LAST}]}},
    "portable text": {"post": {"title": HEADLINE, "_createdAt": "2025-04-07T18:00:00Z",
                               "publishedAt": "2025-04-08T09:15:00Z",
                               "content": [*map(portable_text, (LEDE, MORE, LAST)), {"_type": "image"}]}},
    "articleBody text": {"data": {"article": {"headline": HEADLINE, "datePublished": "2025-04-08T10:15:00+01:00",
                                              "articleBody": f"{LEDE}\n\n{MORE}\n\n{LAST}"}}},
    "HTML body": {"story": {"title": HEADLINE, "firstPublished": "2025-04-08T09:15:00Z",
                            "body": f"<p>{LEDE}</p><p>{MORE.replace('steel', '<strong>steel</strong>')}</p>"
                                    f'<figure><img src="a.jpg"><figcaption>The bridge in March</figcaption></figure>'
                                    f"<p>{LAST}</p>"}},
    "HTML blocks": {"initialData": {"content": {"headline": HEADLINE, "date": "2025-04-08T11:15:00+02:00",
                                                "blocks": [{"kind": "ad", "slot": "top"},
                                                           *({"kind": "text", "html": f"<p>{t}</p>"}
                                                             for t in (LEDE, MORE, LAST))]}}},
    "rich text nodes": {"entry": {"fields": {"title": HEADLINE, "publishDate": "2025-04-08T09:15:00.000Z",
                                             "body": {"nodeType": "document", "content": [
                                                 {"nodeType": "paragraph", "content": [
                                                     {"nodeType": "text", "value": t, "marks": []}]}
                                                 for t in (LEDE, MORE, LAST)]}}}},
}


@pytest.mark.parametrize("shape", SHAPES)
def test_a_nextjs_pages_article_is_read_from_its_data(shape: str) -> None:
    # Each was no_article_text: its text only in its __NEXT_DATA__, which was not read.
    [article] = read_articles(page(SHAPES[shape]), "html", ReadOptions()).articles
    assert article.title == HEADLINE
    assert article.text.split("\n\n") == [HEADLINE, LEDE, MORE, LAST]
    assert article.published_at == datetime(2025, 4, 8, 9, 15, tzinfo=UTC)


@pytest.mark.parametrize("page_props", [
    # an index page: teasers of stories, no body
    {"section": "Local", "articles": [{"headline": HEADLINE, "summary": LEDE, "slug": "elm-bridge"},
                                      {"headline": "Harbour Road reopens", "summary": MORE, "slug": "harbour"}]},
    # a paywall: the headline and a notice
    {"article": {"headline": HEADLINE, "isPremium": True, "body": "Subscribe to read the full story."},
     "meta": [{"name": "description", "content": f"{LEDE} {MORE}"}]},
    # several stories' bodies: no one article's page
    {"stories": [{"title": HEADLINE, "body": f"{LEDE}\n\n{MORE}"},
                 {"title": "Harbour Road", "body": f"{LAST} {MORE}"}]},
])
def test_a_nextjs_page_without_an_article_body_in_its_data_stays_no_article_text(page_props: dict[str, Any]) -> None:
    with pytest.raises(FormatError) as raised:
        read_articles(page(page_props), "html", ReadOptions())
    assert raised.value.reason == "no_article_text" and "__NEXT_DATA__" in raised.value.detail


def test_a_nextjs_pages_shown_text_is_read_as_any_pages() -> None:
    # A control: a page rendered before it was saved is read from its markup, its data's shorter body unread.
    data = json.dumps({"props": {"pageProps": {"article": {"headline": "Other", "body": [{"text": LAST * 2}]}}}})
    html = (f'<html lang="en"><head><title>{HEADLINE}</title><meta property="article:published_time" '
            f'content="2025-04-08T10:15:00+01:00"></head><body><article><h1>{HEADLINE}</h1><p>{LEDE}</p><p>{MORE}</p>'
            f'</article><script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>')
    [article] = read_articles(html.encode(), "html", ReadOptions()).articles
    assert article.text.split("\n\n") == [HEADLINE, LEDE, MORE]
    assert article.published_at == datetime(2025, 4, 8, 10, 15, tzinfo=timezone(timedelta(hours=1)))


def test_a_nextjs_pages_data_nested_past_what_json_reads_is_no_article_text_not_a_crash() -> None:
    # `[[[[...` deeper than Python's json reads raised RecursionError out of the reader: the run stopped.
    data = '{"props": {"pageProps": ' + "[" * 100_000 + "]" * 100_000 + "}}"
    html = f'<html><body><div id="__next"></div><script id="__NEXT_DATA__">{data}</script></body></html>'
    with pytest.raises(FormatError) as raised:
        read_articles(html.encode(), "html", ReadOptions())
    assert raised.value.reason == "no_article_text"


def test_a_lone_surrogate_in_a_nextjs_pages_data_is_read_as_a_replacement_character() -> None:
    # JSON's "\ud83d" alone (an emoji cut at a length) reached lxml, which takes no surrogate: UnicodeEncodeError.
    body = {"props": {"pageProps": {"article": {"headline": HEADLINE, "body": f"{LEDE} CUT\n\n{MORE}"}}}}
    data = json.dumps(body).replace("CUT", "\\ud83d")
    html = f'<html><body><div id="__next"></div><script id="__NEXT_DATA__">{data}</script></body></html>'
    [article] = read_articles(html.encode(), "html", ReadOptions()).articles
    assert article.text.split("\n\n") == [HEADLINE, f"{LEDE} \ufffd", MORE]


BLOCKS = [{"type": "paragraph", "text": t} for t in (LEDE, MORE, LAST)]
IN_JSON_TEXT = {
    # a CMS's editor document stored as JSON text in one field: it was read as the article's plain text, its JSON
    "a list of blocks": json.dumps(BLOCKS),
    "Draft.js": json.dumps({"blocks": [{"key": "a1", "type": "unstyled", "text": t} for t in (LEDE, MORE, LAST)],
                            "entityMap": {}}),
    "Contentful": json.dumps({"nodeType": "document", "content": [
        {"nodeType": "paragraph", "content": [{"nodeType": "text", "value": t}]} for t in (LEDE, MORE, LAST)]}),
    # encoded twice: a JSON string holding the JSON text (it was read as its JSON text, quotes and backslashes)
    "blocks encoded twice": json.dumps(json.dumps(BLOCKS)),
    "Draft.js encoded twice": json.dumps(json.dumps({"blocks": [{"key": "a1", "text": t}
                                                                for t in (LEDE, MORE, LAST)]})),
}


@pytest.mark.parametrize("shape", IN_JSON_TEXT)
def test_a_body_that_is_json_text_is_read_as_its_blocks(shape: str) -> None:
    data = page({"article": {"headline": HEADLINE, "publishedAt": "2025-04-08T09:15:00Z", "body": IN_JSON_TEXT[shape]}})
    [article] = read_articles(data, "html", ReadOptions()).articles
    assert article.text.split("\n\n") == [HEADLINE, LEDE, MORE, LAST]


def test_a_body_that_is_a_json_string_of_prose_is_read_as_that_prose() -> None:
    # its text serialised once more: it was read with its quotes, its "\\n\\n" one paragraph, "\\u2019" as written
    prose = f"{LEDE} The mayor\u2019s office agreed.\n\n{MORE}\n\n{LAST}"
    data = page({"article": {"headline": HEADLINE, "body": json.dumps(prose)}})
    [article] = read_articles(data, "html", ReadOptions()).articles
    assert article.text.split("\n\n") == [HEADLINE, f"{LEDE} The mayor\u2019s office agreed.", MORE, LAST]


@pytest.mark.parametrize("lede", [f'"We will close it," the mayor said. {LEDE}', f'"{LEDE}"'])
def test_a_body_that_opens_with_a_quote_and_is_no_json_document_stays_text(lede: str) -> None:
    body = f"{lede}\n\n{MORE}\n\n{LAST}"
    [article] = read_articles(page({"article": {"headline": HEADLINE, "body": body}}), "html", ReadOptions()).articles
    assert article.text.split("\n\n") == [HEADLINE, lede, MORE, LAST]


def test_a_body_that_opens_with_a_bracket_and_is_no_json_stays_text() -> None:
    body = f"[Updated] {LEDE}\n\n{MORE}\n\n{LAST}"
    [article] = read_articles(page({"article": {"headline": HEADLINE, "body": body}}), "html", ReadOptions()).articles
    assert article.text.split("\n\n") == [HEADLINE, f"[Updated] {LEDE}", MORE, LAST]


APOLLO = {
    "ROOT_QUERY": {'article({"slug":"elm-street-bridge"})': {"__ref": "Article:981"}},
    "Article:981": {"__typename": "Article", "id": "981", "headline": HEADLINE, "datePublished": "2025-04-08T09:15:00Z",
                    "body": f"<p>{LEDE}</p><p>{MORE}</p><p>{LAST}</p>", "author": {"__ref": "Author:5"}},
    "Author:5": {"__typename": "Author", "name": "Tom Reid"},
}


def apollo_page(script: str) -> bytes:
    return ('<!DOCTYPE html><html lang="en"><head><title>Evening Courier</title></head><body><div id="root"></div>'
            f"<script>{script}</script></body></html>").encode()


@pytest.mark.parametrize(
    "data",
    [
        page({"apolloState": APOLLO}),  # read as any of pageProps, as before
        page({}).replace(b'"pageProps": {}', f'"pageProps": {{}}, "apolloState": {json.dumps(APOLLO)}'.encode()),
        apollo_page(f"window.__APOLLO_STATE__ = {json.dumps(APOLLO)};window.__ENV__ = {{}};"),
        apollo_page(f"window.__APOLLO_STATE__=JSON.parse({json.dumps(json.dumps(APOLLO))});"),
    ],
)
def test_an_apollo_caches_article_is_read(data: bytes) -> None:
    # The last three were no_article_text: the cache's state outside pageProps, or in a script of its own.
    [article] = read_articles(data, "html", ReadOptions()).articles
    assert article.text.split("\n\n") == [HEADLINE, LEDE, MORE, LAST]
    assert article.published_at == datetime(2025, 4, 8, 9, 15, tzinfo=UTC)
    assert article.authors == ("Tom Reid",)  # its author behind the cache's `__ref`: it had none


@pytest.mark.parametrize(
    ("authors", "expected"),
    [
        ("Tom Reid", ("Tom Reid",)),
        ({"name": "Tom Reid", "slug": "tom-reid"}, ("Tom Reid",)),
        ([{"firstName": "Tom", "lastName": "Reid"}, {"__ref": "Person:2"}], ("Tom Reid", "Ana Ruiz")),
        ({"__ref": "Person:404"}, ()),  # an entity the cache does not hold: no author, no crash
    ],
)
def test_a_nextjs_articles_authors_are_read_from_its_data(authors: object, expected: tuple[str, ...]) -> None:
    props = {"article": {"headline": HEADLINE, "authors": authors, "body": BLOCKS},
             "apolloState": {"Person:2": {"__typename": "Person", "name": "Ana Ruiz"}}}
    [article] = read_articles(page(props), "html", ReadOptions()).articles
    assert article.authors == expected


def test_an_apollo_cache_of_teasers_is_no_article() -> None:
    teasers = {f"Article:{n}": {"__typename": "Article", "headline": f"Story {n}", "body": f"{LEDE} {n}"}
               for n in range(5)}
    with pytest.raises(FormatError):
        read_articles(apollo_page(f"window.__APOLLO_STATE__ = {json.dumps(teasers)};"), "html", ReadOptions())


def test_a_chinese_nextjs_pages_article_is_read_from_its_data() -> None:
    # Its body was three "words" to the 12 an article needs (a paragraph of hanzi has no spaces): no_article_text.
    paragraphs = ["今年第11号台风“摩羯”于9月6日下午在海南省文昌市沿海登陆，登陆时中心附近最大风力达17级。",
                  "海南省已紧急转移安置群众超过40万人，全省中小学和幼儿园停课。",
                  "气象部门预计，台风将继续向西北方向移动，广东和广西沿海将出现强降雨。"]
    props = {"article": {"headline": "台风“摩羯”登陆海南", "datePublished": "2024-09-06T16:20:00+08:00",
                         "body": [{"type": "paragraph", "text": text} for text in paragraphs]}}
    [article] = read_articles(page(props).replace(b'lang="en"', b'lang="zh-CN"'), "html", ReadOptions()).articles
    assert article.text.split("\n\n") == ["台风“摩羯”登陆海南", *paragraphs]
