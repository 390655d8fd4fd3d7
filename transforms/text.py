"""Decode article bytes to text and normalise it, so offsets mean the same thing everywhere."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from transforms.cp1252_repairs import UTF8_REPAIRED, utf8_with_cp1252_repairs
from transforms.legacy_encodings import guess_legacy_encoding
from transforms.undecodable import BINARY, EMPTY, UNDECODABLE, WHITESPACE_ONLY, UndecodableText
from transforms.utf16_without_bom import cjk_utf16, utf16_without_bom

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    # UTF-32's before UTF-16's: its little-endian BOM begins with UTF-16's (FF FE), and a UTF-32 file read
    # as UTF-16 was an article of every other character a NUL, stored as text.
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_BOM_FIRST_BYTES = frozenset(bom[0] for bom, _ in _BOMS)


@dataclass(frozen=True)
class DecodedText:
    """Normalised article text and the encoding it was read with."""

    text: str
    encoding: str
    # Whether the bytes end with an end of line as written: normalising strips the spaces after the last
    # one (`},\n    `, a pretty-printed export caught while it indents its next record), and a reader
    # deciding whether a file is still being written must see its end as its writer left it.
    ends_with_end_of_line: bool = field(default=True, compare=False)


def decode_article(data: bytes, declared: str | None = None, keep_trailing_spaces: bool = False) -> DecodedText:
    """Return the normalised text of an article file's bytes, or raise UndecodableText.

    UTF-8 (with or without BOM), and UTF-16 and UTF-32 with a BOM, are read directly, and mostly-UTF-8
    bytes with cp1252 runs as such (transforms.cp1252_repairs); other bytes are read in the `declared`
    encoding (a Python codec: an HTML page's, transforms.formats.html_charset) when they are valid in it;
    anything else goes to charset-normalizer, and its guess is used only when it is confident.
    `keep_trailing_spaces`: a line's trailing spaces and tabs are kept, where they are data (a
    tab-delimited CSV row's empty last cells).

    >>> decode_article(b"caf\\xc3\\xa9\\r\\nbar  \\r\\n").text
    'café\\nbar\\n'
    >>> decode_article("naïve £5".encode("cp1252")).text
    'naïve £5'
    """
    if not data:
        raise UndecodableText(EMPTY, "the file is empty")
    for bom, codec in _BOMS if data[0] in _BOM_FIRST_BYTES else ():  # most files start with no BOM byte
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as err:
                raise UndecodableText(UNDECODABLE, f"starts with a {codec} BOM but is not {codec}: {err}") from None
            # A BOM says how to read the bytes, not that they are text: the rule for controls is the same.
            controls = len(_CONTROL_CHARACTERS.findall(text, 0, _BINARY_SAMPLE))
            if _too_many_controls(controls, min(len(text), _BINARY_SAMPLE)):
                raise UndecodableText(BINARY, _binary_detail(controls))
            return _finish(text, codec.replace("-sig", ""), keep_trailing_spaces, bool(controls))
    sample = data[:_BINARY_SAMPLE]
    # One pass in C (a few microseconds an article), where a regex scan costs five times as much.
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls:
        if b"\x00" in sample:
            utf16 = utf16_without_bom(data) or cjk_utf16(data)
            if utf16 is not None:
                return _finish(utf16[0], utf16[1], keep_trailing_spaces)
        if _is_binary(sample, controls):
            raise UndecodableText(BINARY, _binary_detail(controls))
    # Past the sample a stray control is dropped too (a CSV export's field thousands of rows down).
    strip = bool(controls) or (len(data) > _BINARY_SAMPLE and len(data.translate(None, _CONTROL_BYTES)) < len(data))
    try:
        return _finish(data.decode("utf-8"), "utf-8", keep_trailing_spaces, strip)
    except UnicodeDecodeError:
        pass
    utf16 = cjk_utf16(data)  # no NUL at all: no character below U+0100, nor one whose low byte is 0
    if utf16 is not None:
        return _finish(utf16[0], utf16[1], keep_trailing_spaces)
    repaired = utf8_with_cp1252_repairs(data)  # UTF-8 with cp1252 runs: before what a page declares
    if repaired is not None:
        return _finish(repaired, UTF8_REPAIRED, keep_trailing_spaces, strip)
    if declared is not None:
        try:
            return _finish(data.decode(declared), declared, keep_trailing_spaces, strip)
        except (UnicodeDecodeError, LookupError):  # the page is not in what it says: read as any other
            pass
    encoding = guess_legacy_encoding(data)
    try:
        return _finish(data.decode(encoding), encoding, keep_trailing_spaces, strip)
    except (UnicodeDecodeError, LookupError) as err:
        raise UndecodableText(UNDECODABLE, f"not UTF-8, and not {encoding} either: {err}") from None


# The bytes a file is judged binary or not by: its first 64 KB. (The check was written for 8 KB, but the
# legacy-encoding guess's `_SAMPLE = 65536`, later in the module they shared, replaced that value before
# any call; the split keeps the 64 KB every call read.)
_BINARY_SAMPLE = 65536
# Control bytes a text may hold: a database export's stray NUL in a field (a CSV, a text dump), an old DOS file's
# closing SUB (0x1A), is no binary file. A binary one (an image, a PDF, an SQLite file, a gzip stream) has far
# more, or a NUL and bytes that are not UTF-8 (UTF-16 text without a BOM, a NUL every other byte, is read before:
# `transforms.utf16_without_bom`). A few in a short file are a share of it above 1 %: two in `\x00\x01 not text`.
# The controls are file(1)'s: every C0 character but tab, line feed, vertical tab, form feed, carriage return,
# BEL, backspace and ESC (text holds those: a word processor's line break, a terminal's colour codes).
_CONTROLS = "".join(map(chr, [*range(0x07), *range(0x0E, 0x1B), *range(0x1C, 0x20)]))
_CONTROL_BYTES = _CONTROLS.encode("ascii")
_CONTROL_CHARACTERS = re.compile(f"[{re.escape(_CONTROLS)}]")
_DROP_CONTROLS = dict.fromkeys(map(ord, _CONTROLS))
_MAX_CONTROL_SHARE = 0.01
_FEW_CONTROLS = 3
_MAX_FEW_CONTROL_SHARE = 0.1


def _too_many_controls(controls: int, length: int) -> bool:
    """Return whether `controls` control characters in a text's first `length` are a binary file's, not stray ones.

    >>> _too_many_controls(1, 27), _too_many_controls(2, 11), _too_many_controls(4, 100), _too_many_controls(4, 500)
    (False, True, True, False)
    """
    few = controls <= _FEW_CONTROLS and controls <= _MAX_FEW_CONTROL_SHARE * length
    return controls > _MAX_CONTROL_SHARE * length and not few


def _binary_detail(controls: int) -> str:
    """Return the quarantine detail of a file judged binary for its control bytes."""
    return f"holds {controls} control bytes (NUL and the like) in its first 64 KB: a binary file, not text"


def _is_binary(sample: bytes, controls: int) -> bool:
    """Return whether a file's first bytes, which hold `controls` control bytes, are a binary file's rather than
    text's with a stray control or few (it was quarantined whole, every record of a CSV lost for one NUL in a
    field, while the same NUL past the sample was read as text).

    >>> def binary(sample): return _is_binary(sample, len(sample) - len(sample.translate(None, _CONTROL_BYTES)))
    >>> binary(b"id,text\\n1,Rates rose\\x00.\\n" + b"2,Rain fell.\\n" * 20), binary(b"\\x00\\x01 not text")
    (False, True)
    >>> binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00"), binary(b"\\x1f\\x8b\\x08\\x08\\x12\\x34\\x02\\x03a.txt")
    (True, True)
    >>> binary("id,text".encode("utf-16-le")), binary(b"SQLite format 3\\x00" + b"\\x10\\x00\\x01\\x01" * 40)
    (True, True)
    >>> binary(b"Title\\n\\nThe economy\\x00 grew.\\n"), binary("Hi\\n".encode("utf-16-le"))
    (False, True)
    >>> binary("Le pr\\xe9sident a parl\\xe9.\\n".encode("cp1252") * 3 + b"\\x1a")  # a DOS file's end: cp1252 text
    False
    """
    if _too_many_controls(controls, len(sample)):
        return True
    if b"\x00" not in sample:  # a stray SUB or SOH in text of a legacy code page is still that text
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:  # a character cut at the sample's end is no sign of a binary file
        return not (error.reason == "unexpected end of data" and error.end == len(sample))
    return False


def _finish(text: str, encoding: str, keep_trailing_spaces: bool = False, strip_controls: bool = False) -> DecodedText:
    # Spaces or tabs after the last end of line are padding, not a record begun: a finished file may end
    # so. (A pretty-printed JSON export cut in the indentation of its next record, `},\n    `, looks the
    # same at its end; its value left open says it is cut: json_value.file_cut_off.)
    ended = text.rstrip(" \t\f\v").endswith(("\n", "\r"))
    if strip_controls:  # a stray SOH or SUB, as a stray NUL, is no character of a paragraph: "said.\n\x1a" was one
        text = text.translate(_DROP_CONTROLS)
    text = normalize_text(text, keep_trailing_spaces)
    if is_blank(text):  # as `not text.strip()`, without a copy of the text, and zero-width characters too
        raise UndecodableText(WHITESPACE_ONLY, "contains only white space" + ("" if text.isspace() or not text
                                                                              else " and zero-width characters"))
    return DecodedText(text=text, encoding=encoding, ends_with_end_of_line=ended)


# Characters that take no room and show nothing: zero-width space, non-joiner and joiner, word joiner,
# a BOM inside a text (a zero-width no-break space), and a soft hyphen (shown only where a line breaks at
# it). A text of them and white space shows nothing.
_VISIBLE = re.compile(r"[^\s\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# A soft hyphen (U+00AD, HTML's `&shy;`): where a word may break across lines ("Ber&shy;lin"), no character
# of the word. Inside it, it hid the word from places, labels and queries ("Berlin" did not match).
SOFT_HYPHEN = "\u00ad"


def is_blank(text: str) -> bool:
    """Return whether a text shows nothing: white space and zero-width characters alone (U+200B,
    U+200C, U+200D, U+2060, U+FEFF, and the soft hyphen U+00AD), no article's text.

    >>> is_blank(" \\n\\t"), is_blank("\\u200b\\u200d \\ufeff\\u2060\\u200c"), is_blank("\\u200bRain")
    (True, True, False)
    """
    return _VISIBLE.search(text) is None


_TRAILING_SPACE = re.compile(r"[ \t\f\v]+$", re.MULTILINE)
_SPACES = (" ", "\t", "\f", "\v")


def same_headline(line: str, title: str) -> bool:
    """Return whether a line is the headline `title` is: the same words, whatever their case and punctuation (a
    title field is often in Title Case or punctuated otherwise than the text's own first line).

    >>> same_headline("Rent cap struck down.", "Rent Cap: Struck Down"), same_headline("Rent cap held", "Rent cap")
    (True, False)
    """
    return re.findall(r"\w+", line.casefold()) == re.findall(r"\w+", title.casefold())


def normalize_text(text: str, keep_trailing_spaces: bool = False) -> str:
    """Return text with LF line ends, no BOM, no trailing spaces (unless `keep_trailing_spaces`), no NUL
    characters (a stray one in a database export's field: no text means one, and a paragraph holding it
    would carry it into every export of the lake), no soft hyphens (`SOFT_HYPHEN`) and accents composed (NFC);
    offsets index into this.

    >>> normalize_text("\\ufeffa \\r\\nb\\rc\\t\\n"), normalize_text("Rates rose\\x00 today.")
    ('a\\nb\\nc\\n', 'Rates rose today.')
    >>> normalize_text("The mayor of Ber\\u00adlin")
    'The mayor of Berlin'
    """
    text = text.lstrip("\ufeff")
    if "\r" in text:  # one scan where most texts have none, not two
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x00", "").replace(SOFT_HYPHEN, "")
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        # "e" and a combining accent (macOS file names and pasted text, some CMS exports) is "é", one
        # character, as the web writes it (W3C's NFC): a term, a place name and a reader's search find it
        # as they find any "é" ("Zu\u0308rich" was no Zürich). The check is one scan; most texts pass it.
        text = unicodedata.normalize("NFC", text)
    # The regex tries every space of the text; most articles have no trailing spaces at all.
    if not keep_trailing_spaces and _has_trailing_space(text):
        return _TRAILING_SPACE.sub("", text)
    return text


def _has_trailing_space(text: str) -> bool:
    """Return whether a space, tab, form feed or vertical tab ends a line of the text, or the text.

    >>> _has_trailing_space("a\\nb"), _has_trailing_space("a \\nb"), _has_trailing_space("a\\t\\nb")
    (False, True, True)
    >>> _has_trailing_space("b\\v"), _has_trailing_space("\\tb\\n")
    (True, False)
    """
    # One substring search for the common space; the others only where the text holds one (a search
    # for one character is a memchr): 2,000 bench articles 11 to 6.5 ms, where a loop over line ends was.
    return (
        " \n" in text
        or ("\t" in text and "\t\n" in text)
        or ("\f" in text and "\f\n" in text)
        or ("\v" in text and "\v\n" in text)
        or text.endswith(_SPACES)
    )
