"""A page's headline element: its first <h1>, else, on a page with no heading (an Outlook or Word newsletter's HTML,
its headline a paragraph in bold: `<p class="MsoNormal"><b>Nurses strike</b></p>`), its first paragraph that is bold
whole. The byline under it is read as it is under an <h1> (`html_authors.plain_byline`)."""

from __future__ import annotations

from typing import Any

_BOLD = ("b", "strong")
_HEADLINE_CHARACTERS = 150  # a headline's length at most: a bold paragraph longer is a lead or a notice


def page_headline(tree: Any) -> Any | None:
    """Return a page's first <h1>, else its first paragraph when that is bold whole and a headline's length, else None.

    >>> from lxml import html
    >>> page_headline(html.fromstring("<html><body><p><b>Floods</b></p><p>By Jane Smith</p></body></html>")).tag
    'p'
    >>> page_headline(html.fromstring("<html><body><p>Rain <b>fell</b>.</p><p><b>Floods</b></p></body></html>"))
    """
    if (headline := next(tree.iter("h1"), None)) is not None:
        return headline
    # only the first paragraph with words: a bold one further down is a section's lead-in ("Also today"). A heading
    # over it is the newsletter's name or section ("<h2>Morning Briefing</h2>", then the bold headline): a heading
    # under it or in its place makes the page's headline one of its headings, no bold paragraph
    for element in tree.iter("p", "h2", "h3"):
        text = " ".join(element.text_content().split())
        if not text or element.tag != "p":
            continue
        if next(element.itersiblings("h2", "h3"), None) is not None:
            return None  # a heading after it, as the page's sections stand: the bold paragraph a section's lead-in
        bold = [child for child in element if child.tag in _BOLD]
        whole = len(bold) == 1 and " ".join(bold[0].text_content().split()) == text
        return element if whole and len(text) <= _HEADLINE_CHARACTERS else None
    return None
