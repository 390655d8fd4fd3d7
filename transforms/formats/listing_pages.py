"""Index pages: a section's front, a tag's or a search's page, a list of teasers of other stories ("Latest",
then "Council sets budget" and its line, "Ferry cancelled" and its line, ...).

trafilatura extracts such a page's teasers as its text, and its <h1> ("Latest", "Politics") as its headline:
each page of a crawl's sections was an article of other stories' headlines. A teaser is an element around
one heading (<h2> to <h4>) that is a link, or holds one, with a few words beside it: an <article> or a <li>,
else the element the linked heading sits in; or a list's item led by a link to another page whose words are a
headline's (three or more), as a "Related articles" or "More from this section" page lists its stories without
headings (`<li><a href="...">Bus fares frozen</a><p>Its line.</p></li>`: such a page was an article of other
stories' headlines). A page is an index when it has three teasers or more and its
extracted text outside them is less than a short paragraph (`MAX_OWN_WORDS`); a story beside a list of
related stories (teasers too) has its own paragraphs, and is an article.

Not teasers of other stories, each of which had a real article dropped as an index page: a heading linked to a
place on its own page (`#entry-3`, `?entry=3`: a live blog's entries, an explainer's sections); a linked heading
inside the <article> that holds the page's <h1> (a list article's items, "5 things to know", each heading a link
to its topic); and a teaser headlined as the page is (its own story in a "Most read" box, its first paragraph
the teaser's line).
"""

from __future__ import annotations

from typing import Any

# A teaser is a headline and a line or two; an element of more words around a linked heading holds more
# than one story's teaser (an article's body with a linked subheading), and is none.
MAX_TEASER_WORDS = 80
MIN_TEASERS = 3
# Words of the extracted text outside the teasers under which a page is no article: its heading ("Latest",
# "Politics", "Search results for floods"), a line under it. A brief of its own is 30 words or more.
MAX_OWN_WORDS = 20
# A link to another page: not one to a place on this page ("#entry-3", "?entry=3").
_OTHER_PAGE = "a[@href and not(starts-with(normalize-space(@href), '#'))" \
              " and not(starts-with(normalize-space(@href), '?'))]"
_LINKED_HEADING = f"*[self::h2 or self::h3 or self::h4][ancestor::{_OTHER_PAGE} or descendant::{_OTHER_PAGE}]"
# A list's item holding one link to another page (and no list of its own): a teaser where its link's words are a
# headline's, not a menu's ("Home", "World news") nor a page's (a list article's items are its own: see above).
_LINKED_ITEM = f"li[count(.//{_OTHER_PAGE}) = 1][not(.//li)]"
_HEADLINE_WORDS = 3


def teaser_text(tree: Any) -> str:
    """Return the words of a parsed page's teasers (read before extraction prunes the tree), joined by single
    spaces; "" where the page has fewer than `MIN_TEASERS`.

    >>> import lxml.html
    >>> teasers = "".join(f'<article><a href="/{n}"><h3>Story {n}</h3></a><p>Its line.</p></article>' for n in "abc")
    >>> teaser_text(lxml.html.fromstring(f"<html><body><h1>Latest</h1>{teasers}</body></html>"))
    'Story a Its line. Story b Its line. Story c Its line.'
    >>> items = "".join(f'<li><a href="/{n}">Ferry {n} is cancelled</a></li>' for n in "abc")
    >>> teaser_text(lxml.html.fromstring(f"<html><body><h1>Related</h1><ul>{items}</ul></body></html>"))
    'Ferry a is cancelled Ferry b is cancelled Ferry c is cancelled'
    """
    containers: list[Any] = []
    words: list[list[str]] = []  # each teaser's
    own_headlines = {" ".join(h1.text_content().split()) for h1 in tree.iter("h1")}
    for heading in tree.xpath(f"//body//{_LINKED_HEADING}"):
        if " ".join(heading.text_content().split()) in own_headlines:
            continue  # the page's own story, teased in its "Most read" box
        container = _container(heading)
        if container is None or any(container is seen for seen in containers):
            continue
        if container.xpath("ancestor::article[.//h1]"):
            continue  # an item of the page's own article (a list article's), not another story's teaser
        if len(container.xpath(f".//{_LINKED_HEADING}")) > 1:
            continue  # around several linked headings: a list or an article's body, not one teaser
        if len(teaser := _words(container)) <= MAX_TEASER_WORDS:
            containers.append(container)
            words.append(teaser)
    for item in tree.xpath(f"//body//{_LINKED_ITEM}"):
        if any(item is seen for seen in containers) or item.xpath("ancestor::article[.//h1]"):
            continue
        link = item.xpath(f".//{_OTHER_PAGE}")[0]
        if len(link.text_content().split()) >= _HEADLINE_WORDS and len(teaser := _words(item)) <= MAX_TEASER_WORDS:
            containers.append(item)
            words.append(teaser)
    if len(containers) < MIN_TEASERS:
        return ""
    return " ".join(" ".join(teaser) for teaser in words)


def is_index_page(blocks: list[str], teasers: str) -> bool:
    """Return whether a page whose extracted blocks are `blocks` and whose teasers' words are `teasers`
    (`teaser_text`) is an index page: what it says outside its teasers is fewer than `MAX_OWN_WORDS` words.

    >>> is_index_page(["Latest", "Story a", "Its line.", "Story b"], "Story a Its line. Story b Its line.")
    True
    >>> is_index_page(["Latest", "Story a"], "")
    False
    """
    if not teasers:
        return False
    own = sum(len(block.split()) for block in blocks if " ".join(block.split()) not in teasers)
    return own < MAX_OWN_WORDS and own < sum(len(block.split()) for block in blocks)


def _container(heading: Any) -> Any:
    """Return a linked heading's teaser: its <article> or <li>, else the element around it (and its link)."""
    for ancestor in heading.iterancestors():
        if ancestor.tag in ("article", "li"):
            return ancestor
        if ancestor.tag in ("body", "main", "section"):
            break
    link = next((a for a in heading.iterancestors() if a.tag == "a"), None)
    outer = link if link is not None else heading
    parent = outer.getparent()
    return None if parent is None or parent.tag in ("body", "html") else parent


def _words(element: Any) -> list[str]:
    """Return an element's words, its blocks' texts apart ("Story a" and "Its line.", not "aIts")."""
    return " ".join(element.itertext()).split()
