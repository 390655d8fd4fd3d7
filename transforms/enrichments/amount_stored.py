"""An amount's value as `paragraph_amounts` stores it: no binary fraction's tail after a scale's product."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def stored_value(value: float) -> float:
    """Return an amount's value as stored: rounded to 6 decimals, then to 15 significant digits, so a scale's
    product is no binary fraction's tail ("$2.18 trillion" was 2180000000000.0002, "$8.2 trillion" 8199999999999.999,
    which `value = 8.2e12` did not find). A whole number below 10**15, as most are, is that already: not formatted.

    >>> stored_value(2.18 * 1e12), stored_value(8.2 * 1e12), stored_value(1 / 3), stored_value(24)
    (2180000000000.0, 8200000000000.0, 0.333333, 24.0)
    """
    whole = float(value)
    if whole.is_integer() and -1e15 < whole < 1e15:
        return whole
    return float(f"{round(value, 6):.15g}")


def stored_values(values: Sequence[float]) -> list[float]:
    """Return `stored_value` of each value: the whole ones below 10**15 (most) found with numpy, the others formatted.

    >>> stored_values([24, 2.18 * 1e12, 1 / 3, -0.0])
    [24.0, 2180000000000.0, 0.333333, -0.0]
    """
    array = np.array(values, dtype=np.float64)
    stored: list[float] = array.tolist()
    for i in np.flatnonzero((np.floor(array) != array) | ~(np.abs(array) < 1e15)).tolist():
        stored[i] = stored_value(values[i])  # (a NaN is no whole number either: `floor` keeps it, `!=` holds)
    return stored
