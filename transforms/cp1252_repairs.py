"""Read a mostly-UTF-8 file whose invalid runs are cp1252 (rows written by different tools)."""

from __future__ import annotations

import re

from transforms.legacy_encodings import SAMPLE_BYTES, reads_as_western

# The encoding of a file read as UTF-8 whose invalid runs were cp1252 (`utf8_with_cp1252_repairs`).
UTF8_REPAIRED = "utf-8+cp1252"


def utf8_with_cp1252_repairs(data: bytes) -> str | None:
    """Return the text of mostly-UTF-8 bytes with each invalid run read as cp1252, or None.

    A file whose rows were written by different tools (a UTF-8 export with cp1252 rows appended) is
    UTF-8 where it is valid: each run of bytes UTF-8 rejects is read as cp1252, the rest as UTF-8.
    Per run rather than per line, so a line holding both keeps its UTF-8 characters. Only when the
    valid multi-byte UTF-8 characters are at least a tenth of the invalid bytes (a legacy file's
    chance pairs, as "ТАСС»" in cp1251, are a few among thousands) and the lines holding the
    repairs read as Western text in cp1252 (`reads_as_western`); else None.

    >>> utf8_with_cp1252_repairs("café ".encode() + "café".encode("cp1252"))
    'café café'
    >>> utf8_with_cp1252_repairs("Путин".encode("cp1251")) is None
    True
    """
    escaped = data.decode("utf-8", errors="surrogateescape")  # each invalid byte a lone surrogate
    invalid = sum(map(len, _ESCAPED.findall(escaped)))
    valid = len(escaped) - len(escaped.encode("ascii", "ignore")) - invalid
    if 10 * valid < max(invalid, 1):  # a legacy file holds a valid UTF-8 sequence only by chance, rarely
        return None
    try:
        text = _ESCAPED.sub(_as_cp1252_run, escaped)
    except UnicodeDecodeError:
        return None  # a byte cp1252 does not define (0x81, 0x8D, 0x8F, 0x90, 0x9D): no cp1252 text
    # The lines holding repairs, as far as the first 64 KB of them: they must read as Western text.
    lines: list[str] = []
    size = line_end = 0
    for run in _ESCAPED.finditer(escaped):
        if size >= SAMPLE_BYTES:
            break
        if run.start() < line_end:
            continue  # on the line already taken
        begin = escaped.rfind("\n", 0, run.start()) + 1
        line_end = escaped.find("\n", run.end())
        line_end = len(escaped) if line_end == -1 else line_end
        lines.append(escaped[begin:line_end])
        size += line_end - begin
    return text if reads_as_western(_ESCAPED.sub(_as_cp1252_run, "\n".join(lines))) else None


_ESCAPED = re.compile("[\udc80-\udcff]+")


def _as_cp1252_run(run: re.Match[str]) -> str:
    return run[0].encode("utf-8", "surrogateescape").decode("cp1252")
