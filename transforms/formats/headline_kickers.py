"""The kicker above a page's headline: the label a news page sets just before its <h1> ("Politics", "Israel-Gaza
war", "Live", "Analysis"), a section's link or a story's rubric, which trafilatura keeps as a block of the article.

It was a body paragraph (its words labelled as a theme's evidence), before the headline or, where extraction moved
the <h1> (a live blog's), after the first post.
"""

from __future__ import annotations

from typing import Any

from transforms.formats.author_dates import is_date
from transforms.formats.html_blocks import clean_text

# A kicker is a label: a few words without a sentence's end ("Israel-Hamas war", "Cost of living crisis").
_KICKER_WORDS = 6
_SENTENCE_ENDS = (".", "!", "?", "…", '"', "”")
# How far up from the <h1> its kicker is looked for: the <h1> itself, the headline's box, the box around that
_LEVELS = 3


def headline_kicker(tree: Any) -> str | None:
    """Return the text of the element just before a page's one <h1> (or before the box it is first in), where it reads
    as a kicker: a few words, no sentence and no date; else None.

    >>> from lxml import html
    >>> headline_kicker(html.fromstring('<div><span class="label"><a>Pune</a></span><h1>Rs 500 crore boost</h1></div>'))
    'Pune'
    >>> headline_kicker(html.fromstring('<div><div><a>World</a></div><div><h1>Floods</h1><p>By Jo Lee</p></div></div>'))
    'World'
    >>> [headline_kicker(html.fromstring(f'<div><p>{text}</p><h1>Floods</h1></div>'))
    ...  for text in ("Rain fell all night.", "Monday 3 March 2025", "Home News Sport Weather Culture Travel Money")]
    [None, None, None]
    """
    h1s = list(tree.iter("h1"))
    if len(h1s) != 1:
        return None
    element = h1s[0]
    for _ in range(_LEVELS):
        before = element.getprevious()
        while before is not None and (not isinstance(before.tag, str) or not clean_text(before.text_content())):
            before = before.getprevious()  # a comment, an empty <div>, an image
        if before is not None:
            text = clean_text(before.text_content())
            if len(text.split()) > _KICKER_WORDS or text.endswith(_SENTENCE_ENDS) or is_date(text):
                return None
            return text
        element = element.getparent()
        if element is None:
            return None
    return None
