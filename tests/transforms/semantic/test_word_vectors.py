"""transforms.semantic.word_vectors: a word's vector, and the process's cache of them."""

from __future__ import annotations

import numpy as np


def test_the_word_cache_gives_each_thread_its_own_words_vectors() -> None:
    # One batch process runs a run's batches in Prefect's task threads, which share the cache.
    from concurrent.futures import ThreadPoolExecutor

    from transforms.semantic.embeddings import load_embeddings
    from transforms.semantic.word_vectors import WordVectors

    cache = WordVectors(load_embeddings())
    batches = [[f"{stem}{i}" for stem in ("harbour", "ferry", "tariff", "striker", "budget")] * 40
               for i in range(16)]
    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(cache.of, batches))
    for words, rows in zip(batches, results, strict=True):
        np.testing.assert_allclose(rows, cache.embed(words), rtol=1e-6, atol=1e-7)
