"""The headings of a live blog's posts that trafilatura's extraction drops, put back before their posts' text.

trafilatura takes a page's first <article> (or first `post` box) as its article; where that is too short, as
one post of a live blog is, it recovers the paragraphs of the rest of the page, but not their headings (it
recovers no heading, by design: see its `recover_wild_text`). The first post kept its <h2>, and each later
post's ("First result due", "Turnout down") was lost, its text left under the first's heading.

A heading is put back only where extraction kept, right before its own first paragraph, another heading of
the same level: the layout's headings are then part of the article by trafilatura's own reading (a heading it
left out for its links, as a post's permalink, is left out of every post alike).
"""

from __future__ import annotations

from typing import Any, NamedTuple

from transforms.formats.html_blocks import clean_text
from transforms.text import SOFT_HYPHEN

_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


class PostHeading(NamedTuple):
    """A heading of a page and the paragraph that follows it (its post's first)."""

    level: str  # "h2"
    text: str
    paragraph: str


def post_headings(tree: Any) -> list[PostHeading]:
    """Return each <h2>-<h6> of a page's (lxml) tree with the text of the first <p> after it (before
    extraction, which prunes the tree); a heading with another heading before that <p> has none, and one that
    is all a link (a teaser's, which extraction drops for its links) is none.

    >>> from lxml import html
    >>> post_headings(html.fromstring('<div><h2>Polls close</h2><time>22:05</time><p>Counting  began.</p>'
    ...     '<h2>Empty</h2><h3>Results</h3><p>None yet.</p><h2><a>More news</a></h2><p>x</p></div>'))
    [PostHeading(level='h2', text='Polls close', paragraph='Counting began.'), \
PostHeading(level='h3', text='Results', paragraph='None yet.')]
    """
    found: list[PostHeading] = []
    heading: Any = None
    for element in tree.iter(*_HEADINGS, "p"):
        if element.tag != "p":
            heading = element
            continue
        paragraph = _text(element)
        if heading is not None and paragraph:
            text = _text(heading)
            linked = "".join(_text(link) for link in heading.iter("a")).replace(" ", "")
            if text and linked != text.replace(" ", ""):
                found.append(PostHeading(heading.tag, text, paragraph))
            heading = None
    return found


def with_post_headings(blocks: list[str], headings: list[PostHeading], live_blog: bool = False) -> list[str]:
    """Return the extracted blocks with each post's heading that extraction dropped before its first paragraph,
    where it kept another heading of that level so (module docstring), or on a live blog (its JSON-LD a
    `LiveBlogPosting`), where every post's heading is its own: extraction kept none of "Trains cancelled",
    "Power being restored", and the posts ran together.

    >>> posts = [PostHeading("h2", "Polls close", "Counting began."), PostHeading("h2", "Turnout down", "Low.")]
    >>> with_post_headings(["Polls close", "Counting began.", "Low."], posts)
    ['Polls close', 'Counting began.', 'Turnout down', 'Low.']
    >>> with_post_headings(["Counting began.", "Low."], posts)
    ['Counting began.', 'Low.']
    >>> with_post_headings(["Counting began.", "Low."], posts, live_blog=True)
    ['Polls close', 'Counting began.', 'Turnout down', 'Low.']
    """
    texts = [clean_text(block).replace(SOFT_HYPHEN, "") for block in blocks]
    kept_levels = {heading.level for heading in headings} if live_blog else {
        heading.level for heading in headings
        if any(texts[i] == heading.text and texts[i + 1] == heading.paragraph for i in range(len(texts) - 1))
    }
    restored = list(blocks)
    for heading in headings:
        if heading.level not in kept_levels or heading.text in texts or heading.paragraph not in texts:
            continue
        at = texts.index(heading.paragraph)
        restored.insert(at, heading.text)
        texts.insert(at, heading.text)
    return restored


def _text(element: Any) -> str:
    """Return an element's text as extraction's blocks have it: white space one space, no soft hyphens."""
    return clean_text(element.text_content()).replace(SOFT_HYPHEN, "")
