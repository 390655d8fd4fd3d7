"""The csv text of a query's rows (flows/cli/csv_text.py): every cell reads back as it was, whichever line end."""

from __future__ import annotations

import csv
import io

import pytest

from flows.cli.csv_text import CRLF, LF, csv_lines


@pytest.mark.parametrize("line_end", [LF, CRLF])
@pytest.mark.parametrize("row", [
    ["a\nb", "2"],  # a line break inside a quotation
    ["a\rb", "2"],  # a lone CR (an old Mac file's line break): quoted under LF too
    ["a\r\nb", "2"],
    ["a\nb", ""],  # a row with an empty string is written cell by cell
    ["a\rb", "", "x,y"],
])
def test_a_cell_with_a_line_break_reads_back_whole(row: list[str], line_end: str) -> None:
    text = csv_lines([["n", *("c" * (len(row) - 1))], row], line_end)
    assert list(csv.reader(io.StringIO(text, newline=""))) == [["n", *("c" * (len(row) - 1))], row]
    assert text.endswith(line_end) and text.count(line_end) >= 2
