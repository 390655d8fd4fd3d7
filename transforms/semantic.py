"""The semantic layer: how close a paragraph's meaning is to each theme, word by word.

The representation is WordLlama's `l2_supercat_256` static token embeddings, whose weights and
tokenizer ship inside the `wordllama` wheel: they are read from the installed package with
safetensors and tokenizers, once per process, and nothing is ever fetched from a network.

A paragraph's vector is the mean of its content words' vectors (a word's vector is the mean of its
tokens'), so its cosine with a theme vector w is a sum over its words:

    cos(p, w) = sum_i (1/n) * (v_i . w) / (|p| |w|)

Each term of that sum is the exact contribution of one word at known offsets. The words whose
contribution reaches the taxonomy's `semantic_floor` are the theme's semantic evidence, and their sum
(times `semantic_weight`, so that it adds to term weights on one scale) is its semantic score.
Theme vectors are centred (the mean theme vector is taken off, then each is normalised), so a word
scores for a theme only by being closer to it than to the themes on average.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from transforms.taxonomy import Taxonomy, Theme

# Words that carry no meaning of their own (and leftovers of HTML entities in scraped news text).
FUNCTION_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each even ever few for from further
    had has have having he her here hers herself him himself his how i if in into is it its itself just
    me might more most much must my myself no nor not now of off on once only or other our ours out over
    own per rather said same say says she should since so some such than that the their theirs them
    themselves then there these they this those through to too under until up upon us very was we well
    were what when where which while who whom why will with within without would yet you your yours
    mr mrs ms s t m re ve ll d quot amp lt gt nbsp apos""".split()
)
MODEL_FILES = ("weights/l2_supercat_256.safetensors", "tokenizers/l2_supercat_tokenizer_config.json")


@dataclass(frozen=True)
class Embeddings:
    """A tokenizer and its token vectors (float32, one row per token id)."""

    tokenizer: object  # tokenizers.Tokenizer
    vectors: np.ndarray

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1])


@lru_cache(maxsize=1)
def load_embeddings() -> Embeddings:
    """Return this process's embeddings, read from the installed wordllama package (no network)."""
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    package = resources.files("wordllama")
    weights, tokenizer_file = (package.joinpath(name) for name in MODEL_FILES)
    with resources.as_file(weights) as path:
        vectors = np.ascontiguousarray(load_file(str(path))["embedding.weight"], dtype=np.float32)
    with resources.as_file(tokenizer_file) as path:
        tokenizer = Tokenizer.from_file(str(path))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return Embeddings(tokenizer, vectors)


@dataclass(frozen=True)
class Words:
    """The content words of a batch of texts: spans, and their token rows, as flat arrays.

    Word j of the batch belongs to text `text[j]` and spans `start[j]:end[j]` in it; its tokens are
    `tokens[token_ptr[j]:token_ptr[j + 1]]`.
    """

    text: np.ndarray  # int64
    start: np.ndarray  # int64
    end: np.ndarray  # int64
    tokens: np.ndarray  # int64 token ids
    token_ptr: np.ndarray  # int64, one more than words


def content_words(texts: Sequence[str], embeddings: Embeddings) -> Words:
    """Return the content words of the texts with their tokens (function words and numbers dropped)."""
    from transforms.themes import search_text

    encodings = embeddings.tokenizer.encode_batch(list(texts), add_special_tokens=False)  # type: ignore[attr-defined]
    w_text: list[int] = []
    w_start: list[int] = []
    w_end: list[int] = []
    tok_ids: list[int] = []
    tok_ptr = [0]
    for t, (text, enc) in enumerate(zip(texts, encodings, strict=True)):
        spans = _word_spans(search_text(text))
        if not spans:
            continue
        starts = np.array([s for s, _, _ in spans], dtype=np.int64)
        ends = np.array([e for _, e, _ in spans], dtype=np.int64)
        content = np.array([keep for _, _, keep in spans], dtype=bool)
        offsets = np.array(enc.offsets, dtype=np.int64).reshape(-1, 2)
        if not len(offsets):
            continue
        # A token belongs to the word holding its last character (a leading space is in no word).
        last = offsets[:, 1] - 1
        word_of = np.searchsorted(starts, last, side="right") - 1
        ok = (word_of >= 0) & (offsets[:, 1] > offsets[:, 0])
        ok[ok] &= (last[ok] < ends[word_of[ok]]) & content[word_of[ok]]
        keep = np.flatnonzero(ok)
        ids = np.asarray(enc.ids, dtype=np.int64)[keep]
        owner = word_of[keep]
        if not len(owner):
            continue
        new_word = np.ones(len(owner), dtype=bool)
        new_word[1:] = owner[1:] != owner[:-1]
        firsts = owner[new_word]
        w_text.extend([t] * len(firsts))
        w_start.extend(starts[firsts].tolist())
        w_end.extend(ends[firsts].tolist())
        base = len(tok_ids)
        tok_ids.extend(ids.tolist())
        tok_ptr.extend((base + np.flatnonzero(new_word)[1:]).tolist())
        tok_ptr.append(len(tok_ids))
    return Words(
        np.array(w_text, dtype=np.int64), np.array(w_start, dtype=np.int64), np.array(w_end, dtype=np.int64),
        np.array(tok_ids, dtype=np.int64), np.array(tok_ptr, dtype=np.int64),
    )


