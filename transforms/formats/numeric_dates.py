"""All-numeric dates (03/04/2024) read in the order their file shows, else month first with a note.

Whether 03/04/2024 is the 3rd of April or the 4th of March, the value alone does not say: a file's
other numeric dates may (`day_first`: 13/04/2024 shows day first); a date with dots (05.03.2024) is
written day first wherever it is written so; else it is read month first, and the value is noted as
`date_ambiguous`. Records files and HTML pages' meta tags are read by this one rule.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from transforms.formats.date_orders import is_ambiguous_date, is_dotted_date
from transforms.formats.dates import parse_date


class OrderedDate(NamedTuple):
    """A date value read as a UTC timestamp (None: no value), and the value when its order was a guess."""

    moment: datetime | None
    ambiguous: str | None


def date_in_order(value: object, day_first: bool | None, serials: bool = False) -> OrderedDate:
    """Return a date value read in `day_first` order (the file's: `date_orders.day_first`), else day first
    for a dotted date and month first for another, noting a value whose day and month could be
    swapped; UnparsedDate when it cannot be read (`serials`: see `dates.parse_date`).

    >>> read = date_in_order("03/04/2024 4:45 PM", None)
    >>> read.moment.isoformat(), read.ambiguous
    ('2024-03-04T16:45:00+00:00', '03/04/2024 4:45 PM')
    >>> [date_in_order(v, o).moment.date().isoformat() for v, o in (("03/04/2024", True), ("03.04.2024", None))]
    ['2024-04-03', '2024-04-03']
    """
    if day_first is None and is_dotted_date(value):
        day_first = True  # 05.03.2024: dots are written day first, where the file says no order
    moment = parse_date(value, dayfirst=bool(day_first), serials=serials)
    guessed = moment is not None and day_first is None and is_ambiguous_date(value)
    return OrderedDate(moment, str(value) if guessed else None)
