"""Find a taxonomy's keys (whole words and phrases) in a batch by its words, not its characters.

The term matcher's keys are " form " with the form's words joined by single spaces, searched in a key
text of words and spaces (`search_text.ascii_key_text`). An occurrence of such a key is exactly a run of
consecutive words of the text, each one space after the last, that reads the form's words. So the
keys are found from the batch's words (`key_words`, which the semantic layer reads too):
each distinct word is looked up once among the keys' words (Arrow, in C), and phrases are numbers
looked up in sorted arrays, a word longer at a time, keeping only the runs that begin some key. A run of
L words is numbered (its first L - 1 words' place among the keys' beginnings of L - 1 words) * V + (its
last word's number): a number stays below keys * V however long the key (a phrase's number in base V
passed 63 bits at five words among the bundled taxonomy's 5,000, and its matcher fell back to the
automaton). On the bench's 2,000 articles (4.6 million characters, 113,000 hits)
this takes about a sixth of the Aho-Corasick scan's 0.08 s, and gives the very same hits in the same
order (tests/transforms/matching/test_phrase_keys.py compares the two).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import numpy as np

from transforms.matching.initials import initial_at
from transforms.matching.key_words import KeyWords
from transforms.matching.possessives import possessive_at


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
        # Per length L (`runs[L - 1]`): the sorted numbers of the keys of L words and their key ids, and
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
        # Per place L (`places[L - 1]`): whether each word is the L-th word of some key, indexed as `word_key`.
        # A run goes on only by such a word: the other known words ("the", "in") end most runs at once,
        # without their search in `runs` (a run of "in the" is no key's beginning when no key has "the" second).
        self.places = [np.zeros(len(vocabulary) + 1, bool) for _ in range(self.longest)]
        for words in split:
            for place, word in enumerate(words):
                self.places[place][number[word]] = True
        self.runs: list[_RunTable] = []  # per length: its keys and its longer keys' beginnings in one sorted table
        ids = list(key_ids)
        numbers = [[number[w] for w in words] for words in split]
        run = [0] * len(split)  # each form's number of its first `length - 1` words' run
        for length in range(1, self.longest + 1):
            for i, numbered in enumerate(numbers):
                if len(numbered) >= length:  # a run of one word is its word's number
                    run[i] = numbered[0] if length == 1 else run[i] * self.base + numbered[length - 1]
            codes = np.array([run[i] for i, numbered in enumerate(numbers) if len(numbered) == length], np.int64)
            order = np.argsort(codes, kind="stable")
            found = np.array([ids[i] for i, numbered in enumerate(numbers) if len(numbered) == length], np.int64)
            longer = [i for i, numbered in enumerate(numbers) if len(numbered) > length]
            prefixes = np.unique(np.array([run[i] for i in longer], np.int64))
            self.runs.append(_RunTable.of(codes[order], found[order], prefixes))
            if length > 1:  # a longer key's run goes on from its place among the beginnings
                places = np.searchsorted(prefixes, np.array([run[i] for i in longer], np.int64))
                for i, place in zip(longer, places.tolist(), strict=True):
                    run[i] = place

    @staticmethod
    def fit(forms: Sequence[str]) -> bool:
        """Return whether keys of these forms can be found by words: each form is words of letters and
        digits (and the marks a letter carries, as Devanagari's vowel signs) joined by single spaces, and a
        run's number ((keys) * V at most) fits in 63 bits.

        A key word that is not ASCII is found only in words that read it (`JoinedText.folded_words`), not in
        a key text's own, where each non-ASCII letter is "_"."""
        words = [form.split(" ") for form in forms]
        if not all(_is_word(w) for ws in words for w in ws):
            return False
        return (len(forms) + 1) * max(len({w for ws in words for w in ws}), 1) < 2**62

    def hits(self, words: KeyWords, joins: np.ndarray | None = None, text: str | None = None) -> np.ndarray:
        """Return (end offset, key) of every key occurrence in " " + text + " ", one row per hit, in
        the Aho-Corasick automaton's order: by end offset, and the longest key first.

        `joins`: the offsets of the text's plural possessives' apostrophes, each of which joins its two
        words as one space does (transforms.matching.possessives: "farmers' market"); or `text`, the
        text the words were read from, where they are looked for only between the words a key may span, as is an
        initial's full stop (transforms.matching.initials: "E. coli" reads "e coli")."""
        return self.spans(words, joins, text)[:, :2]

    def spans(self, words: KeyWords, joins: np.ndarray | None = None, text: str | None = None) -> np.ndarray:
        """Return `hits` with a third column, the offset in the text of the hit's first word: a word read
        folded (transforms.matching.folded_words) may be longer than its key's, by its combining marks."""
        import pyarrow.compute as pc

        if not self.longest or not len(words.code):
            return np.zeros((0, 3), dtype=np.int64)
        in_keys = pc.index_in(words.dictionary, value_set=self.vocabulary).fill_null(-1)
        vocab = in_keys.to_numpy(zero_copy_only=False).astype(np.int64)[words.code]
        start, end = words.start, words.end
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
            # The next word follows after one space, or after a possessive's apostrophe and a space: only
            # the few runs a key may extend are looked at, not every gap of the text.
            known = self.places[length - 1][vocab[last]]
            ok = known & (start[last] == end[last - 1] + 1)
            if joins is not None or text is not None:
                two = np.flatnonzero(known & (start[last] == end[last - 1] + 2))
                if len(two):
                    gap = end[last[two] - 1]
                    ok[two] = np.isin(gap, joins) if joins is not None else possessive_at(text or "", gap)
                    if text is not None:  # or an initial's full stop ("E. coli": transforms.matching.initials)
                        one = end[last[two] - 1] - start[last[two] - 1] == 1
                        if one.any():
                            ok[two[one]] |= initial_at(text, gap[one])
            at, value = at[ok], value[ok] * self.base + vocab[last[ok]]
            key, place = self.runs[length - 1].find(value)  # (a key of this length, a run of a longer one)
            hit = key >= 0
            if hit.any():
                found_first.append(at[hit])
                found_last.append(at[hit] + length - 1)
                found_key.append(key[hit])
            keep = place >= 0  # only runs that begin a longer key go on, from their place among them
            at, value = at[keep], place[keep]
            if not len(at):
                break
        first = np.concatenate(found_first)
        key = np.concatenate(found_key)
        end = end[np.concatenate(found_last)] + 1  # the key's closing space, in " " + text + " "
        # Of two keys ending together, the longer (earlier start) first: (end, start) pairs are distinct,
        # so one packed int64 sorts them, and the hits are sorted runs, one per key length, which a
        # stable sort (timsort) merges in a few passes (a tenth of the default sort's time).
        order = np.argsort(end * (int(words.end[-1]) + 2) + start[first], kind="stable")
        return np.column_stack((end[order], key[order], start[first[order]]))


class _RunTable:
    """The runs of one length worth finding, sorted: keys of that length (`key` >= 0, its id) and the
    beginnings of longer keys (`place` >= 0, its place among them); one search finds both."""

    def __init__(self, values: np.ndarray, key: np.ndarray, place: np.ndarray) -> None:
        self.values, self.key, self.place = values, key, place

    @classmethod
    def of(cls, codes: np.ndarray, ids: np.ndarray, prefixes: np.ndarray) -> _RunTable:
        values = np.union1d(codes, prefixes)
        key = np.full(len(values), -1, np.int64)
        key[np.searchsorted(values, codes)] = ids
        place = np.full(len(values), -1, np.int64)
        place[np.searchsorted(values, prefixes)] = np.arange(len(prefixes))
        return cls(values, key, place)

    def find(self, runs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Return each run's key id and its place among the longer keys' beginnings (-1: none)."""
        if not len(self.values):
            none = np.full(len(runs), -1, np.int64)
            return none, none
        where = np.minimum(np.searchsorted(self.values, runs), len(self.values) - 1)
        found = self.values[where] == runs
        return np.where(found, self.key[where], -1), np.where(found, self.place[where], -1)


def _is_word(form_word: str) -> bool:
    """Return whether a key's word can be a word of a key text: a letter or digit, then letters, digits and marks."""
    return form_word[:1].isalnum() and all(c.isalnum() or unicodedata.category(c)[0] == "M" for c in form_word)
