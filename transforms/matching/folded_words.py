"""Words read without their accents, as the term matcher compares them: "café", "CAFÉ" and "cafe" alike.

News text writes the same word with and without its accents ("Zürich" and "Zurich", "café" and "cafe"),
and a taxonomy's author may write either; the term matcher compares both sides folded: lower-cased
(case-folded: a Greek final "ς" is "σ"), each letter with an accent read as its base letter, and an
accent's combining mark dropped, so a decomposed "e" + U+0301 reads as "é" does. A letter that is no letter
with an accent ("ß", "ø", "æ", "ł", Greek and Cyrillic letters) stays itself: "straße" is not "strasse", nor
"København" "Kobenhavn", as no rule of one language decides those for another. Turkish's dotless "ı" is
"i", as its capital "I" lower-cases to "i" (else "Diyarbakır" was never "DİYARBAKIR", nor "Diyarbakir"), and a
compatibility character is the letters it stands for: a ligature ("ﬁ" of PDFs) and a full-width letter
("ｆｉｎａｎｃｅ" of East Asian text).

The marks dropped are accents: the combining diacritics Latin, Greek and Cyrillic letters decompose into
(Vietnamese's tones among them), and Hebrew's and Arabic's vowel points, which a text may write or leave
out. Other scripts' marks are part of their letters and stay: Devanagari's vowel signs ("काम", work, is no
"कम", less), Thai's tone marks ("ข่าว", news, is no "ขาว", white), Japanese kana's voicing ("が" is no "か").

The batch's key text (transforms.matching.search_text.ascii_key_text) writes every non-ASCII letter as
"\\x80", one byte per character; `folded_words` reads the few words that have one from the text itself,
so offsets stay the text's and an ASCII text pays one look-up in its distinct words.
"""

from __future__ import annotations

import unicodedata

import numpy as np

from transforms.matching.key_words import KeyWords
from transforms.matching.search_text import search_text


def folded_char(c: str) -> str:
    """Return a character as the matcher compares it where the text's length is kept: one character,
    lower-case, its accent dropped ("" for an accent's mark), or the character lower-cased where it
    stands for more than one ("ﬁ").

    >>> [folded_char(c) for c in "ÉéßØΆς\u0301Kıｆﬁ"]
    ['e', 'e', 'ß', 'ø', 'α', 'σ', '', 'k', 'i', 'f', 'ﬁ']
    """
    folded = _FOLDED.get(c)
    if folded is None:
        folded = "".join(map(_folded_letter, unicodedata.normalize("NFKD", c)))
        if len(folded) > 1:  # a ligature, a Hangul syllable: lower-cased, as one character
            lowered = c.lower()
            folded = lowered if len(lowered) == 1 else c
        _FOLDED[c] = folded
    return folded


_FOLDED: dict[str, str] = {}

# The marks `folded_word` drops (module docstring): the general combining diacritics, Cyrillic's, Hebrew's
# points and accents, Arabic's vowel signs; as ranges of code points, first and last.
_ACCENT_MARKS = ((0x0300, 0x036F), (0x0483, 0x0489), (0x0591, 0x05C7), (0x0610, 0x061A), (0x064B, 0x065F),
                 (0x0670, 0x0670), (0x06D6, 0x06ED), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF),
                 (0xFE20, 0xFE2F))


def _folded_letter(d: str) -> str:
    """Return one character of a compatibility decomposition as the matcher compares it."""
    if unicodedata.category(d)[0] == "M" and any(lo <= ord(d) <= hi for lo, hi in _ACCENT_MARKS):
        return ""
    # "ß".casefold() is "ss", two letters: then its lower case, or the letter as it is
    folded = next((f for f in (d.casefold(), d.lower()) if len(f) == 1), d)
    return "i" if folded == "ı" else folded


