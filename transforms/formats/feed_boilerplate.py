"""An item's text without the parts of its HTML that are no prose: images' captions and platforms' widgets.

Feed content is a page's body as the CMS renders it, figures and widgets included. Their text was read
as paragraphs of the article and labelled with themes: a caption ("Cyclists on Main Street. Photo: John
Smith", Medium's "Photo by Pat on Unsplash", a chart's title), the bare address a WordPress embed
wraps, Substack's subscribe form and its Share and Subscribe buttons. `item_text` leaves those elements
out, found by their element (figcaption) or the classes the platforms give them, as <script> is.

Lines a platform adds as prose (WordPress's "The post ... appeared first on ...", Medium's "... was
originally published in ... on Medium", "Continue reading...") stay in the text: they are boilerplate
paragraphs (`transforms.paragraphs`), kept and never labelled, as every format's are. An item whose text
is nothing else (a teaser that is only its link, "Read more") has no article text (`is_link_only`), nor
has one whose text is its title and its source's name alone, as Google News's items are (a link to the
story, titled as the item, and the name of the site it is on: "Budget approved  The Courier"), or its title
alone (a headline-sized title: a microblog's item titled with its whole post is that post).
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping, Sequence

from transforms.formats.markup import text_of_field, text_of_markup
from transforms.formats.site_names import letters
from transforms.paragraphs import is_boilerplate

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A headline's words at most (as a text file's first line is read as one): an item whose text is its title and
# longer, a microblog's post repeated as its title, is that post.
_HEADLINE_WORDS = 25


def _has_class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


# Captions (HTML's figcaption; WordPress's classic editor's and Blogger's caption classes), a WordPress
# embed's wrapper (the embedded page's bare address), Substack's subscribe box and buttons.
_LEFT_OUT = "|".join(
    [".//figcaption"]
    + [f".//*[{_has_class(name)}]" for name in (
        "wp-caption-text", "tr-caption", "wp-block-embed__wrapper",
        "subscription-widget-wrap-editor", "subscription-widget-wrap", "button-wrapper",
    )]
)


def item_text(markup: str) -> str:
    """Return the text of a feed item's HTML without its captions and widgets.

    >>> item_text('<p>Rain.</p><figure><img src="a.jpg"/><figcaption>Photo: AP</figcaption></figure>')
    'Rain.'
    """
    return text_of_markup(markup, leave_out=_LEFT_OUT)


def is_link_only(text: str) -> bool:
    """Return whether an item's text is boilerplate paragraphs alone (`paragraphs.is_boilerplate`), as a
    teaser that is only a link to its page is ("Read more", "Continue reading…", "[Read more]"): no article
    text, as an item without any is none. Such an item was an article of one boilerplate paragraph.

    >>> is_link_only("Continue reading…"), is_link_only("[Read more]"), is_link_only("Rain.\\n\\nRead more")
    (True, True, False)
    """
    # An ellipsis character and brackets around the link, as WordPress and others write it.
    paragraphs = [p.replace("\u2026", "...").strip().strip("[]") for p in _PARAGRAPH_BREAK.split(text)]
    paragraphs = [p for p in paragraphs if p.strip()]
    return bool(paragraphs) and all(is_boilerplate(p) for p in paragraphs)


def is_title_and_source(text: str, title: object, site: object) -> bool:
    """Return whether an item's text is its title and then its source's name, nothing more, as a Google News
    item's description is (its title linked, and the site's name): no article text. It was an article whose one
    body paragraph was its headline and the site's name, labelled with the headline's themes.

    >>> is_title_and_source("Budget approved\u00a0\u00a0The Courier", "Budget approved - The Courier", "The Courier")
    True
    >>> is_title_and_source("Budget approved", "Budget approved - The Courier", "The Courier")  # the link alone
    True
    >>> is_title_and_source("Budget approved by 30 votes. The Courier", "Budget approved", "The Courier")
    False
    >>> is_title_and_source("Budget approved.", "Budget Approved", None)  # its title alone, repeated
    True
    >>> is_title_and_source("Budget approved by 30 votes", "Budget approved", None)
    False
    """
    if not isinstance(title, str) or not letters(title):
        return False
    written, headline = letters(text), letters(title)
    if written == headline:  # its title alone: a headline, no article (not a post of more words titled with itself)
        return len(title.split()) <= _HEADLINE_WORDS
    if not isinstance(site, str) or not letters(site):
        return False
    name = letters(site)
    if headline.endswith(name):  # "Budget approved - The Courier", as Google News titles its items
        return written in {headline, headline.removesuffix(name)}
    return written == headline + name


def first_text(*texts: str | None) -> str:
    """Return the first of an item's texts (content, description, ...) that is an article's, else the first
    it has: a content that is only a link to its page gives way to a description that is more.

    >>> first_text(None, "Continue reading...", "Rain at last."), first_text("Read more", None), first_text()
    ('Rain at last.', 'Read more', '')
    """
    given = [text for text in texts if text]
    return next((text for text in given if not is_link_only(text)), given[0] if given else "")


def without_link_only_texts(records: Sequence[tuple[int, object]]) -> dict[int, str]:
    """Empty the `text` of the item records (numbered) whose text is only a link to their page
    (`is_link_only`), so that they are no_text records as an item without text is; return those texts
    by record number, for the bad records' details (`no_text_detail`)."""
    links: dict[int, str] = {}
    for number, record in records:
        if not isinstance(record, MutableMapping):
            continue
        text = str(record.get("text") or "")
        if is_link_only(text) or is_title_and_source(text, record.get("title"), record.get("site")):
            links[number] = text
            record["text"] = ""
    return links


def no_text_detail(none: str, link: str | None) -> str:
    """Return why an item has no text: `none` (nothing at all), or only the `link` to its page it holds."""
    if link is None:
        return none
    return f"an item whose only text is {text_of_field(link)!r}, a link to its page or boilerplate, no article"
