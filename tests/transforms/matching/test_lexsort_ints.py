"""transforms.matching.lexsort_ints.lexsort_ints: the very permutation of np.lexsort, whatever the keys' widths."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.matching.lexsort_ints import lexsort_ints

# Key widths around the packing's limits: a few values, a wide range, one near 2**31 and 2**62.
BOUNDS = [(0, 0), (0, 1), (-3, 3), (0, 2**31), (-(2**31), 2**31 - 1), (-(2**40), 2**40), (0, 2**61), (-(2**62), 2**62)]


@st.composite
def key_sets(draw: st.DrawFn) -> tuple[np.ndarray, ...]:
    n = draw(st.integers(0, 40))
    keys = []
    for _ in range(draw(st.integers(1, 4))):
        low, high = draw(st.sampled_from(BOUNDS))
        # Few distinct values in a wide range make ties in this key, so the next key decides.
        values = draw(st.lists(st.integers(low, high), min_size=1, max_size=4))
        keys.append(np.array([values[draw(st.integers(0, len(values) - 1))] for _ in range(n)], dtype=np.int64))
    return tuple(keys)


@settings(max_examples=400, deadline=None)
@given(key_sets())
@pytest.mark.slow
def test_the_order_of_lexsort_ties_included(keys: tuple[np.ndarray, ...]) -> None:
    assert lexsort_ints(keys).tolist() == np.lexsort(keys).tolist()


def test_evidence_keys_of_a_big_batch() -> None:
    rng = np.random.default_rng(7)
    n = 200_000
    para = rng.integers(0, 4_000_000, n)  # 200,000 articles of 20 paragraphs
    keys = (rng.integers(0, 10**6, n), rng.integers(0, 4, n), rng.integers(0, 120, n), para)
    assert np.array_equal(lexsort_ints(keys), np.lexsort(keys))
    start = rng.integers(0, 2**31, n)  # offsets up to 2**31: too wide to pack, lexsort's own order
    keys = (np.arange(n), -rng.integers(1, 500, n), start)
    assert np.array_equal(lexsort_ints(keys), np.lexsort(keys))


@pytest.mark.parametrize(
    "key",
    [
        np.array([2**31 - 1, -(2**31), 0, 5], dtype=np.int32),  # its range does not fit an int32
        np.array([2**60 + 1, 2**60, 0, 2**60 + 1], dtype=np.uint64),  # a uint64 key packed with int64 is a float
        np.array([3, 1, 2, 1], dtype=np.uint8),
        np.array([True, False, True, False]),
        np.array([0.5, 0.25, 0.75, 0.25]),  # not integers: lexsort's order
    ],
)
def test_keys_of_any_dtype(key: np.ndarray) -> None:
    keys = (np.array([1, 0, 1, 0]), key)
    assert lexsort_ints(keys).tolist() == np.lexsort(keys).tolist()
