"""A page's JSON-LD scripts given schema.org's `@context` where they leave it out, as many CMSs do.

trafilatura reads a JSON-LD object only when its `@context` is schema.org's: a NewsArticle written
without one (`{"@type": "NewsArticle", "author": {"name": "Jane Doe"}}`, as many CMSs and templates emit
it) gave the page no author and no page type, where the same object with its `@context` gave both.
Browsers' and search engines' readers take schema.org's vocabulary for such a node; so does themelake.
A `@context` that names schema.org otherwise than as a text (`{"@vocab": "https://schema.org/"}`, or
`["https://schema.org", {"@language": "en"}]`, as JSON-LD allows) was passed over the same way; it is
given as schema.org's text.
"""

from __future__ import annotations

import json
import re
from typing import Any

SCHEMA_ORG = "https://schema.org"
_SCHEMA_ORG = re.compile(r"^https?://schema\.org/?$", re.IGNORECASE)  # as a `@context` or its `@vocab` names it


def with_schema_context(tree: Any) -> int:
    """Give each top-level object of a page's JSON-LD scripts (lxml tree, changed in place) that has a
    `@type` or an `@graph` but no `@context`, or a `@context` naming schema.org in an object or a list,
    schema.org's as a text; return how many scripts were changed.

    >>> from lxml import html
    >>> page = html.fromstring('<html><head><script type="application/ld+json">'
    ...     '[{"@type": "NewsArticle"}, {"@context": "https://example.test/x", "@type": "Thing"}]'
    ...     '</script></head></html>')
    >>> with_schema_context(page), json.loads(next(page.iter("script")).text)[0]["@context"]
    (1, 'https://schema.org')
    >>> with_schema_context(page)  # each object has its context now
    0
    >>> page = html.fromstring('<html><head><script type="application/ld+json">'
    ...     '{"@context": {"@vocab": "https://schema.org/"}, "@type": "NewsArticle"}</script></head></html>')
    >>> with_schema_context(page), json.loads(next(page.iter("script")).text)["@context"]
    (1, 'https://schema.org')
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
        missing = [node for node in objects if isinstance(node, dict) and ("@type" in node or "@graph" in node)
                   and ("@context" not in node or _names_schema_org(node["@context"]))]
        for node in missing:
            node["@context"] = SCHEMA_ORG
        if missing:
            script.text = json.dumps(data, ensure_ascii=False)
            changed += 1
    return changed


def _names_schema_org(context: object) -> bool:
    """Return whether a `@context` that is no text names schema.org: its `@vocab`, or a text of its list.

    >>> _names_schema_org({"@vocab": "http://schema.org/"}), _names_schema_org(["https://schema.org", {}])
    (True, True)
    >>> _names_schema_org("https://schema.org"), _names_schema_org({"@vocab": "https://example.test/"})
    (False, False)
    """
    if isinstance(context, dict):
        return isinstance(vocab := context.get("@vocab"), str) and bool(_SCHEMA_ORG.match(vocab.strip()))
    if isinstance(context, list):
        return any(_names_schema_org(inner) or (isinstance(inner, str) and bool(_SCHEMA_ORG.match(inner.strip())))
                   for inner in context)
    return False
