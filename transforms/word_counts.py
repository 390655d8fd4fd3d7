"""Counting a text's words: white-space separated, but each Han ideograph and each run of kana a word.

Chinese and Japanese write no spaces between words, so white space alone counts a paragraph of them as one
word. The rule is the one word processors and UAX #29 share, and what `word_count`, `n_words` and every word
threshold of the readers use:

- a white-space separated run of other text is one word (`len(text.split())` for text with no Han or kana:
  English, Korean, whose Hangul words are spaced, Russian, Arabic);
- each Han ideograph (Chinese hanzi, Japanese kanji, Korean hanja) is a word, as Word and Google Docs count them
  (UAX #29 breaks between ideographs too: a dictionary would be needed to group them into words);
- each run of hiragana and each run of katakana is a word ("カタカナ", "した"), as UAX #29 keeps katakana runs;
- letters or digits between them are a word each ("GDP", "5.3%"); their punctuation ("，", "「") none.

Thai, Lao, Khmer and Burmese also write no spaces between words, and only a dictionary finds their words
(ICU's): their white-space separated phrases are counted, fewer than their words.

A text of one byte a character (ASCII or Latin-1) is marked once: each white space a space, every other
character an x; a word begins at each " x" and at the start. `transforms.paragraphs` counts each paragraph's
words within its span of its article's marks.
"""

from __future__ import annotations

import re

# Each byte (an ASCII or Latin-1 character) as a space (white space str.split splits at: \t, \x1c, \xa0...) or x.
_SPACE_OR_LETTER = bytes(32 if chr(byte).isspace() else 120 for byte in range(256))

# Han ideographs (CJK Unified Ideographs, Extension A, compatibility ones, Extensions B to H; 々 and 〇 with them),
# hiragana and katakana (with ー, the long vowel mark, and halfwidth katakana; not ・, which parts names:
# "ドナルド・トランプ").
_HAN = "\u3005\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_HIRAGANA = "\u3041-\u309f"
_KATAKANA = "\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_UNSPACED = re.compile(f"[{_HAN}{_HIRAGANA}{_KATAKANA}]")
_UNSPACED_WORD = re.compile(f"[{_HAN}]|[{_HIRAGANA}\u30fc]+|[{_KATAKANA}]+")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def word_count(text: str) -> int:
    """Return a text's words: its white-space separated ones, each Han ideograph and kana run one (see above).

    An ASCII paragraph's words are counted in its bytes, each white space made a space and every other
    byte an x: a word begins at each " x", and at the start. No string per word: 11,500 bench paragraphs
    (4.6 MB) 36 to 24 ms. Other text, whose white space may be no ASCII byte, is split.

    >>> word_count("Rates rose  2%\\ton\\nMonday."), word_count("Rates\\u00a0rose"), word_count("x")
    (5, 2, 1)
    >>> word_count("国内生产总值增长5.3%。"), word_count("東京都は予算を発表した"), word_count("서울 아파트값 하락")
    (9, 10, 3)
    """
    if text.isascii():  # a flag of the string: no scan
        marks = text.encode("ascii").translate(_SPACE_OR_LETTER)
        return marks.count(b" x") + marks.startswith(b"x")
    if _UNSPACED.search(text) is None:
        return len(text.split())
    return _unspaced_word_count(text)


def _unspaced_word_count(text: str) -> int:
    """Return the words of a text holding Han or kana: those, and the other words between them."""
    words = 0
    for part in text.split():
        if _UNSPACED.search(part) is None:
            words += 1  # a spaced word, whatever it holds ("—" is one, as `len(text.split())` counts it)
            continue
        marked = _UNSPACED_WORD.sub("\0", part)
        words += marked.count("\0") + sum(_LETTER_OR_DIGIT.search(rest) is not None for rest in marked.split("\0"))
    return words


def word_marks(text: str) -> bytes | None:
    """Return a text's characters as bytes, each white space a space and every other character an x
    (`_SPACE_OR_LETTER`), one byte a character; None for a text beyond Latin-1 (its paragraphs are marked one by one).

    A Latin-1 text ("£5", "café") is marked as an ASCII one: its white space (U+0085 and U+00A0 too) is in the table,
    and its encoding is a copy of its bytes (Python keeps such a text one byte a character).
    """
    if text.isascii():  # a flag of the string: no scan
        return text.encode("ascii").translate(_SPACE_OR_LETTER)
    try:
        return text.encode("latin-1").translate(_SPACE_OR_LETTER)
    except UnicodeEncodeError:  # curly quotes, Greek, CJK: stops at the first such character
        return None
