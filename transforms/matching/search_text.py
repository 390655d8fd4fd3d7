"""The search text: a text with every non-word character a space, lower-cased, the same length.

Because it keeps the text's length, an offset in the search text is an offset in the text: the term
matcher (transforms.matching.themes), the semantic layer and the enrichments all read text this way, so their
evidence offsets point at the paragraph itself. `ascii_key_text` is its one-byte-per-character form
for automata and word lists of ASCII keys.
"""

from __future__ import annotations

import unicodedata

import numpy as np

# search_text's tables: ASCII letters and digits are word characters, every other byte a space.
_ASCII_CASED = bytes(b if chr(b).isascii() and chr(b).isalnum() else 32 for b in range(256))
_ASCII_LOWER = bytes(ord(chr(b).lower()) for b in _ASCII_CASED)
_ASCII_WORD = np.array([chr(b).isalnum() for b in range(128)] + [False], dtype=bool)  # [128]: look it up


def search_text(text: str, lower: bool = True) -> str:
    """Return text with non-word characters as spaces (and lower-cased), the same length as text.

    A word character is one `str.isalnum` accepts, as `\\w` without the underscore, or a combining
    mark that follows one (`attached_marks`).

    >>> search_text("Russia's WAR-time")
    'russia s war time'
    >>> search_text("Café «Noël» 2½", lower=False)
    'Café  Noël  2½'
    >>> search_text("re\u0301gime \u0301x") == "re\u0301gime  x"
    True
    """
    if text.isascii():  # most news text: a byte table does it at memory speed
        return text.encode("ascii").translate(_ASCII_LOWER if lower else _ASCII_CASED).decode("ascii")
    if lower:
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters (e.g. "İ") lower-case to two
            lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        text = lowered
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).copy()
    word = _ASCII_WORD[np.minimum(codes, 128)]
    wide = np.flatnonzero(codes >= 128)
    if len(wide):
        seen = np.unique(codes[wide])
        seen_word = np.array([chr(c).isalnum() for c in seen.tolist()], dtype=bool)
        word[wide] = seen_word[np.searchsorted(seen, codes[wide])]
        seen_mark = np.array([_is_mark(chr(c)) for c in seen.tolist()], dtype=bool)
        if seen_mark.any():
            mark = np.zeros(len(codes), dtype=bool)
            mark[wide] = seen_mark[np.searchsorted(seen, codes[wide])]
            word = attached_marks(word, mark)
    codes[~word] = ord(" ")
    return codes.tobytes().decode("utf-32-le", "surrogatepass")


def _is_mark(c: str) -> bool:
    """Return whether a character is a combining mark (Unicode category M: Mn, Mc, Me)."""
    return unicodedata.category(c)[0] == "M"


def attached_marks(word: np.ndarray, mark: np.ndarray) -> np.ndarray:
    """Return `word` (per character: a word character?) with each combining mark that follows a word
    character (through other marks) made one too.

    A decomposed accent ("e" + U+0301, as macOS file names and some CMS exports write "é") and the
    vowel signs of Devanagari or Thai are no `isalnum` characters: read as spaces, they split "régime"
    into "re" and "gime", whose pieces became semantic evidence, and no term with the accent matched.
    A mark after a space or punctuation stays a space, so no word is made of marks alone.

    >>> attached_marks(np.array([1, 0, 0, 0, 0], bool), np.array([0, 1, 1, 0, 1], bool)).tolist()
    [True, True, True, False, False]
    """
    position = np.arange(len(word))
    base = np.maximum.accumulate(np.where(mark, -1, position))  # the last character that is no mark
    attached = mark & (base >= 0) & word[np.maximum(base, 0)]
    return word | attached