def _word_spans(searchable: str) -> list[tuple[int, int, bool]]:
    """Return (start, end, is content word) of each word of a `search_text` string.

    >>> _word_spans("the war in 2004 s ukraine")
    [(0, 3, False), (4, 7, True), (8, 10, False), (11, 15, False), (16, 17, False), (18, 25, True)]
    """
    spans = []
    pos = 0
    for word in searchable.split(" "):
        if word:
            content = word not in FUNCTION_WORDS and not word.isdigit() and len(word) > 1
            spans.append((pos, pos + len(word), content))
        pos += len(word) + 1
    return spans


def word_vectors(words: Words, embeddings: Embeddings) -> np.ndarray:
    """Return one vector per word: the mean of its tokens' vectors."""
    if not len(words.start):
        return np.zeros((0, embeddings.dim), dtype=np.float32)
    sums = np.add.reduceat(embeddings.vectors[words.tokens], words.token_ptr[:-1], axis=0)
    return sums / np.diff(words.token_ptr)[:, None].astype(np.float32)


def text_vector(texts: Sequence[str], embeddings: Embeddings) -> np.ndarray:
    """Return the mean content-word vector of some texts taken together (a theme's seed text)."""
    words = content_words(texts, embeddings)
    vectors = word_vectors(words, embeddings)
    if not len(vectors):
        return np.zeros(embeddings.dim, dtype=np.float32)
    return vectors.mean(axis=0)


def centred(vectors: np.ndarray) -> np.ndarray:
    """Return theme vectors with their mean taken off and each scaled to unit length."""
    if len(vectors) > 1:
        vectors = vectors - vectors.mean(axis=0, keepdims=True)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.where(norms == 0, 1.0, norms)).astype(np.float32)


@dataclass(frozen=True)
class WordContributions:
    """Per word of a batch, its exact contribution to the cosine of its text with each theme."""

    words: Words
    contribution: np.ndarray  # float64 (n_words, n_themes)
    cosine: np.ndarray  # float64 (n_texts, n_themes): the sum of each text's contributions


def contributions(texts: Sequence[str], themes: np.ndarray, embeddings: Embeddings) -> WordContributions:
    """Return every content word's contribution to cos(text, theme) for unit theme vectors."""
    words = content_words(texts, embeddings)
    vectors = word_vectors(words, embeddings).astype(np.float64)
    n_texts = len(texts)
    counts = np.bincount(words.text, minlength=n_texts).astype(np.float64)
    sums = np.zeros((n_texts, embeddings.dim), dtype=np.float64)
    np.add.at(sums, words.text, vectors)
    means = sums / np.maximum(counts, 1.0)[:, None]
    norms = np.linalg.norm(means, axis=1)
    scale = 1.0 / (np.maximum(counts, 1.0) * np.where(norms == 0, 1.0, norms))
    contribution = (vectors @ themes.T.astype(np.float64)) * scale[words.text][:, None]
    cosine = np.zeros((n_texts, themes.shape[0]), dtype=np.float64)
    np.add.at(cosine, words.text, contribution)
    return WordContributions(words, contribution, cosine)


