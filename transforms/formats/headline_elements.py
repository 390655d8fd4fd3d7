"""Where a page's byline or dateline is looked for: the short elements between its headline (its first <h1> outside
the parts around its article) and its article's text, and those above the headline in its own box, never another
story's teaser (a link, another <article>, after a subheading), a sidebar or the masthead (`side_dates`)."""

from __future__ import annotations

import re
from typing import Any

from transforms.formats.side_dates import side_parts

# A byline is short: the words of the elements above a headline in its box, or of one element read for a date
MAX_WORDS = 30
# The byline comes before the article's text: the search ends at its second paragraph of this many words,
# or at a subheading (a teaser's, or the article's own, past its byline).
_BODY_WORDS = 25
_BODY_PARAGRAPHS = 2
_ENDS = frozenset({"h2", "h3", "h4", "h5", "h6"})
# Parts of the page that hold no dateline of the article: a link (a teaser's), a caption, a form.
_NOT_DATELINE = frozenset({"a", "figure", "figcaption", "form", "button", "script", "style", "noscript"})
# An element above the headline's box that names itself the publication's date (`near_headline`)
_PUBLISHED_CUE = re.compile(r"publish|pubdate|posted", re.IGNORECASE)


def near_headline(tree: Any) -> tuple[list[Any], set[Any]]:
    """Return the elements of a page between its headline and its article's text (`_BODY_PARAGRAPHS`), and
    those before the headline in a short box of its own (a dateline above it in its <header>), in the page's
    order, and the set of those before it; none without a headline."""
    # The elements themselves, not their id()s: lxml makes a node's Python object anew once none refers to it.
    outside = {element for part in side_parts(tree) for element in part.iter()}
    headline = next((h1 for h1 in tree.iter("h1") if h1 not in outside), None)
    if headline is None:
        return [], set()
    box = headline.getparent()
    above = list(headline.itersiblings(preceding=True))
    short = sum(len(sibling.text_content().split()) for sibling in above) <= MAX_WORDS
    # Outside the headline's box, only an element that names itself the publication's date (Tuổi Trẻ's
    # `<div data-role="publishdate">` above the <h1>: the page was undated), never a masthead's today
    boxed = box is not None and box.tag not in {"body", "html"} and short
    before = [element for sibling in reversed(above) for element in sibling.iter() if boxed or (
        isinstance(element.tag, str) and _PUBLISHED_CUE.search(cues(element)))]
    following = list(_following(headline))
    # The headline's <article>: the one it is in, else the first after it (its <header> above the article).
    own = next(headline.iterancestors("article"), None)
    own = own if own is not None else next((e for e in following if e.tag == "article"), None)
    elements, paragraphs = [], 0
    for element in (*before, *following):
        if not isinstance(element.tag, str) or element in outside:
            continue
        if element.tag in _ENDS:
            break
        if in_other_part(element, own):
            continue
        elements.append(element)
        if element.tag == "p" and len(element.text_content().split()) >= _BODY_WORDS:
            paragraphs += 1
            if paragraphs >= _BODY_PARAGRAPHS:
                break
    return elements, set(before)


def _following(headline: Any) -> Any:
    """Yield the elements after the headline in the page's order (not those inside it)."""
    node = headline
    while node is not None:
        for sibling in node.itersiblings():
            yield sibling
            yield from sibling.iterdescendants()
        node = node.getparent()


def in_other_part(element: Any, own: Any) -> bool:
    """Return whether an element is inside a link, a caption or a form, or inside an <article> that is not the
    headline's (`own`: a teaser's)."""
    for node in (element, *element.iterancestors()):
        if node.tag in _NOT_DATELINE or node.tag == "article" and node is not own:
            return True
    return False


def cues(element: Any) -> str:
    """Return what an element's class, id, itemprop and data-role name it, and "time" for a <time>."""
    return " ".join(element.get(name) or "" for name in ("class", "id", "itemprop", "data-role")) + (
        " time" if element.tag == "time" else ""
    )
