"""The semantic layer: how close a paragraph's meaning is to each theme, word by word.

The representation is WordLlama's `l2_supercat_256` static token embeddings, whose weights and
tokenizer ship inside the `wordllama` wheel: they are read from the installed package with
safetensors and tokenizers, once per process, and nothing is ever fetched from a network.

A word's vector is the mean of its tokens' vectors, scaled to unit length (words are read in lower
case, as the term matcher reads them). A paragraph's closeness to a theme is the mean, over its n
content words, of each word's cosine with the theme's vector t:

    closeness(p, t) = sum_i (1/n) * (v_i . t)

so each word's contribution (1/n) * (v_i . t) is exact and has offsets in the paragraph. The words
whose contribution, times `semantic_weight` (which puts it on the scale of term weights) and the
theme's `weight`, reaches the taxonomy's `semantic_floor` are the theme's semantic evidence, and
their sum is its semantic score. With `semantic_cap` set, an occurrence's weight is at most that
cap (in score points, whatever the theme's weight): in a headline of five words each word's share is
a fifth of the closeness, and one name or odd word ("Jackson", "arson", whose tokens lean to sport)
could otherwise carry a theme alone. Below `min_score`, the cap makes a theme need more than one
close word, or a listed term as well.
Theme vectors are centred (the mean theme vector is taken off, then each is scaled to unit length),
so a word scores for a theme only by being closer to it than to the themes on average. Because
the score is a mean, a passing mention in a long paragraph adds little, while a headline whose few
words all point at a theme adds a lot.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Any

import numpy as np

from transforms.joined_text import SEPARATOR, JoinedText, joined_bases
from transforms.key_words import KeyWords, key_words, runs, word_array, word_texts
from transforms.search_text import ascii_key_text, search_text
from transforms.taxonomy import Taxonomy, Theme
from transforms.word_scores import WordScores

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
) | frozenset(
    # The commonest function words of German, French, Spanish, Italian, Portuguese and Dutch: a quote or
    # a paragraph in one of them inside an English article is labelled by its content words
    # ("Regierung", "ministre"), not by "der" and "und" leaning to whatever theme their vectors lean
    # to. Words that are also English words, names or abbreviations with a meaning in news are left
    # out: die, den, war, man, hat, bin, kind, gift, rat, van, met, hay, con, son, par, pour, plus,
    # tout, para, sin, non; MIT, ESA, CES, DEI, OS, ER, EM, ALS, UN, AU, EST, ET, NE, SE; and name
    # parts (El Niño, Los Angeles, Las Vegas, Al Qaeda, Des Moines, Han, Che, Di, Ed, Elle, La, Da, Dan).
    """der und das ist nicht ein eine einer eines einem einen zu sich auf für von werden wird wurde wurden
    sind bei nach auch wie noch über dass daß oder aber wenn nur sie ihr ihre ihren ihrem ihrer sein
    seine seinen seinem seiner wir ich du es im vom zum zur um durch gegen ohne vor schon sehr kann
    können muss müssen soll sollen hatte hatten habe haben waren worden diese dieser dieses diesen
    diesem kein keine mehr jetzt dann doch denn weil le les du une dans pas qui que sur aux avec ce
    cette il ils elles nous vous leur leurs sont ont été être avoir mais ou où donc ses mon mes qu aussi
    très comme entre sans sous chez fait peut tous toutes toute lui dont cela ça je del una uno su sus
    lo como pero más muy ya fue ser está están este esta estos estas ese sobre cuando también donde
    porque según hasta desde nos qué il della delle degli gli alla alle nel nella nei sono è anche più
    questo questa essere hanno dal dalla sul sulla tra das um uma não são ao aos na nas pelo pela mais
    seu sua foi ter tem mas eles het een en de dat niet zijn voor aan ook wordt worden naar bij maar om
    te ze nog wel hij wij ik heeft hebben deze""".split()
)
# Numbers in words carry no theme, as numbers in digits do not: their vectors lean wherever the
# model's training text used them most ("second" to sport, "hundreds" and "thousands" to science,
# "ten" to politics), and in a headline of six words one of them is a sixth of its meaning ("Monsoon
# floods displace thousands in Assam" was science and technology). Cardinals, ordinals to tenth and
# scale words (a number with letters, "5bn", "1990s", "5G", still counts). On the dev corpora bbc-dev
# went from 0.9515 to 0.9524 and agnews-dev from 0.8326 to 0.8353; no half went down (README, "Theme labels").
NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
    dozen hundreds thousands dozens tens million millions billion billions trillion trillions first
    second third fourth fifth sixth seventh eighth ninth tenth""".split()
)
MODEL_FILES = ("weights/l2_supercat_256.safetensors", "tokenizers/l2_supercat_tokenizer_config.json")


