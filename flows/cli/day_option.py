"""`--since` and `--until`: a day written YYYY-MM-DD, refused in words a user can act on.

Click's own date type refused `--since yesterday` with "does not match the formats '%Y-%m-%d'":
strptime's notation, which names no date a user could type. A deployment run given `since=yesterday`
is refused in the same words, the parameter named as it is there (flows/parameter_types.py).
"""

from __future__ import annotations

from datetime import date, datetime

import typer

from flows.parameter_words import DATE_FORM, refused_value


class DayRefused(typer.BadParameter):
    """A day not written YYYY-MM-DD, said as a deployment run's parameter is: "`--since` takes a date, ...; got 'x'"."""

    def __init__(self, value: str) -> None:
        super().__init__(DATE_FORM)
        self.value = value

    def format_message(self) -> str:
        name = self.param.opts[0] if self.param is not None and self.param.opts else "the date"
        return refused_value(name, DATE_FORM, self.value)


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
        raise DayRefused(value) from None
