"""An item's text as its publisher wrote it, without what its feed software added around it.

Feed content is a page's body as the CMS renders it, and every publishing platform adds its own lines:
WordPress's "The post X appeared first on Y.", Medium's "X was originally published in Y on Medium,
where people are continuing the conversation...", Substack's subscribe box and Share buttons, the
Guardian's "Continue reading...", Slashdot's "Read more of this story at Slashdot.". Those lines, and
images' captions ("Photo by Pat on Unsplash", a chart's title), were read as paragraphs of the
article: labeled with themes, and an item whose description was only "Read more" was an article.

`item_text` leaves them out: captions and widgets by their elements and classes, the added lines by
their wording, matched on a whole paragraph only, so an article that says "read more" keeps it.
"""

from __future__ import annotations

import re

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
_ADDED_LINES = re.compile(
    "|".join([
        r"The post .+ appeared first on .+",  # WordPress (Yoast SEO's RSS footer)
        r".+ was originally published in .+ on Medium, where people are continuing the conversation .+",
        r"Thanks for reading .+! Subscribe for free to receive new posts and support my work\.",  # Substack
        r"(?:Continue reading|Read more|Read the full (?:story|article)|Keep reading)"
        r"(?: of this (?:story|post|article))?(?: (?:at|on) .{1,60}?)?\s*(?:\.\.\.|…|»|›|→|>>)?\.?",
        r"\[(?:…|\.\.\.|&hellip;)\]",  # an excerpt's "[…]" on its own
    ]),
    re.IGNORECASE,
)


def item_text(markup: str) -> str:
    """Return the text of a feed item's HTML without captions, widgets and the lines its platform added.

    >>> item_text('<p>Rain.</p><figure><img src="a.jpg"/><figcaption>Photo: AP</figcaption></figure>'
    ...           '<p>The post <a href="/x">Rain</a> appeared first on <a href="/">Daily</a>.</p>')
    'Rain.'
    >>> item_text('<p>Why you should read more.</p><p><a href="/x">Continue reading...</a></p>')
    'Why you should read more.'
    """
    text = text_of_markup(markup, leave_out=_LEFT_OUT)
    return "\n\n".join(p for p in text.split("\n\n") if not _ADDED_LINES.fullmatch(p.strip()))
