"""The words of a batch's key text, found once and read by both kinds of evidence.

The key text (transforms.matching.search_text.ascii_key_text) is words and spaces only, one byte per character,
so its words are the runs of non-space bytes and their byte offsets are character offsets. They are
numbered without a Python string per occurrence: the words' bytes become one Arrow string array and
Arrow's hash table numbers them (in C, in order of first appearance). The term matcher looks the
distinct words up in its keys' words (transforms.matching.phrase_keys) and the semantic layer reads the same
occurrences (transforms.semantic.batch_words), so a batch's text is split and hashed once, not twice
(on the bench's 2,000 articles that split costs 0.07 s of CPU, and the automaton scan it replaces
another 0.08 s).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

# Key text bytes as words are read: "\x80" (a non-ASCII letter) as "_", the rest as they are. "_" is
# never in a key text (it is no word character), and the bytes are then ASCII, so UTF-8.
_KEY_BYTES = bytes(range(128)) + b"_" + bytes(range(129, 256))


@dataclass(frozen=True)
class KeyWords:
    """Every word of a key text, one row per occurrence in text order: occurrence j is at
    `start[j]:end[j]` and reads `dictionary[code[j]]` ("\\x80" read as "_")."""

    start: np.ndarray  # int64
    end: np.ndarray  # int64
    code: np.ndarray  # int64, numbered in order of first appearance
    dictionary: Any  # pyarrow string array of the distinct words

    def part(self, lo: int, hi: int, base: int) -> KeyWords:
        """Return occurrences lo:hi with offsets less `base` and their words numbered 0, 1, ... again,
        in the order of the whole text's numbers (not the part's own first appearances, as `key_words` of
        the part alone would number them: no reader depends on the order, only on the same word having
        the same number)."""
        code = self.code[lo:hi]
        used = np.zeros(len(self.dictionary), bool)
        used[code] = True
        renumber = np.cumsum(used) - 1
        dictionary = self.dictionary.filter(used) if not used.all() else self.dictionary
        return KeyWords(self.start[lo:hi] - base, self.end[lo:hi] - base, renumber[code], dictionary)


def key_words(key: str) -> KeyWords:
    """Return the words of a key text.

    >>> words = key_words("eu  caf\\x80 eu")
    >>> words.start.tolist(), words.end.tolist(), words.code.tolist(), words.dictionary.to_pylist()
    ([0, 4, 9], [2, 8, 11], [0, 1, 0], ['eu', 'caf_'])
    """
    # Imported here: only a process that labels pays for Arrow's import.
    import pyarrow as pa
    import pyarrow.compute as pc

    raw = key.encode("latin-1")
    start, end = runs(np.frombuffer(raw, np.uint8) != 32)
    if not len(start):
        return KeyWords(start, end, np.zeros(0, np.int64), pa.array([], pa.large_string()))
    # Arrow numbers each word with the spaces that follow it, up to the next word ("eu " and "eu  " are two
    # spellings), read in place in the text's bytes: no copy of the text without its spaces (bytes.translate of
    # 4.5 million bytes was a quarter of this function). Then the few distinct spellings lose their spaces and
    # are numbered again, which merges a word's spellings. Spellings are numbered in order of first appearance,
    # so a word's first spelling is its first appearance, and the words come out in that order too.
    offsets = np.append(start, end[-1])
    spelled = pa.Array.from_buffers(
        pa.large_binary(), len(start), [None, pa.py_buffer(offsets), pa.py_buffer(raw)]).dictionary_encode()
    words = _unspaced(pa, spelled.dictionary, "\x80" in key).dictionary_encode()
    code = pc.take(words.indices.cast(pa.int64()), spelled.indices).to_numpy()
    return KeyWords(start, end, code, words.dictionary)


def _unspaced(pa: Any, spellings: Any, wide: bool) -> Any:
    """Return distinct spellings (words each followed by spaces, as binary) without their spaces, as strings
    ("\\x80" read as "_" when `wide`)."""
    import pyarrow.compute as pc

    # Read as strings without a check of their bytes: "\x80" is no UTF-8, but only spaces are taken off.
    as_text = pa.Array.from_buffers(pa.large_string(), len(spellings), spellings.buffers(), offset=spellings.offset)
    words = pc.ascii_rtrim(as_text, characters=" ")
    if not wide:
        return words
    validity, offsets, data = words.buffers()
    return pa.Array.from_buffers(pa.large_string(), len(words), [
        validity, offsets, pa.py_buffer(data.to_pybytes().translate(_KEY_BYTES))], offset=words.offset)


def word_texts(start: np.ndarray, bases: np.ndarray) -> np.ndarray:
    """Return which text each word is in, for word starts (in order) and the texts' bases (in order,
    the first 0): `np.searchsorted(bases, start, side="right") - 1`, in a third of its time, by
    finding the few bases among the many words rather than each word among the bases.

    >>> word_texts(np.array([0, 3, 9, 12]), np.array([0, 5, 9, 20])).tolist()
    [0, 0, 2, 2]
    """
    first = np.searchsorted(start, bases, side="left")
    counts = np.diff(first, append=len(start))
    return np.repeat(np.arange(len(bases), dtype=np.int64), counts)


def word_array(pa: Any, values: bytes | np.ndarray, start: np.ndarray, end: np.ndarray) -> Any:
    """Return the words [start, end) of a text as one Arrow string array (no Python string each), from
    `values`, their UTF-8 bytes one after the other (the text's bytes without those between the words)."""
    offsets = np.zeros(len(start) + 1, np.int64)
    np.cumsum(end - start, out=offsets[1:])
    buffer = pa.py_buffer(values if isinstance(values, bytes) else np.ascontiguousarray(values))
    return pa.LargeStringArray.from_buffers(len(start), pa.py_buffer(offsets), buffer)


def runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the starts and ends of the runs of True in a boolean array.

    >>> [a.tolist() for a in runs(np.array([True, True, False, True]))]
    [[0, 3], [2, 4]]
    """
    padded = np.concatenate([[False], mask, [False]])
    changes = np.flatnonzero(padded[1:] != padded[:-1])  # a run's start, then its end, and so on
    return changes[0::2], changes[1::2]
