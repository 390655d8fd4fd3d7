"""Stray quotes in CSV rows: a quote that opens a field by mistake (`1,"Rain at last` for `1,Rain at last`).

csv reads every line after such a quote as that field's text, up to the next quote (or to the file's
end), so the rows there are lost inside one article's text, without a word. Whether a quoted field over
several lines is an article's paragraphs or such a mistake, two things say, either enough:

- its closing quote is followed by more text, not by a delimiter or an end of line: a quote that closes
  no field but opens one of a later row (`3,Three,"The team won."`). No CSV writer writes that; but a field
  over several lines with a quote not doubled in it closes so too, so where an id can show a row, the line
  after its first must be one (of an integer id) as well.
- the line after its first, read alone, is a whole row of the header's width whose id (an integer, in a
  column before the quoted field's) is the row's id plus one: the next row, not a paragraph.

A quote never closed is stray where the line after its first is that next row, or, in a file without an
id, where that line is a row of the header's width and none below is narrower (the quoted field ran to the
file's end: the rows below were lost in it, where its text could only be a broken row's). Such a row is a
bad record, its quote not where its writer meant it, and so is a row whose stray quote is closed further
down (read alone, its quote a character of its text, it would be kept with a mistake said nowhere). The
lines after either are rows again. A row of one line whose quote closes with text after it is
csv_misquoted.py's.
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
    lines: Sequence[str], line: int, row: Sequence[str], delimiter: str, width: int, id_column: int | None,
    may_be_written: bool = False,
) -> str | None:
    """Return why a row of several `lines`, from the file's line `line` (from 1) on, as csv read it
    (`row`), is its first line alone, whose quote is stray (see the module), else None. `width` is the
    header's, `id_column` the id's column (None: the file has none). A quote never closed in a file that
    `may_be_written` is stray only where an id shows the next row: else a row its writer has not finished.

    >>> lines = ['1,One,"The storm hit.\\n', '2,Two,The bank raised rates.\\n', '3,Three,"The team won."\\n']
    >>> stray_quote(lines, 2, ["1", "One", "The storm hit.\\n2,Two,...,The team won.\\""], ",", 3, 0)[:64]
    'a quote opens a field on line 2 and closes on line 4 with text a'
    >>> paragraphs = ['1,"Rates rose.\\n', '\\n', 'Shares fell."\\n']
    >>> stray_quote(paragraphs, 2, ["1", "Rates rose.\\n\\nShares fell."], ",", 2, 0)
    """
    text = "".join(lines)
    fields = list(quoted_fields(text, delimiter))
    if any(field.end is None for field in fields):
        # Never closed: every line after it was its text, to the file's end (read_csv says so), unless the
        # line after its first is the next row (the rows below a typo in row 1 were all lost, the file too).
        # Without an id to say so, the lines after its first are rows where the first is a row of the header's
        # width and none is narrower, read as csv reads them. One line of that width is not enough: a paragraph
        # with one comma is a two-column row's width. A file being written may be in its field's paragraphs: it is
        # judged only where two whole lines or more below read so (a file written by hand and run at once kept
        # its rows below out for an hour, said to be still written; a writer's next lines change the file, which
        # is read again then).
        if id_column is None:
            below = lines[1:]
            whole = len([x for x in below if x.strip()]) >= 2 and below[-1].endswith(("\n", "\r"))
            next_row = (not may_be_written or whole) and _rows_to_the_end(below, delimiter, width)
        else:
            next_row = _next_row_inside(lines[1], row, delimiter, width, id_column)
        if not next_row:
            return None
        return (
            f"a quote opens a field on line {line} that is never closed, and line {line + 1} is the next row: "
            "every line after it would be that field's text; the row is left out, the rows below it read (close "
            "the quote, or double a quote inside the field)"
        )
    for field in fields:
        inside = text[field.start:field.end]
        # Where an id can show a row, the quote is stray only where the line after its first is one (of an
        # integer id: ids may skip numbers): a real field over several lines that holds a quote no writer doubled
        # (`"Line one.\n\nHe said "no, never" and left."`) closes later with text after it too, and its lines
        # read alone made an article of its text ('id=He said "no'); csv's reading of the row is kept.
        if field.text_after and ("\n" in inside or "\r" in inside) and (
                not _id_shows_rows(row, id_column)
                or _next_row_inside(lines[1], row, delimiter, width, id_column, any_id=True)):
            closing = line + len(re.findall(r"\r\n|\r|\n", text[:field.end]))
            return (
                f"a quote opens a field on line {line} and closes on line {closing} with text after it, as no "
                f"field ends: the rows between would be that field's text; the row is left out, the rows below it "
                f"read (close the quote on line {line}, or double a quote inside the field)"
            )
    if _next_row_inside(lines[1], row, delimiter, width, id_column):
        return (
            f"a quote opens a field on line {line} that is not closed there, and line {line + 1} is the next row: "
            f"it would be that field's text; the row is left out, the rows below it read (close the quote on line "
            f"{line}, or double a quote inside the field)"
        )
    return None


def _next_row_inside(
    line: str, row: Sequence[str], delimiter: str, width: int, id_column: int | None, any_id: bool = False,
) -> bool:
    """Return whether the second line of a row is, read alone, the next row: the header's width, and
    the row's integer id plus one in a column before the field that goes over several lines (`any_id`: an
    integer id, ids that skip numbers too)."""
    if id_column is None or not _id_shows_rows(row, id_column):
        return False
    fields = _fields(line, delimiter)
    if fields is None or len(fields) != width:
        return False
    said = fields[id_column].strip()
    return said.isdigit() if any_id else said == str(int(row[id_column].strip()) + 1)


def _id_shows_rows(row: Sequence[str], id_column: int | None) -> bool:
    """Return whether a row read over several lines has an id that can show the next row inside it: an integer,
    in a column before the first field that goes over several lines.

    >>> _id_shows_rows(["1", "a\\nb"], 0), _id_shows_rows(["a\\nb", "1"], 1), _id_shows_rows(["x1", "a\\nb"], 0)
    (True, False, False)
    """
    over_lines = next((n for n, value in enumerate(row) if "\n" in value or "\r" in value), None)
    return (id_column is not None and over_lines is not None and id_column < over_lines
            and row[id_column].strip().isdigit())


def _rows_to_the_end(lines: Sequence[str], delimiter: str, width: int) -> bool:
    """Return whether `lines`, read as csv reads them, are rows: the first of the header's `width`, none narrower
    (blank lines aside). A row with a column too many is a row still, its own bad record; a line of prose
    with no comma is narrower than any row of two columns.

    >>> _rows_to_the_end(["2,Sun\\n", "3,Rain, hail\\n"], ",", 2), _rows_to_the_end(["a, b.\\n", "Rain.\\n"], ",", 2)
    (True, False)
    """
    try:
        rows = [row for row in csv.reader(lines, delimiter=delimiter, skipinitialspace=True) if row]
    except (csv.Error, ValueError):
        return False
    return bool(rows) and len(rows[0]) == width and all(len(row) >= width for row in rows)


def _fields(line: str, delimiter: str) -> list[str] | None:
    """Return the fields of one line read alone as csv reads it, None where it does not read so."""
    try:
        [fields] = list(csv.reader([line], delimiter=delimiter, skipinitialspace=True)) or [[]]
    except (csv.Error, ValueError):
        return None
    return fields
