"""Evidence spans of a paragraph as text segments, marked or not, for the report's `<mark>`s."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import quote

WEB_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class Segment:
    """A piece of a paragraph's text; `term` is the evidence it shows, None outside evidence."""

    text: str
    term: str | None = None
    kind: str | None = None


# The most of an example paragraph the page shows: a paragraph of megabytes (a records file's one
# huge field) made a page of megabytes with hundreds of thousands of marks.
MAX_EXAMPLE_CHARS = 3000


def marked_segments(
    text: str, spans: Iterable[tuple[int, int, str, str | None]], limit: int = MAX_EXAMPLE_CHARS
) -> list[Segment]:
    """Return a paragraph cut at its evidence spans (start, end, term, kind), in order.

    Overlapping spans merge into one mark (the first span's term names it); spans outside the text
    are clipped or dropped, so a bad offset never breaks the page. A paragraph over `limit`
    characters is shown up to there, then "…".

    >>> [(s.text, s.term) for s in marked_segments("War and trade.", [(8, 13, "trade", "term")], limit=10)]
    [('War and ', None), ('tr', 'trade'), ('…', None)]

    >>> [(s.text, s.term) for s in marked_segments("War and trade.", [(8, 13, "trade", "term"), (0, 3, "war", "term")])]
    [('War', 'war'), (' and ', None), ('trade', 'trade'), ('.', None)]
    >>> [(s.text, s.term) for s in marked_segments("troops", [(0, 6, "troops", "term"), (2, 4, "oo", "term")])]
    [('troops', 'troops')]
    """
    cut = len(text) > limit
    text = text[:limit] if cut else text
    merged: list[list] = []
    for start, end, term, kind in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end = max(0, start), min(len(text), end)
        if start >= end:
            continue
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, term, kind])
    segments, at = [], 0
    for start, end, term, kind in merged:
        if start > at:
            segments.append(Segment(text[at:start]))
        segments.append(Segment(text[start:end], term, kind))
        at = end
    if at < len(text):
        segments.append(Segment(text[at:]))
    if cut:
        segments.append(Segment("…"))
    return segments


def article_link(url: str | None, source: str) -> str:
    """Return where an example's article can be opened: its URL, else its file as a file:// URI.

    >>> article_link(None, "/data/in/a b.txt")
    'file:///data/in/a%20b.txt'
    >>> article_link("https://example.org/x", "/data/in/a.txt")
    'https://example.org/x'
    >>> article_link(None, "s3://bucket/in/a.txt")
    's3://bucket/in/a.txt'

    Only web URLs are links: a `javascript:` URL in an input's metadata must not run in the page.

    >>> article_link("javascript:alert(1)", "/data/in/a.txt")
    'file:///data/in/a.txt'
    """
    if url and url.split(":", 1)[0].lower() in WEB_SCHEMES:
        return url
    if "://" in source:  # already a URL: object storage
        return source
    return "file://" + quote(str(PurePosixPath(source)))


def evidence_spans(evidence: Sequence[dict]) -> list[tuple[int, int, str, str | None]]:
    """Return the (start, end, term, kind) spans of a label's stored evidence structs."""
    return [(e["start"], e["end"], e["term"], e.get("kind")) for e in evidence if e.get("start") is not None]
