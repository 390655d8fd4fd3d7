"""A word's vector, and this process's cache of them.

A word's vector is the mean of its tokens' vectors, scaled to unit length (words are read in lower
case, as the term matcher reads them).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain

import numpy as np

from transforms.semantic.content_words import composed
from transforms.semantic.embeddings import Embeddings, load_embeddings
from transforms.semantic.number_words import vector_spelling


class WordVectors:
    """Unit vectors of words, computed once per word and kept for the process's next batches.

    News repeats its words: after the first batches, most words of a batch are known and only new
    ones are tokenized. The cache holds up to `capacity` words and starts again when full; a word's
    vector is the same however it was reached, so labels do not depend on what was cached.
    """

    def __init__(self, embeddings: Embeddings, capacity: int = 100_000) -> None:
        self.embeddings = embeddings
        self.capacity = capacity
        self.index: dict[str, int] = {}
        self.rows = np.zeros((0, embeddings.dim), dtype=np.float32)
        # Batches run in threads too (one batch process: Prefect's task threads share this cache):
        # the index and the rows change together, under this lock.
        self.lock = threading.Lock()

    def of(self, words: Sequence[str]) -> np.ndarray:
        """Return the unit vectors of distinct words, one row per word."""
        with self.lock:
            return self._of(words)

    def _of(self, words: Sequence[str]) -> np.ndarray:
        new = list(dict.fromkeys(w for w in words if w not in self.index))  # each new word once
        if len(new) > self.capacity:
            return self.embed(words)
        if len(self.index) + len(new) > self.capacity:
            self.index.clear()
            self.rows = self.rows[:0]
            new = list(dict.fromkeys(words))
        if new:
            base = len(self.rows)
            self.index.update((w, base + i) for i, w in enumerate(new))
            self.rows = np.concatenate([self.rows, self.embed(new)])
        return self.rows[np.fromiter((self.index[w] for w in words), np.int64, len(words))]

    def embed(self, words: Sequence[str]) -> np.ndarray:
        """Return the unit vectors of words: the mean of each one's token vectors, normalised."""
        return embed_words(self.embeddings, words)


def embed_words(embeddings: Embeddings, words: Sequence[str]) -> np.ndarray:
    """Return the unit vectors of words: the mean of each one's token vectors, normalised.

    A word is tokenized composed (`composed`), so "vote\u0301" has the vector of "voté", and a joined
    number as its last part (`vector_spelling`), so "4.5bn" has the vector of "5bn".
    """
    if not words:
        return np.zeros((0, embeddings.dim), dtype=np.float32)
    spellings = [composed(vector_spelling(w)) for w in words]
    encodings = embeddings.tokenizer.encode_batch(spellings, add_special_tokens=False)  # type: ignore[attr-defined]
    counts = np.fromiter((len(e.ids) for e in encodings), np.int64, len(words))
    ids = np.fromiter(chain.from_iterable(e.ids for e in encodings), np.int64, int(counts.sum()))
    ptr = np.zeros(len(words), np.int64)
    np.cumsum(counts[:-1], out=ptr[1:])
    # Token vectors added in order, one token position at a time (as reduceat would, but without
    # its slow loop over rows): most words are one or two tokens.
    sums = embeddings.vectors[ids[ptr]].astype(np.float32)
    for k in range(1, int(counts.max())):
        longer = np.flatnonzero(counts > k)
        sums[longer] += embeddings.vectors[ids[ptr[longer] + k]]
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return (sums / np.where(norms == 0, 1.0, norms)).astype(np.float32)


@lru_cache(maxsize=1)
def word_vectors() -> WordVectors:
    """Return this process's word vector cache."""
    return WordVectors(load_embeddings())
