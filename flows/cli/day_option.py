"""`--since` and `--until`: a day written YYYY-MM-DD, refused in words a user can act on.

Click's own date type refused `--since yesterday` with "does not match the formats '%Y-%m-%d'":
strptime's notation, which names no date a user could type.
"""

from __future__ import annotations

from datetime import date, datetime

import typer


def day(value: str | date) -> date:
    """Return the day `value` writes as YYYY-MM-DD; a usage error naming the form otherwise.

    >>> day("2026-09-01")
    datetime.date(2026, 9, 1)
    """
    if isinstance(value, date):
        return value
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise typer.BadParameter(f"give a date as YYYY-MM-DD, e.g. 2026-09-01; {value!r} is not one") from None
