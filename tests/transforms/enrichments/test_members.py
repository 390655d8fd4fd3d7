"""Places' and tone's sets of integers (offsets, word numbers, article × country keys) answer as numpy's do."""

from __future__ import annotations

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from transforms.enrichments.members import distinct, members

# keys as places builds them (article × 2**20 + country) and offsets: large, repeated, in text order or not, and
# below zero too (the functions take any integers, as numpy's do)
_INTS = st.lists(st.one_of(st.integers(-40, 40), st.integers(-(2000 << 20), 2000 << 20)), max_size=40)


@settings(max_examples=500, deadline=None)
@given(_INTS, _INTS, st.booleans())
@example([3, 3, 5], [], False)
@example([], [1, 2], False)
@example([7, 1, 7, 2000 << 20], [2000 << 20, 7, 7], True)
def test_members_are_what_isin_finds(values: list[int], keys: list[int], in_order: bool) -> None:
    a = np.array(sorted(values) if in_order else values, dtype=np.int64)
    assert members(a, keys).tolist() == np.isin(a, keys).tolist()
    assert members(a, np.array(keys, dtype=np.int64)).tolist() == np.isin(a, np.array(keys, dtype=np.int64)).tolist()


@settings(max_examples=500, deadline=None)
@given(_INTS, st.booleans())
@example([], False)
@example([4], False)
@example([9, 4, 9, 4], False)
@example([4, 4, 9, 9], True)
def test_distinct_is_what_unique_gives(values: list[int], in_order: bool) -> None:
    a = np.array(sorted(values) if in_order else values, dtype=np.int64)
    got, expected = distinct(a), np.unique(a)
    assert got.dtype == expected.dtype and got.tolist() == expected.tolist()
