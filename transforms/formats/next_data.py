"""The text of a Next.js page that shows none: the article body its `__NEXT_DATA__` holds, with its headline and date.

A Next.js site renders its article in the reader's browser from the JSON of its `<script id="__NEXT_DATA__">`; a page
saved before its scripts ran (by a crawler, `wget`, a reader's "Save page as" of a slow page) has that JSON and no
text. The article is under its `props.pageProps`, in one of the shapes a reader of such data finds:

- a list of paragraph blocks, each a text (`{"type": "paragraph", "text": ...}`, an `html` or `value` string), or the
  spans of a rich-text editor's block (Sanity's Portable Text `{"_type": "block", "children": [{"text": ...}]}`,
  Contentful's `{"nodeType": "paragraph", "content": [{"value": ...}]}`); blocks without text (an image, an ad
  slot, an embed) are none;
- an `articleBody` (schema.org's name), `body` or `content` string: HTML (its `<p>`s, headings, list items and quotes
  the paragraphs; a figure's caption none) or plain text (its parts between blank lines, else its lines);
- such a string that is JSON text itself, as a CMS stores its editor's document in one field (a list of blocks, a
  Draft.js `{"blocks": [...]}`, a Contentful `{"nodeType": "document", "content": [...]}`): its blocks, as above
  (its JSON was read as the article's plain text); so is a string whose JSON is a string of such JSON text, the
  document encoded twice (it was read as its JSON text, quotes and backslashes and all), and a JSON string of prose
  with an escape in it, its text serialised once more ("\\n\\n" parting its paragraphs).

An app that fetches its article with Apollo's GraphQL client keeps it in Apollo's cache, whose state the page holds
for the browser to start from: `props.pageProps.apolloState` (read as any of `pageProps`), `props.apolloState`, or a
script's `window.__APOLLO_STATE__ = {...}` (a page of such an app without Next.js): the cache's entities
(`"Article:981": {"__typename": "Article", "headline": ..., "body": ...}`) are read as `pageProps` is.

The object holding the body gives the headline (`headline`, else `title`), date (`datePublished`, `publishedAt`,
...) and authors (`next_authors`: an Apollo cache's `{"__ref": "Author:7"}` its entity's name), else the nearest
object above it that does. The body with the most words is the article's; where another
object's body (not inside it, nor holding it) has half as many words or more, the data is a list of stories (an
index page's) and no article is read, nor where no body holds `_MIN_WORDS` words (a teaser, a paywall's notice): such
a page stays `no_article_text`.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from transforms.formats.html_blocks import clean_text
from transforms.formats.json_value import decode_json_at, json_value, without_surrogates
from transforms.formats.next_authors import data_authors
from transforms.word_counts import word_count

NEXT_DATA = "__NEXT_DATA__"  # in a page's text: a page that may hold its article in its data (a cheap precheck)
APOLLO_STATE = "__APOLLO_STATE__"  # and a GraphQL app's page that may hold it in its Apollo cache's state
_APOLLO_ASSIGNMENT = re.compile(r"__APOLLO_STATE__\s*=\s*(?:JSON\.parse\(\s*)?")
# Where a Next.js page's data holds an Apollo cache's state outside its `pageProps`
_APOLLO_PROPS = ("apolloState", "initialApolloState", APOLLO_STATE)
_BODY_KEYS = ("articleBody", "body", "content", "blocks", "bodyBlocks", "paragraphs")
_TEXT_KEYS = ("text", "html", "value", "content", "children")  # a block's text, or its spans'
_HEADLINE_KEYS = ("headline", "title")
_DATE_KEYS = ("datePublished", "publishedAt", "published_at", "publishDate", "publishedDate", "publicationDate",
              "firstPublished", "firstPublishedAt", "published", "date", "createdAt", "_createdAt")
_MIN_WORDS = 12  # fewer: a teaser, a paywall's notice, an error's words, no article
_MAX_DEPTH = 12  # a body deeper in the data than this is not looked for (a page's data is a few levels deep)
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_HTML_BLOCKS = "//p|//h2|//h3|//h4|//h5|//h6|//li|//blockquote[not(.//p)]"
_TAG = re.compile(r"<[a-zA-Z/]")


class NextArticle(NamedTuple):
    paragraphs: list[str]
    headline: str | None
    date: str | None
    authors: tuple[str, ...] = ()  # the body's holder's (`next_authors`), an Apollo cache's `__ref`s followed


def next_data_article(tree: Any) -> NextArticle | None:
    """Return the article a (lxml) page's `__NEXT_DATA__` holds in a recognised shape, or None.

    >>> from lxml import html
    >>> data = ('{"props": {"pageProps": {"article": {"headline": "Bridge to close", "publishedAt": "2025-04-08",'
    ...         ' "body": [{"type": "paragraph", "text": "The council voted on Tuesday to close the bridge for'
    ...         ' repairs."}, {"type": "image"}, {"type": "paragraph", "text": "Work starts in May."}]}}}}')
    >>> next_data_article(html.fromstring(f'<html><body><script id="__NEXT_DATA__">{data}</script></body></html>'))
    NextArticle(paragraphs=['The council voted on Tuesday to close the bridge for repairs.', 'Work starts in May.'], \
headline='Bridge to close', date='2025-04-08', authors=())
    """
    bodies: list[tuple[int, tuple[int, ...], list[str], list[dict[str, Any]]]] = []
    roots = _data_roots(tree)
    for root in roots:  # the first that holds a body: the same entities may be in two
        _find_bodies(root, (), [], bodies)
        if bodies:
            break
    if not bodies:
        return None
    words, path, paragraphs, holders = max(bodies, key=lambda body: body[0])
    if words < _MIN_WORDS or any(
        other_words * 2 >= words and other[:len(path)] != path and path[:len(other)] != other
        for other_words, other, _, _ in bodies
    ):
        return None
    headline = _first_text(holders, _HEADLINE_KEYS)
    # An Apollo cache's entities, which its references name: a root itself, or its `apolloState` (in `pageProps`)
    entities = [*roots, *(value for root in roots for key in _APOLLO_PROPS if isinstance(value := root.get(key), dict))]
    return NextArticle(paragraphs, clean_text(headline) if headline else None, _first_text(holders, _DATE_KEYS),
                       data_authors(holders, entities))


def _data_roots(tree: Any) -> list[dict[str, Any]]:
    """Return the objects of a (lxml) page's data an article is looked for in: its `__NEXT_DATA__`'s `pageProps`,
    then an Apollo cache's state (`_APOLLO_PROPS`, a `window.__APOLLO_STATE__` script's)."""
    roots: list[dict[str, Any]] = []
    scripts = tree.xpath('//script[@id="__NEXT_DATA__"]/text()')
    try:
        data = json_value(scripts[0]) if scripts else None  # a lone surrogate "\ud83d" as U+FFFD: lxml takes no other
    except (ValueError, RecursionError):  # not JSON; or nested deeper than json reads, `[[[[...`
        data = None
    props = data.get("props") if isinstance(data, dict) else None
    if isinstance(props, dict):
        roots += [value for key in ("pageProps", *_APOLLO_PROPS) if isinstance(value := props.get(key), dict)]
    for script in tree.xpath('//script[not(@id="__NEXT_DATA__")][contains(text(), "__APOLLO_STATE__")]/text()'):
        if (match := _APOLLO_ASSIGNMENT.search(script)) is None:
            continue
        try:  # `= {...};` and more statements after it, or `= JSON.parse("{...}")`'s string
            value, _ = decode_json_at(script, match.end())
            value = json_value(value) if isinstance(value, str) else value
        except (ValueError, RecursionError):
            continue
        if isinstance(value, dict):
            roots.append(without_surrogates(value))  # type: ignore[arg-type]
    return roots


def with_next_article(tree: Any, article: NextArticle) -> None:
    """Put a Next.js page's article into its (lxml) page: its headline an `<h1>` and its paragraphs `<p>`s of an
    `<article>`, its date a `article:published_time` meta tag and its authors an `author` one where the page has none,
    for trafilatura to read."""
    from lxml import etree

    head, body = tree.find(".//head"), tree.find(".//body")
    if head is None:
        head = etree.Element("head")
        tree.insert(0, head)
    if body is None:
        body = etree.SubElement(tree, "body")
    if article.date and not tree.xpath('//meta[@property="article:published_time"]'):
        etree.SubElement(head, "meta", property="article:published_time", content=article.date)
    if article.authors and not tree.xpath('//meta[@name="author"]'):  # trafilatura parts the names at "; "
        etree.SubElement(head, "meta", name="author", content="; ".join(article.authors))
    element = etree.SubElement(body, "article")
    if article.headline:
        etree.SubElement(element, "h1").text = article.headline
    for text in article.paragraphs:
        etree.SubElement(element, "p").text = text


def _find_bodies(node: Any, path: tuple[int, ...], holders: list[dict[str, Any]],
                 bodies: list[tuple[int, tuple[int, ...], list[str], list[dict[str, Any]]]]) -> None:
    """Add the bodies under a node of the data to `bodies`: their words, path, paragraphs and holding objects
    (nearest first)."""
    if len(path) > _MAX_DEPTH:
        return
    if isinstance(node, list):
        for index, item in enumerate(node):
            _find_bodies(item, (*path, index), holders, bodies)
        return
    if not isinstance(node, dict):
        return
    holders = [node, *holders]
    for key in _BODY_KEYS if not _is_meta_tag(node) else ():
        paragraphs = _paragraphs(node.get(key))
        if paragraphs:
            bodies.append((sum(map(word_count, paragraphs)), path, paragraphs, holders))
            break
    for index, value in enumerate(node.values()):
        if isinstance(value, (dict, list)):
            _find_bodies(value, (*path, index), holders, bodies)


def _is_meta_tag(node: dict[str, Any]) -> bool:
    """Return whether an object of the data is a meta tag the page's head is rendered from (`{"name": "description",
    "content": ...}`): its content a description, no body."""
    return len(node) <= 3 and isinstance(node.get("name") or node.get("property"), str)


def _paragraphs(value: Any) -> list[str]:
    """Return the paragraphs of a body: an HTML or plain text string, or a list of blocks."""
    if isinstance(value, str):
        if value.lstrip()[:1] in ('[', '{', '"') and (document := _json_document(value)) is not None:
            return document
        if _TAG.search(value):
            return _html_paragraphs(value)
        value = value.replace("\r\n", "\n")
        parts = _BLANK_LINE.split(value) if _BLANK_LINE.search(value) else value.split("\n")
        return [text for part in parts if (text := clean_text(part))]
    if isinstance(value, list) and len(value) > 0:
        paragraphs: list[str] = []
        for block in value:
            if isinstance(block, str):
                paragraphs += _paragraphs(block)
            elif isinstance(block, dict) and (text := clean_text(_block_text(block))):
                paragraphs.append(text)
        return paragraphs
    return []


def _json_document(value: str, depth: int = 0) -> list[str] | None:
    """Return the paragraphs of a body string that is JSON text (an editor's blocks, or a document holding them,
    once or twice encoded), or None for one that is not (prose that opens with a bracket or a quote)."""
    try:
        document = json_value(value)
    except (ValueError, RecursionError):
        return None
    if isinstance(document, str):  # encoded twice: a JSON string of the JSON text (a CMS that stores its document
        # as a string serialises it again); read as the text it holds. A JSON string of prose with an escape in it
        # ("\n\n", "\u2019": its text serialised once more) is that prose (it was read with its quotes and escapes);
        # one without is prose in quotes, as written
        if document.lstrip()[:1] in ("[", "{") and depth < 2:
            return _json_document(document, depth + 1)
        return _paragraphs(document) if "\\" in value and depth < 2 else None
    if isinstance(document, dict):  # Draft.js's {"blocks": [...]}, Contentful's {"content": [...]}
        return next((paragraphs for key in _BODY_KEYS if (paragraphs := _paragraphs(document.get(key)))), [])
    return _paragraphs(document) if isinstance(document, list) else None


def _block_text(block: dict[str, Any], depth: int = 0) -> str:
    """Return the text of a paragraph block: its text (HTML's words) or its spans' text, each as written (a span's
    space before its word is the space between two words)."""
    for key in _TEXT_KEYS:
        value = block.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(_html_paragraphs(value)) if _TAG.search(value) else value
        if isinstance(value, list) and depth < 4:
            spans = [_block_text(span, depth + 1) if isinstance(span, dict) else "" for span in value]
            if text := "".join(spans).strip():
                return text
    return ""


def _html_paragraphs(markup: str) -> list[str]:
    """Return the paragraphs of an HTML body: its block elements' text, else its whole text."""
    from lxml import html

    try:
        root = html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # lxml's parser errors on markup it cannot read at all  # noqa: BLE001
        return []
    blocks = [text for element in root.xpath(_HTML_BLOCKS) if (text := clean_text(element.text_content()))]
    if blocks:
        return blocks
    text = clean_text(root.text_content())
    return [text] if text else []


def _first_text(holders: list[dict[str, Any]], keys: tuple[str, ...]) -> str | None:
    """Return the first string of the keys in the nearest holder that has one."""
    for holder in holders:
        for key in keys:
            value = holder.get(key)
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None
