"""Whether a query's one row is an aggregate over no rows (`count(*)`: 0), which found nothing as no row does."""

from __future__ import annotations

import re

# An aggregate over no row is still one row: count's 0, sum's or max's NULL.
_AGGREGATE = re.compile(r"\b(?:count|count_star|sum|min|max|avg|mean|string_agg|list|array_agg)\s*\(", re.IGNORECASE)


def counted_none(sql: str, rows: int, first: list[tuple[object, ...]]) -> bool:
    """Return whether a result is an aggregate's one row over no rows: every value 0 or NULL (`count(*)`: 0).

    >>> counted_none("select count(*) from themes", 1, [(0,)]), counted_none("select 0 from themes", 1, [(0,)])
    (True, False)
    """
    return rows == 1 and bool(first) and all(value in (0, None) for value in first[0]) and bool(_AGGREGATE.search(sql))
