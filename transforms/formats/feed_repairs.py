"""The small defects real feeds have, which make them no well-formed XML, repaired as feed readers do.

One stray byte made a whole feed `not_records`, every item lost, where a feed reader shows them all:

- text before the document: a blank line or a BOM before `<?xml ...?>` (a template's), or a PHP
  warning the server printed first (`<b>Warning</b>: ... in feed.php on line 12`);
- a bare `&` in a link or a title (`?a=1&b=2`, `Marks & Spencer`), which XML writes `&amp;`;
- a control character (a vertical tab pasted from a word processor), which XML 1.0 does not allow;
- a namespace prefix used and never declared (`<media:content>` without `xmlns:media`), which the
  parser refuses; such elements are left out of an item as every unknown element is.

`repair_feed` makes those repairs only, on the bytes, before the same parser reads them again: an entity
declaration is still refused (transforms.formats.feed_xml), and a document broken otherwise (a tag not
closed, a document cut off) is still `not_records`.
"""

from __future__ import annotations

import re

# A document starts with its XML declaration, or with its first element (RSS, RDF, Atom).
_START = re.compile(rb"<\?xml\s|<(?:rss|rdf:RDF|feed)[\s>]")
# An ampersand that starts no reference: a character's number, or a name (XML's five, HTML's, or any
# other, which the parser then names as undefined: left as it is).
_BARE_AMPERSAND = re.compile(rb"&(?!#[0-9]+;|#x[0-9A-Fa-f]+;|[A-Za-z_][\w.-]*;)")
_CDATA = re.compile(rb"(<!\[CDATA\[.*?\]\]>)", re.DOTALL)
# C0 controls XML 1.0 forbids (tab, line feed and carriage return are allowed), and DEL's neighbours kept.
_CONTROLS = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Prefixes of element and attribute names, and the prefixes a document declares.
_PREFIXED = re.compile(rb"<\/?([A-Za-z_][\w.-]*):[A-Za-z_]|\s([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\s*=")
_DECLARED = re.compile(rb"xmlns:([A-Za-z_][\w.-]*)\s*=")
_ROOT_TAG = re.compile(rb"<(?:rss|rdf:RDF|feed)(?=[\s>/])")
# A feed is found in its first bytes (feed_xml._HEAD); text before it longer than this is no feed's.
_HEAD = 4096
# Feeds in UTF-16 or UTF-32 are not byte-repaired (their ASCII is not one byte a character).
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")


def repair_feed(data: bytes) -> bytes | None:
    """Return a feed's bytes with the defects above repaired, or None when there is nothing to repair.

    >>> repair_feed(b'\\n<?xml version="1.0"?><rss><channel><link>/a?x=1&y=2</link></channel></rss>')
    b'<?xml version="1.0"?><rss><channel><link>/a?x=1&amp;y=2</link></channel></rss>'
    >>> repair_feed(b'<rss><channel><title>Fine</title></channel></rss>') is None
    True
    """
    if data.startswith(_WIDE_BOMS):
        return None
    repaired = _from_document_start(data)
    # Inside a CDATA section an ampersand is text already.
    parts = _CDATA.split(repaired)
    repaired = b"".join(part if i % 2 else _BARE_AMPERSAND.sub(b"&amp;", part) for i, part in enumerate(parts))
    repaired = _CONTROLS.sub(b"", repaired)
    repaired = _declare_prefixes(repaired)
    return None if repaired == data else repaired


def _from_document_start(data: bytes) -> bytes:
    """Return the bytes from the XML declaration, or the feed's first element, on: what comes before
    (white space, a BOM, a server's warning) is left out."""
    start = _START.search(data, 0, _HEAD)
    return data[start.start():] if start else data


def _declare_prefixes(data: bytes) -> bytes:
    """Return the bytes with each prefix used and not declared (`xml` and `xmlns` aside) declared on
    the document's first element, in a namespace of its own that no reader knows."""
    used = {prefix for match in _PREFIXED.finditer(data) for prefix in match.groups() if prefix}
    undeclared = sorted(used - set(_DECLARED.findall(data)) - {b"xml", b"xmlns", b"rdf"})
    root = _ROOT_TAG.search(data)
    if not undeclared or root is None:
        return data
    declarations = b"".join(b' xmlns:%s="urn:themelake:undeclared:%s"' % (p, p) for p in undeclared)
    return data[: root.end()] + declarations + data[root.end():]
