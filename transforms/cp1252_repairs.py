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
    repairs read as Western text in cp1252 (`reads_as_western`), or the invalid bytes are a few stray
    punctuation marks in UTF-8 of any script (`_stray_punctuation`); else None.

    >>> utf8_with_cp1252_repairs("café ".encode() + "café".encode("cp1252"))
    'café café'
    >>> utf8_with_cp1252_repairs("Путин".encode("cp1251")) is None
    True
    >>> utf8_with_cp1252_repairs("Путин сказал ".encode() + b"\\x93" + "да".encode() + b"\\x94")
    'Путин сказал “да”'
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
    if _stray_punctuation(escaped, invalid, valid):
        return text
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


# The punctuation a Windows editor pastes as one cp1252 byte (0x80-0x9F) into a UTF-8 file: curly quotes,
# dashes, an ellipsis, a bullet. Not the letters of that range (Š, Œ, ž, Ÿ, ƒ), nor 0xA0-0xFF: a legacy
# CJK file's bytes (Shift_JIS leads 0x81-0x9F, GBK and Big5 ones 0x81-0xFE) are mostly those.
_STRAY_MARKS = frozenset("€‚„…†‡‰‹‘’“”•–—™›")
# Stray marks are few: at most this many, or one per 100 valid non-ASCII characters, and the valid
# UTF-8 characters at least twice as many as they.
_FEW_STRAYS = 3
_STRAYS_PER_VALID = 100


def _stray_punctuation(escaped: str, invalid: int, valid: int) -> bool:
    """Return whether the invalid bytes of UTF-8 text (`escaped`, each a lone surrogate) are a few stray
    cp1252 punctuation marks: a Chinese, Russian or Greek article with a curly quote or an en dash pasted
    from a Windows editor is UTF-8 with those marks repaired, not a file for the quarantine (its lines do
    not read as Western text, as a Western file's cp1252 rows must).

    >>> _stray_punctuation("北京市说\\udc93是\\udc94", 2, 5), _stray_punctuation("北京\\udc8a", 1, 2)
    (True, False)
    """
    if invalid > max(_FEW_STRAYS, valid // _STRAYS_PER_VALID) or valid < 2 * invalid:
        return False
    return all(ch in _STRAY_MARKS for run in _ESCAPED.finditer(escaped) for ch in _as_cp1252_run(run))
