"""A text's table of figures: rows of a label and an amount ("Revenue: 10m"), among which a "Date:" line is the
table's, not the text's date."""

from __future__ import annotations

import re

# A row of a table of figures, a label and an amount alone ("Revenue: 10m", "Costs: £8.2bn", "Turnout: 64%"): a
# "Date:" among two such rows is the table's, the day its figures are for, and a row of it (it was taken for the
# text's date and the row cut from its table)
FIGURE_ROW = re.compile(
    r"[^\W\d][\w .'/&()-]{0,40}:\s*[-+(]?[£$€¥]?\d[\d,.]*\s*(?:%|[kmb]n?|million|billion|thousand|tonnes?)?\)?\s*",
    re.IGNORECASE)
TABLE_ROWS = 2


def in_figure_table(lines: list[str], index: int) -> bool:
    """Return whether a line is a row of a table of figures: its block (the lines around it, no blank line between)
    holds `TABLE_ROWS` rows of a label and an amount or more.

    >>> in_figure_table(["Results", "Date: 2024-03-05", "Revenue: 10m", "Costs: £8m"], 1)
    True
    >>> in_figure_table(["Rates rise", "Published: 2024-03-05", "Updated: 2024-03-06", "Page: 3"], 1)
    False
    """
    start = end = index
    while start > 0 and lines[start - 1].strip():
        start -= 1
    while end + 1 < len(lines) and lines[end + 1].strip():
        end += 1
    rows = sum(FIGURE_ROW.fullmatch(line.strip()) is not None for line in lines[start: end + 1])
    return rows >= TABLE_ROWS