def ascii_key_text(text: str) -> str:
    """Return `search_text(text)` as an automaton of ASCII keys needs it: each non-ASCII word
    character becomes "\\x80" (a word character no key holds), so the text is one byte per
    character and a byte table does the work, whatever few accents or curly quotes it has.

    >>> ascii_key_text("Naïve «Café» 3€")
    'na\\x80ve  caf\\x80  3 '
    """
    if text.isascii():
        return search_text(text)
    data = _latin_key_bytes(text)
    if data is None:
        # Each character's byte from a table of every code point, filled as characters are met: an accented
        # text has a run of non-ASCII characters every few words, and an encoding error handler called per run
        # took twice the time of the rest of the term matcher on French or Spanish text.
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        data = _code_bytes(codes)
    mark = data == _MARK[0]
    if mark.any():  # a combining mark: a word character after one, else a space (`attached_marks`)
        word = attached_marks((data != 32) & ~mark, mark)
        data[mark] = np.where(word[mark], 0x80, 32)
    return data.tobytes().decode("latin-1")


def _latin_key_bytes(text: str) -> np.ndarray | None:
    """Return `ascii_key_text`'s bytes before its marks are resolved, for a text of few characters beyond
    Latin-1 (news: a curly quote or a dash every few paragraphs), else None.

    The text is encoded one byte a character (each character beyond Latin-1 a "?") and put through a byte
    table; then only the "?"s are looked at, and those that stand for another character get its byte. A
    batch's joined text (480,000 characters, 52 beyond ASCII) 2.3 ms against 0.9 ms; every character's
    byte from the table of all code points (`_code_bytes`) took the rest.
    """
    latin = text.encode("latin-1", "replace")
    asked = np.flatnonzero(np.frombuffer(latin, dtype=np.uint8) == _QUESTION)
    if len(asked) * _MOSTLY_LATIN > len(text):  # Greek, Cyrillic, CJK...: the table of all code points
        return None
    data = np.frombuffer(bytearray(latin.translate(_LATIN_KEY)), dtype=np.uint8)
    wide = [i for i in asked.tolist() if text[i] != "?"]
    if wide:
        data[wide] = _code_bytes(np.array([ord(text[i]) for i in wide], dtype=np.uint32))
    return data


def _code_bytes(codes: np.ndarray) -> np.ndarray:
    """Return each code point's byte in a key text (a mark's `_MARK`), filling `_KEY_BYTES` for those not yet met."""
    data = _KEY_BYTES[codes]
    unknown = data == _UNKNOWN
    if unknown.any():
        for code in np.unique(codes[unknown]).tolist():
            _KEY_BYTES[code] = _KEY_LOWER[_non_ascii_byte(chr(code))[0]]
        data = _KEY_BYTES[codes]
    return data


def _non_ascii_byte(c: str) -> bytes:
    lowered = c.lower()
    lowered = lowered if len(lowered) == 1 else c
    if lowered.isascii():  # e.g. the Kelvin sign lower-cases to "k"
        return lowered.encode("ascii")
    if _is_mark(c):  # decided by what precedes it (`ascii_key_text`)
        return _MARK
    return b"\x80" if lowered.isalnum() else b" "


_MARK = b"\x81"  # a combining mark in the key text before `ascii_key_text` resolves it
_KEY_LOWER = _ASCII_LOWER[:128] + b"\x80" + _MARK + b" " * 126
_UNKNOWN = 0xFF  # no byte of `_KEY_LOWER`'s: a character not yet met
_KEY_BYTES = np.full(0x110000, _UNKNOWN, dtype=np.uint8)  # every code point's byte in a key text
_KEY_BYTES[:128] = np.frombuffer(_KEY_LOWER[:128], dtype=np.uint8)
# Latin-1's code points' bytes, each decided once: the table `_latin_key_bytes` translates with.
_KEY_BYTES[128:256] = [_KEY_LOWER[_non_ascii_byte(chr(code))[0]] for code in range(128, 256)]
_LATIN_KEY = _KEY_BYTES[:256].tobytes()
_QUESTION = ord("?")
# A text with more than one character in this many beyond Latin-1 (or "?") is read through `_code_bytes` whole:
# looking at each such character in Python would cost more.
_MOSTLY_LATIN = 64
