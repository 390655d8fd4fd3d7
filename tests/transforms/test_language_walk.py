"""transforms.language_walk: py3langid's automaton walked for many texts at once gives py3langid's counts."""

from __future__ import annotations

import threading
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from py3langid.langid import visit_counts

from transforms.language import _identifier
from transforms.language_walk import (
    WINDOW,
    Automaton,
    BatchIdentifier,
    _first_seen_counts,
    cast_rows,
    walked,
    walked_arrays,
)

_TEXT = st.text(alphabet=st.sampled_from(list("the cat sat é日本Россия€$0123456789\n\t.,;'\ud800ÜSS")), max_size=80)


@settings(max_examples=200, deadline=None)
@given(st.lists(_TEXT, max_size=8))
def test_walked_counts_are_py3langids_and_its_guesses_too(texts: list[str]) -> None:
    ident = _identifier()
    encoded = [ident._encode(text) for text in texts]
    expected = [visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, e) for e in encoded]
    found = walked(Automaton(ident), encoded)
    # every text with a feature is walked (the model forgets within WINDOW bytes), in py3langid's order
    assert {i: list(counts.items()) for i, counts in found.items()} == {
        i: list(counts.items()) for i, counts in enumerate(expected) if counts}
    assert ident.classify_many(texts) == [ident.classify(text) for text in texts]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 6), max_size=40))
def test_first_seen_counts_are_uniques_in_order_of_first_appearance(values: list[int]) -> None:
    keys = np.array(values, np.int64)
    distinct, first, counts = np.unique(keys, return_index=True, return_counts=True)
    order = np.argsort(first)
    assert [a.tolist() for a in _first_seen_counts(keys)] == [distinct[order].tolist(), counts[order].tolist()]


@pytest.mark.parametrize("size", range(WINDOW + 3))
def test_texts_shorter_and_longer_than_the_window_are_walked_from_their_own_start(size: int) -> None:
    # a walk's first two steps are one look-up (`Automaton.pairs`): a text of fewer than WINDOW bytes, or a byte
    # fewer than WINDOW into its text, must still be walked from the text's start, not from the bytes before it
    ident = _identifier()
    texts = [bytes(range(97, 97 + size)), b"zz", bytes(range(122, 122 - size, -1)), b"q"]
    expected = [visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, t) for t in texts]
    found = walked(Automaton(ident), texts)
    assert {i: list(counts.items()) for i, counts in found.items()} == {
        i: list(counts.items()) for i, counts in enumerate(expected) if counts}


def test_a_walk_that_cannot_be_proven_is_left_to_py3langid() -> None:
    # An automaton that never forgets the first byte of a text ("a" → states 1, 3; anything else → 2, 4;
    # states 3 and 4 count features 0 and 1): its window reading does not hold beyond WINDOW bytes.
    rows = 5
    nextmove = np.zeros(rows * 256, np.int64)
    nextmove[0 * 256: 1 * 256] = 2
    nextmove[ord("a")] = 1
    nextmove[1 * 256: 2 * 256] = 3
    nextmove[2 * 256: 3 * 256] = 4
    nextmove[3 * 256: 4 * 256] = 3
    nextmove[4 * 256: 5 * 256] = 4
    output = np.array([-1, -1, -1, 0, 1])
    fake = SimpleNamespace(tk_nextmove=nextmove, tk_row=list(range(rows)), tk_output=output)
    texts = [b"ab", b"abcdefghij", b"xbcdefghij", b"xy"]
    found = walked(Automaton(fake), texts)  # type: ignore[arg-type]
    rowbase = [r << 8 for r in range(rows)]
    expected = {i: dict(visit_counts(nextmove.tolist(), rowbase, output.tolist(), t)) for i, t in enumerate(texts)}
    # "abcdefghij" is in state 3 to its end, which its last WINDOW bytes read from the start do not reach
    assert found == {i: counts for i, counts in expected.items() if i != 1}


@pytest.mark.slow
def test_py3langids_automaton_forgets_within_the_window() -> None:
    # From every state, any WINDOW bytes lead where they lead from the start: the pairs of states some
    # bytes lead to from (any state, the start) meet within WINDOW steps, not one fewer (so every text is walked
    # at once and none is left to py3langid for want of bytes).
    automaton = Automaton(_identifier())
    nextmove, rowbase = automaton.nextmove.astype(np.int64), automaton.rowbase
    states = len(rowbase)
    left, start = np.arange(1, states), np.zeros(states - 1, np.int64)
    byte = np.arange(256)
    apart = []
    for _ in range(WINDOW):
        a = nextmove[(rowbase[left][:, None] + byte).ravel()]
        b = nextmove[(rowbase[start][:, None] + byte).ravel()]
        pairs = np.unique(a[a != b] * states + b[a != b])
        left, start = np.divmod(pairs, states)
        apart.append(len(pairs))
    assert apart[-2] > 0 and apart[-1] == 0


