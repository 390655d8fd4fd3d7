"""Stray quotes in CSV rows: a quote that opens a field by mistake (`1,"Rain at last` for `1,Rain at last`).

csv reads every line after such a quote as that field's text, up to the next quote (or to the file's
end), so the rows there are lost inside one article's text, without a word. Whether a quoted field over
several lines is an article's paragraphs or such a mistake, two things say, either enough:

- its closing quote is followed by more text, not by a delimiter or an end of line: a quote that closes
  no field but opens one of a later row (`3,Three,"The team won."`). No CSV writer writes that.
- the line after its first, read alone, is a whole row of the header's width whose id (an integer, in a
  column before the quoted field's) is the row's id plus one: the next row, not a paragraph.

A row whose quote is stray is its first line alone, a bad record; the lines after it are rows again.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple


class QuotedField(NamedTuple):
    """A quoted field of a row's text: where its opening quote is, where its closing one is (None: not
    closed before the text ends), and whether more text follows that closing quote in its field."""

    start: int
    end: int | None
    text_after: bool


def quoted_fields(row: str, delimiter: str) -> Iterator[QuotedField]:
    """Return the quoted fields of a CSV row's text, read as csv reads it (not strict, spaces after a
    delimiter skipped): a quote that opens a field, to the quote that closes it ("" is a quote inside it).

    >>> [tuple(f) for f in quoted_fields('1,"a ""b"" c",x\\n', ",")]
    [(2, 12, False)]
    >>> [tuple(f) for f in quoted_fields('1,"Rain\\n2,"Sun",x\\n', ",")], list(quoted_fields('2,Size 11" tall\\n', ","))
    ([(2, 10, True)], [])
    """
    ends = re.compile(f"[{re.escape(delimiter)}\r\n]")
    closed = re.compile(f"[ \t]*(?:[{re.escape(delimiter)}\r\n]|$)")
    place, size = 0, len(row)
    while place < size:
        while row.startswith(" ", place):
            place += 1
        if row.startswith('"', place):  # a quoted field: to its closing quote ("" is a quote inside it)
            start, place = place, place + 1
            while True:
                quote = row.find('"', place)
                if quote < 0:
                    yield QuotedField(start, None, False)
                    return
                place = quote + (2 if row.startswith('"', quote + 1) else 1)
                if place == quote + 1:
                    break
            yield QuotedField(start, quote, closed.match(row, place) is None)
        end = ends.search(row, place)  # the rest of the field (after a closing quote, quotes are its text)
        if end is None:
            return
        place = end.end()


def ends_in_open_quote(row: str, delimiter: str) -> bool:
    """Return whether a CSV row, read to the end of the file as csv reads it, ends inside a quoted field:
    a quote that opens a field and is never closed.

    >>> ends_in_open_quote('2,"Broken quote\\n3,Third\\n', ","), ends_in_open_quote('2,"Fine ""x"" y"\\n', ",")
    (True, False)
    >>> ends_in_open_quote('2,Size 11" tall, "ok"\\n', ","), ends_in_open_quote('2, "a\\nb"\\n', ",")
    (False, False)
    """
    return any(field.end is None for field in quoted_fields(row, delimiter))


def stray_quote(
    lines: Sequence[str], line: int, row: Sequence[str], delimiter: str, width: int, id_column: int | None
) -> str | None:
    """Return why a row of several `lines`, from the file's line `line` (from 1) on, as csv read it
    (`row`), is its first line alone, a bad record whose quote is stray (see the module), else None.
    `width` is the header's, `id_column` the id's column (None: the file has none). A quote never
    closed is none of these: read_csv says so itself.

    >>> lines = ['1,One,"The storm hit.\\n', '2,Two,The bank raised rates.\\n', '3,Three,"The team won."\\n']
    >>> stray_quote(lines, 2, ["1", "One", "The storm hit.\\n2,Two,...,The team won.\\""], ",", 3, 0)[:64]
    'a quote opens a field on line 2 and closes on line 4 with text a'
    >>> paragraphs = ['1,"Rates rose.\\n', '\\n', 'Shares fell."\\n']
    >>> stray_quote(paragraphs, 2, ["1", "Rates rose.\\n\\nShares fell."], ",", 2, 0)
    """
    text = "".join(lines)
    fields = list(quoted_fields(text, delimiter))
    if any(field.end is None for field in fields):
        return None
    for field in fields:
        inside = text[field.start:field.end]
        if field.text_after and ("\n" in inside or "\r" in inside):
            closing = line + len(re.findall(r"\r\n|\r|\n", text[:field.end]))
            return (
                f"a quote opens a field on line {line} and closes on line {closing} with text after it, as no "
                f"field ends: the rows between would be that field's text (close the quote on line {line}, or "
                "double a quote inside the field)"
            )
    if _next_row_inside(lines[1], row, delimiter, width, id_column):
        return (
            f"a quote opens a field on line {line} that is not closed there, and line {line + 1} is the next row: "
            f"it would be that field's text (close the quote on line {line}, or double a quote inside the field)"
        )
    return None


def _next_row_inside(line: str, row: Sequence[str], delimiter: str, width: int, id_column: int | None) -> bool:
    """Return whether the second line of a row is, read alone, the next row: the header's width, and
    the row's integer id plus one in a column before the field that goes over several lines."""
    over_lines = next((n for n, value in enumerate(row) if "\n" in value or "\r" in value), None)
    if id_column is None or over_lines is None or id_column >= over_lines:
        return False
    if not row[id_column].strip().isdigit():
        return False
    try:
        [fields] = list(csv.reader([line], delimiter=delimiter, skipinitialspace=True)) or [[]]
    except (csv.Error, ValueError):
        return False
    return len(fields) == width and fields[id_column].strip() == str(int(row[id_column].strip()) + 1)
