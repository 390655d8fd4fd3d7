"""A feed file's XML document, parsed without expanding entities or fetching anything, and the kind
of feed a document's first element says it is.

A feed is untrusted input: an entity declaration (`<!DOCTYPE x [<!ENTITY ...>]>`) is refused outright,
before anything is expanded, by defusedxml, so a "billion laughs" file is one quick `not_records` and
an external entity (`SYSTEM "file:///etc/passwd"`) is never read. A DOCTYPE without entities (RSS 0.91's
Netscape DTD) is read; its DTD is not fetched (ElementTree fetches none).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from html.entities import html5
from xml.etree.ElementTree import Element, ParseError
from xml.parsers.expat import errors as expat_errors

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from transforms.formats.base import NOT_RECORDS, STILL_WRITTEN, FormatError
from transforms.formats.feed_repairs import repair_feed
from transforms.text import decode_article

ATOM = "http://www.w3.org/2005/Atom"
ATOM_03 = "http://purl.org/atom/ns#"  # Atom 0.3 (2003-2005), before RFC 4287: Blogger's and LiveJournal's old feeds
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
# Errors expat meets only at the end of the bytes: a document whose elements are not all closed yet.
_CUT_OFF = frozenset(
    expat_errors.codes[message]
    for message in (expat_errors.XML_ERROR_NO_ELEMENTS, expat_errors.XML_ERROR_UNCLOSED_TOKEN,
                    expat_errors.XML_ERROR_PARTIAL_CHAR)
)
_INVALID_TOKEN = expat_errors.codes[expat_errors.XML_ERROR_INVALID_TOKEN]
_UNDEFINED_ENTITY = expat_errors.codes[expat_errors.XML_ERROR_UNDEFINED_ENTITY]
# A named entity as HTML writes them: `&nbsp;`, `&eacute;`, `&rsquo;`. XML defines five of them only;
# feeds written by HTML tools hold the others, and readers (browsers, feed readers) read them as HTML's.
_NAMED_ENTITY = re.compile(rb"&([A-Za-z][A-Za-z0-9]{1,31});")
_XML_ENTITIES = frozenset({b"amp", b"lt", b"gt", b"quot", b"apos"})
_DECLARED_ENCODING = re.compile(rb"""\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
# A document's first element, after the XML declaration, comments, processing instructions and DOCTYPE.
_FIRST_ELEMENT = re.compile(
    r"\s*(?:<\?.*?\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>\s*)*<([A-Za-z_][\w.:-]*)([^>]*)>", re.DOTALL
)
# Encodings a feed declares that browsers and feed readers read as windows-1252 (the WHATWG Encoding Standard
# gives ISO-8859-1, latin-1 and US-ASCII its labels), by Python's codec names. Windows tools that say
# ISO-8859-1 write cp1252's curly quotes and dashes in bytes 0x80 to 0x9F, which ISO-8859-1 reads as C1
# controls, shown as nothing: "Owners’ protest" was "Owners protest".
_READ_AS_WINDOWS_1252 = frozenset({"iso8859-1", "ascii"})
_C1_BYTES = re.compile(rb"[\x80-\x9f]")
# The first element of a feed is found in its first bytes; a longer prolog is no feed's.
_HEAD = 4096


@dataclass(frozen=True)
class FeedDocument:
    """A feed file's document element, and the encoding its bytes were read in."""

    root: Element
    encoding: str


class CutOff(ValueError):
    """A document that ends before its elements close: a file still being written, or a broken one."""


def feed_document(data: bytes) -> FeedDocument:
    """Return a feed file's parsed document; raise FormatError(not_records) for bytes that are not XML or
    that declare entities, CutOff for XML that ends before its elements close.

    Bytes in another encoding than they declare (cp1252 in a feed saying UTF-8) are read as the other
    formats read bytes (transforms.text.decode_article); a feed saying ISO-8859-1 or US-ASCII is read as
    windows-1252, as browsers and feed readers read it (`_as_windows_1252`).

    >>> feed_document(b'<?xml version="1.0" encoding="ISO-8859-1"?><rss>caf\\xe9</rss>').root.text
    'café'
    >>> feed_document(b'<!DOCTYPE r [<!ENTITY a "b">]><rss>&a;</rss>')
    Traceback (most recent call last):
    ...
    transforms.formats.base.FormatError: not a feed: it declares entities (<!ENTITY a>), which themelake does not expand
    """
    if not data.strip():
        decode_article(data)  # raises as for any other format's file: empty, or only white space
    try:
        return _parsed(data)
    except _Refused as refused:  # as FormatError, not our own subclass, outside this module
        raise FormatError(NOT_RECORDS, refused.detail) from None
    except FormatError as error:
        repaired = repair_feed(data)  # what feed readers forgive: transforms/formats/feed_repairs.py
        if repaired is None:
            raise
        try:
            return _parsed(repaired)
        except _Refused as refused:  # what the repaired document declares is said, not its first defect
            raise FormatError(NOT_RECORDS, refused.detail) from None
        except (FormatError, CutOff):
            raise error from None


class _Refused(FormatError):
    """A document that declares entities (defusedxml's refusal), repaired or not."""