@dataclass(frozen=True)
class Embeddings:
    """A tokenizer and its token vectors (one row per token id)."""

    tokenizer: object  # tokenizers.Tokenizer
    vectors: np.ndarray  # read-only, as stored (float16 memory map)

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1])


@lru_cache(maxsize=1)
def load_embeddings() -> Embeddings:
    """Return this process's embeddings, read from the installed wordllama package (no network).

    The token vectors are memory-mapped read-only from the wheel's safetensors file, as stored
    (float16), so every worker process of a machine shares the same 16 MB of pages; a row is turned
    into float32 (exactly) when a word is embedded.
    """
    from tokenizers import Tokenizer

    weights, tokenizer_file = (os.path.join(model_folder(), name) for name in MODEL_FILES)
    vectors = mapped_tensor(weights, "embedding.weight")
    tokenizer = Tokenizer.from_file(tokenizer_file)
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return Embeddings(tokenizer, vectors)


def model_folder() -> str:
    """Return the installed wordllama package's folder, without importing the package (its own
    modules, which themelake does not use, would cost each worker some 20 MB)."""
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("the wordllama package is not installed: pip install wordllama")
    return list(spec.submodule_search_locations)[0]


_SAFETENSORS_DTYPES = {"F16": np.float16, "F32": np.float32}


def mapped_tensor(path: str, name: str) -> np.ndarray:
    """Return a tensor of a safetensors file as a read-only memory map (the format: an 8-byte
    little-endian header length, a JSON header of dtype, shape and data offsets, then the data)."""
    import json

    with open(path, "rb") as handle:
        size = int.from_bytes(handle.read(8), "little")
        header = json.loads(handle.read(size))
    entry = header[name]
    begin, _ = entry["data_offsets"]
    return np.memmap(path, dtype=_SAFETENSORS_DTYPES[entry["dtype"]], mode="r", offset=8 + size + begin,
                     shape=tuple(entry["shape"]))


class WordVectors:
    """Unit vectors of words, computed once per word and kept for the process's next batches.

    News repeats its words: after the first batches, most words of a batch are known and only new
    ones are tokenized. The cache holds up to `capacity` words and starts again when full; a word's
    vector is the same however it was reached, so labels do not depend on what was cached.
    """

    def __init__(self, embeddings: Embeddings, capacity: int = 100_000) -> None:
        self.embeddings = embeddings
        self.capacity = capacity
        self.index: dict[str, int] = {}
        self.rows = np.zeros((0, embeddings.dim), dtype=np.float32)
        # Batches run in threads too (one batch process: Prefect's task threads share this cache):
        # the index and the rows change together, under this lock.
        self.lock = threading.Lock()

    def of(self, words: Sequence[str]) -> np.ndarray:
        """Return the unit vectors of distinct words, one row per word."""
        with self.lock:
            return self._of(words)

    def _of(self, words: Sequence[str]) -> np.ndarray:
        new = list(dict.fromkeys(w for w in words if w not in self.index))  # each new word once
        if len(new) > self.capacity:
            return self.embed(words)
        if len(self.index) + len(new) > self.capacity:
            self.index.clear()
            self.rows = self.rows[:0]
            new = list(dict.fromkeys(words))
        if new:
            base = len(self.rows)
            self.index.update((w, base + i) for i, w in enumerate(new))
            self.rows = np.concatenate([self.rows, self.embed(new)])
        return self.rows[np.fromiter((self.index[w] for w in words), np.int64, len(words))]

    def embed(self, words: Sequence[str]) -> np.ndarray:
        """Return the unit vectors of words: the mean of each one's token vectors, normalised."""
        return embed_words(self.embeddings, words)


