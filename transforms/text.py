"""Decode article bytes to text and normalise it, so offsets mean the same thing everywhere."""

from __future__ import annotations

import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

# Reason codes shared with the quarantine table (warehouse/schemas.py documents them).
EMPTY = "empty"
WHITESPACE_ONLY = "whitespace_only"
BINARY = "binary"
UNDECODABLE = "undecodable"

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Below this coherence-adjusted "chaos" charset-normalizer's guess is not trusted.
_MAX_CHAOS = 0.2
_NEAR_TIE = 0.05


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


def decode_article(data: bytes) -> DecodedText:
    """Return the normalised text of an article file's bytes, or raise UndecodableText.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read directly; anything else goes to
    charset-normalizer, and its guess is used only when it is confident.

    >>> decode_article(b"caf\\xc3\\xa9\\r\\nbar  \\r\\n").text
    'café\\nbar\\n'
    >>> decode_article("naïve £5".encode("cp1252")).text
    'naïve £5'
    """
    if not data:
        raise UndecodableText(EMPTY, "the file is empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _finish(data.decode(codec), codec.replace("-sig", ""))
            except UnicodeDecodeError as err:
                raise UndecodableText(UNDECODABLE, f"starts with a {codec} BOM but is not {codec}: {err}") from None
    if b"\x00" in data[:8192]:
        raise UndecodableText(BINARY, "contains NUL bytes: a binary file, not text")
    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    encoding = guess_legacy_encoding(data)
    try:
        return _finish(data.decode(encoding), encoding)
    except (UnicodeDecodeError, LookupError) as err:
        raise UndecodableText(UNDECODABLE, f"not UTF-8, and not {encoding} either: {err}") from None


def guess_legacy_encoding(data: bytes) -> str:
    """Return the legacy 8-bit encoding a non-UTF-8 article is most likely in, or raise.

    charset-normalizer ranks candidates by "chaos" alone, and on short, mostly ASCII English text
    many code pages tie or an Asian one wins by a hair (a lone 0xA3 pound sign reads as cp932).
    We rank by chaos minus language coherence, so a decoding that yields real words wins, and among
    near-ties (within 0.05) prefer cp1252, the legacy encoding of most Western-European text on
    the web: "café" reads as cp1252, mac_latin2 or cp775 alike, but only cp1252 gets "€" right.

    >>> guess_legacy_encoding("a £15.8m signing from the café".encode("cp1252"))
    'cp1252'
    """
    candidates = [m for m in from_bytes(data[:65536]) if m.chaos <= _MAX_CHAOS]
    if not candidates:
        raise UndecodableText(UNDECODABLE, "not UTF-8, and no other encoding fits it with confidence")
    def badness(match: object) -> float:
        return float(match.chaos - match.coherence)  # type: ignore[attr-defined]

    best = min(candidates, key=badness)
    near = [m for m in candidates if badness(m) <= badness(best) + _NEAR_TIE]
    return "cp1252" if any(m.encoding == "cp1252" for m in near) else str(best.encoding)


def _finish(text: str, encoding: str) -> DecodedText:
    text = normalize_text(text)
    if not text.strip():
        raise UndecodableText(WHITESPACE_ONLY, "contains only white space")
    return DecodedText(text=text, encoding=encoding)


_TRAILING_SPACE = re.compile(r"[ \t\f\v]+$", re.MULTILINE)
_SPACES = (" ", "\t", "\f", "\v")


def normalize_text(text: str) -> str:
    """Return text with LF line ends, no BOM, no trailing spaces; offsets index into this.

    >>> normalize_text("\\ufeffa \\r\\nb\\rc\\t\\n")
    'a\\nb\\nc\\n'
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    # The regex tries every space of the text; most articles have no trailing spaces at all.
    if _has_trailing_space(text):
        return _TRAILING_SPACE.sub("", text)
    return text


def _has_trailing_space(text: str) -> bool:
    # Looks only before each line end: searching for " \n" would stop at every space of the text.
    end = text.find("\n")
    while end != -1:
        if end and text[end - 1] in _SPACES:
            return True
        end = text.find("\n", end + 1)
    return text.endswith(_SPACES)
