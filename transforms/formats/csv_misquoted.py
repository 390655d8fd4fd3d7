"""Misquoted CSV lines: a row of one line whose quote closes with text after it (`1,TV,"A 5" screen, big"`,
`1,"Best" phones`: a writer that doubled no quote), and its reading with those quotes as characters.

csv reads such a line without those quotes, and a comma after them as a delimiter (a column too many), so
its text is not the one its writer meant, without a word. `misquoted` finds such a line (a quoted field's
closing quote with text after it, read as csv_quotes.py's `quoted_fields` reads it); `lenient_row` reads it
again with its quotes as characters where that gives the header's width, else leaves csv's reading. Quotes
that open a field over several lines by mistake are csv_quotes.py's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from transforms.formats.csv_quotes import quoted_fields


def misquoted(line: str, delimiter: str) -> bool:
    """Return whether a CSV line has a quoted field whose closing quote has text after it: quotes no CSV
    writer writes so, which csv reads as quoting nonetheless.

    >>> misquoted('1,"Best" phones,x\\n', ","), misquoted('1,"A, b",x\\n', ","), misquoted('1,5" screen\\n', ",")
    (True, False, False)
    >>> misquoted('A,"He said "no", then left.",x\\n', ","), misquoted('A,He said "no" today,x\\n', ",")
    (True, False)
    """
    if '"' not in line or _text_after_quote(delimiter).search(line) is None:
        return False  # the common case, in C: a field's closing quote has a delimiter after it
    return any(field.text_after for field in quoted_fields(line, delimiter))


@lru_cache(maxsize=8)
def _text_after_quote(delimiter: str) -> re.Pattern[str]:
    """A quote after text (no delimiter, space or quote before it) with text after it (`Best" phones`): what a
    quoted field's closing quote with text after it is but where a quote doubled or one before a space is; or a
    quote after a word and a space with text after it (`"He said "no", then left."`), which csv reads as a quoted
    field's closing quote too, where a field's opening quote follows a delimiter (and spaces) instead."""
    d = re.escape(delimiter)
    # The quote first, then what is before it: a pattern that opens with a character is searched for fast.
    return re.compile(f'"(?:(?<![{d} "]")[ \t]*|(?<=[^ \t{d}"][ \t]"))[^ \t{d}\r\n"]')


def lenient_row(line: str, delimiter: str, width: int) -> list[str] | None:
    """Return the `width` fields of one CSV line whose quotes no writer wrote so (a quote not doubled inside
    a quoted field, a quote opening a field by mistake), else None. Two readings, the first that gives
    `width` fields: a field that opens with a quote ends at a quote followed by the delimiter or the line's
    end (the quotes before it characters of it); else such a field ends at its first quote when the
    delimiter or the line's end follows it, and is read as written, quotes and all, to the next delimiter
    when text does. `""` inside a quoted field is a quote.

    >>> lenient_row('1,TV,"A 5" screen, big"\\n', ",", 3), lenient_row('1,"Rain at last\\n', ",", 2)
    (['1', 'TV', 'A 5" screen, big'], ['1', '"Rain at last'])
    >>> lenient_row('1, "Best" phones,"He said ""no"" twice"\\n', ",", 3)
    ['1', '"Best" phones', 'He said "no" twice']
    >>> lenient_row('1,"5" screen, big,Text\\n', ",", 3) is None  # which comma parts the fields, nothing says
    True

    Last, where neither gives `width` fields, the first field a quote opens may end at a later quote before the
    delimiter, one only of them giving `width` fields: a quote no writer doubled was followed by the delimiter
    inside it (`"He said "no", then left.",2024-05-01`).

    >>> lenient_row('Exit,"He said "no", then left.",2024-05-01\\n', ",", 3)
    ['Exit', 'He said "no", then left.', '2024-05-01']
    >>> lenient_row('a,"x "y", z",w\\n', ",", 2) is None  # two readings of two fields each: nothing says which
    True
    """
    line = line.rstrip("\r\n")
    for to_last_quote in (True, False):
        fields = _lenient_fields(line, delimiter, to_last_quote)
        if len(fields) == width:
            return fields
    readings = [fields for later in range(1, min(line.count('"'), _LATER_QUOTES) + 1)
                if len(fields := _lenient_fields(line, delimiter, True, later)) == width]
    return readings[0] if len(readings) == 1 else None


# The later closing quotes `lenient_row` tries for a line's first quoted field: a line of more is left as csv reads it
_LATER_QUOTES = 8


def _lenient_fields(line: str, delimiter: str, to_last_quote: bool, later: int = 0) -> list[str]:
    """Return the fields of a line as `lenient_row` reads it, a quoted field closed by the first quote
    before a delimiter (`to_last_quote`), else by its first quote alone; the first quoted field closed by the
    quote before a delimiter `later` such quotes after that one (where there is none, the fields read so far)."""
    fields: list[str] = []
    place = 0
    while True:
        while line.startswith(" ", place):
            place += 1  # as csv's skipinitialspace
        end = _closing_quote(line, place + 1, delimiter, to_last_quote) if line.startswith('"', place) else None
        while later and end is not None:  # the first quoted field: a later quote before a delimiter closes it
            end, later = _closing_quote(line, end + 1, delimiter, to_last_quote), later - 1
            if end is None:
                return fields
        if end is not None:
            fields.append(line[place + 1:end].replace('""', '"'))
            place = end + 1
            while line.startswith((" ", "\t"), place):
                place += 1
            if place >= len(line):
                return fields
            place += len(delimiter)
            continue
        after = line.find(delimiter, place)
        fields.append(line[place:] if after < 0 else line[place:after])
        if after < 0:
            return fields
        place = after + len(delimiter)


def _closing_quote(line: str, start: int, delimiter: str, to_last_quote: bool) -> int | None:
    """Return where the quote closing a field opened before `start` is, followed by the delimiter or the
    line's end (spaces between): the first such quote not one of a doubled pair (`to_last_quote`), else
    the field's first quote not doubled, when such; None when there is none."""
    closing = re.compile(f'"[ \t]*(?:{re.escape(delimiter)}|$)')
    place = start
    while (quote := line.find('"', place)) >= 0:
        if line.startswith('""', quote):
            place = quote + 2  # a quote inside the field
            continue
        if closing.match(line, quote):
            return quote
        if not to_last_quote:
            return None
        place = quote + 1
    return None