def embed_words(embeddings: Embeddings, words: Sequence[str]) -> np.ndarray:
    """Return the unit vectors of words: the mean of each one's token vectors, normalised."""
    if not words:
        return np.zeros((0, embeddings.dim), dtype=np.float32)
    encodings = embeddings.tokenizer.encode_batch(list(words), add_special_tokens=False)  # type: ignore[attr-defined]
    counts = np.fromiter((len(e.ids) for e in encodings), np.int64, len(words))
    ids = np.fromiter(chain.from_iterable(e.ids for e in encodings), np.int64, int(counts.sum()))
    ptr = np.zeros(len(words), np.int64)
    np.cumsum(counts[:-1], out=ptr[1:])
    # Token vectors added in order, one token position at a time (as reduceat would, but without
    # its slow loop over rows): most words are one or two tokens.
    sums = embeddings.vectors[ids[ptr]].astype(np.float32)
    for k in range(1, int(counts.max())):
        longer = np.flatnonzero(counts > k)
        sums[longer] += embeddings.vectors[ids[ptr[longer] + k]]
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return (sums / np.where(norms == 0, 1.0, norms)).astype(np.float32)


@lru_cache(maxsize=1)
def word_vectors() -> WordVectors:
    """Return this process's word vector cache."""
    return WordVectors(load_embeddings())


# Texts of a batch are joined as transforms.joined_text joins them (`SEPARATOR`: a character that is no word's).


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


@dataclass(frozen=True)
class BatchWords:
    """Every word of a batch of texts, one row per occurrence, in text order: occurrence j is in text
    `text[j]` at `start[j]:end[j]` and reads `distinct[code[j]]` (lower case)."""

    text: np.ndarray  # int64
    start: np.ndarray  # int64
    end: np.ndarray  # int64
    code: np.ndarray  # int64
    distinct: list[str]


def is_content_word(word: str) -> bool:
    """Return whether a (lower-case) word counts: not a function word, a letter or a number, in
    digits or in words (`NUMBER_WORDS`).

    >>> [is_content_word(w) for w in ("the", "x", "2004", "thousands", "second", "tariff")]
    [False, False, False, False, False, True]
    """
    return word not in FUNCTION_WORDS and len(word) > 1 and not word.isdigit() and word not in NUMBER_WORDS


def batch_words(texts: Sequence[str], key: str | None = None, words: KeyWords | None = None) -> BatchWords:
    """Return every word of the texts with its offsets, numbered in order of first appearance.

    The words are found and numbered without a Python string per occurrence (transforms.key_words:
    the batch's key text, words and spaces only, one byte per character, a non-ASCII letter read as
    "\x80", becomes one Arrow string array that Arrow's hash table numbers). Only the distinct words
    become Python strings, and the few words with a non-ASCII letter are read again from their own
    characters (`search_text` of the word, lower-cased on its own). Where such words are not few
    (French, German, Russian, Japanese text: over WIDE_SHARE of the words), the batch is read as its
    Unicode search text instead, which numbers them in C too. `key`: that key text of
    `SEPARATOR.join(texts)`, when the caller has it (the term matcher reads the same, see
    transforms.joined_text.JoinedText); `words`: its words, when the caller has them too.
    """
    if not texts:
        none = np.zeros(0, np.int64)
        return BatchWords(none, none, none, none, [])
    # Imported here, as pandas was for the same job: only a process labelling with the semantic
    # layer pays for it.
    import pyarrow as pa

    # The texts themselves are read again only for words with a non-ASCII letter ("\x80" in the key).
    joined = SEPARATOR.join(texts) if key is None or "\x80" in key else ""
    key = ascii_key_text(joined) if key is None else key
    words = key_words(key) if words is None else words
    w_start, w_end, code = words.start, words.end, words.code
    distinct = words.dictionary.to_pylist()
    wide = [i for i, w in enumerate(distinct) if "_" in w] if "\x80" in key else []
    if wide:  # words with a non-ASCII letter
        code = code.copy()  # _wide_words numbers them in place
        at = np.flatnonzero(np.isin(code, wide))
        if len(at) > WIDE_SHARE * len(code):
            w_start, w_end, code, distinct = _unicode_words(pa, joined)
        else:
            code, distinct = _wide_words(joined, w_start, w_end, code, distinct, at)
    bases, _ = joined_bases(texts)
    text = word_texts(w_start, bases)
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
    words = word_array(pa, data, is_word, b_start, b_end).dictionary_encode()
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


