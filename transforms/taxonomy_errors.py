"""A taxonomy file's error, and the check of its numbers (shared by its themes' and its semantic layer's keys)."""

from __future__ import annotations

import math


class TaxonomyError(ValueError):
    """A taxonomy file is unusable; the message names the file and the theme or line."""


def number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise TaxonomyError(f"{where} must be a number, not {value!r}")
    return float(value)
