"""An AMP page's furniture: its ad, analytics, share and consent components, whose fallback and placeholder text
("Advertisement", "Share on Twitter") extraction read as the article's."""

from __future__ import annotations

from typing import Any

# AMP's components that hold no article text (an <amp-img> or <amp-video> is a figure's, left to extraction)
_FURNITURE = (
    "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-analytics", "amp-pixel", "amp-social-share",
    "amp-consent", "amp-user-notification", "amp-sidebar", "amp-geo", "amp-call-tracking", "amp-subscriptions-dialog",
    "amp-story-auto-ads", "amp-next-page",
)
AMP_COMPONENT = "<amp-"  # a page without one is not walked


def without_amp_furniture(tree: Any) -> None:
    """Drop an AMP page's ad, analytics, share and consent components from its tree, the text inside them with them.

    >>> from lxml import html
    >>> tree = html.fromstring("<div><p>Rates rose.</p><amp-ad><div fallback>Advertisement</div></amp-ad></div>")
    >>> without_amp_furniture(tree); html.tostring(tree)
    b'<div><p>Rates rose.</p></div>'
    """
    for element in list(tree.iter(*_FURNITURE)):
        parent = element.getparent()
        if parent is None:
            continue
        tail = element.tail  # the text after it is its parent's, kept
        if tail:
            previous = element.getprevious()
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
        parent.remove(element)