def scaled(vectors: np.ndarray) -> np.ndarray:
    """Return theme vectors with their mean taken off and one common scale, so that their mean
    length is 1: a sidecar's fitted vectors keep their relative lengths (see transforms.theme_fit)."""
    if len(vectors) > 1:
        vectors = vectors - vectors.mean(axis=0, keepdims=True)
    size = float(np.linalg.norm(vectors, axis=1).mean()) if len(vectors) else 0.0
    return (vectors / (size or 1.0)).astype(np.float32)


def centred(vectors: np.ndarray) -> np.ndarray:
    """Return theme vectors with their mean taken off and each scaled to unit length."""
    if len(vectors) > 1:
        vectors = vectors - vectors.mean(axis=0, keepdims=True)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.where(norms == 0, 1.0, norms)).astype(np.float32)


@dataclass(frozen=True)
class WordContributions:
    """Per occurrence of a batch, its exact contribution to its text's closeness to each theme."""

    occ: Occurrences
    contribution: np.ndarray  # float32 (n_occurrences, n_themes)


def contributions(texts: Sequence[str], themes: np.ndarray) -> WordContributions:
    """Return every content word occurrence's contribution (1/n) * (v . t) for theme vectors t."""
    occ = occurrences(texts)
    # einsum's own loop, not BLAS: each word's cosine is then the same float whatever batch it is in
    # (a BLAS kernel may sum differently at the edge of a block), so labels never depend on batching.
    cos = np.einsum("wd,td->wt", occ.unit, themes.astype(np.float32))
    n = np.bincount(occ.text, minlength=len(texts)).astype(np.float32)
    return WordContributions(occ, cos[occ.word] / n[occ.text][:, None])


def closeness(wc: WordContributions, n_texts: int) -> np.ndarray:
    """Return each text's closeness to each theme: the sum of its contributions (n_texts, n_themes)."""
    out = np.zeros((n_texts, wc.contribution.shape[1]), dtype=np.float64)
    np.add.at(out, wc.occ.text, wc.contribution.astype(np.float64))
    return out


