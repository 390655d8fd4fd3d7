"""Each word's cosines with a taxonomy's theme vectors, computed once per word and kept.

This is what the semantic layer needs of a word when it labels (transforms.semantic.layer.SemanticLayer):
not its 256 numbers but its cosine with each theme vector, a few numbers per theme. News repeats its
words, so after the first batches most words of a batch are known and only the new ones are
tokenized, embedded and projected. A word's cosines are computed by the same loop whatever batch it
arrives in, so labels do not depend on what was cached or on batching. With `weights`, each word's best
weighted cosine is kept too, computed once when the word arrives rather than in every batch.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from itertools import repeat

import numpy as np

# Marks, in the index, a word that is not a content word (it has no row).
NOT_CONTENT = -1


class WordScores:
    """Cosines of words with theme vectors: `of(words)` gives each word's row, or none for words
    that do not count.

    `embed(words)` returns the words' unit vectors (float32), `is_content(word)` whether a word
    counts. Up to `capacity` words are kept; when full, the cache starts again. `weights` (one per
    theme, float32): each row's largest cosine times its theme's weight is kept in `best`.
    """

    def __init__(
        self, themes: np.ndarray, embed: Callable[[Sequence[str]], np.ndarray],
        is_content: Callable[[str], bool], capacity: int = 100_000, weights: np.ndarray | None = None,
    ) -> None:
        self.themes = np.ascontiguousarray(themes, dtype=np.float32)
        self.embed = embed
        self.is_content = is_content
        self.capacity = capacity
        self.weights = np.ones(len(self.themes), np.float32) if weights is None else weights.astype(np.float32)
        self.index: dict[str, int] = {}
        self.rows = np.zeros((1024, len(self.themes)), dtype=np.float32)
        self.best = np.zeros(1024, dtype=np.float32)
        self.used = 0
        # Batches run in threads too (Prefect's task threads share this cache): under this lock.
        self.lock = threading.Lock()

    def of(self, words: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Return, for distinct words, whether each counts and its cosines with the themes (zeros
        for the words that do not count), one row per word."""
        rows, table, _ = self.rows_of(words)
        content = rows >= 0
        cosines = table[np.where(content, rows, 0)]
        cosines[~content] = 0.0
        return content, cosines

    def rows_of(self, words: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return, for distinct words, each one's row (NOT_CONTENT for a word that does not count), and
        the tables those rows index: the cosines (one column per theme) and `best`.

        The tables returned are never written again where those rows are (a new word takes a row past
        them; a full cache starts new tables), so the caller reads them without the lock and without
        a copy of each word's cosines."""
        with self.lock:
            rows = self._rows(words)
            if len(self.index) > self.capacity:  # full: start again with this batch's words only
                self.index.clear()
                self.used = 0
                self.rows = np.zeros_like(self.rows)
                self.best = np.zeros_like(self.best)
                rows = self._rows(words)
            return rows, self.rows, self.best

    def _rows(self, words: Sequence[str]) -> np.ndarray:
        index = self.index
        rows = np.fromiter(map(index.get, words, repeat(-2)), np.int64, len(words))
        new_at = np.flatnonzero(rows == -2)
        if not len(new_at):
            return rows
        new = [words[i] for i in new_at.tolist()]
        counts = [self.is_content(w) for w in new]
        fresh = [w for w, c in zip(new, counts, strict=True) if c]
        first = self.used
        self._grow(first + len(fresh))
        if fresh:
            # einsum's own loop, not BLAS: a word's cosine is the same float whichever words come with it.
            self.rows[first : first + len(fresh)] = np.einsum("wd,td->wt", self.embed(fresh), self.themes)
            self.best[first : first + len(fresh)] = (self.rows[first : first + len(fresh)] * self.weights).max(axis=1)
        self.used = first + len(fresh)
        numbers = iter(range(first, first + len(fresh)))
        assigned = [next(numbers) if c else NOT_CONTENT for c in counts]
        index.update(zip(new, assigned, strict=True))
        rows[new_at] = assigned
        return rows

    def _grow(self, size: int) -> None:
        if size > len(self.rows):
            grown = np.zeros((max(size, 2 * len(self.rows)), self.rows.shape[1]), dtype=np.float32)
            grown[: self.used] = self.rows[: self.used]
            self.rows = grown
            best = np.zeros(len(grown), dtype=np.float32)
            best[: self.used] = self.best[: self.used]
            self.best = best
