"""A page's JSON-LD scripts given schema.org's `@context` where they leave it out, as many CMSs do.

trafilatura reads a JSON-LD object only when its `@context` is schema.org's: a NewsArticle written
without one (`{"@type": "NewsArticle", "author": {"name": "Jane Doe"}}`, as many CMSs and templates emit
it) gave the page no author and no page type, where the same object with its `@context` gave both.
Browsers' and search engines' readers take schema.org's vocabulary for such a node; so does themelake.
"""

from __future__ import annotations

import json
from typing import Any

SCHEMA_ORG = "https://schema.org"


def with_schema_context(tree: Any) -> int:
    """Give each top-level object of a page's JSON-LD scripts (lxml tree, changed in place) that has a
    `@type` or an `@graph` but no `@context` schema.org's; return how many scripts were changed.

    >>> from lxml import html
    >>> page = html.fromstring('<html><head><script type="application/ld+json">'
    ...     '[{"@type": "NewsArticle"}, {"@context": "https://example.test/x", "@type": "Thing"}]'
    ...     '</script></head></html>')
    >>> with_schema_context(page), json.loads(next(page.iter("script")).text)[0]["@context"]
    (1, 'https://schema.org')
    >>> with_schema_context(page)  # each object has its context now
    0
    """
    changed = 0
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):  # not JSON: trafilatura reads what it can of it as it is
            continue
        objects = data if isinstance(data, list) else [data]
        missing = [node for node in objects if isinstance(node, dict) and "@context" not in node
                   and ("@type" in node or "@graph" in node)]
        for node in missing:
            node["@context"] = SCHEMA_ORG
        if missing:
            script.text = json.dumps(data, ensure_ascii=False)
            changed += 1
    return changed
