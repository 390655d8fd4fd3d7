"""The shared input of every enrichment: a batch of paragraphs, joined once into one searchable text."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import chain

import ahocorasick
import numpy as np

from transforms.matching.folded_words import folded_text, folded_words
from transforms.matching.joined_text import JoinedText
from transforms.matching.key_words import KeyWords, key_words
from transforms.matching.phrase_keys import PhraseKeys
from transforms.matching.search_text import ascii_key_text

# Paragraphs are joined with a line break and a character no name, word or number contains, so no
# match spans two paragraphs; offsets in the joined text minus the paragraph's start are offsets in it.
SEPARATOR = "\n\x01\n"

Rows = dict[str, list]

# The word lists enrichments look up in the lower-cased text (tone's sentiment words, amounts' number
# words), by name: each a function returning {" key ": value} (keys padded with a space on each side,
# as `search_text` writes words; values non-negative ints). All lists are found at once
# (`ParagraphBatch.words_found`): by the batch's words (transforms.matching.phrase_keys) where every key
# is ASCII words and single spaces, as all of today's are, else by one automaton of them all (with a warning: it is
# about six times the words' lookup). A word is read
# without its accents, as the labeller reads it (`ParagraphBatch.folded_words`): "naïve" is the lexicon's "naive".
_WORD_LISTS: dict[str, Callable[[], Mapping[str, int]]] = {}


def word_list(name: str) -> Callable[[Callable[[], Mapping[str, int]]], Callable[[], Mapping[str, int]]]:
    """Register a function returning a word list under `name` (a decorator)."""
    def register(keys: Callable[[], Mapping[str, int]]) -> Callable[[], Mapping[str, int]]:
        _WORD_LISTS[name] = keys
        return keys
    return register


@lru_cache(maxsize=4)
def _word_scanner(
    names: tuple[str, ...],
) -> tuple[ahocorasick.Automaton, dict[str, np.ndarray], PhraseKeys | None]:
    """Return one automaton of the keys of the named word lists, per list each key's value (-1: not in it),
    and the same keys to be found by words (None where one of them is not ASCII words and single spaces)."""
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
    forms = [key[1:-1] for key in keys]  # the padding off: " a half " is the words "a half"
    fits = all(key[:1] == key[-1:] == " " for key in keys) and PhraseKeys.fit(forms)
    if not fits:  # every batch then scans its text by the automaton: about six times the words' lookup
        unfit = [key for key in keys if key[:1] != " " or key[-1:] != " " or not PhraseKeys.fit([key[1:-1]])]
        warnings.warn(f"word lists {names} are found by the slower automaton scan: keys that are not words between "
                      f"single spaces {unfit[:5]}", stacklevel=2)
    return automaton, values, PhraseKeys(forms, range(len(keys))) if fits else None


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
    # The labeller's joined text of a batch's paragraphs, where the caller has it (transforms.pipeline): its
    # words are read where its key text is `lowered` (the same paragraphs), not split and hashed again.
    labelled: JoinedText | None = field(default=None, compare=False, repr=False)

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
    def words(self) -> KeyWords:
        """The words of `lowered` (transforms.matching.key_words): the labeller's where it has them."""
        labelled = self.labelled
        if labelled is not None and labelled.key == self.lowered:  # one compare: equal where the texts are
            return labelled.words
        return key_words(self.lowered)

    @cached_property
    def folded_words(self) -> KeyWords:
        """`words` with their accents dropped, as the labeller reads them (transforms.matching.folded_words):
        "naïve", "nai\u0308ve" (a decomposed accent) and "NAÏVE" read "naive"; the labeller's where it has them.

        >>> words = ParagraphBatch(["Naïve café"], ["p"], ["a"]).folded_words
        >>> [words.dictionary[c].as_py() for c in words.code.tolist()]
        ['naive', 'cafe']
        """
        if "\x80" not in self.lowered:  # no letter to fold: most English batches
            return self.words
        labelled = self.labelled
        if labelled is not None and labelled.key == self.lowered:
            return labelled.folded_words
        return folded_words(self.words, self.joined)

    @cached_property
    def _word_hits(self) -> tuple[tuple[str, ...], np.ndarray, np.ndarray, dict[str, np.ndarray]]:
        names = tuple(sorted(_WORD_LISTS))
        automaton, values, phrases = _word_scanner(names)
        if phrases is not None:
            # The automaton's hits, in its order, from the batch's words: a fifth of its scan's time, where
            # the labeller has split the words already (no Python object per word found, either way).
            hits = phrases.hits(self.folded_words)
            return names, hits[:, 0], hits[:, 1], values
        # (end, key) pairs, flattened in C: no Python object per word found; accents read as by words (a decomposed
        # accent's mark stays in `folded_text`, which keeps the text's length: "nai\u0308ve" is found by words only)
        text = folded_text(self.joined) if "\x80" in self.lowered else self.lowered
        flat = np.fromiter(chain.from_iterable(automaton.iter(f" {text} ")), dtype=np.int64)
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
