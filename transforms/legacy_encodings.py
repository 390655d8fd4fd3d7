"""Guess the legacy 8-bit encoding of an article that is not UTF-8 (cp1252, cp1251, iso-8859-2, ...)."""

from __future__ import annotations

import re

from charset_normalizer import CharsetMatch, from_bytes

from transforms.cjk_text import CJK_CHARACTER, CJK_PUNCTUATION, reads_as_rare_hangul
from transforms.undecodable import UNDECODABLE, UndecodableText

# Below this coherence-adjusted "chaos" charset-normalizer's guess is not trusted.
_MAX_CHAOS = 0.2
_NEAR_TIE = 0.1

# Where the legacy encoding is guessed from: 64 KB, the whole file if it is no larger, else the
# ASCII context (`_CONTEXT` bytes, cut at white space) of its non-ASCII bytes, wherever they are, up
# to 64 KB: a CSV whose first café came after 64 KB of ASCII was sampled as ASCII and quarantined.
SAMPLE_BYTES = 65536
_CONTEXT = 200
_NON_ASCII = re.compile(rb"[\x80-\xff]+")


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
    if len(data) <= SAMPLE_BYTES:
        return data
    head = data[:SAMPLE_BYTES]
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
            if size >= SAMPLE_BYTES:
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
    inside a word ("Rz±d") and no Hangul Korean is hardly written with (`reads_as_rare_hangul`:
    Shift_JIS Japanese read as cp949) wins, and among near-ties (within 0.1) the common encodings
    (`_COMMON`) first. The detector sees `legacy_sample`.

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
    if len(_NON_ASCII.findall(sample)) < _EVIDENCE and reads_as_cyrillic(_as(sample, "cp1251")):
        return "cp1251"  # a few Cyrillic words in text of ASCII: too few for the detector to tell the code pages apart
    if best is None:
        raise UndecodableText(UNDECODABLE, "not UTF-8, and no other encoding fits it with confidence")
    plausible = [m for m in candidates if _plausible(str(m))] or candidates
    best = min(plausible, key=badness)
    near = [m for m in plausible if badness(m) <= badness(best) + _NEAR_TIE]
    encodings = {name: m for m in near for name in m.could_be_from_charset}
    common = next((name for name in _COMMON if name in encodings), None)
    return common or str(best.encoding)


def _plausible(text: str) -> bool:
    return not _SYMBOL_IN_WORD.search(text) and not reads_as_rare_hangul(text)


def _as_cp1252(data: bytes) -> str | None:
    return _as(data, "cp1252")


def _as(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


# A non-ASCII symbol between two letters: "Rz±d", "og³osi³" (Polish read in the wrong code page);
# not an apostrophe, a dash, a middle dot (Catalan "l·l"), a soft hyphen or a no-break space; nor CJK
# punctuation between CJK characters ("今週、桜が"), which CJK text writes without spaces: Shift_JIS
# Japanese lost to a cp949 misreading for its commas. (No 8-bit code page decodes to CJK characters.)
_LETTERS = r"[^\W\d_¹²³¼½¾ªº]"  # \w holds the superscripts, fractions and ordinals; no letters here
_CJK_PUNCTUATION_IN_TEXT = rf"(?<={CJK_CHARACTER}){CJK_PUNCTUATION}(?={CJK_CHARACTER})"
_SYMBOL_IN_WORD = re.compile(
    rf"(?<={_LETTERS})(?!{_LETTERS})(?!{_CJK_PUNCTUATION_IN_TEXT})[^\x00-\x7f’‘–—·\xad\xa0´](?={_LETTERS})"
)
_LETTER = re.compile(_LETTERS)
_NON_ASCII_LETTER = re.compile(rf"(?![a-zA-Z]){_LETTERS}")
# Western languages write most letters without accents (French 4 %, Icelandic 15 %); Cyrillic or
# Greek read in cp1252 are accented letters only ("Путин": "Ïóòèí").
_MAX_ACCENTED = 0.3
# ... and so are its words: a Western word holds an accented letter or two among plain ones ("café", "Zürich",
# "ação"), a Cyrillic or Greek one read in cp1252 none ("Москва": "Ìîñêâà"). Where the words of four letters or more
# that hold an accented letter are mostly accented letters, the text is not Western, however few of its words they
# are: a short English story naming Moscow in Russian ("Moscow (Москва) said ...") read as cp1252, "Moscow
# (Ìîñêâà)", its accented letters too few among its English ones for `_MAX_ACCENTED`. (Words of three letters or
# fewer are left out: French's "à", "où", "été", Icelandic's "þú".)
_MAX_ACCENTED_IN_WORDS = 0.6
_LONG_WORD = 4


def reads_as_western(text: str) -> bool:
    """Return whether decoded text reads as Western-European text: its non-ASCII characters are
    letters, mostly among ASCII ones, and punctuation outside words (`_SYMBOL_IN_WORD`).

    >>> reads_as_western("Le café « déçu » – 5 €"), reads_as_western("Ïóòèí"), reads_as_western("Rz±d og³osi³")
    (True, False, False)
    >>> reads_as_western("Moscow (Ìîñêâà) said on Tuesday that talks with Kyiv had stalled")
    False
    """
    if _SYMBOL_IN_WORD.search(text) or any("\x80" <= ch <= "\x9f" for ch in text):
        return False
    letters = len(_LETTER.findall(text))
    if len(_NON_ASCII_LETTER.findall(text)) > _MAX_ACCENTED * letters:
        return False
    words = [word for word in _WORD_WITH_NON_ASCII.findall(text) if len(word) >= _LONG_WORD]
    accented = sum(len(_NON_ASCII_LETTER.findall(word)) for word in words)
    return accented <= _MAX_ACCENTED_IN_WORDS * sum(map(len, words))


# A word holding a letter that is not ASCII: in cp1251, a Russian, Ukrainian or Bulgarian word is Cyrillic letters
# alone, in one case or capitalised ("Москва", "МОСКВА"). Western text read in cp1251 mixes scripts in a word ("café":
# "cafй"), KOI8-R's mixes cases ("Москва": "нПУЛЧБ"), and so does Greek's (cp1253), its accented vowels read as
# capitals ("Αθήνα": "БиЮнб").
_WORD_WITH_NON_ASCII = re.compile(rf"{_LETTERS}*(?![a-zA-Z]){_LETTERS}{_LETTERS}*")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")


def reads_as_cyrillic(text: str | None) -> bool:
    """Return whether decoded text's words that are not ASCII are Cyrillic words, each in one case or capitalised.

    >>> reads_as_cyrillic("Moscow (Москва) said"), reads_as_cyrillic("the cafй"), reads_as_cyrillic("(нПУЛЧБ)")
    (True, False, False)
    """
    if text is None or _SYMBOL_IN_WORD.search(text):
        return False
    words = _WORD_WITH_NON_ASCII.findall(text)
    return bool(words) and all(
        _CYRILLIC_WORD.fullmatch(word) and (word.islower() or word.isupper() or word.istitle()) for word in words
    )
