"""A number's parts joined in place (transforms.semantic.number_words.number_joins) give the semantic layer the rows
of the words joined and moved (`batch_words`), which its article vectors still read."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.semantic.batch_words import batch_word_parts, batch_words
from transforms.semantic.layer import SemanticLayer, SemanticRows, semantic_layer_for
from transforms.semantic.number_words import number_joins
from warehouse.taxonomy_files import read_taxonomy


def _layer() -> SemanticLayer:
    return semantic_layer_for(read_taxonomy())


def _read(rows: SemanticRows) -> list[tuple]:
    return list(zip(rows.paragraph.tolist(), rows.theme.tolist(), rows.start.tolist(), rows.end.tolist(),
                    rows.weight.tolist(), [rows.words[w] for w in rows.word.tolist()], strict=True)) + [
        tuple(rows.short.tolist())]


def _check(texts: list[str]) -> None:
    layer = _layer()
    joined = layer._points(texts, batch_words(texts), None)
    parts = batch_word_parts(texts)
    assert _read(layer._points(texts, parts, number_joins(texts, parts))) == _read(joined)
    assert _read(layer._rows(texts)) == _read(joined)


@pytest.mark.parametrize("texts", [
    ["Shares fell after the $4.5bn takeover of the steelmaker; 1,500,000 jobs at risk."],
    ["Winds of 99.5mph", "it cost 3.2m.", "In 2004.The vote", "4.5bn't", "1,500 don't", "Storm 12.5 t"],
    ["The 1.5.6 release, 2,000bn, 10,5 and 7,,8 and 3. 4", "Deal worth £81.5m ends strike", ""],
    ["7.5bn", "0.5", "1,2,3,4 goals", "Inflation at 4.5% won't ease; tariffs 25.0% don't help"],
])
def test_numbers_joined_in_place_give_the_rows_of_the_joined_words(texts: list[str]) -> None:
    _check(texts)


@pytest.mark.slow
@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["4", "5bn", "000", "1", ".", ",", " ", "'", "t", "don", "tariff",
                                          "goals", "war", "m", "é", "\u2019"]), max_size=14).map("".join),
                min_size=1, max_size=4))
def test_numbers_joined_in_place_on_any_text(texts: list[str]) -> None:
    _check(texts)
