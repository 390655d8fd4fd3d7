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
