"""The place rows a test reads: one article's paragraphs through `places.rows`, as text, name, kind, country."""

from __future__ import annotations

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch

Row = tuple[str, str, str, str]


def found(*paragraphs: str) -> list[Row]:
    """Return (text as written, row name, kind, country code) of every place found in one article's paragraphs."""
    batch = ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))], ["a"] * len(paragraphs))
    rows = places.rows(batch)
    return list(zip(rows["text"], rows["name"], rows["kind"], rows["country_code"], strict=True))
