"""Every word of a batch of texts with its offsets, numbered without a Python string per occurrence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from transforms.matching.joined_text import SEPARATOR, joined_bases
from transforms.matching.key_words import KeyWords, key_words, runs, word_array, word_texts
from transforms.matching.search_text import ascii_key_text, search_text
from transforms.semantic.number_words import joined_numbers

# Texts of a batch are joined as transforms.matching.joined_text joins them (`SEPARATOR`: a character
# that is no word's).


@dataclass(frozen=True)
class BatchWords:
    """Every word of a batch of texts, one row per occurrence, in text order: occurrence j is in text
    `text[j]` at `start[j]:end[j]` and reads `distinct[code[j]]` (lower case)."""

    text: np.ndarray  # int64
    start: np.ndarray  # int64
    end: np.ndarray  # int64
    code: np.ndarray  # int64
    distinct: list[str]


def batch_words(texts: Sequence[str], key: str | None = None, words: KeyWords | None = None) -> BatchWords:
    """Return every word of the texts with its offsets, numbered in order of first appearance, a number's
    parts joined ("4.5bn": transforms.semantic.number_words.joined_numbers); see `batch_word_parts`."""
    return joined_numbers(texts, batch_word_parts(texts, key, words))


@dataclass(frozen=True)
class TextWords:
    """Where each text of a batch begins in its joined text (`joined_bases`), and where its words begin among
    the batch's words (one more, the number of words, at the end): known to a caller that has split the batch."""

    bases: np.ndarray  # int64
    first: np.ndarray  # int64


def batch_word_parts(
    texts: Sequence[str], key: str | None = None, words: KeyWords | None = None, joined: str | None = None,
    text_words: TextWords | None = None,
) -> BatchWords:
    """Return every word of the texts with its offsets, numbered in order of first appearance, a number's
    parts still apart ("4" and "5bn" of "4.5bn").

    The words are found and numbered without a Python string per occurrence (transforms.matching.key_words:
    the batch's key text, words and spaces only, one byte per character, a non-ASCII letter read as
    "\x80", becomes one Arrow string array that Arrow's hash table numbers). Only the distinct words
    become Python strings, and the few words with a non-ASCII letter are read again from their own
    characters (`search_text` of the word, lower-cased on its own). Where such words are not few
    (French, German, Russian, Japanese text: over WIDE_SHARE of the words), the batch is read as its
    Unicode search text instead, which numbers them in C too. `key`: that key text of
    `SEPARATOR.join(texts)`, when the caller has it (the term matcher reads the same, see
    transforms.matching.joined_text.JoinedText); `words`: its words, when the caller has them too; `joined`:
    `SEPARATOR.join(texts)` itself, when the caller has it; `text_words`: where the texts and their words begin
    among those `words`, when the caller has found it.
    """
    if not texts:
        none = np.zeros(0, np.int64)
        return BatchWords(none, none, none, none, [])
    # Imported here, as pandas was for the same job: only a process labelling with the semantic
    # layer pays for it.
    import pyarrow as pa
    import pyarrow.compute as pc

    # The texts themselves are read again only for words with a non-ASCII letter ("\x80" in the key).
    if joined is None:
        joined = SEPARATOR.join(texts) if key is None or "\x80" in key else ""
    key = ascii_key_text(joined) if key is None else key
    words = key_words(key) if words is None else words
    w_start, w_end, code = words.start, words.end, words.code
    distinct = words.dictionary.to_pylist()
    # Found by Arrow in C, not a Python test of each distinct word (10,000 a part).
    wide = np.flatnonzero(pc.match_substring(words.dictionary, "_").to_numpy(zero_copy_only=False)).tolist() \
        if "\x80" in key else []
    if wide:  # words with a non-ASCII letter
        code = code.copy()  # _wide_words numbers them in place
        at = np.flatnonzero(np.isin(code, wide))
        if len(at) > WIDE_SHARE * len(code):
            w_start, w_end, code, distinct = _unicode_words(pa, joined)
            text_words = None  # other words
        else:
            code, distinct = _wide_words(joined, w_start, w_end, code, distinct, at)
    if text_words is None:
        bases, _ = joined_bases(texts)
        text = word_texts(w_start, bases)
    else:
        bases = text_words.bases
        text = np.repeat(np.arange(len(bases), dtype=np.int64), np.diff(text_words.first))
    return BatchWords(text, w_start - bases[text], w_end - bases[text], code, distinct)


# Above this share of a batch's words with a non-ASCII letter, batch_words reads the whole batch as
# Unicode: reading each such word again costs a Python call per occurrence (Russian text was 12
# times slower that way, French text with accents 5 times).
WIDE_SHARE = 0.02


def _unicode_words(pa: Any, joined: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str]]:
    """Return the words of a joined batch read from its Unicode search text: character offsets,
    codes in order of first appearance, and the distinct words (lower-cased with the batch's text)."""
    searchable = search_text(joined)
    data = np.frombuffer(searchable.encode("utf-8", "surrogatepass"), np.uint8)
    is_word = data != 32  # a space is one byte in UTF-8 and no byte of any other character
    b_start, b_end = runs(is_word)
    words = word_array(pa, data[is_word], b_start, b_end).dictionary_encode()
    start, end = runs(np.frombuffer(searchable.encode("utf-32-le", "surrogatepass"), np.uint32) != 32)
    return start, end, words.indices.to_numpy().astype(np.int64), words.dictionary.to_pylist()


def _wide_words(
    joined: str, start: np.ndarray, end: np.ndarray, code: np.ndarray, distinct: list[str], at: np.ndarray
) -> tuple[np.ndarray, list[str]]:
    """Return codes and distinct words with each word of a non-ASCII letter (occurrences `at`) read as itself.

    Its key ("caf_") is numbered where it first appears: the first word read with it ("café") takes
    that number. Another word of the same key ("cafè") gets a new number, and then all are numbered
    again in order of first appearance.
    """
    numbers: dict[str, int] = {}
    read: dict[str, str] = {}  # each spelling lower-cased once
    taken: set[int] = set()
    for j, key, a, b in zip(at.tolist(), code[at].tolist(), start[at].tolist(), end[at].tolist(), strict=True):
        raw = joined[a:b]
        word = read.get(raw)
        if word is None:
            word = read[raw] = search_text(raw)
        number = numbers.get(word)
        if number is None:
            if key in taken:
                number = len(distinct)
                distinct.append(word)
            else:
                taken.add(key)
                number = key
                distinct[key] = word
            numbers[word] = number
        code[j] = number
    if len(numbers) == len(taken):
        return code, distinct  # each key was read as one word, in its place
    used, first = np.unique(code, return_index=True)
    order = used[np.argsort(first, kind="stable")]
    renumber = np.empty(len(distinct), np.int64)
    renumber[order] = np.arange(len(order))
    return renumber[code], [distinct[i] for i in order.tolist()]
