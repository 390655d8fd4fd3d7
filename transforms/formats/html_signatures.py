"""A writer's name signed under an article's last paragraph, as Vietnamese sites (VnExpress, Tuổi Trẻ, Dân trí) and
some others sign their stories: a right-aligned paragraph of a name alone, "<p style="text-align:right;"><strong>Minh
Sơn</strong></p>", or one whose class says it is the author's ("author_mail"). The page named no author (it has no
byline markup), and the name was the article's last paragraph."""

from __future__ import annotations

import re
from typing import Any

from transforms.formats.byline_outlets import is_outlet
from transforms.formats.html_blocks import clean_text

_RIGHT = re.compile(r"text-align\s*:\s*right", re.IGNORECASE)
_AUTHOR_CLASS = re.compile(r"author", re.IGNORECASE)
_NAME_WORDS = (2, 5)  # "Minh Sơn", "Nguyễn Thị Minh Anh"; one word is an initial's or a site's signature
# A source's or a photo's credit signed as a name is ("Theo Reuters", according to Reuters, as VnExpress credits a
# story it translates; "Getty Images"), or a link's words ("Read More"): no writer (an agency's name is none either)
_CREDIT_WORDS = frozenset("images photo photos ảnh nguồn source read more xem".split())


def signed_name(tree: Any) -> str | None:
    """Return the name an article signs under its last paragraph (the module's docstring says how), else None.

    >>> from lxml import html
    >>> signed_name(html.fromstring('<html><body><article><p>Giá vàng tăng mạnh sáng nay.</p>'
    ...     '<p style="text-align:right;"><strong>Minh Sơn</strong></p></article></body></html>'))
    'Minh Sơn'
    >>> signed_name(html.fromstring('<html><body><article><p>Rates rose.</p>'
    ...     '<p style="text-align:right;">Read more below</p></article></body></html>')) is None
    True
    >>> signed_name(html.fromstring('<html><body><article><p>Giá vàng tăng mạnh.</p>'
    ...     '<p style="text-align:right;"><strong>Theo Reuters</strong></p></article></body></html>')) is None
    True
    """
    paragraphs = [p for p in tree.iter("p") if clean_text(p.text_content())]
    if len(paragraphs) < 2:
        return None
    last = paragraphs[-1]
    if not (_RIGHT.search(last.get("style") or "") or _AUTHOR_CLASS.search(last.get("class") or "")):
        return None
    name = clean_text(last.text_content())
    words = name.split()
    if not _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1] or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    if any(word.lower() in _CREDIT_WORDS or is_outlet(word) for word in words):
        return None
    return name
