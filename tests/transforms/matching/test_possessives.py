"""Phrases across a plural possessive (transforms.matching.possessives): found alike by words and by the automaton."""

from __future__ import annotations

from functools import cache

import ahocorasick
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.matching.folded_words import folded_text
from transforms.matching.key_words import key_words
from transforms.matching.phrase_keys import PhraseKeys
from transforms.matching.possessives import automaton_spans, possessive_at, possessive_joins
from transforms.matching.search_text import ascii_key_text
from transforms.matching.themes import matcher_for
from warehouse.taxonomy_files import read_taxonomy

FORMS = ["farmers market", "market", "farmers", "s market", "bs a", "a", "a bs a", "bs"]


@cache
def forms_keys() -> PhraseKeys:
    return PhraseKeys(FORMS, list(range(len(FORMS))))


def by_words(text: str) -> list[list[int]]:
    spans = forms_keys().spans(key_words(ascii_key_text(text)), possessive_joins(text))
    return spans.tolist()


@cache
def forms_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for k, form in enumerate(FORMS):
        automaton.add_word(f" {form} ", k)
    automaton.make_automaton()
    return automaton


def by_automaton(text: str) -> list[list[int]]:
    automaton = forms_automaton()

    def hits(t: str) -> np.ndarray:
        return np.array(list(automaton.iter(f" {t} ")), dtype=np.int64).reshape(-1, 2)

    sizes = np.array([len(form) + 2 for form in FORMS], dtype=np.int64)
    return automaton_spans(hits, folded_text(text), possessive_joins(text), sizes).tolist()


@pytest.mark.parametrize("text", [
    "The farmers' market opened",
    "Farmers\u2019 Market, farmers, market; farmers'  market",
    "a bs' a bs' a",
    "'farmers' market' s' market",
    "",
])
def test_words_and_automaton_agree_across_possessives(text: str) -> None:
    assert by_words(text) == by_automaton(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["farmers", "market", "a", "bs", "s", "'", "\u2019", " ", "  ", ",", "x"]),
                max_size=30))
def test_words_and_automaton_agree_on_any_text(tokens: list[str]) -> None:
    text = "".join(tokens)
    assert by_words(text) == by_automaton(text)


def test_a_plural_possessive_reads_the_taxonomys_phrase() -> None:
    matcher = matcher_for(read_taxonomy())
    paragraphs = ["Stallholders at the farmers' market on Saturday sold out.",
                  "The teachers\u2019 union balloted its members.",
                  "Farmers, market traders and the union met."]
    rows = matcher.term_rows(paragraphs)
    found = {(p, matcher.terms[t], paragraphs[p][a:b])
             for p, t, a, b in zip(rows.paragraph.tolist(), rows.term.tolist(), rows.start.tolist(),
                                   rows.end.tolist(), strict=True)}
    assert (0, "farmers market", "farmers' market") in found
    assert (1, "teachers union", "teachers\u2019 union") in found
    assert not any(term in {"farmers market", "teachers union"} for p, term, _ in found if p == 2)


POSSESSIVE_TOKENS = ["farmers", "market", "a", "bs", "s", "S", "'", "\u2019", " ", "  ", ",", "x", "é"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(POSSESSIVE_TOKENS), max_size=30))
def test_possessives_read_at_the_gaps_are_those_of_the_whole_text(tokens: list[str]) -> None:
    # The phrase matcher reads a possessive's apostrophe only at a gap of two characters between words
    # (`possessive_at`), not by searching the whole text (`possessive_joins`): the same joins, the same hits.
    text = "".join(tokens)
    words = key_words(ascii_key_text(text))
    gaps = words.end[:-1][words.start[1:] == words.end[:-1] + 2]
    assert possessive_at(text, gaps).tolist() == np.isin(gaps, possessive_joins(text)).tolist()
    keys = forms_keys()
    assert keys.spans(words, text=text).tolist() == keys.spans(words, possessive_joins(text)).tolist()


@pytest.mark.parametrize("text", [
    "rock 'n' roll and the boy' market",  # an apostrophe after a letter other than "s": no possessive
    "O' Neill's farmers\u2019 market",  # curly after "s", straight after "O"
    "' market s' market x' y",  # an apostrophe at the text's start, one after a lone "s", one after "x"
    "Chris' farmersx' market",
])
def test_only_an_apostrophe_after_an_s_joins_at_a_gap(text: str) -> None:
    # Each gap of two characters between words is read alone (`possessive_at`); an apostrophe after any other
    # letter joins nothing, as in the whole text's search (`possessive_joins`).
    words = key_words(ascii_key_text(text))
    gaps = words.end[:-1][words.start[1:] == words.end[:-1] + 2]
    assert len(gaps) and possessive_at(text, gaps).tolist() == np.isin(gaps, possessive_joins(text)).tolist()
    assert not possessive_at(text, gaps).all()  # some gap here holds a non-possessive apostrophe
