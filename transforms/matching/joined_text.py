"""A batch's paragraphs joined into one text, read once by the term matcher and the semantic layer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from transforms.matching.folded_words import folded_words
from transforms.matching.key_words import KeyWords, key_words
from transforms.matching.possessives import possessive_joins
from transforms.matching.search_text import ascii_key_text

# Paragraphs of a batch are joined with a character no key contains, so no phrase spans two.
SEPARATOR = " \x01 "


def joined_bases(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Return where each text starts in `SEPARATOR.join(texts)`, and its length (int64 arrays)."""
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    bases = np.zeros(len(texts), dtype=np.int64)
    np.cumsum(lengths[:-1] + len(SEPARATOR), out=bases[1:])
    return bases, lengths


@dataclass(frozen=True)
class JoinedText:
    """A batch's paragraphs joined with `SEPARATOR` (no phrase or word spans two), read once by both
    kinds of evidence: paragraph i is `text[bases[i] : bases[i] + lengths[i]]`."""

    text: str
    bases: np.ndarray  # int64
    lengths: np.ndarray  # int64

    @classmethod
    def of(cls, paragraphs: Sequence[str]) -> JoinedText:
        bases, lengths = joined_bases(paragraphs)
        return cls(SEPARATOR.join(paragraphs), bases, lengths)

    @cached_property
    def key(self) -> str:
        """`ascii_key_text` of the joined text: one byte per character, whatever its letters."""
        return ascii_key_text(self.text)

    @cached_property
    def words(self) -> KeyWords:
        """The words of the key text (transforms.matching.key_words), found once for both kinds of evidence."""
        return key_words(self.key)

    @cached_property
    def folded_words(self) -> KeyWords:
        """`words` with their accents dropped, as the term matcher reads them (transforms.matching.folded_words).

        A key text without "\x80" has no word with a non-ASCII letter, so nothing to fold: one scan of its
        bytes (memchr) instead of Arrow's search of every distinct word for one."""
        return folded_words(self.words, self.text) if "\x80" in self.key else self.words

    @cached_property
    def possessive_joins(self) -> np.ndarray:
        """Where a plural possessive's apostrophe joins two words (transforms.matching.possessives)."""
        return possessive_joins(self.text)
