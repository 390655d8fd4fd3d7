"""The enrichments' word lists found by a batch's words are the automaton's hits, in its order; a batch
reads the labeller's words where they are its own text's words, and only there."""

from __future__ import annotations

from itertools import chain

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.enrichments import ParagraphBatch, amounts, enrich, tone  # noqa: F401  (they register their lists)
from transforms.enrichments import batch as paragraph_batch
from transforms.matching.folded_words import folded_text
from transforms.matching.joined_text import JoinedText


def _automaton_hits(batch: ParagraphBatch) -> np.ndarray:
    """(end, key) of every word-list key in the batch's text read without its accents ("café" as "cafe"), as the one
    automaton of them all finds them."""
    automaton, _, _ = paragraph_batch._word_scanner(tuple(sorted(paragraph_batch._WORD_LISTS)))
    flat = np.fromiter(chain.from_iterable(automaton.iter(f" {folded_text(batch.joined)} ")), dtype=np.int64)
    return flat.reshape(-1, 2)


def _words_hits(batch: ParagraphBatch) -> np.ndarray:
    _, ends, keys, _ = batch._word_hits
    return np.column_stack((ends, keys))


def test_todays_word_lists_are_found_by_words() -> None:
    _, _, phrases = paragraph_batch._word_scanner(tuple(sorted(paragraph_batch._WORD_LISTS)))
    assert phrases is not None


@pytest.mark.parametrize("texts", [
    ["One and a half million people, a third of them children, were not happy."],
    ["Two  dozen", "hundreds of thousands", "a half", "one in five", "No good, no bad: fine."],
    ["Naïve café owners lost half", "", "  ", "Some 300 troops left Kyiv, a good sign."],
    ["NAÏVE owners, an exposé", "Straße, ÉTÉ, naïve", "two"],
    ["a\nhalf", "one\x01in five", "one-in-five", "A HALF Of It", "thousands"],
])
def test_word_hits_are_the_automatons(texts: list[str]) -> None:
    batch = ParagraphBatch(texts, [f"p{i}" for i in range(len(texts))], ["a"] * len(texts))
    assert _words_hits(batch).tolist() == _automaton_hits(batch).tolist()


_WORDS = st.sampled_from(["a", "half", "one", "and", "in", "five", "third", "no", "good", "not", "very", "bad",
                          "dozen", "hundreds", "of", "thousands", "million", "café", "naïve", "NAÏVE",
                          "exposé", "-", ",", "\n", "  ", "2"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_WORDS, max_size=12).map(" ".join), max_size=5))
def test_word_hits_are_the_automatons_for_any_words(texts: list[str]) -> None:
    batch = ParagraphBatch(texts, [f"p{i}" for i in range(len(texts))], ["a"] * len(texts))
    assert _words_hits(batch).tolist() == _automaton_hits(batch).tolist()


def test_a_batch_reads_the_labellers_words_of_the_same_paragraphs() -> None:
    texts = ["Some 300 troops left Kyiv, a good sign.", "Half of them, one in five, were not happy."]
    labelled = JoinedText.of(texts)
    batch = ParagraphBatch(texts, ["p1", "p2"], ["a", "a"], labelled)
    assert batch.words is labelled.words
    alone = ParagraphBatch(texts, ["p1", "p2"], ["a", "a"])
    assert enrich(batch) == enrich(alone)


def test_a_batch_of_other_paragraphs_reads_its_own_words() -> None:
    texts = ["Some 300 troops left Kyiv, a good sign.", "Half of them, one in five, were not happy."]
    labelled = JoinedText.of(texts[:1])  # the labeller left a paragraph out (another language's, say)
    batch = ParagraphBatch(texts, ["p1", "p2"], ["a", "a"], labelled)
    assert batch.words is not labelled.words
    assert enrich(batch) == enrich(ParagraphBatch(texts, ["p1", "p2"], ["a", "a"]))
    assert enrich(batch)["paragraph_amounts"]["value"] == [300, 50, 20]  # "Half of them", "one in five": percent


def test_a_word_list_reads_an_accented_or_decomposed_word_as_the_plain_one() -> None:
    # "naïve" (the lexicon's "naive") was no word of the list: its "ï" read as no letter of an ASCII key
    plain = ParagraphBatch(["A naive plan."], ["p"], ["a"]).words_found("tone")
    for written in ("A naïve plan.", "A NAÏVE plan.", "A nai\u0308ve plan."):
        ends, values = ParagraphBatch([written], ["p"], ["a"]).words_found("tone")
        assert values.tolist() == plain[1].tolist() and len(values)
        assert (ends - plain[0]).tolist() == [len(written) - 13] * len(ends)  # the decomposed word's mark: one more


def test_a_batch_reads_the_labellers_folded_words_of_accented_paragraphs() -> None:
    texts = ["Critics called the naïve plan a disaster in Zürich.", "Two cafés, a third of them naïve, lost half."]
    labelled = JoinedText.of(texts)
    batch = ParagraphBatch(texts, ["p1", "p2"], ["a", "a"], labelled)
    assert batch.folded_words is labelled.folded_words
    assert enrich(batch) == enrich(ParagraphBatch(texts, ["p1", "p2"], ["a", "a"]))


def test_word_lists_that_cannot_be_found_by_words_warn_and_are_still_found(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(paragraph_batch._WORD_LISTS, "hyphened", lambda: {" cover-up ": 1, " war ": 2})
    with pytest.warns(UserWarning, match="cover-up"):
        automaton, values, phrases = paragraph_batch._word_scanner.__wrapped__(("hyphened",))
    assert phrases is None
    hits = [values["hyphened"][key] for _, key in automaton.iter(" a cover-up of the war ")]
    assert hits == [1, 2]
