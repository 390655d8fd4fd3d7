"""The shared input of every enrichment: a batch of paragraphs, joined once into one searchable text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from transforms.themes import search_text

# Paragraphs are joined with a line break and a character no name, word or number contains, so no
# match spans two paragraphs; offsets in the joined text minus the paragraph's start are offsets in it.
SEPARATOR = "\n\x01\n"

Rows = dict[str, list]


@dataclass(frozen=True)
class ParagraphBatch:
    """Paragraph texts with their ids and articles: what every enrichment reads."""

    texts: Sequence[str]
    paragraph_ids: Sequence[str]
    article_ids: Sequence[str]

    def __len__(self) -> int:
        return len(self.texts)

    @cached_property
    def joined(self) -> str:
        """All paragraphs in one string, SEPARATOR between them."""
        return SEPARATOR.join(self.texts)

    @cached_property
    def lowered(self) -> str:
        """`joined` lower-cased with every non-word character a space, as `themes.search_text` writes it:
        computed once for the enrichments that read it (same length, so offsets are `joined`'s)."""
        return search_text(self.joined)

    @cached_property
    def starts(self) -> np.ndarray:
        """Offset of each paragraph in `joined` (int64, one per paragraph)."""
        lengths = np.fromiter((len(t) for t in self.texts), dtype=np.int64, count=len(self.texts))
        starts = np.zeros(len(self.texts), dtype=np.int64)
        if len(lengths) > 1:
            starts[1:] = np.cumsum(lengths[:-1] + len(SEPARATOR))
        return starts

    def locate(self, offsets: np.ndarray) -> np.ndarray:
        """Return the paragraph index of each offset into `joined`.

        >>> ParagraphBatch(["ab", "cd"], ["p1", "p2"], ["a", "a"]).locate(np.array([0, 1, 5])).tolist()
        [0, 0, 1]
        """
        return np.searchsorted(self.starts, offsets, side="right") - 1


def empty_rows(columns: Sequence[str]) -> Rows:
    """Return an empty column list for each column."""
    return {c: [] for c in columns}
