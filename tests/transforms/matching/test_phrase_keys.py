"""Keys found by words (transforms.matching.phrase_keys) are the automaton's hits, in the automaton's order."""

from __future__ import annotations

import ahocorasick
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.matching.joined_text import JoinedText
from transforms.matching.key_words import key_words
from transforms.matching.phrase_keys import PhraseKeys
from transforms.matching.themes import matcher_for
from warehouse.taxonomy_files import read_taxonomy

FORMS = ["eu", "stock market", "market", "market the", "stock", "a", "a b", "a b c", "b c", "x1 y2 z3 w4", "w4"]


def automaton_hits(forms: list[str], key: str) -> np.ndarray:
    automaton = ahocorasick.Automaton()
    for k, form in enumerate(forms):
        automaton.add_word(f" {form} ", k)
    automaton.make_automaton()
    return np.array(list(automaton.iter(f" {key} ")), dtype=np.int64).reshape(-1, 2)


def word_hits(forms: list[str], key: str) -> np.ndarray:
    return PhraseKeys(forms, list(range(len(forms)))).hits(key_words(key))


@pytest.mark.parametrize("key", [
    "",
    "   ",
    "stock market",
    "the stock  market and the market the eu",  # two spaces: no phrase across them
    "a b c b c a b",
    "x1 y2 z3 w4 w4",
    "caf\x80 eu \x80u eu\x80 \x01 eu",
])
def test_word_hits_are_the_automatons(key: str) -> None:
    assert word_hits(FORMS, key).tolist() == automaton_hits(FORMS, key).tolist()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", "stock", "market", "the", "eu", "x1", "w4", "  ", "\x80"]),
                max_size=40))
def test_word_hits_are_the_automatons_on_any_text(words: list[str]) -> None:
    key = " ".join(words)
    assert word_hits(FORMS, key).tolist() == automaton_hits(FORMS, key).tolist()


def test_forms_that_are_not_ascii_words_go_to_the_automaton() -> None:
    assert PhraseKeys.fit(FORMS)
    assert not PhraseKeys.fit(["café"])
    assert not PhraseKeys.fit(["stock  market"])
    assert not PhraseKeys.fit([""])


def test_the_default_taxonomys_keys_are_found_by_words_as_by_its_automaton() -> None:
    matcher = matcher_for(read_taxonomy())
    assert matcher._phrases is not None
    paragraphs = ["The EU's stock market fell 3% as £100m of bonds matched the forecasts.",
                  "Manchester United won the match against Chelsea; the match was tight.",
                  "Naïve café owners in Zürich cut prices, and the central bank raised interest rates."]
    key = JoinedText.of(paragraphs).key
    found = matcher._phrases.hits(key_words(key))
    assert len(found)
    assert found.tolist() == matcher._hits(key, matcher._lower).tolist()
