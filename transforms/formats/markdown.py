"""Markdown articles (.md, .markdown): their prose, parsed by markdown-it-py; a first heading is the headline.

Each block that holds prose (a paragraph, a heading, a list item, a quote's paragraph, a table's
row) is one paragraph of the article's text, with the markup taken out: a link is its text, `*a*`
and `**a**` are `a`, entities are their characters; a raw HTML block is read as HTML (a paragraph
per block element, transforms.formats.markup). What is not prose is left out: images, code blocks,
horizontal rules (`---`). Offsets index this text, as they index the text extracted from an HTML
page. Front matter is read as for text files.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from transforms.formats.base import ReadOptions, ReadResult, with_prose
from transforms.formats.clip_lines import clip_lines
from transforms.formats.clip_templates import without_clip_template
from transforms.formats.front_matter import article_with_front_matter, with_title_paragraph
from transforms.formats.markup import text_of_markup
from transforms.formats.post_buttons import without_button_blocks
from transforms.formats.txt import with_head_lines
from transforms.text import decode_article, normalize_text

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

# Inline tokens whose content is text of the paragraph; the others (emphasis and link markers,
# images, inline HTML) add nothing but what their children hold.
_TEXT = frozenset({"text", "code_inline"})
_BREAKS = frozenset({"softbreak", "hardbreak"})
_SKIPPED = frozenset({"image", "html_inline"})


# How deep blocks may nest (a list in a list item is two levels, a quote one). markdown-it's CommonMark
# preset stops at 20 and skips the rest of the text without a word: a list nested ten deep lost every
# paragraph after it. Its own default preset allows 100; deeper than that, the text is read as plain text
# (`_nested_too_deep`), never cut. 100 levels of markdown-it's recursion stay far from Python's limit.
_MAX_NESTING = 100
# Blocks that hold blocks: markdown-it parses their content with a nested call, which stops at the limit.
_CONTAINERS = frozenset({"blockquote_open", "bullet_list_open", "ordered_list_open", "list_item_open"})


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # here: only workers that meet a Markdown file import it

    return MarkdownIt("commonmark", {"maxNesting": _MAX_NESTING}).enable("table").enable("strikethrough")


def read_markdown(data: bytes, options: ReadOptions) -> ReadResult:
    """Return the one article of a Markdown file: its prose, one paragraph per block (FormatError(no_article_text)
    for a file without prose: nothing but front matter, code blocks, images or rules).

    >>> article = read_markdown(b"# Rain at last\\n\\nFarmers *cheered* the [rain](https://x.example).\\n\\n---\\n",
    ...                         ReadOptions()).articles[0]
    >>> article.title, article.text
    ('Rain at last', 'Rain at last\\n\\nFarmers cheered the rain.')
    """
    decoded = decode_article(data)
    # a clipping app's template lines out (MarkDownload's "> ## Excerpt", Readwise's "## Metadata": `clip_templates`)
    article = without_clip_template(article_with_front_matter(decoded.text))
    # a web clipper's "Clipped from Site on day" line and the reader's "## My notes" after the page (`clip_lines`): its
    # site and day where the front matter gives none, the notes kept beside the article, neither a paragraph
    source = article.metadata.get("source")
    clipped = article.url is not None or (isinstance(source, str) and source[:4] == "http")
    if (clip := clip_lines(article.text, clipped)).text != article.text:
        notes = {"notes": "\n\n".join(markdown_blocks(clip.notes)[0])} if clip.notes is not None else {}
        article = replace(article, text=clip.text, site=article.site or clip.site,
                          published_at=article.published_at or clip.day, metadata={**article.metadata, **notes})
    blocks, heading = markdown_blocks(article.text)
    blocks = without_button_blocks(blocks)  # a Substack export's "[Subscribe now](...)", "[Leave a comment](...)"
    title = article.title or heading
    # Its head's date and byline, as a text file's, once its markup is out ("*Published 5 March 2024*", "_12. März
    # 2024_" under its `# Title`): each was a paragraph, and the post undated
    read = with_head_lines(replace(article, text=normalize_text("\n\n".join(blocks)), title=title))
    # A front matter's title the prose does not open with (no heading repeats it) is its first paragraph, as a
    # records file's title is: a Hugo or Jekyll post's headline was in no paragraph
    return ReadResult([with_title_paragraph(with_prose(read, "Markdown file"))], encoding=decoded.encoding)


def markdown_blocks(text: str) -> tuple[list[str], str | None]:
    """Return the prose blocks of a Markdown text, and its headline: a heading that opens it.

    A text whose blocks nest deeper than markdown-it parses is its paragraphs between blank lines, as written.

    >>> deep = "".join("  " * i + "- item\\n" for i in range(60)) + "\\nThe end."
    >>> markdown_blocks(deep)[0][-1]
    'The end.'
    """
    tokens = _parser().parse(text)
    if _nested_too_deep(tokens):
        return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()], None
    blocks: list[str] = []
    heading: str | None = None
    row: list[str] | None = None
    for i, token in enumerate(tokens):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            if any(row):
                blocks.append(" | ".join(row))
            row = None
        elif token.type == "html_block":  # raw HTML (WordPress posts moved to Hugo keep their <p>s)
            blocks += [" ".join(p.split()) for p in text_of_markup(token.content).split("\n\n") if p.strip()]
        elif token.type == "inline":
            words = _inline_text(token.children or [])
            if row is not None:
                row.append(words)
            elif words:
                if not blocks and i > 0 and tokens[i - 1].type == "heading_open":
                    heading = words
                blocks.append(words)
    return blocks, heading


def _inline_text(children: list[Token]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in _TEXT:
            parts.append(child.content)
        elif child.type in _BREAKS:
            parts.append(" ")
    return " ".join("".join(parts).split())


def _nested_too_deep(tokens: list[Token]) -> bool:
    """Return whether markdown-it stopped at its nesting limit, leaving out the rest of the text: a block
    that holds blocks opened at the last level it parses."""
    return any(t.nesting == 1 and t.level >= _MAX_NESTING - 1 and t.type in _CONTAINERS for t in tokens)
