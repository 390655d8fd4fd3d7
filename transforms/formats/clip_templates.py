"""What a clipping or a reading app's Markdown template writes around a page's text: MarkDownload's "> ## Excerpt"
heading under the title, Readwise's "## Metadata" list (Author, Full Title, Category, URL) and "## Highlights"
heading, and its "(View Highlight)" link after each highlight. Each was a paragraph of the article, labelled and
counted as its words; Readwise's author and address were in no field."""

from __future__ import annotations

import re
from dataclasses import replace

from transforms.formats.base import ArticleRecord

# MarkDownload's template: "# {title}\n\n> ## Excerpt\n> {excerpt}\n\n---": the heading is its label, the excerpt
# (the page's description) a standfirst, kept
_EXCERPT_HEADING = re.compile(r"^>[ \t]*#{1,6}[ \t]+Excerpt[ \t]*\n", re.MULTILINE)
# Readwise's export: its metadata list, known by the key only Readwise writes ("Full Title"), so that an article's
# own "## Metadata" section stays ("- Category: Housing")
_READWISE_METADATA = re.compile(r"^#{2,3}[ \t]+Metadata[ \t]*\n((?:[ \t]*[-*][ \t]+[^\n]*(?:\n|$))+)", re.MULTILINE)
_METADATA_ITEM = re.compile(r"^[ \t]*[-*][ \t]+([\w ]+?):[ \t]*(.*)$", re.MULTILINE)
_HIGHLIGHTS_HEADING = re.compile(r"^#{2,3}[ \t]+(?:Highlights|New highlights added[^\n]*)[ \t]*\n", re.MULTILINE)
# "([View Highlight](https://read.readwise.io/...))", "([Location 1234](https://readwise.io/to_kindle?...))"
_HIGHLIGHT_LINK = re.compile(r"[ \t]*\(\[(?:View Highlight|Location \d+)\]\([^()\s]*\)\)")


def without_clip_template(article: ArticleRecord) -> ArticleRecord:
    """Return a Markdown article without its clipping app's template lines, Readwise's author and page address read
    from its metadata list where no front matter gave them.

    >>> clip = "# Rates held\\n\\n## Metadata\\n- Author: [[Maya Chen]]\\n- Full Title: Rates held"
    >>> read = without_clip_template(ArticleRecord(clip + "\\n- URL: https://x.example/a\\n\\n## Highlights\\n- Rates "
    ...                                            "held. ([View Highlight](https://read.readwise.io/read/1))\\n"))
    >>> read.text, read.authors, read.url
    ('# Rates held\\n\\n- Rates held.\\n', ('Maya Chen',), 'https://x.example/a')
    >>> without_clip_template(ArticleRecord("# Data\\n\\n## Metadata\\n- Source: census\\n")).text
    '# Data\\n\\n## Metadata\\n- Source: census\\n'
    """
    text = article.text
    if "Excerpt" in text:
        text = _EXCERPT_HEADING.sub("", text)
    if "Metadata" not in text or (found := _READWISE_METADATA.search(text)) is None or "full title:" not in found[
            1].lower():
        return replace(article, text=text) if text != article.text else article
    from transforms.formats.record_authors import authors_of  # a byline's names: the few files that write one

    items = {key.strip().lower(): value.strip() for key, value in _METADATA_ITEM.findall(found[1])}
    text = _HIGHLIGHT_LINK.sub("", _HIGHLIGHTS_HEADING.sub("", text[: found.start()] + text[found.end():].lstrip("\n")))
    url = items.get("url", "")
    return replace(article, text=text, authors=article.authors or authors_of(items.get("author", "")),
                   url=article.url or (url if url.startswith(("http://", "https://")) else None))
