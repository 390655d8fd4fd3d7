"""trafilatura's extraction of an HTML page's article: its Document (text and metadata) and the blocks of
its text, read again with its layout tables as <div>s when a page laid out in a <table> gave none, with the
headings of a live blog's posts it dropped."""

from __future__ import annotations

import re
from typing import Any

from transforms.formats.amp_pages import AMP_COMPONENT, without_amp_furniture
from transforms.formats.article_bodies import json_ld_paragraphs, with_article_body
from transforms.formats.gallery_captions import gallery_captions
from transforms.formats.headline_kickers import headline_kicker
from transforms.formats.headline_lines import without_headline_lines
from transforms.formats.html_authors import page_bylines, plain_byline
from transforms.formats.html_blocks import clean_text, extracted_blocks, keep_blank_lines, split_preformatted
from transforms.formats.json_ld_context import with_schema_context
from transforms.formats.layout_tables import unwrap_layout_tables
from transforms.formats.link_rails import without_link_rails
from transforms.formats.list_items import unlinked_item_headings
from transforms.formats.next_data import APOLLO_STATE, NEXT_DATA, next_data_article, with_next_article
from transforms.formats.page_headlines import page_headline, page_headlines
from transforms.formats.page_order import in_page_order, posts_page_text
from transforms.formats.page_tags import page_tags
from transforms.formats.post_headings import post_headings, with_post_headings
from transforms.formats.read_once import meta_texts, read_once
from transforms.formats.relative_times import without_relative_times

# A page with no <table> is not parsed again (an index or error page without text, the common case).
_TABLE = re.compile(r"<table\b", re.IGNORECASE)
_ARTICLE_BODY = '"articleBody"'  # a page without text is read again only where its JSON-LD may hold its body


def article_extraction(tree: Any, page: str, date_params: dict[str, Any]) -> tuple[Any, list[str]]:
    """Return trafilatura's extraction of a page (a Document, or None) and the blocks of its text.

    Tables are left out (a data table's cells are no paragraphs). A page whose extraction has no text
    is read again from `page` (extraction prunes `tree`) with its layout tables as <div>s, when it has
    one (`unwrap_layout_tables`): an article in a table's cell was quarantined as no article text. A
    page with text is read once, its tables left out. Its title is the page's headline (`page_headline`): a live
    blog's own, or the <h1> the page shows, where trafilatura's is another; it, the description and the site name
    read once where the page escaped them twice or wrote a tag's text (`read_once`), and its meta tags' tags
    (`page_tags`). A list article's items keep their linked headings (`unlinked_item_headings`), a photo gallery its
    captions (`gallery_captions`). A live blog's posts keep their headings (`with_post_headings`: trafilatura kept
    the first post's only). A plain byline read as its authors, a lone date above its <h1> and the kicker right
    before it are no blocks (`without_headline_lines`), nor is a relative timestamp ("Updated 12 min ago":
    `relative_times`); a page of several <article>s keeps its order (`page_order`: extraction moved its first post
    ahead of what stood above it). A page without text whose JSON-LD article has an `articleBody` is read from it
    (`article_bodies`), a Next.js page without text from the article body of its `__NEXT_DATA__` or Apollo cache
    (`next_data`).
    """
    import trafilatura  # here: only workers that meet an HTML page pay for importing it

    headlines = page_headlines(tree)  # before extraction prunes the tree
    metas = meta_texts(tree)
    tags = page_tags(tree)
    headings = post_headings(tree)
    byline = plain_byline(tree)
    names = tuple(" ".join(name.split()) for name in page_bylines(tree).written)  # a byline of a name alone
    kicker = headline_kicker(tree)
    unlinked_item_headings(tree)  # a list article's items: no links to drop, as extraction drops a teaser's
    gallery_captions(tree)  # a photo gallery's captions: its story, no pictures' captions to drop
    without_link_rails(tree)  # "Related", "Most read": their links are dropped, their headings were kept
    if AMP_COMPONENT in page:
        without_amp_furniture(tree)  # an AMP page's <amp-ad>: its fallback's "Advertisement" was a paragraph
    page_text = posts_page_text(tree)  # a page of several <article>s: its order, which extraction may change
    document, blocks = _extraction(tree, date_params)
    if not blocks and _TABLE.search(page):
        relaid = trafilatura.load_html(page)
        if relaid is not None and unwrap_layout_tables(relaid):
            document, blocks = _extraction(relaid, date_params)
    if not blocks and _ARTICLE_BODY in page:  # a page rendered by its scripts: its JSON-LD's articleBody
        relaid = trafilatura.load_html(page)
        if relaid is not None and (paragraphs := json_ld_paragraphs(relaid)):
            with_article_body(relaid, paragraphs)
            document, blocks = _extraction(relaid, date_params)
    if not blocks and (NEXT_DATA in page or APOLLO_STATE in page):  # a Next.js (or Apollo) page saved before its
        # scripts ran: its data's article
        relaid = trafilatura.load_html(page)
        if relaid is not None and (article := next_data_article(relaid)) is not None:
            with_next_article(relaid, article)
            document, blocks = _extraction(relaid, date_params)
    blocks = without_headline_lines(with_post_headings(blocks, headings, headlines.live), headlines.h1, byline, kicker,
                                    names)
    blocks = in_page_order(without_relative_times(blocks), page_text)  # a live blog post's "Updated 12 min ago" out
    if document is not None:
        found = document.title and read_once(clean_text(document.title), headlines.written)
        document.title = page_headline(found, blocks, headlines)
        # Its description and site name, which trafilatura unescaped again too (`articles.site`, `metadata`)
        document.description = read_once(document.description, metas)
        document.sitename = read_once(document.sitename, metas)
        document.tags = tags or document.tags  # trafilatura's from the tag links of a page without meta tags
    return document, blocks


def _extraction(tree: Any, date_params: dict[str, Any]) -> tuple[Any, list[str]]:
    import trafilatura

    keep_blank_lines(tree)
    split_preformatted(tree)
    with_schema_context(tree)  # a NewsArticle without `@context` gave no author: trafilatura read none of it
    document: Any = trafilatura.bare_extraction(  # a Document (a dict only with as_dict=True)
        tree, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
        date_extraction_params=date_params,
    )
    blocks = extracted_blocks(document.body) if document is not None and document.body is not None else []
    return document, blocks
