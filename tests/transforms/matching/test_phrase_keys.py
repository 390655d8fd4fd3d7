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

FORMS = ["eu", "stock market", "market", "market the", "stock", "a", "a b", "a b c", "b c", "x1 y2 z3 w4", "w4",
         "a b c b c", "b c a b c a"]


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
    "b c a b c a b c b c a",  # words at several places of keys: a run goes on only by a word at its next place
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


def test_forms_that_are_not_words_go_to_the_automaton() -> None:
    assert PhraseKeys.fit(FORMS)
    # Folded words (transforms.matching.folded_words) may be non-ASCII: "straße", "οδος".
    assert PhraseKeys.fit(FORMS + ["cafe", "sao paulo", "straße", "οδος"])
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


# Six-word keys among a vocabulary of thousands of words: a phrase's number in base V took more than 63
# bits, so a taxonomy with one term of five words or more (four with a noun term's determiner) was
# matched by the automaton, in about twice the time, without a word of it.
LONG_FORMS = [f"w{n}" for n in range(6000)] + ["state of the art facility", "w1 w2 w3 w4 w5 w6", "w1 w2 w3"]


@pytest.mark.parametrize("key", [
    "a state of the art facility opened",
    "w1 w2 w3 w4 w5 w6 w1 w2 w3 w4 w5",
    "w1 w2 w3 w4 w5  w6",
    "state of the art",
])
def test_long_keys_among_many_words_are_found_by_words(key: str) -> None:
    assert PhraseKeys.fit(LONG_FORMS)
    assert word_hits(LONG_FORMS, key).tolist() == automaton_hits(LONG_FORMS, key).tolist()


def test_a_taxonomy_term_of_five_words_keeps_the_default_taxonomys_fast_path() -> None:
    from transforms.taxonomy import parse_taxonomy
    from warehouse.taxonomy_files import read_taxonomy_text

    text = read_taxonomy_text().replace('terms = [', 'terms = ["state of the art research facility", ', 1)
    matcher = matcher_for(parse_taxonomy(text))
    assert matcher._phrases is not None
    rows = matcher.term_rows(["They opened a state of the art research facility."])
    assert [matcher.terms[t] for t in rows.term.tolist()] == ["state of the art research facility"]
