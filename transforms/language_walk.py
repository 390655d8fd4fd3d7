"""py3langid's guesses for many texts, its byte automaton walked for all of them at once with numpy.

py3langid counts a text's features by walking its automaton byte by byte in Python (`visit_counts`), about
a third of what a guess costs. Its automaton forgets: after any `WINDOW` bytes it is in the state those bytes
lead to from its start, whatever state it was in before (true of py3langid 0.4's model: every pair of states
meets within 6 bytes). So the state after each byte is found for every byte of every text at once, `WINDOW`
steps of numpy each, from the bytes before it; then each state is checked against one step from the state
before it, which proves the walk is py3langid's whatever the model, and a text where it is not is walked by
py3langid itself. The features are counted in the order py3langid counts them (first seen, first), each
text's scores are py3langid's product of its counts, and the texts are decided at once by py3langid's steps in
its order (`BatchIdentifier._decided`), so each guess is py3langid's to the last bit (tests hold them to it).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from py3langid.langid import LanguageIdentifier

WINDOW = 6


class Automaton:
    """py3langid's byte automaton as numpy arrays: `nextmove[rowbase[state] + byte]` is the next state,
    `output[state]` the feature a state counts (-1: none)."""

    def __init__(self, identifier: LanguageIdentifier) -> None:
        self.nextmove = np.asarray(identifier.tk_nextmove)
        self.rowbase = np.asarray(identifier.tk_row, np.int64) << 8
        self.output = np.asarray(identifier.tk_output, np.int64)
        self.features = int(self.output.max()) + 1
        # The state after one byte from the start, and after two (`pairs[first << 8 | second]`, 512 KB): a walk's
        # first two steps in one look-up, in a table the cache holds, not four in the model's 39 MB.
        self.first = self.nextmove[self.rowbase[0] + np.arange(256)].astype(np.int64)
        self.pairs = self.nextmove[(self.rowbase[self.first][:, None] + np.arange(256)).ravel()].astype(np.int64)


def walked(automaton: Automaton, texts: Sequence[bytes]) -> dict[int, dict[int, int]]:
    """Return text position → its features' counts ({feature: count}, in order of first appearance, as
    py3langid's `visit_counts` gives them), for each text with a feature whose walk is proven (see the
    module); a text not among the keys is left to py3langid.

    >>> from transforms.language import _identifier
    >>> from py3langid.langid import visit_counts
    >>> ident = _identifier()
    >>> texts = [b"The cabinet met", b"", b"Le conseil des ministres"]
    >>> found = walked(Automaton(ident), texts)
    >>> [found.get(i) == visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, t)
    ...  for i, t in enumerate(texts)]
    [True, True, True]
    """
    return {t: dict(zip(features.tolist(), counts.tolist(), strict=True))
            for t, (features, counts) in walked_arrays(automaton, texts).items()}


def walked_arrays(automaton: Automaton, texts: Sequence[bytes]) -> dict[int, tuple[np.ndarray, np.ndarray]]:
    """Return `walked`'s counts as arrays: text position → (features, counts), int64, in py3langid's order (a
    view each of the batch's arrays: no Python int nor dict per feature, which were a third of the walk's time)."""
    sizes = np.fromiter(map(len, texts), np.int64, len(texts))
    data = np.frombuffer(b"".join(texts), np.uint8).astype(np.int64)
    if not len(data):
        return {}
    nextmove, rowbase = automaton.nextmove, automaton.rowbase
    bases = np.zeros(len(texts), np.int64)
    np.cumsum(sizes[:-1], out=bases[1:])
    text_of = np.repeat(np.arange(len(texts)), sizes)
    first = bases[text_of]  # each byte's text's first byte
    at = np.arange(len(data))
    # The window's bytes, oldest first: the byte `back` before each is a slice of the data behind WINDOW - 1 zeros.
    # Every state takes that step, and those fewer than `back` bytes into their text (a few per text: their window
    # starts before it, and their walk has not begun) are put back: one gather a step, not a test and a select.
    behind = np.zeros(WINDOW - 1 + len(data), np.int64)
    behind[WINDOW - 1:] = data
    early = np.flatnonzero(at - first < WINDOW - 1)
    early_at = (at - first)[early]
    n = len(data)
    state = automaton.pairs[behind[:n] << 8 | behind[1:n + 1]]  # the two oldest bytes' steps at once
    one = early[early_at == WINDOW - 2]  # the oldest byte before the text: only the next one's step
    state[one] = automaton.first[behind[one + 1]]
    state[early[early_at < WINDOW - 2]] = 0  # neither byte in the text: the walk has not begun
    for back in range(WINDOW - 3, -1, -1):
        stepped = nextmove[rowbase[state] + behind[WINDOW - 1 - back: WINDOW - 1 - back + len(data)]]
        if back:
            kept = early[early_at < back]
            stepped[kept] = state[kept]
        state = stepped
    # Each state must be one step from the one before it (a text's first byte is read from the start, as
    # py3langid reads it): then, by induction, each is the state py3langid's walk is in.
    wrong = np.flatnonzero(nextmove[rowbase[state[:-1]] + data[1:]] != state[1:]) + 1
    unproven = set(text_of[wrong[first[wrong] != wrong]].tolist())
    feature = automaton.output[state]
    has = np.flatnonzero(feature >= 0)
    if not len(has):
        return {}
    keys, counts = _first_seen_counts(text_of[has] * automaton.features + feature[has])
    text, feature = np.divmod(keys, automaton.features)
    bounds = (np.flatnonzero(np.diff(text)) + 1).tolist()
    return {t: (feature[a:b], counts[a:b])
            for t, a, b in zip(text[[0, *bounds]].tolist(), [0, *bounds], [*bounds, len(feature)], strict=True)
            if t not in unproven}


def _first_seen_counts(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the distinct keys in order of first appearance, and how often each appears: `np.unique`'s keys,
    `return_index` and `return_counts`, then sorted by the index, without that second sort (the first
    appearances marked in place are already in order).

    >>> [a.tolist() for a in _first_seen_counts(np.array([7, 3, 7, 9, 3, 7]))]
    [[7, 3, 9], [3, 2, 1]]
    """
    if not len(keys):
        return keys, np.zeros(0, np.int64)
    order = np.argsort(keys, kind="stable")  # equal keys in their order: the first of each run is its first
    ordered = keys[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    count = np.zeros(len(keys), np.int64)
    count[order[starts]] = np.diff(starts, append=len(keys))
    seen = np.flatnonzero(count)
    return keys[seen], count[seen]


class BatchIdentifier(LanguageIdentifier):
    """py3langid's identifier, which also guesses many texts at once (`classify_many`)."""

    __slots__ = ("_automaton",)

    def __init__(self, *args: Any, tk_row: Sequence[int] | np.ndarray, **kwargs: Any) -> None:
        super().__init__(*args, tk_row=(), **kwargs)
        # py3langid keeps the states' rows, their offsets and their features as Python lists of 100,000 ints
        # (12 MB in every process that guesses); an int64 array read through a memoryview gives py3langid's
        # byte walk the same plain ints, from 8 bytes an entry. A list given stays a list. (Set by name: they
        # are the slots of py3langid's class, which the type checker does not see.)
        rows = np.asarray(tk_row, np.int64)
        output = getattr(self, "tk_output")  # noqa: B009
        for name, given, values in (("tk_row", tk_row, rows), ("_rowbase", tk_row, rows << 8),
                                    ("tk_output", output, np.asarray(output, np.int64))):
            setattr(self, name, _plain(given, values))
        self._automaton: Automaton | None = None

    def classify_many(self, texts: Sequence[str]) -> list[tuple[str, float]]:
        """Return `classify` of each text: (language, confidence), py3langid's own."""
        if self._automaton is None:
            self._automaton = Automaton(self)
        encoded = [self._encode(text) for text in texts]
        found = walked_arrays(self._automaton, encoded)
        guesses: dict[int, tuple[str, float]] = {}
        if found and self._norm_probs and self.min_confidence is None:  # as `_identifier` makes it
            best, confidence = self._decided(cast_rows(np.asarray(self.nb_ptc), found.values()),
                                             [len(encoded[i]) for i in found])
            classes = self.nb_classes
            guesses = {i: (classes[b], c) for i, b, c in zip(found, best, confidence, strict=True)}
        # A text not walked (no feature, or a walk not proven) is py3langid's to read.
        return [guesses[i] if i in guesses else self.classify(text) for i, text in enumerate(texts)]

    def _decided(self, walks: list[tuple[np.ndarray, np.ndarray, np.ndarray]], sizes: list[int],
                 ) -> tuple[list[int], list[float]]:
        """Return each walked text's best class and its probability, as py3langid's `_decide` and `classify` with
        `norm_probs` find them (`sizes`: the texts' lengths in bytes), for all the texts at once.

        Each text's scores are its own product, as py3langid's `_sparse_score` makes them (`cast_rows`); the steps
        after it are element by element or along one text's row, in py3langid's order and in float32 (a Python
        float's factor is a float32 under numpy's promotion, as here): the same numbers, 20 to 30 us a text less.
        """
        scores = np.empty((len(walks), len(self.nb_classes)), np.float32)
        for k, (rows, at, counts) in enumerate(walks):
            scores[k] = np.log1p(counts.astype(np.float32)) @ rows.take(at, axis=0)
        scores += self.nb_pc
        # T = sqrt(bytes), py3langid's temperature
        scores *= np.array([1.0 / math.sqrt(size or 1) for size in sizes]).astype(np.float32)[:, None]
        np.exp(scores - scores.max(axis=1, keepdims=True), out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        for i, j in self._alias_pairs:  # an aliased label's column folded into its first (srl into sr)
            scores[:, i] += scores[:, j]
            scores[:, j] = 0.0
        best = scores.argmax(axis=1)
        return best.tolist(), scores[np.arange(len(best)), best].tolist()


def _plain(given: Sequence[int] | np.ndarray, values: np.ndarray) -> Sequence[int]:
    """Return `values` as `given` holds them: a list as a list, an array as a memoryview of plain ints."""
    return values.tolist() if isinstance(given, list) else values.data


def cast_rows(table: np.ndarray, walks: Iterable[tuple[np.ndarray, np.ndarray]]) -> list[tuple[np.ndarray, np.ndarray,
                                                                                                   np.ndarray]]:
    """Return, per walk's (features, counts), (rows, at, counts): `rows.take(at, axis=0)` are its features' rows of
    `table` cast to float32, `rows` shared by all the walks.

    py3langid's table is float16: its `log1p(counts) @ table[features]` casts those rows to float32 first, then
    multiplies (numpy's float32 matmul), and the cast was four fifths of a text's score (about 4 ns an element, 142
    a row). A batch's texts share most of their features (8,300 distinct in 72,000 over 900 paragraphs): each
    distinct row is cast once, and each text takes its own when it is scored. The same float32 values, in a new
    C-ordered array of the same shape, multiplied by the same matmul: the same scores to the last bit.
    """
    walks = list(walks)
    if not walks:
        return []
    distinct, inverse = np.unique(np.concatenate([features for features, _ in walks]), return_inverse=True)
    rows = table.take(distinct, axis=0).astype(np.float32)
    ends = np.cumsum([len(features) for features, _ in walks]).tolist()
    return [(rows, inverse[a:b], counts) for (_, counts), a, b in zip(walks, [0, *ends[:-1]], ends, strict=True)]