_PARAGRAPHS = [
    "Le conseil des ministres s'est réuni mercredi à Paris pour discuter du budget de l'État.",
    "Der Bundestag hat am Donnerstag in Berlin über den Haushalt des nächsten Jahres abgestimmt.",
    "El Gobierno aprobó el martes un plan de ayudas de 3.000 millones de euros para los agricultores.",
    "Ministers met on Tuesday to agree the budget, officials said.",
    "Президент подписал указ в понедельник.", "日本銀行は金曜日に金利を据え置いた。", "a", "",
    "O governo anunciou ontem novas medidas para conter a inflação, que chegou a 5,8% em março.",
]


def test_rows_cast_once_a_batch_score_each_text_as_py3langids_sparse_score() -> None:
    # cast_rows casts a batch's distinct float16 rows once: each text's scores must be py3langid's own
    # `_sparse_score` of its counts (the rows cast inside its matmul), to the last bit
    ident = _identifier()
    table = np.asarray(ident.nb_ptc)
    assert table.dtype == np.float16  # what makes the cast worth sharing (a float32 table would need none)
    found = walked_arrays(Automaton(ident), [ident._encode(text) for text in _PARAGRAPHS * 2])
    for (features, counts), (rows, at, same_counts) in zip(found.values(), cast_rows(table, found.values()),
                                                           strict=True):
        assert np.array_equal(rows.take(at, axis=0), table[features].astype(np.float32))
        expected = ident._sparse_score(dict(zip(features.tolist(), counts.tolist(), strict=True)), table)
        got = np.log1p(same_counts.astype(np.float32)) @ rows.take(at, axis=0) + ident.nb_pc
        assert np.array_equal(got.view(np.uint32), expected.view(np.uint32))
    assert cast_rows(table, []) == []


def test_texts_decided_at_once_are_py3langids_to_the_last_bit() -> None:
    # classify_many decides a batch's walked texts at once (`_decided`): each (language, confidence) must be
    # py3langid's `classify`, the confidence to the last bit, aliased labels (Serbian's two scripts) folded as it does
    ident = _identifier()
    texts = [*_PARAGRAPHS, "Влада Србије је у четвртак усвојила предлог буџета за наредну годину.",
             "Vlada Srbije je u četvrtak usvojila predlog budžeta za narednu godinu.", "Zürich",
             "BREAKING NEWS: ALL CAPS"]
    assert any(i in {c for pair in ident._alias_pairs for c in pair}
               for i in (int(ident._decide(text).argmax()) for text in texts))  # an aliased label is decided
    assert ident.classify_many(texts) == [ident.classify(text) for text in texts]


def test_threads_classifying_at_once_get_their_own_texts_guesses() -> None:
    # Batches run in threads of one process (one batch worker: two batches in flight; a Dask worker's threads)
    # and share the process's identifier: each thread's texts get their own guesses (classify_many keeps a batch's
    # walks and scores in its own frame, none on the identifier).
    ident = _identifier()
    shared = BatchIdentifier(ident.nb_ptc, ident.nb_pc, ident.nb_classes, ident.tk_nextmove, ident.tk_output,
                             norm_probs=True, tk_row=ident.tk_row)
    batches = {
        "french": ["Le conseil des ministres s'est réuni mercredi à Paris pour discuter du budget de l'État."] * 40,
        "german": ["Der Bundestag hat am Donnerstag in Berlin über den Haushalt des nächsten Jahres abgestimmt."] * 40,
        "spanish": ["El Gobierno aprobó el martes un plan de ayudas para los agricultores afectados."] * 40,
    }
    start = threading.Barrier(len(batches))
    guesses: dict[str, list[list[tuple[str, float]]]] = {}

    def classify(name: str) -> None:
        start.wait(10)
        guesses[name] = [shared.classify_many(batches[name]) for _ in range(20)]

    threads = [threading.Thread(target=classify, args=(name,)) for name in batches]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for name, texts in batches.items():
        assert all(found == [ident.classify(text) for text in texts] for found in guesses[name])
    assert {name: found[0][0][0] for name, found in guesses.items()} == {"french": "fr", "german": "de",
                                                                          "spanish": "es"}


SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora"


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "bbc-dev").is_dir(), reason="../shared/corpora/bbc-dev is absent")
def test_news_paragraphs_walked_at_once_get_py3langids_guesses_to_the_last_bit() -> None:
    # classify_many scores each text from its walk's arrays, not a {feature: count} per text: each (language,
    # confidence) must still be py3langid's own, the confidence to the last bit
    ident = _identifier()
    files = sorted((SHARED / "bbc-dev").rglob("*.txt"))[:300]
    texts = [p[:600] for f in files for p in f.read_text(errors="replace").split("\n\n") if p.strip()]
    texts += ["Les dirigeants européens ont promis deux milliards d'euros aux pays d'accueil.",
              "Die Staats- und Regierungschefs der EU einigten sich am Donnerstag auf mehr Hilfe.", "", "日本語の文章"]
    assert ident.classify_many(texts) == [ident.classify(text) for text in texts]
