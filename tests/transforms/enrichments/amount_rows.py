"""The amount rows a test reads: one paragraph through `amounts.rows`, as value, unit, object."""

from __future__ import annotations

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[float, str | None, str | None]]:
    """Return (value, unit, object) of every amount found in one paragraph, in the text's order."""
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["value"], rows["unit"], rows["object"], strict=True))
