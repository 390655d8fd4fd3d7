"""The shared input of every enrichment: a batch of paragraphs, joined once into one searchable text."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain

import ahocorasick
import numpy as np

from transforms.matching.search_text import ascii_key_text

# Paragraphs are joined with a line break and a character no name, word or number contains, so no
# match spans two paragraphs; offsets in the joined text minus the paragraph's start are offsets in it.
SEPARATOR = "\n\x01\n"

Rows = dict[str, list]

# The word lists enrichments look up in the lower-cased text (tone's sentiment words, amounts' number
# words), by name: each a function returning {" key ": value} (keys padded with a space on each side,
# as `search_text` writes words; values non-negative ints). One automaton holds them all, so a batch's
# text is scanned once for every list (`ParagraphBatch.words_found`).
_WORD_LISTS: dict[str, Callable[[], Mapping[str, int]]] = {}


def word_list(name: str) -> Callable[[Callable[[], Mapping[str, int]]], Callable[[], Mapping[str, int]]]:
    """Register a function returning a word list under `name` (a decorator)."""
    def register(keys: Callable[[], Mapping[str, int]]) -> Callable[[], Mapping[str, int]]:
        _WORD_LISTS[name] = keys
        return keys
    return register


@lru_cache(maxsize=4)
def _word_scanner(names: tuple[str, ...]) -> tuple[ahocorasick.Automaton, dict[str, np.ndarray]]:
    """Return one automaton of the keys of the named word lists, and per list each key's value (-1: not in it)."""
    lists = {name: _WORD_LISTS[name]() for name in names}
    keys = list(dict.fromkeys(chain.from_iterable(lists.values())))
    if not all(key.isascii() for key in keys):  # `lowered` writes non-ASCII letters as "\x80"
        raise ValueError(f"word lists must be ASCII: {[k for k in keys if not k.isascii()][:5]}")
    index = {key: n for n, key in enumerate(keys)}
    values = {}
    for name, words in lists.items():
        column = np.full(len(keys), -1, dtype=np.int64)
        column[[index[k] for k in words]] = list(words.values())
        values[name] = column
    automaton = ahocorasick.Automaton()
    for n, key in enumerate(keys):
        automaton.add_word(key, n)
    automaton.make_automaton()
    return automaton, values


@lru_cache(maxsize=1)
def _latin1_lowered() -> bytes:
    """Return `ascii_key_text` of each Latin-1 character as a byte table: it writes each character on its own."""
    return "".join(ascii_key_text(chr(b)) for b in range(256)).encode("latin-1")


@dataclass(frozen=True)
class ParagraphBatch:
    """Paragraph texts with their ids and articles: what every enrichment reads."""

    texts: Sequence[str]
    paragraph_ids: Sequence[str]
    article_ids: Sequence[str]

    def __len__(self) -> int:
        return len(self.texts)

    def take(self, at: Sequence[int]) -> ParagraphBatch:
        """Return a batch of the paragraphs at these positions, in this order."""
        return ParagraphBatch([self.texts[i] for i in at], [self.paragraph_ids[i] for i in at],
                              [self.article_ids[i] for i in at])

    @cached_property
    def joined(self) -> str:
        """All paragraphs in one string, SEPARATOR between them."""
        return SEPARATOR.join(self.texts)

    @cached_property
    def lowered(self) -> str:
        """`joined` lower-cased with every non-word character a space, as transforms.matching.search_text writes it,
        except that a non-ASCII letter or digit is "\x80": the word lists looked up in it are ASCII
        (`_word_scanner` checks), so the same words are found, and a text with one curly quote is not
        lower-cased character by character (about 0.1 s of a batch of 2,000 articles).
        Same length as `joined`, so offsets are `joined`'s.

        >>> ParagraphBatch(["Naïve «Café» WAR"], ["p"], ["a"]).lowered
        'na\x80ve  caf\x80  war'
        """
        try:  # a text of Latin-1 characters (accents, no curly quotes): one byte table, no handler per accent
            return self.joined.encode("latin-1").translate(_latin1_lowered()).decode("latin-1")
        except UnicodeEncodeError:  # the encoding stops at the first other character
            return ascii_key_text(self.joined)

    @cached_property
    def _word_hits(self) -> tuple[tuple[str, ...], np.ndarray, np.ndarray, dict[str, np.ndarray]]:
        names = tuple(sorted(_WORD_LISTS))
        automaton, values = _word_scanner(names)
        # (end, key) pairs, flattened in C: no Python object per word found
        flat = np.fromiter(chain.from_iterable(automaton.iter(f" {self.lowered} ")), dtype=np.int64)
        return names, flat[0::2], flat[1::2], values

    def words_found(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """Return where the words of a registered word list occur in `lowered` and their values:
        (end, value) arrays, `end` the offset of the key's closing space in " " + lowered + " ", as an
        automaton reports it; every list is found in one scan of the text.

        >>> from transforms.enrichments import amounts  # registers its number words
        >>> ends, values = ParagraphBatch(["Two men, a third of them"], ["p"], ["a"]).words_found("amounts")
        >>> ends.tolist(), values.tolist()
        ([4, 17], [3, 7])
        """
        names, ends, keys, values = self._word_hits
        if name not in names:  # a list registered after this batch was scanned
            del self.__dict__["_word_hits"]
            names, ends, keys, values = self._word_hits
        found = values[name][keys]
        take = found >= 0
        return ends[take], found[take]

    @cached_property
    def starts(self) -> np.ndarray:
        """Offset of each paragraph in `joined` (int64, one per paragraph)."""
        lengths = np.fromiter(map(len, self.texts), dtype=np.int64, count=len(self.texts))
        starts = np.zeros(len(self.texts), dtype=np.int64)
        if len(lengths) > 1:
            starts[1:] = np.cumsum(lengths[:-1] + len(SEPARATOR))
        return starts

    def locate(self, offsets: np.ndarray) -> np.ndarray:
        """Return the paragraph index of each offset into `joined`.

        >>> ParagraphBatch(["ab", "cd"], ["p1", "p2"], ["a", "a"]).locate(np.array([0, 1, 5])).tolist()
        [0, 0, 1]
        """
        return np.searchsorted(self.starts, offsets, side="right") - 1


def empty_rows(columns: Sequence[str]) -> Rows:
    """Return an empty column list for each column."""
    return {c: [] for c in columns}
