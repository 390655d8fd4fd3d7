"""The content words of texts, one row per occurrence, and their mean vectors per text or article."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from transforms.semantic.batch_words import batch_words
from transforms.semantic.content_words import is_content_word
from transforms.semantic.word_vectors import WordVectors, word_vectors


@dataclass(frozen=True)
class Occurrences:
    """The content words of a batch of texts, one row per occurrence, and their distinct words.

    Occurrence j is in text `text[j]` at `start[j]:end[j]` and reads `words[word[j]]` (lower case);
    `unit[i]` is the unit vector of `words[i]`. Occurrences are in text order.
    """

    text: np.ndarray  # int64
    start: np.ndarray  # int64
    end: np.ndarray  # int64
    word: np.ndarray  # int64
    words: tuple[str, ...]
    unit: np.ndarray  # float32 (len(words), dim)


def occurrences(texts: Sequence[str], vectors: WordVectors | None = None) -> Occurrences:
    """Return the content words of the texts (function words, one-letter words and numbers dropped)."""
    vectors = vectors or word_vectors()
    words = batch_words(texts)
    content = np.fromiter(map(is_content_word, words.distinct), bool, len(words.distinct))
    keep = np.flatnonzero(content[words.code])
    renumber = np.cumsum(content) - 1
    kept_words = [w for w, c in zip(words.distinct, content.tolist(), strict=True) if c]
    return Occurrences(
        text=words.text[keep], start=words.start[keep], end=words.end[keep], word=renumber[words.code[keep]],
        words=tuple(kept_words), unit=vectors.of(kept_words),
    )


def text_means(occ: Occurrences, group: np.ndarray, n_groups: int, weight: np.ndarray | None = None) -> np.ndarray:
    """Return per group (e.g. per text) the weighted mean of its occurrences' unit word vectors."""
    weight = np.ones(len(occ.word)) if weight is None else weight
    out = np.zeros((n_groups, occ.unit.shape[1]), dtype=np.float64)
    # Summed per (group, word) first: far fewer rows than occurrences.
    key = group * max(len(occ.words), 1) + occ.word
    pairs, where = np.unique(key, return_inverse=True)
    pair_weight = np.bincount(where, weights=weight, minlength=len(pairs))
    g, w = pairs // max(len(occ.words), 1), pairs % max(len(occ.words), 1)
    np.add.at(out, g, occ.unit[w].astype(np.float64) * pair_weight[:, None])
    totals = np.bincount(group, weights=weight, minlength=n_groups)
    return out / np.where(totals == 0, 1.0, totals)[:, None]


def article_vectors(
    articles: Sequence[Sequence[tuple[str, str]]], unit: bool = True
) -> np.ndarray:
    """Return one vector per article from its (role, text) paragraphs: the mean of its content
    words' vectors, each paragraph weighted as the rollup counts its role (unit length with `unit`)."""
    from transforms.rollup import role_weight

    texts = [text for paragraphs in articles for _, text in paragraphs]
    weights = np.array([role_weight(role) for paragraphs in articles for role, _ in paragraphs], np.float64)
    owner = np.repeat(np.arange(len(articles)), [len(paragraphs) for paragraphs in articles])
    occ = occurrences(texts)
    result = text_means(occ, owner[occ.text], len(articles), weights[occ.text])
    if not unit:
        return result
    norms = np.linalg.norm(result, axis=1, keepdims=True)
    return result / np.where(norms == 0, 1.0, norms)
