"""CSV files (.csv, and .tsv delimited by tabs): a header row, then one article per row; a row's number counts from 1
after the header.

A file that does not end with an end of line may be one still being written (ReadOptions.unfinished): its
last row is left out (ReadResult.unfinished), as a JSON Lines file's cut last line is. Unlike JSON, a CSV
row does not say whether it is whole (`A,The minister sa` has its two columns), so the missing end of
line alone says it: every writer (Python's csv, pandas, Excel, spreadsheets) ends each row with one.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterator

from transforms.formats.base import (
    MALFORMED_RECORD,
    NOT_RECORDS,
    STILL_WRITTEN,
    BadRecord,
    FormatError,
    ReadOptions,
    ReadResult,
)
from transforms.formats.csv_misquoted import lenient_row, misquoted
from transforms.formats.csv_quotes import ends_in_open_quote, stray_quote
from transforms.formats.field_mapping import detect_mapping
from transforms.formats.field_options import fields_present
from transforms.formats.json_value import without_cut_character
from transforms.formats.record_details import bad_ones_counted
from transforms.formats.records import NO_TEXT_FIELD, articles_from_records
from transforms.text import decode_article, normalize_text
from transforms.undecodable import EMPTY

_DELIMITERS = ",;\t|"
_NAMED = 40  # a column's name is this long at most where a detail names it: a longer one is an article's text
_EXCEL_SEP = re.compile(r"sep=([,;\t|])[ \t]*\r?\n")
_BLANK_LINES = re.compile(r"(?:[ \t]*\n)*")
_NO_END_OF_LINE = "no end of line"


def read_tsv(data: bytes, options: ReadOptions) -> ReadResult:
    """Return the articles of a TSV file (.tsv): a CSV file delimited by tabs, whatever its header holds.

    >>> [a.text for a in read_tsv(b'text\\nRain fell, then it stopped.\\n', ReadOptions()).articles]
    ['Rain fell, then it stopped.']
    """
    # Its name says the delimiter: a header of one column ("text") was read at commas, its rows' prose split
    return read_csv(data, options, delimiter="\t")


def read_csv(data: bytes, options: ReadOptions, delimiter: str | None = None) -> ReadResult:
    """Return the articles of a CSV file (`delimiter`: the one its name says, else its header's); a row with the
    wrong number of columns is a bad record.

    >>> r = read_csv(b'title,text\\nA,One.\\nB,Two.,extra\\n', ReadOptions())
    >>> [(a.record, a.title) for a in r.articles], [(b.record, b.reason) for b in r.bad]
    ([(1, 'A')], [(2, 'malformed_record')])
    """
    # A file being written may end inside a character of several bytes: undecodable, it was quarantined.
    # A line's trailing tabs are kept until the delimiter is known: in a tab-delimited file (Excel's "Unicode
    # text" export) they are a row's empty last cells, and the row without them was a malformed_record.
    decoded = decode_article(without_cut_character(data) if options.unfinished else data, keep_trailing_spaces=True)
    csv.field_size_limit(2**31 - 1)  # an article body is longer than the module's 128 KB default
    text = decoded.text
    # Excel writes the delimiter on a first line of its own ("sep=;"): it says the delimiter, and is
    # not the header. Blank lines before the header are none either (the file was refused, not_records).
    start = _after_blank_lines(text, 0)
    sep = _EXCEL_SEP.match(text, start)
    if sep:
        start = _after_blank_lines(text, sep.end())
    skipped = text.count("\n", 0, start)  # lines before the header's: the file's line numbers count them
    text = text[start:]
    if options.unfinished and "\n" not in text and "\r" not in text:
        # No row but the header, itself without an end of line: the header may be cut ("title,te"), and
        # read as one it would quarantine the file (or delete its records) while its writer is at work.
        # (After Excel's line: "sep=;\ntitle;te" is as cut.)
        header_cut = f"the file ends before its header does ({_NO_END_OF_LINE}): {STILL_WRITTEN}"
        return ReadResult(encoding=decoded.encoding, unfinished=header_cut)
    # Else the delimiter is the one the header uses most: csv.Sniffer, shown article prose full of
    # commas and quotes, guesses wrong.
    header_line = text.split("\n", 1)[0]
    if sep:
        delimiter = sep.group(1)
    elif delimiter is None:
        delimiter = max(_DELIMITERS, key=header_line.count) if any(d in header_line for d in _DELIMITERS) else ","
    if delimiter != "\t":  # trailing spaces are no cells: without them, as every other text is read
        text = normalize_text(text)
    lines = io.StringIO(text, newline="").readlines()  # as csv parts them: at "\n", "\r\n" or "\r"
    # A space after the delimiter (`title, text`) is no part of the field: else a header names " text",
    # and a quoted field after the space is read with its quotes and split at its commas.
    reader = csv.reader(iter(lines), delimiter=delimiter, skipinitialspace=True)
    try:
        header = next(reader, None)
        columns = column_names(header or [])
        given = fields_present(options.fields, columns) if options.where_present else options.fields
        detected = detect_mapping(columns, given)
        text_field = detected.get("text", "").split(".")[0]
        # One column is a header too when it names the text ("text", "body"): a file of texts alone.
        if not header or (len(header) < 2 and not text_field):
            raise FormatError(NOT_RECORDS, "not CSV: the first row is not a header of two or more columns")
        # Which of two text columns is the text, nothing says (the second won, unsaid). Another
        # doubled column is read by its first, the second kept as `NAME_2` (column_names).
        if text_field and header.count(text_field) > 1:
            raise FormatError(NOT_RECORDS, f"the header names the text column {text_field!r} twice: rename one")
        id_column = columns.index(detected["id"]) if detected.get("id") in columns else None
        records: list[tuple[int, object]] = []
        bad: list[BadRecord] = []
        row_start = reader.line_num  # where the last row starts (its line, from 0)
        rows = _rows(lines, reader.line_num, delimiter, len(header), id_column, skipped, options.unfinished)
        for number, (row, first_line, stray) in enumerate(rows, start=1):
            row_start = first_line
            if stray:
                bad.append(BadRecord(number, MALFORMED_RECORD, stray))
                continue
            if not any(cell.strip() for cell in row):
                continue  # a blank line, or a spreadsheet's empty row (";;;;"): no record, not a no_text one each
            if [cell.lstrip("\ufeff") for cell in row] == header:
                continue  # the header again, as exports joined with `cat` repeat it (with its BOM): no article
            if len(row) != len(header):
                bad.append(
                    BadRecord(number, MALFORMED_RECORD, f"{len(row)} columns where the header has {len(header)}")
                )
                continue
            # A column the header does not name is left out where the row leaves it empty: a header's trailing
            # delimiter (`title;text;date;`) added `"": ""` to every article.
            records.append((number, {
                name: value for name, value, named in zip(columns, row, header, strict=True) if value or named.strip()
            }))
    except csv.Error as error:
        raise FormatError(NOT_RECORDS, f"not CSV: {error}") from None
    ended = decoded.ends_with_end_of_line
    # A gzip stream cut after an end of line may be cut in a quoted field that goes on past it: its row is
    # left for the next run all the same.
    how = "the stream is cut after its end of line" if ended else _NO_END_OF_LINE
    cut = _cut_row(ended and not options.stream_cut, how, records, bad) if options.unfinished else None
    if not (records or bad or cut):
        # An export of no row (a query that matched none) was a new file of no article, and nothing said so;
        # a writer may have put its header down and no row yet: then the next run reads it again.
        if options.unfinished:
            return ReadResult(encoding=decoded.encoding, unfinished=f"no row after its header yet: {STILL_WRITTEN}")
        raise FormatError(EMPTY, _header_alone(columns))
    if cut is None and (records or bad) and ends_in_open_quote("".join(lines[row_start:]), delimiter):
        cut = _open_quote_row(options.unfinished, skipped + row_start, records, bad)
    # Excel delimits with `;` where the decimal separator is a comma (its list separator in continental Europe and
    # Latin America), whose dates are all written day first: such an export's 05/03/2025 was read as 3 May.
    hint = "as a file delimited with ';' (a European spreadsheet's export) writes them" if delimiter == ";" else None
    try:
        result = articles_from_records(records, options, bad, hint)
    except FormatError as error:
        if error.reason != NO_TEXT_FIELD or not bad:
            raise
        detail = bad_ones_counted(error.detail, [(b.record, b.detail) for b in bad], "row", "malformed")
        raise FormatError(NO_TEXT_FIELD, detail) from None
    result.unfinished = cut
    result.encoding = decoded.encoding
    return result


def _header_alone(columns: list[str]) -> str:
    """Return the detail of a file of its header and no row, naming its first columns, each clipped: a file of
    one article's line and no header read that line as the header, and named its whole text.

    >>> _header_alone(["title", "text", "date"])
    'its header (title, text, date) and no row: no article to read'
    """
    named = ", ".join(c if len(c) <= _NAMED else c[:_NAMED - 1] + "…" for c in columns[:4])
    named += ", ..." if len(columns) > 4 else ""
    # A long column name is no article's text: a text's sentence ends with a full stop, a name seldom does.
    article = any(len(c) > _NAMED and c.rstrip()[-1:] in ".!?" for c in columns)
    above = "; if that line is an article, a header line of its columns' names (title,text) goes above it"
    return f"its header ({named}) and no row: no article to read{above if article else ''}"


def column_names(header: list[str]) -> list[str]:
    """Return a CSV header's column names, each once: a name the header repeats is its first column's, and
    its next ones are numbered (`tag_2`); a column without a name is named by its place (`column_5`).
    Before, a repeated name kept its last column's value and an empty one its last, the others lost.

    >>> column_names(["title", "tag", "tag", "", " "])
    ['title', 'tag', 'tag_2', 'column_4', 'column_5']
    >>> column_names(["a", "a_2", "a", "", "column_4"])
    ['a', 'a_2', 'a_3', 'column_4_2', 'column_4']
    """
    taken = {name for name in header if name.strip()}
    names: list[str] = []
    for place, name in enumerate(header, start=1):
        base = name if name.strip() else f"column_{place}"
        new, count = base, 1
        while new in names or (new != name and new in taken):
            count += 1
            new = f"{base}_{count}"
        names.append(new)
    return names


def _cut_row(ended: bool, how: str, records: list[tuple[int, object]], bad: list[BadRecord]) -> str | None:
    """Take the last row out of `records` or `bad` when the file does not end with an end of line as written
    (`ended`: `DecodedText.ends_with_end_of_line`; a file caught while it is written, if only in the spaces
    of a quoted field's next line); return the detail that says so (`how` it ends), else None."""
    if ended or not (records or bad):
        return None
    last_record = records[-1][0] if records else 0
    last_bad = bad[-1].record if bad else 0
    if last_record > last_bad:
        records.pop()
        return f"row {last_record} is cut off ({how}): {STILL_WRITTEN}"
    detail = bad.pop().detail
    return f"row {last_bad} is cut off ({how}, {detail}): {STILL_WRITTEN}"


def _after_blank_lines(text: str, place: int) -> int:
    """Return where a text goes on after the blank lines (spaces or tabs alone) from `place` on.

    >>> _after_blank_lines("\\n \\n\\ntitle,text\\n", 0), _after_blank_lines("title\\n", 0)
    (4, 0)
    """
    blank = _BLANK_LINES.match(text, place)
    return blank.end() if blank else place


def _rows(
    lines: list[str], start: int, delimiter: str, width: int, id_column: int | None, skipped: int = 0,
    may_be_written: bool = False,
) -> Iterator[tuple[list[str], int, str | None]]:
    """Return the rows of a CSV file's `lines` from line `start` (from 0) on: each row, the line it
    starts on, and why its first line alone is a bad record when a quote in it is stray
    (`csv_quotes.stray_quote`, naming the file's lines, `skipped` of which come before `lines`), the
    rows read again from the line after that one."""
    while True:
        reader = csv.reader(itertools.islice(lines, start, None), delimiter=delimiter, skipinitialspace=True)
        before = 0
        for row in reader:
            first, last = start + before, start + reader.line_num
            before = reader.line_num
            several = last - first > 1
            line = skipped + first + 1
            stray = stray_quote(lines[first:last], line, row, delimiter, width, id_column, may_be_written) \
                if several else None
            if stray:
                # A bad record, whether a later quote closes the stray one or none does: its first line read
                # alone, the quote a character, was '"Rain at last' with no word of the quote. The next lines
                # are rows.
                yield row, first, stray
                start = first + 1
                break
            if not several and misquoted(lines[first], delimiter):
                # `1,TV,"A 5" screen, big"`: read with its quotes as characters where that gives the header's columns.
                row = lenient_row(lines[first], delimiter, width) or row
            yield row, first, None
        else:
            return


def _open_quote_row(
    may_be_written: bool, line: int, records: list[tuple[int, object]], bad: list[BadRecord]
) -> str | None:
    """Take the last row, whose quoted field runs to the file's end, out of `records` or `bad`. In a file
    that may still be being written it is a row cut off: return the detail that says so. Else the quote is a
    mistake (`"Hello` for `"Hello"`) that made every line after it this field's text, the rows there lost
    without a word: the row is a bad record that says where, and None is returned."""
    last_record = records[-1][0] if records else 0
    last_bad = bad[-1].record if bad else 0
    number = max(last_record, last_bad)
    if last_record > last_bad:
        records.pop()
    else:
        bad.pop()
    if may_be_written:
        return f"row {number} is cut off (in a quoted field not closed yet): {STILL_WRITTEN}"
    bad.append(BadRecord(
        number, MALFORMED_RECORD,
        f"a quoted field that starts on line {line + 1} is never closed: every line after it would be its text "
        f"(close the quote, or double a quote inside the field)",
    ))
    return None
