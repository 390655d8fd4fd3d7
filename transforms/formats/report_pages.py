"""themelake's own report pages, which are no articles: known by their `generator` meta tag or older builds' title.

`themelake run LAKE/reports` read each report page as an article: its theme names, counts and
evidence quotes became paragraphs labelled with themes. A page the report writes says who made it,
`<meta name="generator" content="themelake 0.1.0">`; a page of a build before that tag is known by
what every build of the report has written since its first: its `<title>` "themelake report: LAKE"
and its `<h1>` "themelake report" together (an article about themelake, headlined so, has no such pair
of its own: its `<title>` would be its headline, not the report's form with a lake's name).
"""

from __future__ import annotations

from typing import Any

GENERATOR = "themelake"  # the generator meta tag's first word on every report page
REPORT_HEADING = "themelake report"
_TITLE_START = REPORT_HEADING + ": "
_DETAIL = "a themelake report page (a lake's report of themes and counts), not an article"


def report_page_detail(tree: Any) -> str | None:
    """Return the quarantine detail of a page themelake's report wrote, else None (an lxml tree of the page).

    >>> import lxml.html
    >>> report_page_detail(lxml.html.fromstring(
    ...     '<html><head><meta name="Generator" content="themelake 0.1.0"></head><body><p>x</p></body></html>'))
    'a themelake report page (a lake\\'s report of themes and counts), not an article (generator "themelake 0.1.0")'
    >>> report_page_detail(lxml.html.fromstring('<html><head><meta name="generator" content="WordPress 6.5">'
    ...     '<title>themelake report: how one tool reads news</title></head><body><h1>Review</h1></body></html>'))
    """
    for meta in tree.iterfind(".//meta"):
        if (meta.get("name") or "").strip().lower() != "generator":
            continue
        content = " ".join((meta.get("content") or "").split())
        if content.split(" ", 1)[0].lower() == GENERATOR:
            return f'{_DETAIL} (generator "{content}")'
    title = tree.findtext(".//title")
    if title is None or not " ".join(title.split()).lower().startswith(_TITLE_START):
        return None
    if any(" ".join(h1.text_content().split()).lower() == REPORT_HEADING for h1 in tree.iterfind(".//h1")):
        return f"{_DETAIL} (an older build's, titled {' '.join(title.split())!r})"
    return None
