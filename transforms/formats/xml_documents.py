"""The XML documents an `.xml` file may be other than a feed, and the reader of each.

An `.xml` file is read as a feed (`feed.py`) unless its document element is one of these: trafilatura's XML output
(`extracted_docs.py`) or TEI output (`tei.py`), a NITF story (`nitf.py`), NewsML-G2 items (`newsml.py`) or NewsML
1.x ones (`newsml1.py`), as news tools and wires write them. Each was `not_records` ("XML, but not an RSS or Atom
feed").
"""

from __future__ import annotations

from collections.abc import Callable
from xml.etree.ElementTree import Element

from transforms.formats.base import ReadOptions, ReadResult
from transforms.formats.extracted_docs import is_extracted_doc, read_extracted_doc
from transforms.formats.feed_xml import first_element
from transforms.formats.newsml import is_newsml, read_newsml
from transforms.formats.newsml1 import is_newsml1, read_newsml1
from transforms.formats.nitf import is_nitf, read_nitf
from transforms.formats.tei import is_tei, read_tei

DocumentReader = Callable[[Element, ReadOptions], ReadResult]
_READERS: tuple[tuple[Callable[[Element], bool], DocumentReader], ...] = (
    (is_extracted_doc, read_extracted_doc),
    (is_tei, read_tei),
    (is_nitf, read_nitf),
    (is_newsml, read_newsml),
    (is_newsml1, read_newsml1),
)


def document_reader(root: Element) -> DocumentReader | None:
    """Return the reader of an XML document that is no feed but articles, or None (a feed, or no news at all).

    >>> from xml.etree.ElementTree import fromstring
    >>> document_reader(fromstring('<nitf><body/></nitf>')).__name__, document_reader(fromstring('<rss/>'))
    ('read_nitf', None)
    """
    return next((reader for is_kind, reader in _READERS if is_kind(root)), None)


# What a broken file is, where its first element or its name's extension says so: a wire's NITF story or NewsML file
# read as a feed is (`SUFFIXES`), whose quarantine detail was "not a feed: not well-formed XML (...)".
_BY_ELEMENT = {"nitf": "NITF story", "newsItem": "NewsML file", "newsMessage": "NewsML file", "NewsML": "NewsML file",
               "TEI": "TEI document"}
_BY_SUFFIX = {".nitf": "NITF story", ".newsml": "NewsML file"}
_NOT_A_FEED = "not a feed: "


def named_detail(detail: str, data: bytes, name: str = "") -> str:
    """Return the detail of a file no feed reader could read (`detail`, "not a feed: ..."), naming what the file
    is where its first element (in `data`) or else the extension of its `name` says ("not a readable NITF story:
    not well-formed XML (...)"); any other detail as it is.

    >>> named_detail("not a feed: not well-formed XML (mismatched tag at line 1, column 30)", b"<nitf><body></head>")
    'not a readable NITF story: not well-formed XML (mismatched tag at line 1, column 30)'
    >>> named_detail("not a feed: the feed ends before its elements close (x)", b"notes", "in/a.newsml.gz")
    'not a readable NewsML file: it ends before its elements close (x)'
    >>> named_detail("not a feed: not well-formed XML (x)", b"<rss><channel></rss>", "a.nitf")
    'not a feed: not well-formed XML (x)'
    """
    if not detail.startswith(_NOT_A_FEED):
        return detail
    first = first_element(data)
    if first is not None:
        what = _BY_ELEMENT.get(first[0].rpartition(":")[2])
    else:
        lower = name.lower().removesuffix(".gz")
        what = _BY_SUFFIX.get(lower[lower.rfind("."):]) if "." in lower else None
    if what is None:
        return detail
    said = detail.removeprefix(_NOT_A_FEED).replace("the feed ends", "it ends", 1)
    return f"not a readable {what}: {said}"
