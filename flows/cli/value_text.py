"""Python values DuckDB gives for an INTERVAL or a BLOB, written as DuckDB writes them.

A result's INTERVAL and BLOB columns come as DuckDB's own text (warehouse.query_rows.TEXT_TYPES). Inside
a list or a struct, or in a column whose name the result repeats, they stay Python values, a
timedelta and bytes: `query` writes those as DuckDB would too, not as Python's repr ("1 day, 0:00:00",
b'a'). A timedelta no longer knows months: DuckDB gave a month as 30 days and a year as 360.
"""

from __future__ import annotations

from datetime import timedelta


def interval_text(value: timedelta) -> str:
    """Return an interval as DuckDB writes one of days and time.

    >>> [interval_text(timedelta(days=d, hours=h)) for d, h in ((3, 0), (1, 2.5), (0, -26), (0, 0))]
    ['3 days', '1 day 02:30:00', '-1 day -02:00:00', '00:00:00']
    >>> interval_text(timedelta(seconds=1.5))
    '00:00:01.5'
    """
    micros = value // timedelta(microseconds=1)
    sign = "-" if micros < 0 else ""
    days, micros = divmod(abs(micros), 86_400_000_000)
    parts = [f"{sign}{days} day{'' if days == 1 else 's'}"] if days else []
    if micros or not days:
        seconds, fraction = divmod(micros, 1_000_000)
        hours, rest = divmod(seconds, 3600)
        time = f"{sign}{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"
        parts.append(time + (f".{fraction:06d}".rstrip("0") if fraction else ""))
    return " ".join(parts)


def blob_text(value: bytes) -> str:
    r"""Return bytes as DuckDB writes a BLOB: printable ASCII as it is, other bytes and \ " ' as \xNN.

    >>> print(blob_text(b"a b\x80'\\"))
    a b\x80\x27\x5C
    """
    return "".join(chr(b) if 32 <= b < 127 and b not in b"\\\"'" else f"\\x{b:02X}" for b in value)


def value_text(value: object) -> object:
    """Return a timedelta or bytes as DuckDB's text of it, any other value as it is."""
    if isinstance(value, timedelta):
        return interval_text(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return blob_text(bytes(value))
    return value


def json_default(value: object) -> object:
    """`default` for json: a timedelta or bytes as DuckDB's text of it, anything else as str()."""
    text = value_text(value)
    return str(text) if text is value else text
