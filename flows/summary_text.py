"""A run's summary as plain text, for a pipe or a log: the same content as its markdown artifact.

The summary is written once, as markdown (flows/artifacts.py), for Prefect's UI; printed to a
terminal it is rendered by rich. Printed to a file, a pipe or a scheduler's log, raw markdown is
noise (`| --- | ---: |`, backquotes) and rich's rendering is cut to a width. This turns the few
markdown forms the summary uses into plain text: headings become lines of their own, tables
aligned columns (numbers to the right), links their text and address, code its text. Nothing is
cut or wrapped.
"""

from __future__ import annotations

import re
import unicodedata

from flows.artifacts import MARKUP_CHARACTERS

_ESCAPED = re.compile(rf"\\([{MARKUP_CHARACTERS}])")  # as flows/artifacts.py escapes them in names
_INLINE = re.compile(rf"`([^`]*)`|\\([{MARKUP_CHARACTERS}])|\[((?:\\.|[^\]\\])*)\]\(([^)]*)\)")
_DIVIDER = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


def plain_text(markdown: str) -> str:
    """Return markdown (headings, tables, lists, links, code) as plain text.

    >>> print(plain_text("# Run `x`\\n\\n| what | count |\\n| --- | ---: |\\n| files | 12 |\\n| a\\\\|b | 3 |"), end="")
    Run x
    =====
    <BLANKLINE>
    what   count
    files     12
    a|b        3
    """
    out: list[str] = []
    table: list[str] = []
    for line in markdown.splitlines():
        if line.startswith("|"):
            table.append(line)
            continue
        if table:
            out += _table(table)
            table = []
        out += _line(line)
    if table:
        out += _table(table)
    return "\n".join(out) + "\n"


def _inline(text: str) -> str:
    # One pass, left to right, as markdown reads it: a code span as written (backslashes kept), an
    # escaped character as itself (so "\\[a\\](b)" is no link), a link as its text and address.
    return _INLINE.sub(_inline_token, text)


def _inline_token(match: re.Match[str]) -> str:
    code, escaped, label, address = match.groups()
    if code is not None:
        return code
    if escaped is not None:
        return escaped
    label = _ESCAPED.sub(r"\1", label)
    return label if label == address else f"{label} ({address})"


def _line(line: str) -> list[str]:
    heading = re.match(r"^(#{1,6})\s+(.*)$", line)
    if heading is None:
        return [_inline(line)]
    text = _inline(heading.group(2))
    return [text, ("=" if len(heading.group(1)) == 1 else "-") * len(text)]


def _cells(row: str) -> list[str]:
    row = row.strip().removeprefix("|")
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return [_inline(c.strip()) for c in re.split(r"(?<!\\)\|", row)]


def _table(rows: list[str]) -> list[str]:
    right: list[bool] = []
    body: list[list[str]] = []
    for row in rows:
        if _DIVIDER.match(row.strip()):
            right = [c.strip().endswith(":") for c in row.strip().strip("|").split("|")]
            continue
        body.append(_cells(row))
    width = max(len(r) for r in body)
    widths = [max(columns(r[i]) if i < len(r) else 0 for r in body) for i in range(width)]
    lines = []
    for r in body:
        cells = [
            (" " * (w - columns(c)) + c if i < len(right) and right[i] else c + " " * (w - columns(c)))
            for i, (c, w) in enumerate(zip(r + [""] * (width - len(r)), widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    return lines


def columns(text: str) -> int:
    """Return the columns a terminal gives a text: a Chinese, Japanese or Korean character (wide) two, a combining
    mark (Thai's vowels and tones, an accent written apart) none, so a theme named in those scripts lines up.

    >>> columns("war"), columns("大雨警報"), columns("น้ำท่วม"), columns("การเลือกตั้ง"), columns("e\u0301")
    (3, 8, 5, 9, 1)
    """
    return sum(0 if unicodedata.category(c) in ("Mn", "Me") else 2 if unicodedata.east_asian_width(c) in "WF" else 1
               for c in text)