def theme_text_vectors(texts: Sequence[Sequence[str]], embeddings: Embeddings | None = None) -> np.ndarray:
    """Return one raw vector per theme from its seed texts: the mean of each text's mean word vector.

    Each text (a name, a description, a term, a sub-topic label) counts once, however long it is.
    """
    flat = [text for group in texts for text in group]
    owner = np.repeat(np.arange(len(texts)), [len(group) for group in texts])
    occ = occurrences(flat)
    per_text = text_means(occ, occ.text, len(flat))
    has_words = np.bincount(occ.text, minlength=len(flat)) > 0
    result = np.zeros((len(texts), occ.unit.shape[1]), dtype=np.float64)
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
    word: np.ndarray  # int64: index into `words`
    words: tuple[str, ...]  # the batch's content words, lower case

    def take(self, rows: np.ndarray) -> SemanticRows:
        """Return only the given rows."""
        return SemanticRows(
            self.paragraph[rows], self.theme[rows], self.start[rows], self.end[rows], self.weight[rows],
            self.word[rows], self.words,
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
        raw = raw_theme_vectors(taxonomy, self.embeddings)
        if raw.shape[1] != self.embeddings.dim:
            raise ValueError(f"theme vectors have {raw.shape[1]} dimensions, the model {self.embeddings.dim}")
        # Vectors made from the themes' text are each scaled to unit length; a sidecar's (fitted)
        # vectors keep their relative lengths.
        self.vectors = scaled(raw) if settings.theme_vectors else centred(raw)
        self.scale = np.array([settings.weight * t.weight for t in taxonomy.themes], dtype=np.float32)
        self.floor = settings.floor
        self.cap = settings.cap
        embeddings = self.embeddings
        self.words = WordScores(self.vectors, lambda words: embed_words(embeddings, words), is_content_word)

    def rows(self, texts: Sequence[str], batch: JoinedText | None = None) -> SemanticRows:
        """Return the words that carry each theme in each text, with their weights in score points.

        A big batch is read in parts of about CHUNK_CHARS characters: a word's points do not depend
        on the other texts, and a batch's per-word arrays would otherwise all be held at once.
        `batch`: the texts joined (transforms.joined_text.JoinedText), when the caller has them.
        """
        ends = np.cumsum(np.fromiter(map(len, texts), np.int64, len(texts)))
        cuts = np.searchsorted(ends, np.arange(CHUNK_CHARS, int(ends[-1]) if len(ends) else 0, CHUNK_CHARS),
                               side="right")
        bounds = [0, *sorted(set(cuts.tolist()) - {0, len(texts)}), len(texts)]

        if batch is not None and len(texts):  # where each text's words begin among the batch's words
            first = np.append(np.searchsorted(batch.words.start, batch.bases), len(batch.words.start))

        def key(a: int, b: int) -> tuple[str | None, KeyWords | None]:  # texts[a:b]'s key text and words
            if batch is None or a == b:
                return None, None
            base = int(batch.bases[a])
            text = batch.key[base : int(batch.bases[b - 1] + batch.lengths[b - 1])]
            if a == 0 and b == len(texts):
                return text, batch.words
            return text, batch.words.part(int(first[a]), int(first[b]), base)

        if len(bounds) <= 2:
            return self._rows(texts, *key(0, len(texts)))
        parts: list[tuple[SemanticRows, int, int]] = []
        words: list[str] = []
        for a, b in zip(bounds, bounds[1:], strict=False):
            part = self._rows(texts[a:b], *key(a, b))
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
        )

    def _rows(self, texts: Sequence[str], key: str | None = None, found: KeyWords | None = None) -> SemanticRows:
        words = batch_words(texts, key, found)
        content, cosines = self.words.of(words.distinct)
        keep = np.flatnonzero(content[words.code])
        n = np.bincount(words.text[keep], minlength=len(texts)).astype(np.float32)
        # Most occurrences reach the floor for no theme (a long paragraph's 1/n is small): a word's
        # best points over the themes, with a margin far wider than rounding, drops them first, so
        # the exact points below are computed for few rows (and no n_words x n_themes array is held).
        best = (cosines * self.scale[None, :]).max(axis=1) if len(cosines) else np.zeros(0, np.float32)
        margin = abs(self.floor) * 1e-3 + 1e-9
        keep = keep[best[words.code[keep]] / n[words.text[keep]] >= self.floor - margin]
        text, code = words.text[keep], words.code[keep]
        # (1/n) * (v . t) for each content word occurrence, then in score points: the same float32
        # operations in place, and the passing cells found in the flat array (half the time of
        # np.nonzero on the 2-D one and its temporaries).
        points = cosines[code]
        points /= n[text][:, None]
        points *= self.scale
        cells = np.flatnonzero(points >= self.floor)
        occ, theme = np.divmod(cells, points.shape[1])
        at = keep[occ]
        weight = points.ravel()[cells].astype(np.float64)
        if self.cap:  # one word's share of a short text does not carry a theme alone (`semantic_cap`)
            weight = np.minimum(weight, self.cap)
        return SemanticRows(
            paragraph=words.text[at], theme=theme.astype(np.int64), start=words.start[at], end=words.end[at],
            weight=np.round(weight, 4), word=words.code[at],
            words=tuple(words.distinct),
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


def article_vectors(
    articles: Sequence[Sequence[tuple[str, str]]], embeddings: Embeddings | None = None, unit: bool = True
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
