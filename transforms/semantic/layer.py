"""A taxonomy's semantic layer: the words that carry each theme in each paragraph, in score points.

A paragraph's closeness to a theme is the mean, over its n content words, of each word's cosine with
the theme's vector t:

    closeness(p, t) = sum_i (1/n) * (v_i . t)

so each word's contribution (1/n) * (v_i . t) is exact and has offsets in the paragraph. The words
whose contribution, times `semantic_weight` (which puts it on the scale of term weights) and the
theme's `weight`, reaches the taxonomy's `semantic_floor` are the theme's semantic evidence, and
their sum is its semantic score. With `semantic_cap` set, an occurrence's weight is at most that
cap (in score points, whatever the theme's weight): in a headline of five words each word's share is
a fifth of the closeness, and one name or odd word ("Jackson", "arson", whose tokens lean to sport)
could otherwise carry a theme alone. Below `min_score`, the cap makes a theme need more than one
close word, or a listed term as well.
With `semantic_min_words` (10 by default for vectors made from text) n is at least that many, so
the words of a two-word headline each share a tenth, not a half, of the closeness.
A sidecar's fitted vectors are centred (the mean theme vector is taken off), so a word scores for a
theme only by being closer to it than to the themes on average; vectors made from the themes' text
are only scaled to unit length (transforms.semantic.theme_vectors.unit_length says why). Because
the score is a mean, a passing mention in a long paragraph adds little, while a headline whose few
words all point at a theme adds a lot.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from transforms.matching.joined_text import JoinedText
from transforms.matching.key_words import KeyWords
from transforms.semantic.batch_words import BatchWords, TextWords, batch_word_parts
from transforms.semantic.content_words import contraction_heads, is_content_word
from transforms.semantic.embeddings import load_embeddings
from transforms.semantic.number_words import NumberJoins, number_joins
from transforms.semantic.speaker_lines import speaker_label_ends, speaker_lines
from transforms.semantic.theme_vectors import layer_theme_vectors
from transforms.semantic.word_vectors import embed_words
from transforms.taxonomy import Taxonomy
from transforms.word_scores import WordScores


@dataclass(frozen=True)
class SemanticRows:
    """Semantic evidence of a batch, one row per (paragraph, theme, word) that counts."""

    paragraph: np.ndarray  # int64
    theme: np.ndarray  # int64
    start: np.ndarray  # int64
    end: np.ndarray  # int64
    weight: np.ndarray  # float64, rounded to 4 digits
    word: np.ndarray  # int64: index into `words`
    words: tuple[str, ...]  # the batch's content words, lower case
    short: np.ndarray  # bool, one per text: fewer content words than `semantic_min_words`

    def take(self, rows: np.ndarray) -> SemanticRows:
        """Return only the given rows."""
        return SemanticRows(
            self.paragraph[rows], self.theme[rows], self.start[rows], self.end[rows], self.weight[rows],
            self.word[rows], self.words, self.short,
        )


# Characters of text a batch's semantic evidence is read in at once: a part's arrays peak at about
# 45 MB (measured with tracemalloc on a 2,000-article bbc batch), and fewer, longer parts look up
# fewer words in the word cache (200,000 characters cost 0.1 s more per such batch).
CHUNK_CHARS = 1_000_000


class SemanticLayer:
    """A taxonomy's theme vectors and scales: build once per process, apply to many batches."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        settings = taxonomy.semantic
        assert settings is not None, "the taxonomy has no semantic layer (semantic = false)"
        self.embeddings = load_embeddings()
        # Vectors made from the themes' text are each scaled to unit length, not centred; a sidecar's
        # (fitted) vectors are centred and keep their relative lengths.
        self.vectors = layer_theme_vectors(taxonomy)
        if self.vectors.shape[1] != self.embeddings.dim:
            raise ValueError(f"theme vectors have {self.vectors.shape[1]} dimensions, the model {self.embeddings.dim}")
        self.scale = np.array([settings.weight * t.weight for t in taxonomy.themes], dtype=np.float32)
        self.floor = settings.floor
        self.cap = settings.cap
        self.min_words = np.float32(settings.min_words)
        embeddings = self.embeddings
        self.words = WordScores(self.vectors, lambda words: embed_words(embeddings, words), is_content_word,
                                weights=self.scale)

    def rows(self, texts: Sequence[str], batch: JoinedText | None = None) -> SemanticRows:
        """Return the words that carry each theme in each text, with their weights in score points.

        A big batch is read in parts of about CHUNK_CHARS characters: a word's points do not depend
        on the other texts, and a batch's per-word arrays would otherwise all be held at once.
        `batch`: the texts joined (transforms.matching.joined_text.JoinedText), when the caller has them.
        """
        lengths = batch.lengths if batch is not None else np.fromiter(map(len, texts), np.int64, len(texts))
        ends = np.cumsum(lengths)
        cuts = np.searchsorted(ends, np.arange(CHUNK_CHARS, int(ends[-1]) if len(ends) else 0, CHUNK_CHARS),
                               side="right")
        bounds = [0, *sorted(set(cuts.tolist()) - {0, len(texts)}), len(texts)]

        if batch is not None and len(texts):  # where each text's words begin among the batch's words
            first = np.append(np.searchsorted(batch.words.start, batch.bases), len(batch.words.start))

        def key(a: int, b: int) -> tuple[str | None, KeyWords | None, str | None, TextWords | None]:
            """texts[a:b]'s key text, words, text, and where its texts and their words begin (found once)."""
            if batch is None or a == b:
                return None, None, None, None
            base = int(batch.bases[a])
            text_words = TextWords(batch.bases[a:b] - base, first[a : b + 1] - first[a])
            if a == 0 and b == len(texts):
                return batch.key, batch.words, batch.text, text_words
            end = int(batch.bases[b - 1] + batch.lengths[b - 1])
            return (batch.key[base:end], batch.words.part(int(first[a]), int(first[b]), base), batch.text[base:end],
                    text_words)

        if len(bounds) <= 2:
            return self._rows(texts, *key(0, len(texts)))
        # The batch's distinct words are looked up in the word cache once, not once in each part they are in.
        known = self._known(batch.words, "\x80" in batch.key) if batch is not None else None
        parts: list[tuple[SemanticRows, int, int]] = []
        words: list[str] = []
        for a, b in zip(bounds, bounds[1:], strict=False):
            own = None if known is None or batch is None else known.part(batch.words.code[first[a] : first[b]])
            part = self._rows(texts[a:b], *key(a, b), own)
            parts.append((part, a, len(words)))
            words.extend(part.words)
        return SemanticRows(
            paragraph=np.concatenate([p.paragraph + a for p, a, _ in parts]),
            theme=np.concatenate([p.theme for p, _, _ in parts]),
            start=np.concatenate([p.start for p, _, _ in parts]),
            end=np.concatenate([p.end for p, _, _ in parts]),
            weight=np.concatenate([p.weight for p, _, _ in parts]),
            word=np.concatenate([p.word + w for p, _, w in parts]),
            words=tuple(words),
            short=np.concatenate([p.short for p, _, _ in parts]),
        )

    def _known(self, words: KeyWords, wide: bool) -> KnownWords:
        """Return the word cache's rows of a batch's words (`KnownWords`), of those without a non-ASCII letter
        (`wide`: the key text has such words, "_" where the letter is)."""
        names = words.dictionary.to_pylist()
        if not wide:
            return KnownWords(*self.words.rows_of(names))
        plain = [i for i, name in enumerate(names) if "_" not in name]
        rows, cosines, best = self.words.rows_of([names[i] for i in plain])
        every = np.full(len(names), -2, np.int64)  # (a word with a non-ASCII letter is read as itself: not known)
        every[plain] = rows
        return KnownWords(every, cosines, best)

    def _rows(self, texts: Sequence[str], key: str | None = None, found: KeyWords | None = None,
              joined: str | None = None, text_words: TextWords | None = None,
              known: KnownWords | None = None) -> SemanticRows:
        """Return the semantic rows of texts (`rows`); `known`: the word cache's rows of their key text's words."""
        words = batch_word_parts(texts, key, found, joined, text_words)
        # A part without a non-ASCII letter reads its words as its key text writes them: their rows are known.
        if known is not None and (key is None or "\x80" in key):
            known = None
        return self._points(texts, words, number_joins(texts, words), known)

    def _points(self, texts: Sequence[str], words: BatchWords, joins: NumberJoins | None,
                known: KnownWords | None = None) -> SemanticRows:
        """Return the semantic rows of texts from their words and where their numbers' parts join.

        The words are not moved to join a number's parts (`batch_words` does, for a batch's article
        vectors): a joined number's first part reads the number (`joins.code`, `joins.end`), its other
        parts are left out with the contraction heads, and its own head is its last part's, that of the word
        after the number. The rows are those of the joined words (`batch_words`, joins None: the test's
        reference), without rebuilding every occurrence's arrays and numbers for a few hundred numbers."""
        code, end, distinct = (words.code, words.end, words.distinct) if joins is None else (
            joins.code, joins.end, joins.distinct)
        # Each distinct word's row in the word cache (NOT_CONTENT: no content word), read in place: its
        # cosines with the themes and its best of them times the theme's scale (`WordScores.best`,
        # computed once per word and process, the same float32 operations as over a batch's words).
        row, cosines, best = self._word_rows(distinct, known)
        heads = contraction_heads(words.text, words.start, words.end, words.code, words.distinct)
        if joins is not None:
            heads[joins.first] = heads[joins.last]
            heads |= joins.part
        occ_row = row[code]
        keep = np.flatnonzero((occ_row >= 0) & ~heads)
        # A transcript's speaker line is a name and its labels, not a paragraph of meaning (`speaker_lines`).
        speakers = speaker_lines(texts)
        if speakers.any():
            keep = keep[~speakers[words.text[keep]]]
        # So is a speaker's label in capitals that opens a transcript's paragraph ("PRESIDENT BIDEN: ..."):
        # the words said after it keep their meaning.
        labels = speaker_label_ends(texts)
        if labels.any():
            keep = keep[words.start[keep] >= labels[words.text[keep]]]
        # A text of fewer than `min_words` content words is read as if the missing ones were close
        # to no theme (`semantic_min_words`): a mean of two or three cosines is mostly chance.
        counts = np.bincount(words.text[keep], minlength=len(texts)).astype(np.float32)
        n = np.maximum(counts, self.min_words)
        # Most occurrences reach the floor for no theme (a long paragraph's 1/n is small): a word's
        # best points over the themes, with a margin far wider than rounding, drops them first, so
        # the exact points below are computed for few rows (and no n_words x n_themes array is held).
        margin = abs(self.floor) * 1e-3 + 1e-9
        keep = keep[best[occ_row[keep]] / n[words.text[keep]] >= self.floor - margin]
        text = words.text[keep]
        # (1/n) * (v . t) for each content word occurrence, then in score points: the same float32
        # operations in place, and the passing cells found in the flat array (half the time of
        # np.nonzero on the 2-D one and its temporaries).
        points = cosines[occ_row[keep]]
        points /= n[text][:, None]
        points *= self.scale
        cells = np.flatnonzero(points >= self.floor)
        occ, theme = np.divmod(cells, points.shape[1])
        at = keep[occ]
        weight = points.ravel()[cells].astype(np.float64)
        if self.cap:  # one word's share of a short text does not carry a theme alone (`semantic_cap`)
            weight = np.minimum(weight, self.cap)
        return SemanticRows(
            paragraph=words.text[at], theme=theme.astype(np.int64), start=words.start[at], end=end[at],
            weight=np.round(weight, 4), word=code[at],
            words=tuple(distinct), short=counts < self.min_words,
        )

    def _word_rows(self, distinct: list[str], known: KnownWords | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return `WordScores.rows_of(distinct)`, reading the rows of the first words from `known` where it has them:
        only the words after them (a part's joined numbers) are looked up."""
        if known is None:
            return self.words.rows_of(distinct)
        extra = distinct[len(known.rows):]
        if not extra:
            return known.rows, known.cosines, known.best
        more, cosines, best = self.words.rows_of(extra)
        if cosines is not known.cosines or best is not known.best:  # the cache grew or started again: one table
            return self.words.rows_of(distinct)
        return np.concatenate([known.rows, more]), cosines, best


@dataclass(frozen=True)
class KnownWords:
    """The word cache's rows of a batch's distinct words (`WordScores.rows_of`), -2 for one not looked up, and
    the tables they index."""

    rows: np.ndarray
    cosines: np.ndarray
    best: np.ndarray

    def part(self, codes: np.ndarray) -> KnownWords:
        """Return the rows of the words of a part of the batch, its words' `codes` in the batch, in their order
        (`KeyWords.part`'s)."""
        used = np.zeros(len(self.rows), bool)
        used[codes] = True
        return KnownWords(self.rows[np.flatnonzero(used)], self.cosines, self.best)


@lru_cache(maxsize=4)
def semantic_layer_for(taxonomy: Taxonomy) -> SemanticLayer:
    """Return this process's semantic layer for a taxonomy, built on first use."""
    return SemanticLayer(taxonomy)
