"""Decode article bytes to text and normalise it, so offsets mean the same thing everywhere."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from charset_normalizer import CharsetMatch, from_bytes

# Reason codes shared with the quarantine table (warehouse/schemas.py documents them).
EMPTY = "empty"
WHITESPACE_ONLY = "whitespace_only"
BINARY = "binary"
UNDECODABLE = "undecodable"

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
# Below this coherence-adjusted "chaos" charset-normalizer's guess is not trusted.
_MAX_CHAOS = 0.2
_NEAR_TIE = 0.1


class UndecodableText(ValueError):
    """The bytes are not text we can read; `reason` is a quarantine reason code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class DecodedText:
    """Normalised article text and the encoding it was read with."""

    text: str
    encoding: str
    # Whether the bytes end with an end of line as written: normalising strips the spaces after the last
    # one (`},\n    `, a pretty-printed export caught while it indents its next record), and a reader
    # deciding whether a file is still being written must see its end as its writer left it.
    ends_with_end_of_line: bool = field(default=True, compare=False)


def decode_article(data: bytes) -> DecodedText:
    """Return the normalised text of an article file's bytes, or raise UndecodableText.

    UTF-8 (with or without BOM), and UTF-16 and UTF-32 with a BOM, are read directly; anything else goes to
    charset-normalizer, and its guess is used only when it is confident.

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
                return _finish(data.decode(codec), codec.replace("-sig", ""))
            except UnicodeDecodeError as err:
                raise UndecodableText(UNDECODABLE, f"starts with a {codec} BOM but is not {codec}: {err}") from None
    if data.find(b"\x00", 0, _SAMPLE) != -1 and _is_binary(data[:_SAMPLE]):  # find: no copy of the sample
        raise UndecodableText(BINARY, "contains NUL bytes: a binary file, not text")
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    repaired = utf8_with_cp1252_repairs(data)
    if repaired is not None:
        return _finish(repaired, UTF8_REPAIRED)
    encoding = guess_legacy_encoding(data)
    try:
        return _finish(data.decode(encoding), encoding)
    except (UnicodeDecodeError, LookupError) as err:
        raise UndecodableText(UNDECODABLE, f"not UTF-8, and not {encoding} either: {err}") from None


# The bytes a file is judged binary or not by: its first 8 KB.
_SAMPLE = 8192
# NUL bytes a text may hold: a database export's stray NUL in a field (a CSV, a text dump) is no binary
# file. A binary one (an image, a PDF, an SQLite file) has far more, or bytes that are not UTF-8; UTF-16
# text without a BOM has a NUL every other byte. A few NULs in a short file are a share of it above 1 %.
_MAX_NUL_SHARE = 0.01
_FEW_NULS = 3
_MAX_FEW_NUL_SHARE = 0.1


def _is_binary(sample: bytes) -> bool:
    """Return whether a file's first bytes, which hold a NUL, are a binary file's rather than UTF-8 text's
    with a stray NUL or few (it was quarantined whole, every record of a CSV lost for one NUL in a field,
    while the same NUL past the first 8 KB was read as text).

    >>> _is_binary(b"id,text\\n1,Rates rose\\x00.\\n" + b"2,Rain fell.\\n" * 20)
    False
    >>> _is_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    True
    >>> _is_binary("id,text".encode("utf-16-le")), _is_binary(b"SQLite format 3\\x00" + b"\\x10\\x00\\x01\\x01" * 40)
    (True, True)
    >>> _is_binary(b"Title\\n\\nThe economy\\x00 grew.\\n"), _is_binary("Hi\\n".encode("utf-16-le"))
    (False, True)
    """
    nuls = sample.count(b"\x00")
    if nuls > _MAX_NUL_SHARE * len(sample) and (nuls > _FEW_NULS or nuls > _MAX_FEW_NUL_SHARE * len(sample)):
        return True
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:  # a character cut at the sample's end is no sign of a binary file
        return not (error.reason == "unexpected end of data" and error.end == len(sample))
    return False


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
        if size >= _SAMPLE:
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


# Where the legacy encoding is guessed from: 64 KB, the whole file if it is no larger, else the
# ASCII context (`_CONTEXT` bytes, cut at white space) of its non-ASCII bytes, wherever they are, up
# to 64 KB: a CSV whose first café came after 64 KB of ASCII was sampled as ASCII and quarantined.
_SAMPLE = 65536
_CONTEXT = 200
_NON_ASCII = re.compile(rb"[\x80-\xff]+")
_SPACE = re.compile(rb"[ \t\r\n]")


def legacy_sample(data: bytes) -> bytes:
    """Return at most about 64 KB of `data` that hold its non-ASCII bytes with some context.

    The first 64 KB when they hold enough non-ASCII bytes (`_ENOUGH`: a Japanese or Russian file),
    else the ASCII context of each non-ASCII run wherever it lies, the runs whole: a piece never
    starts or ends inside a run, so no multi-byte character is cut (Shift_JIS and Big5 have no spaces
    to cut at).

    >>> sample = legacy_sample(b"x" * 70000 + b" caf\\xe9 " + b"y" * 70000)
    >>> len(sample) < 1000, b"caf\\xe9" in sample
    (True, True)
    """
    if len(data) <= _SAMPLE:
        return data
    head = data[:_SAMPLE]
    if len(head) - len(_NON_ASCII.sub(b"", head)) >= _ENOUGH:
        return head
    parts: list[bytes] = []
    size = 0
    start = end = -1
    for run in _NON_ASCII.finditer(data):
        if run.start() <= end:  # within reach of the piece being built: it grows to hold this run whole
            end = max(end, min(run.end() + _CONTEXT, len(data)))
            continue
        if end > start >= 0:
            parts.append(data[start:end])
            size += end - start
            if size >= _SAMPLE:
                break
        start, end = max(run.start() - _CONTEXT, end, 0), min(run.end() + _CONTEXT, len(data))  # after the last piece
    else:
        if end > start >= 0:
            parts.append(data[start:end])
    # A piece ends within _CONTEXT of its last run, in ASCII, or at a later run's start ... which the
    # loop then took whole: so no piece ends inside a run but where that run is cut by the file's end.
    return b"\n".join(parts) if parts else head


# The first 64 KB are the sample when they hold this many non-ASCII bytes.
_ENOUGH = 1024


# Among near-ties, the legacy encodings news is most often written in come first: a short Polish
# text in iso-8859-2 reads as letters in iso8859_10 and iso8859_14 too ("ogģosiģ").
_COMMON = ("cp1252", "cp1250", "iso8859_2", "cp1251", "koi8_r", "cp1253", "iso8859_7", "cp1254", "iso8859_9",
           "cp1257", "iso8859_13", "iso8859_15", "latin_1", "cp1255", "iso8859_8", "cp1256", "iso8859_6")
# A cp1252 decoding much worse than another's (chaos minus coherence) is not Western text after all,
# when the text has enough non-ASCII runs to say so: on a few, the detector's coherence is noise (one
# "São" gave cp1250's "Săo" 0.875 and cp1252 0.625).
_CLEAR = 0.2
_EVIDENCE = 20


def guess_legacy_encoding(data: bytes) -> str:
    """Return the legacy 8-bit encoding a non-UTF-8 article is most likely in, or raise.

    charset-normalizer ranks candidates by "chaos" alone, and on short, mostly ASCII English text
    many code pages tie or an Asian one wins by a hair (a lone 0xA3 pound sign reads as cp932).
    We rank by chaos minus language coherence, so a decoding that yields real words wins. Text
    whose non-ASCII bytes read as Western letters and punctuation in cp1252 (`reads_as_western`) is
    cp1252, the legacy encoding of most Western-European text on the web, unless another decoding
    scores clearly better (by `_CLEAR`, on `_EVIDENCE` non-ASCII runs or more): "café" reads as
    cp1252, cp775 ("cafķ") or mac_latin2 alike to the detector. Otherwise a decoding with no symbol
    inside a word ("Rz±d") wins, and among near-ties (within 0.1) the common encodings (`_COMMON`)
    first. The detector sees `legacy_sample`.

    >>> guess_legacy_encoding("a £15.8m signing from the café".encode("cp1252"))
    'cp1252'
    """
    sample = legacy_sample(data)
    candidates = [m for m in from_bytes(sample) if m.chaos <= _MAX_CHAOS]

    def badness(match: CharsetMatch) -> float:
        return float(match.chaos - match.coherence)

    best = min(candidates, key=badness) if candidates else None
    western = _as_cp1252(sample)
    if western is not None and reads_as_western(western):
        cp1252 = next((m for m in candidates if "cp1252" in m.could_be_from_charset), None)
        if cp1252 is None:  # the detector may stop before trying it
            cp1252 = next((m for m in from_bytes(sample, cp_isolation=["cp1252"]) if m.chaos <= _MAX_CHAOS), None)
        if cp1252 is not None and (
            best is None or len(_NON_ASCII.findall(sample)) < _EVIDENCE or badness(cp1252) <= badness(best) + _CLEAR
        ):
            return "cp1252"
    if best is None:
        raise UndecodableText(UNDECODABLE, "not UTF-8, and no other encoding fits it with confidence")
    plausible = [m for m in candidates if not _SYMBOL_IN_WORD.search(str(m))] or candidates
    best = min(plausible, key=badness)
    near = [m for m in plausible if badness(m) <= badness(best) + _NEAR_TIE]
    encodings = {name: m for m in near for name in m.could_be_from_charset}
    common = next((name for name in _COMMON if name in encodings), None)
    return common or str(best.encoding)


def _as_cp1252(data: bytes) -> str | None:
    return _as(data, "cp1252")


def _as(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


# A non-ASCII symbol between two letters: "Rz±d", "og³osi³" (Polish read in the wrong code page);
# not an apostrophe, a dash, a middle dot (Catalan "l·l"), a soft hyphen or a no-break space.
_LETTERS = r"[^\W\d_¹²³¼½¾ªº]"  # \w holds the superscripts, fractions and ordinals; no letters here
_SYMBOL_IN_WORD = re.compile(rf"(?<={_LETTERS})(?!{_LETTERS})[^\x00-\x7f’‘–—·\xad\xa0´](?={_LETTERS})")
_LETTER = re.compile(_LETTERS)
_NON_ASCII_LETTER = re.compile(rf"(?![a-zA-Z]){_LETTERS}")
# Western languages write most letters without accents (French 4 %, Icelandic 15 %); Cyrillic or
# Greek read in cp1252 are accented letters only ("Путин": "Ïóòèí").
_MAX_ACCENTED = 0.3


def reads_as_western(text: str) -> bool:
    """Return whether decoded text reads as Western-European text: its non-ASCII characters are
    letters, mostly among ASCII ones, and punctuation outside words (`_SYMBOL_IN_WORD`).

    >>> reads_as_western("Le café « déçu » – 5 €"), reads_as_western("Ïóòèí"), reads_as_western("Rz±d og³osi³")
    (True, False, False)
    """
    if _SYMBOL_IN_WORD.search(text) or any("\x80" <= ch <= "\x9f" for ch in text):
        return False
    letters = len(_LETTER.findall(text))
    return len(_NON_ASCII_LETTER.findall(text)) <= _MAX_ACCENTED * letters


def _finish(text: str, encoding: str) -> DecodedText:
    # Spaces or tabs after the last end of line are padding, not a record begun: a finished file may end
    # so. (A pretty-printed JSON export cut in the indentation of its next record, `},\n    `, looks the
    # same at its end; its value left open says it is cut: json_value.file_cut_off.)
    ended = text.rstrip(" \t\f\v").endswith(("\n", "\r"))
    text = normalize_text(text)
    if not text or text.isspace():  # as `not text.strip()`, without a copy of the text
        raise UndecodableText(WHITESPACE_ONLY, "contains only white space")
    return DecodedText(text=text, encoding=encoding, ends_with_end_of_line=ended)


_TRAILING_SPACE = re.compile(r"[ \t\f\v]+$", re.MULTILINE)
_SPACES = (" ", "\t", "\f", "\v")


def normalize_text(text: str) -> str:
    """Return text with LF line ends, no BOM, no trailing spaces and no NUL characters (a stray one in a
    database export's field: no text means one, and a paragraph holding it would carry it into every
    export of the lake); offsets index into this.

    >>> normalize_text("\\ufeffa \\r\\nb\\rc\\t\\n"), normalize_text("Rates rose\\x00 today.")
    ('a\\nb\\nc\\n', 'Rates rose today.')
    """
    text = text.lstrip("\ufeff")
    if "\r" in text:  # one scan where most texts have none, not two
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x00", "")
    # The regex tries every space of the text; most articles have no trailing spaces at all.
    if _has_trailing_space(text):
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
