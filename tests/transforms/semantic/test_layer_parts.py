"""A batch's semantic rows read in parts from its joined text are the rows of its texts read alone."""

from __future__ import annotations

import copy

import pytest

from tests.transforms.semantic.test_layer import ITEMS
from transforms.matching.joined_text import JoinedText
from transforms.semantic import layer
from transforms.semantic.content_words import is_content_word
from transforms.semantic.layer import semantic_layer_for
from transforms.word_scores import WordScores
from warehouse.taxonomy_files import read_taxonomy

TEXTS = [
    *ITEMS,
    "Shares fell after the $4.5bn takeover of the steelmaker; 1,500,000 jobs at risk.",
    "",
    "Fans don't expect the club to win the cup, the manager said after a 2-1 loss.",
    "Wildfire crews contained 40.5% of the blaze near Los Angeles by Friday, fire officials said.",
    "The café in Zürich raised prices by 3.2% as the Bundesrat weighed new tariffs.",
    "Le gouvernement a annoncé une réforme des retraites, débattue à l'Assemblée nationale.",
]


def _read(rows: layer.SemanticRows) -> list[tuple]:
    return sorted(zip(rows.paragraph.tolist(), rows.theme.tolist(), rows.start.tolist(), rows.end.tolist(),
                      rows.weight.tolist(), [rows.words[w] for w in rows.word.tolist()], strict=True))


@pytest.mark.parametrize("chunk", [1_000_000, 200, 1])
def test_rows_read_in_parts_of_the_joined_batch_are_each_texts_own(monkeypatch, chunk) -> None:
    sem = semantic_layer_for(read_taxonomy(None))
    alone = []
    for n, text in enumerate(TEXTS):
        rows = sem.rows([text])
        alone += [(n, *row[1:]) for row in _read(rows)]
    monkeypatch.setattr(layer, "CHUNK_CHARS", chunk)
    together = sem.rows(TEXTS, JoinedText.of(TEXTS))
    assert _read(together) == sorted(alone)
    assert together.short.tolist() == [sem.rows([text]).short.tolist()[0] for text in TEXTS]


def test_rows_read_in_parts_do_not_depend_on_the_word_cache_starting_again(monkeypatch) -> None:
    # A cache of a few words starts again within a batch: the rows a part reads are its own words' still.
    sem = semantic_layer_for(read_taxonomy(None))
    alone = []
    for n, text in enumerate(TEXTS):
        alone += [(n, *row[1:]) for row in _read(sem.rows([text]))]
    small = copy.copy(sem)
    small.words = WordScores(sem.vectors, sem.words.embed, is_content_word, capacity=8, weights=sem.scale)
    monkeypatch.setattr(layer, "CHUNK_CHARS", 150)
    assert _read(small.rows(TEXTS, JoinedText.of(TEXTS))) == sorted(alone)
