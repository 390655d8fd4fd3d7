"""A byline that is only a link to its author's profile page, under a page's headline: Substack's post header
(`<a href="https://substack.com/@janedoe">Jane Doe</a>`, no author meta tag, no byline class), Medium's and
Ghost's (`/@name`, `/author/jane-doe/`), WordPress's `/author/slug/`. trafilatura finds no author in it, and such
a page had none. Only a link between the <h1> and the article's first paragraph: profiles linked further down
are commenters' and people the story mentions.

Nor a profile link under the headline that names someone else: a photographer's credit in a <figure>, an <aside>'s
"More from our columnist", a row of topic tags or share buttons ("Follow us" to the newsroom's Mastodon), and one
words lead into ("Photograph: Sam Ray", "An interview with Ann Lee"), where a byline has "By" at most. Each was read
as the author.
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
# Elements whose links are no byline: a picture's credit, an aside, navigation.
_NOT_BYLINE_TAGS = frozenset({"figure", "figcaption", "aside", "nav", "footer"})
# Words of an element's class or id that name a box of links other than a byline's (`post-tags`, `share-bar`).
_NOT_BYLINE_BOXES = frozenset({
    "share", "sharing", "social", "follow", "tag", "tags", "topic", "topics", "caption", "credit", "credits",
    "related", "newsletter",
})
# Words a byline may set before its names' links ("By Jane Doe and Tom Roe", "Words by ...").
_BYLINE_WORDS = frozenset({"by", "and", "&", "words", "written"})
_INLINE = frozenset({"a", "span", "strong", "b", "em", "i", "small"})
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
    page = set(headline.iterancestors())  # the elements around the headline too: a WordPress <article>'s "tag-..."
    for read, element in enumerate(headline.xpath("following::*")):
        if read >= _AFTER_HEADLINE:
            break
        if element.tag == "p" and len(element.text_content().split()) >= _PARAGRAPH_WORDS:
            break
        if element.tag == "a" and _PROFILE.search(element.get("href") or "") and _may_be_byline(element, page):
            name = " ".join(element.text_content().split())
            if _NAME.fullmatch(name) and name not in names:
                names.append(name)
    return "; ".join(names) or None


def _may_be_byline(link: Any, page: set[Any]) -> bool:
    """Return whether a profile link may be a byline's: in no credit, aside, tag row or share bar, and led into by
    no words but a byline's ("By", "and", other profile links' names). `page`: the elements around the headline,
    whose classes are the page's, not a box's.

    >>> from lxml import html
    >>> links = html.fromstring('<div><p>By <a href="/author/a">A Lee</a> and <a href="/author/b">B Roe</a></p><p>'
    ...     'Photograph: <a href="/profile/c">C Ray</a></p><ul class="post-tags"><li><a href="/people/d">D Fox</a>'
    ...     '</li></ul></div>').iter("a")
    >>> [_may_be_byline(link, set()) for link in links]
    [True, True, False, False]
    """
    for ancestor in link.iterancestors():
        if ancestor in page:
            break
        boxes = f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}".lower()
        if ancestor.tag in _NOT_BYLINE_TAGS or _NOT_BYLINE_BOXES.intersection(re.split(r"[\W_]+", boxes)):
            return False
    block = next((a for a in link.iterancestors() if a.tag not in _INLINE), None)
    if block is None:
        return True
    before: list[str] = []
    for text in block.xpath(".//text()"):
        holder = text.getparent()
        if holder is link or link in holder.iterancestors():
            break
        in_link = next((a for a in [holder, *holder.iterancestors()] if a.tag == "a"), None)
        if in_link is not None and _PROFILE.search(in_link.get("href") or ""):
            continue  # an earlier author's name
        before.append(str(text))
    words = re.findall(r"[^\W_]+|&", " ".join(before).lower())
    return all(word in _BYLINE_WORDS for word in words)