def _parsed(data: bytes) -> FeedDocument:
    try:
        windows_1252 = _as_windows_1252(data)
        if windows_1252 is not None:
            return FeedDocument(fromstring(windows_1252), "cp1252")
        return FeedDocument(fromstring(data), _declared_encoding(data))
    except DefusedXmlException as error:
        raise _Refused(NOT_RECORDS, _refused(error)) from None
    except ParseError as error:
        if error.code == _UNDEFINED_ENTITY and (numbered := html_entities_as_numbers(data)) != data:
            return _parsed(numbered)
        if error.code in _CUT_OFF:
            raise CutOff(f"the feed ends before its elements close ({_where(error)}): {STILL_WRITTEN}") from None
        if error.code != _INVALID_TOKEN:
            raise FormatError(NOT_RECORDS, f"not a feed: not well-formed XML ({_where(error)})") from None
        first = error
    decoded = decode_article(html_entities_as_numbers(data))  # raises for bytes that are no text at all
    try:
        return FeedDocument(fromstring(decoded.text), decoded.encoding)
    except (ParseError, DefusedXmlException):
        raise FormatError(NOT_RECORDS, f"not a feed: not well-formed XML ({_where(first)})") from None


def html_entities_as_numbers(data: bytes) -> bytes:
    """Return a document's bytes with HTML's named entities that XML does not define as the numeric
    character references of what they name, so that a feed holding `&nbsp;` or `&eacute;` is read as
    HTML reads them; XML's five and names HTML does not know stay as they are (still an error).
    Inside a CDATA section the reference is text, which the markup reader decodes as it did the name.

    >>> html_entities_as_numbers(b"<title>Caf&eacute; &amp; bar&nbsp;&hellip; &bogus;</title>")
    b'<title>Caf&#233; &amp; bar&#160;&#8230; &bogus;</title>'
    """
    def number(match: re.Match[bytes]) -> bytes:
        name = match.group(1)
        named = None if name in _XML_ENTITIES else html5.get(name.decode("ascii") + ";")
        return match.group(0) if named is None else b"".join(b"&#%d;" % ord(c) for c in named)

    return _NAMED_ENTITY.sub(number, data)


def feed_kind(data: bytes) -> str | None:
    """Return the kind of feed a file's first element says it is ("RSS", "Atom"), else None: a test
    of a file's first bytes, cheap enough for every HTML page.

    >>> feed_kind(b'<?xml version="1.0"?>\\n<!-- feed -->\\n<rss version="2.0"><channel>')
    'RSS'
    >>> feed_kind(b'<feed xmlns="http://www.w3.org/2005/Atom">'), feed_kind(b'<!DOCTYPE html><html><body>')
    ('Atom', None)
    >>> feed_kind(b'<feed version="0.3" xmlns="http://purl.org/atom/ns#">')
    'Atom'
    """
    first = first_element(data)
    if first is None:
        return None
    name, attributes = first
    if name == "rss" or (name.rpartition(":")[2] == "RDF" and RDF in attributes):
        return "RSS"
    if name.rpartition(":")[2] == "feed" and (ATOM in attributes or ATOM_03 in attributes):
        return "Atom"
    return None


def first_element(data: bytes) -> tuple[str, str] | None:
    """Return the name and attributes of a document's first element, read from its first bytes (broken or not).

    >>> first_element(b'<?xml version="1.0"?><nitf version="3.4"><head>'), first_element(b"Just notes")
    (('nitf', ' version="3.4"'), None)
    """
    first = _FIRST_ELEMENT.match(data[:_HEAD].removeprefix(b"\xef\xbb\xbf").decode("latin-1"))
    return None if first is None else (first.group(1), first.group(2))


def _declared_encoding(data: bytes) -> str:
    """Return the encoding an XML document's bytes are in: its declaration's, else UTF-8 (or a BOM's)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    declared = _DECLARED_ENCODING.match(data.removeprefix(b"\xef\xbb\xbf"))
    return declared.group(1).decode().lower() if declared else "utf-8"


def _as_windows_1252(data: bytes) -> str | None:
    """Return a document that declares ISO-8859-1 or US-ASCII and holds bytes 0x80 to 0x9F, decoded as
    windows-1252 as browsers and feed readers decode it (`_READ_AS_WINDOWS_1252`); None for any other
    (read as it declares: without such bytes ISO-8859-1 and windows-1252 read alike).

    >>> _as_windows_1252('<?xml version="1.0" encoding="latin1"?><t>Owners’ – ok</t>'.encode("cp1252"))[-19:]
    '<t>Owners’ – ok</t>'
    >>> _as_windows_1252('<?xml version="1.0" encoding="ISO-8859-1"?><t>café</t>'.encode("latin-1")) is None
    True
    """
    try:
        declared = codecs.lookup(_declared_encoding(data)).name
    except LookupError:
        return None
    if declared not in _READ_AS_WINDOWS_1252 or _C1_BYTES.search(data) is None:
        return None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # one of the five bytes cp1252 leaves undefined: read as it declares
        return None


def _refused(error: DefusedXmlException) -> str:
    """Return the detail of a document defusedxml refused: what it declares."""
    name = getattr(error, "name", None)
    what = f"<!ENTITY {name}>" if name else type(error).__name__
    return f"not a feed: it declares entities ({what}), which themelake does not expand"


def _where(error: ParseError) -> str:
    """Return expat's message with where it stopped: "mismatched tag at line 4, column 2" (counted from 1,
    as a JSON file's are; expat counts columns from 0)."""
    line, column = error.position[0], error.position[1] + 1
    message = expat_errors.messages[error.code] if error.code in expat_errors.messages else str(error)
    return f"{message} at line {line}, column {column}"
