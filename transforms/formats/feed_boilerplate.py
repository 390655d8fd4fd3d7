"""An item's text without the parts of its HTML that are no prose: images' captions and platforms' widgets.

Feed content is a page's body as the CMS renders it, figures and widgets included. Their text was read
as paragraphs of the article and labelled with themes: a caption ("Cyclists on Main Street. Photo: John
Smith", Medium's "Photo by Pat on Unsplash", a chart's title), the bare address a WordPress embed
wraps, Substack's subscribe form and its Share and Subscribe buttons. `item_text` leaves those elements
out, found by their element (figcaption) or the classes the platforms give them, as <script> is.

Lines a platform adds as prose (WordPress's "The post ... appeared first on ...", Medium's "... was
originally published in ... on Medium", "Continue reading...") stay in the text: they are boilerplate
paragraphs (`transforms.paragraphs`), kept and never labelled, as every format's are.
"""

from __future__ import annotations

from transforms.formats.markup import text_of_markup


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
