"""The word cache's rows read in place: the same cosines as a copy, each word's best weighted cosine kept
once, and tables handed out never overwritten where their rows are."""

from __future__ import annotations

import zlib

import numpy as np

from transforms.word_scores import NOT_CONTENT, WordScores

THEMES = np.random.default_rng(7).standard_normal((5, 8)).astype(np.float32)
WEIGHTS = np.array([1.0, 0.5, 2.0, 0.85, 1.25], np.float32)


def embed(words):
    """A fixed unit vector per word, from its text alone."""
    vectors = np.array([np.random.default_rng(zlib.crc32(w.encode())).standard_normal(8) for w in words])
    return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)


def cache(capacity: int = 100_000) -> WordScores:
    return WordScores(THEMES, embed, lambda w: w not in {"the", "of"}, capacity=capacity, weights=WEIGHTS)


def test_rows_read_in_place_are_the_cosines_and_best_of_a_copy() -> None:
    words = ["the", "strike", "of", "dockers", "port"]
    content, cosines = cache().of(words)
    row, table, best = cache().rows_of(words)
    assert (row >= 0).tolist() == content.tolist() == [False, True, False, True, True]
    assert (row[~content] == NOT_CONTENT).all()
    assert np.array_equal(table[row[content]], cosines[content])
    assert np.array_equal(best[row[content]], (cosines[content] * WEIGHTS).max(axis=1))


def test_a_words_rows_do_not_depend_on_its_batch_or_a_full_cache() -> None:
    small = cache(capacity=3)
    row, table, best = small.rows_of(["port", "strike", "wage"])
    kept = table[row].copy(), best[row].copy()
    # The cache fills and starts again: the tables handed out before keep their rows.
    again, table2, best2 = small.rows_of(["deal", "union", "talks", "port"])
    assert np.array_equal(table[row], kept[0]) and np.array_equal(best[row], kept[1])
    assert np.array_equal(table2[again[3]], kept[0][0]) and best2[again[3]] == kept[1][0]
    # And a word's row reads the same whatever words came with it.
    alone, table3, best3 = cache().rows_of(["wage"])
    assert np.array_equal(table3[alone[0]], kept[0][2]) and best3[alone[0]] == kept[1][2]