def theme_text_vectors(texts: Sequence[Sequence[str]], embeddings: Embeddings) -> np.ndarray:
    """Return one raw vector per theme from its seed texts: the mean of each text's mean word vector.

    Each text (a name, a description, a term, a sub-topic label) counts once, however long it is.
    """
    flat = [text for group in texts for text in group]
    owner = np.repeat(np.arange(len(texts)), [len(group) for group in texts])
    words = content_words(flat, embeddings)
    vectors = word_vectors(words, embeddings)
    per_text = np.zeros((len(flat), embeddings.dim), dtype=np.float64)
    np.add.at(per_text, words.text, vectors)
    counts = np.bincount(words.text, minlength=len(flat))
    has_words = counts > 0
    per_text[has_words] /= counts[has_words, None]
    result = np.zeros((len(texts), embeddings.dim), dtype=np.float64)
    np.add.at(result, owner[has_words], per_text[has_words])
    n = np.bincount(owner[has_words], minlength=len(texts))
    return (result / np.maximum(n, 1)[:, None]).astype(np.float32)


@dataclass(frozen=True)
class SemanticRows:
    """Semantic evidence of a batch, one row per (paragraph, theme, word) that counts."""

    paragraph: np.ndarray  # int64
    theme: np.ndarray  # int64
    start: np.ndarray  # int64
    end: np.ndarray  # int64
    weight: np.ndarray  # float64, rounded to 4 digits


class SemanticLayer:
    """A taxonomy's theme vectors and scales: build once per process, apply to many batches."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        settings = taxonomy.semantic
        assert settings is not None, "the taxonomy has no semantic layer (semantic = false)"
        self.embeddings = load_embeddings()
        raw = raw_theme_vectors(taxonomy, self.embeddings)
        if raw.shape[1] != self.embeddings.dim:
            raise ValueError(f"theme vectors have {raw.shape[1]} dimensions, the model {self.embeddings.dim}")
        self.vectors = centred(raw)
        self.scale = np.array([settings.weight * t.weight for t in taxonomy.themes], dtype=np.float64)
        self.floor = settings.floor

    def rows(self, texts: Sequence[str]) -> SemanticRows:
        """Return the words that carry each theme in each text, with their weights in score points."""
        wc = contributions(texts, self.vectors, self.embeddings)
        points = wc.contribution * self.scale[None, :]
        word, theme = np.nonzero(points >= self.floor)
        return SemanticRows(
            paragraph=wc.words.text[word], theme=theme.astype(np.int64), start=wc.words.start[word],
            end=wc.words.end[word], weight=np.round(points[word, theme], 4),
        )


def raw_theme_vectors(taxonomy: Taxonomy, embeddings: Embeddings) -> np.ndarray:
    """Return the taxonomy's theme vectors before centring: its sidecar's, else made from its text."""
    if taxonomy.semantic is not None and taxonomy.semantic.theme_vectors:
        return np.array(taxonomy.semantic.theme_vectors, dtype=np.float32)
    return theme_text_vectors([theme_seed(t) for t in taxonomy.themes], embeddings)


def theme_seed(theme: Theme) -> list[str]:
    """Return the texts a theme's vector is made from when no vectors are given: name, description, terms."""
    return [theme.name, theme.description, *(term.text for term in theme.terms)]


@lru_cache(maxsize=4)
def semantic_layer_for(taxonomy: Taxonomy) -> SemanticLayer:
    """Return this process's semantic layer for a taxonomy, built on first use."""
    return SemanticLayer(taxonomy)


def article_vectors(articles: Sequence[Sequence[tuple[str, str]]], embeddings: Embeddings) -> np.ndarray:
    """Return one unit vector per article from its (role, text) paragraphs: the mean of its content
    words' vectors, a title's words counted twice (as the rollup counts a title)."""
    from transforms.rollup import role_weight

    texts = [text for paragraphs in articles for _, text in paragraphs]
    weights = np.array([role_weight(role) for paragraphs in articles for role, _ in paragraphs], np.float64)
    owner = np.repeat(np.arange(len(articles)), [len(paragraphs) for paragraphs in articles])
    words = content_words(texts, embeddings)
    vectors = word_vectors(words, embeddings).astype(np.float64) * weights[words.text][:, None]
    result = np.zeros((len(articles), embeddings.dim), dtype=np.float64)
    np.add.at(result, owner[words.text], vectors)
    norms = np.linalg.norm(result, axis=1, keepdims=True)
    return result / np.where(norms == 0, 1.0, norms)
