"""The tone of a few paragraphs of one article, as the tone tests read it."""

from __future__ import annotations

from transforms.enrichments import tone
from transforms.enrichments.batch import ParagraphBatch


def tones(*texts: str) -> list[float]:
    """Return each paragraph's tone, the paragraphs given as one article's, in order."""
    return tone.rows(ParagraphBatch(list(texts), [f"p{i}" for i in range(len(texts))], ["a"] * len(texts)))["tone"]
