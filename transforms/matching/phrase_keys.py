"""Find a taxonomy's keys (whole words and phrases) in a batch by its words, not its characters.

The term matcher's keys are " form " with the form's words joined by single spaces, searched in a key
text of words and spaces (`search_text.ascii_key_text`). An occurrence of such a key is exactly a run of
consecutive words of the text, each one space after the last, that reads the form's words. So the
keys are found from the batch's words (`key_words`, which the semantic layer reads too):
each distinct word is looked up once among the keys' words (Arrow, in C), and phrases are numbers
(their words' numbers in base V) looked up in sorted arrays, a word longer at a time, keeping only
the runs that begin some key. On the bench's 2,000 articles (4.6 million characters, 113,000 hits)
this takes about a sixth of the Aho-Corasick scan's 0.08 s, and gives the very same hits in the same
order (tests/transforms/test_phrase_keys.py compares the two).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from transforms.matching.key_words import KeyWords


class PhraseKeys:
    """Keys given as forms (words joined by single spaces), numbered by their place in `forms`."""

    def __init__(self, forms: Sequence[str], key_ids: Sequence[int]) -> None:
        import pyarrow as pa

        split = [form.split(" ") for form in forms]
        vocabulary = sorted({word for words in split for word in words})
        number = {word: i for i, word in enumerate(vocabulary)}
        self.vocabulary = pa.array(vocabulary, pa.large_string())
        self.base = max(len(vocabulary), 1)
        self.longest = max((len(words) for words in split), default=0)
        # Per length L (index L - 1): the sorted numbers of the keys of L words and their key ids, and
        # the sorted numbers of the first L words of longer keys (the runs worth extending).
        # One-word keys and the first words of longer keys are looked up by table, indexed by the
        # word's number (the last entry stands for a word no key has, number -1): most words of a
        # text are such lookups, and a sorted array's searchsorted took five times as long.
        self.word_key = np.full(len(vocabulary) + 1, -1, np.int64)
        self.begins = np.zeros(len(vocabulary) + 1, bool)
        for words, k in zip(split, key_ids, strict=True):
            if len(words) == 1:
                self.word_key[number[words[0]]] = k
            else:
                self.begins[number[words[0]]] = True
        self.keys: list[tuple[np.ndarray, np.ndarray]] = []
        self.prefixes: list[np.ndarray] = []
        for length in range(1, self.longest + 1):
            found = [(self._number([number[w] for w in words]), k)
                     for words, k in zip(split, key_ids, strict=True) if len(words) == length]
            codes = np.array([c for c, _ in found], np.int64)
            order = np.argsort(codes, kind="stable")
            self.keys.append((codes[order], np.array([k for _, k in found], np.int64)[order]))
            self.prefixes.append(np.unique(np.array(
                [self._number([number[w] for w in words[:length]]) for words in split if len(words) > length],
                np.int64)))

    def _number(self, numbers: Sequence[int]) -> int:
        value = 0
        for n in numbers:
            value = value * self.base + n
        return value

    @staticmethod
    def fit(forms: Sequence[str]) -> bool:
        """Return whether keys of these forms can be found by words: each form is ASCII words joined
        by single spaces, and a phrase's number fits in 63 bits."""
        words = [form.split(" ") for form in forms]
        if not all(form.isascii() and all(w.isalnum() for w in ws) for form, ws in zip(forms, words, strict=True)):
            return False
        size = max(len({w for ws in words for w in ws}), 1)
        return size ** max((len(ws) for ws in words), default=1) < 2**62

    def hits(self, words: KeyWords) -> np.ndarray:
        """Return (end offset, key) of every key occurrence in " " + text + " ", one row per hit, in
        the Aho-Corasick automaton's order: by end offset, and the longest key first."""
        import pyarrow.compute as pc

        if not self.longest or not len(words.code):
            return np.zeros((0, 2), dtype=np.int64)
        in_keys = pc.index_in(words.dictionary, value_set=self.vocabulary).fill_null(-1)
        vocab = in_keys.to_numpy(zero_copy_only=False).astype(np.int64)[words.code]
        # next_to[j]: word j + 1 follows word j after one space.
        next_to = words.start[1:] == words.end[:-1] + 1
        one = np.flatnonzero(self.word_key[vocab] >= 0)
        found_first = [one]
        found_last = [one]
        found_key = [self.word_key[vocab[one]]]
        at = np.flatnonzero(self.begins[vocab])  # where runs that may be a longer key begin
        value = vocab[at]
        for length in range(2, self.longest + 1):
            last = at + length - 1  # extend each run by its next word
            ok = last < len(vocab)
            at, value, last = at[ok], value[ok], last[ok]
            ok = next_to[last - 1] & (vocab[last] >= 0)
            at, value = at[ok], value[ok] * self.base + vocab[last[ok]]
            codes, ids = self.keys[length - 1]
            if len(codes):
                where = np.minimum(np.searchsorted(codes, value), len(codes) - 1)
                hit = codes[where] == value
                found_first.append(at[hit])
                found_last.append(at[hit] + length - 1)
                found_key.append(ids[where[hit]])
            if length < self.longest:  # only runs that begin a longer key go on
                prefixes = self.prefixes[length - 1]
                where = np.minimum(np.searchsorted(prefixes, value), max(len(prefixes) - 1, 0))
                keep = prefixes[where] == value if len(prefixes) else np.zeros(len(value), bool)
                at, value = at[keep], value[keep]
        first = np.concatenate(found_first)
        key = np.concatenate(found_key)
        end = words.end[np.concatenate(found_last)] + 1  # the key's closing space, in " " + text + " "
        # Of two keys ending together, the longer (earlier start) first: (end, start) pairs are distinct,
        # so one packed int64 sorts them, and the hits are sorted runs, one per key length, which a
        # stable sort (timsort) merges in a few passes (a tenth of the default sort's time).
        order = np.argsort(end * (int(words.end[-1]) + 2) + words.start[first], kind="stable")
        return np.column_stack((end[order], key[order]))
