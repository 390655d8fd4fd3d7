"""transforms.labeller.used_codes: np.unique's codes used and their places, without a sort."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from transforms.labeller import used_codes


@given(st.integers(1, 40).flatmap(lambda n: st.tuples(st.just(n), st.lists(st.integers(0, n - 1), max_size=60))))
def test_used_codes_are_np_uniques(case: tuple[int, list[int]]) -> None:
    n, codes = case
    array = np.array(codes, dtype=np.int64)
    used, where = used_codes(array, n)
    expected_used, expected_where = np.unique(array, return_inverse=True)
    assert used.tolist() == expected_used.tolist() and where.tolist() == expected_where.tolist()
    assert where.dtype == expected_where.dtype
