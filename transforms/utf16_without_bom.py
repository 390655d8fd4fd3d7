"""UTF-16 text without a byte-order mark: the bytes `transforms.text.decode_article` reads as UTF-16 though no BOM
says so (a NUL in its first bytes, or none at all and not UTF-8)."""

from __future__ import annotations

import re

# UTF-16 without a BOM (SQL Server's `bcp -w` exports, .NET's UnicodeEncoding without its preamble): its NULs are
# high bytes, of the characters below U+0100 (every character of Latin-script text; a Cyrillic or Greek text's spaces,
# digits and line ends; a Chinese, Japanese or Korean text's line ends, spaces and digits), after the low byte
# (little-endian) or before it (big-endian). A few low bytes are NULs too, in CJK text: those of U+4E00 一, U+5F00
# 开, U+6700 最 ..., one character in 256 (such a file was quarantined as binary, where its high bytes' NULs were
# required to be its only ones). The side with more NULs is tried first, then the other; a decoding is text where it
# holds no control character (a binary file's NULs fall on both sides, and two in a row are U+0000) and half its
# characters shown are letters. A file whose NULs fall so by chance decodes to control characters, or to few letters:
# no text.
_UTF16_SAMPLE = 4096
# The control characters a text holds, and the least share of letters among its other characters.
_TEXT_CONTROLS = frozenset("\t\n\r\f")
_MIN_LETTERS = 0.5


def utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Return the text and codec of bytes that are UTF-16 without a BOM, else None.

    >>> utf16_without_bom("Storm\\n\\nRain fell.\\n".encode("utf-16-le"))
    ('Storm\\n\\nRain fell.\\n', 'utf-16-le')
    >>> [utf16_without_bom(text.encode(codec))[1] for text, codec in [
    ...     ("Déjà vu", "utf-16-be"), ("Выборы в Москве", "utf-16-le"), ("一万人が参加した。\\n\\n", "utf-16-le")]]
    ['utf-16-be', 'utf-16-le', 'utf-16-le']
    >>> utf16_without_bom(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00"), utf16_without_bom(bytes([1, 0, 2, 0]) * 8)
    (None, None)
    >>> utf16_without_bom(b"\\x00\\x01\\x02binary\\x00") is None
    True
    """
    sample = data[:_UTF16_SAMPLE]
    if len(data) % 2 or len(sample) < 4:
        return None
    low_first, high_first = sample[0::2], sample[1::2]
    nuls_odd, nuls_even = high_first.count(0), low_first.count(0)
    sides = [("utf-16-le", nuls_odd, nuls_even), ("utf-16-be", nuls_even, nuls_odd)]
    for codec, high, low in sorted(sides, key=lambda side: side[2] - side[1]):
        # its high bytes hold no NUL, or no more than its low bytes: no UTF-16 text (ten bytes of junk with a NUL on
        # each side, `\x00\x01\x02binary\x00`, read as "Ā戂湩牡y", an article; CJK text with as many of 一's NULs as
        # of its line ends' is `cjk_utf16`'s, by its punctuation)
        if high <= low:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:  # a surrogate unpaired: no UTF-16
            continue
        if _reads_as_text(text[: _UTF16_SAMPLE // 2]):
            return text, codec
    return None


# UTF-16 Chinese or Japanese without a BOM and without a character below U+0100 (no space, digit or line end: a
# paragraph's sentences run on, its punctuation CJK's own) has no NUL high byte to tell it by; a few of its low bytes
# may be NULs (一, 开, 最). It was left to the legacy-encoding guess (or quarantined as binary), which read it as
# anything but UTF-16. Its characters are all CJK, and its sentences end with CJK punctuation (、。，！？), code units
# U+3001, U+3002 and U+FFxx whose bytes 0x30 and 0xFF no Shift_JIS, GBK, Big5 or EUC character holds: those code
# pages' kanji read as UTF-16 are CJK characters too (Shift_JIS's, big-endian), never that punctuation.
_CJK_PUNCTUATION = "、。，！？"
_NOT_CJK = re.compile(r"[^\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef\s]")
_MIN_CJK = 0.9
_CJK_CHARACTERS_PER_PUNCTUATION = 100


def cjk_utf16(data: bytes) -> tuple[str, str] | None:
    """Return the text and codec of bytes that are UTF-16 Chinese or Japanese without a BOM (`_CJK_PUNCTUATION`).

    >>> cjk_utf16("东京电力周二表示，排放工作将于下月重新开始。".encode("utf-16-be"))[1]
    'utf-16-be'
    >>> cjk_utf16("東京電力は五日、放出を再開すると発表した。".encode("shift_jis")) is None
    True
    """
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            head = data[:_UTF16_SAMPLE].decode(codec)
        except UnicodeDecodeError:  # an unpaired surrogate: no UTF-16
            continue
        punctuation = sum(head.count(mark) for mark in _CJK_PUNCTUATION)
        if (punctuation and punctuation * _CJK_CHARACTERS_PER_PUNCTUATION >= len(head)
                and len(_NOT_CJK.findall(head)) <= (1 - _MIN_CJK) * len(head)):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                return None
    return None


def _reads_as_text(head: str) -> bool:
    """Return whether a decoding's first characters are text: no control characters but line ends and tabs, and
    half the characters shown letters."""
    if not all(character.isprintable() or character in _TEXT_CONTROLS for character in head):
        return False
    shown = [character for character in head if not character.isspace()]
    return sum(character.isalpha() for character in shown) >= _MIN_LETTERS * len(shown)