class _FoldedLetters(dict[int, str]):
    """`str.translate`'s table of `_folded_letter`, filled as characters are met: a word is folded in C."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _folded_letter(chr(code))
        return folded


_LETTERS = _FoldedLetters()


def folded_word(word: str) -> str:
    """Return a word (letters, digits, combining marks) as the matcher compares it.

    >>> folded_word("Zu\u0308rich"), folded_word("SÃO"), folded_word("Øresund"), folded_word("ﬁnance")
    ('zurich', 'sao', 'øresund', 'finance')
    """
    if word.isascii():
        return word.lower()
    # The whole word's decomposition: its marks in their canonical order, however the text ordered them.
    return unicodedata.normalize("NFKD", word).translate(_LETTERS)


def folded_form(form: str) -> str:
    """Return a term's form (words joined by single spaces) as the matcher compares it.

    >>> folded_form("são paulo")
    'sao paulo'
    """
    return " ".join(map(folded_word, form.split(" ")))


def folded_text(text: str) -> str:
    """Return `search_text(text)` with each character folded, the text's length kept: a combining mark
    stays as it is, as no character may go.

    >>> folded_text("Naïve «Café» Straße")
    'naive  cafe  straße'
    """
    lowered = search_text(text)
    if lowered.isascii():
        return lowered
    return "".join(c if c.isascii() else (folded_char(c) or c) for c in lowered)


def folded_words(words: KeyWords, text: str) -> KeyWords:
    """Return a key text's words with each word that has a non-ASCII letter (read "_") numbered as its
    `folded_word` in `text`, the text the key text was made of: "café" as "cafe", "straße" as "straße".

    >>> from transforms.matching.key_words import key_words
    >>> from transforms.matching.search_text import ascii_key_text
    >>> text = "Cafe, CAFÉ, Straße"
    >>> folded = folded_words(key_words(ascii_key_text(text)), text)
    >>> [folded.dictionary[c].as_py() for c in folded.code.tolist()]
    ['cafe', 'cafe', 'straße']
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    accented = pc.match_substring(words.dictionary, "_").to_numpy(zero_copy_only=False)
    if not accented.any():
        return words
    at = np.flatnonzero(accented[words.code])
    spellings, spelling = distinct_words(text, words.start[at], words.end[at])
    numbers: dict[str, int] = {}  # a folded word's number
    size = len(words.dictionary)
    folded = np.array([numbers.setdefault(folded_word(w), size + len(numbers)) for w in spellings], np.int64)
    code = words.code.copy()
    code[at] = folded[spelling]
    # A folded word may be in the dictionary already ("cafe"): a word's number need not be its only one,
    # as words are looked up by their text (transforms.matching.phrase_keys).
    dictionary = pa.concat_arrays([words.dictionary, pa.array(list(numbers), words.dictionary.type)])
    return KeyWords(words.start, words.end, code, dictionary)


def distinct_words(text: str, start: np.ndarray, end: np.ndarray) -> tuple[list[str], np.ndarray]:
    """Return the distinct words `text[start:end]` of a text and the number of each occurrence's among them.

    A word with an accent is most often one written many times ("été", "Zürich"): its occurrences are hashed in C
    (Arrow), as their characters, and each distinct spelling is read as Python text once.

    >>> spellings, number = distinct_words("Été été Été", np.array([0, 4, 8]), np.array([3, 7, 11]))
    >>> spellings, number.tolist()
    (['Été', 'été'], [0, 1, 0])
    """
    import pyarrow as pa

    chars = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), np.uint32)  # one per character, as offsets
    lengths = end - start
    offsets = np.zeros(len(start) + 1, np.int64)
    np.cumsum(lengths, out=offsets[1:])
    at = np.arange(offsets[-1], dtype=np.int64) + np.repeat(start - offsets[:-1], lengths)
    buffers = [None, pa.py_buffer(offsets * 4), pa.py_buffer(chars[at])]
    words = pa.Array.from_buffers(pa.large_binary(), len(start), buffers)
    encoded = words.dictionary_encode()
    spellings = [word.decode("utf-32-le", "surrogatepass") for word in encoded.dictionary.to_pylist()]
    return spellings, encoded.indices.to_numpy().astype(np.int64)
