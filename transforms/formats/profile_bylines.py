"""A byline that is only a link to its author's profile page, under a page's headline: Substack's post header
(`<a href="https://substack.com/@janedoe">Jane Doe</a>`, no author meta tag, no byline class), Medium's and
Ghost's (`/@name`, `/author/jane-doe/`), WordPress's `/author/slug/`. trafilatura finds no author in it, and such
a page had none. Only a link between the <h1> and the article's first paragraph: profiles linked further down
are commenters' and people the story mentions.
"""

from __future__ import annotations

import re
from typing import Any

# A profile page's address: a handle (`/@janedoe`) or an author's page (`/author/jane-doe/`, `/people/jdoe`).
_PROFILE = re.compile(
    r"/@[\w.-]+/?(?:[?#].*)?$|/(?:author|authors|profile|profiles|people|writers?|contributors?|journalists?)"
    r"/[\w%.-]+/?(?:[?#].*)?$",
    re.IGNORECASE,
)
# A name as a profile link writes it: one to five words, no digit.
_NAME = re.compile(r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,4}")
# The article's first paragraph: a byline is above it.
_PARAGRAPH_WORDS = 15
# How many elements after the <h1> are read: a post header's subtitle, byline, date and buttons.
_AFTER_HEADLINE = 40


def profile_byline(tree: Any) -> str | None:
    """Return the names of the profile links between a page's first <h1> and its first paragraph, joined by
    "; " (a byline `authors_of` reads: "Smith, Jane" of two links would be one person); None where there is none.

    >>> from lxml import html
    >>> profile_byline(html.fromstring('<html><body><div><h1>Floods</h1><div><span><a href="https://substack.com'
    ...     '/@janedoe">Jane Doe</a></span></div></div><p>The river rose two metres overnight in the town, and the '
    ...     'council opened two of its halls.</p>'
    ...     '<p><a href="/@bob">Bob</a> commented.</p></body></html>'))
    'Jane Doe'
    """
    headline = next(tree.iter("h1"), None)
    if headline is None:
        return None
    names: list[str] = []
    for read, element in enumerate(headline.xpath("following::*")):
        if read >= _AFTER_HEADLINE:
            break
        if element.tag == "p" and len(element.text_content().split()) >= _PARAGRAPH_WORDS:
            break
        if element.tag == "a" and _PROFILE.search(element.get("href") or ""):
            name = " ".join(element.text_content().split())
            if _NAME.fullmatch(name) and name not in names:
                names.append(name)
    return "; ".join(names) or None
