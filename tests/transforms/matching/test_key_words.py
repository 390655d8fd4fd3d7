"""key_words numbers a key text's words without copying the text without its spaces: held to the plain reading."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.matching.key_words import key_words, runs


def plain_key_words(key: str) -> tuple[list[int], list[int], list[int], list[str]]:
    """The words of a key text, read one by one: offsets, numbers in order of first appearance, distinct words."""
    starts, ends, codes, distinct = [], [], [], {}
    for start, end in zip(*(a.tolist() for a in runs(np.frombuffer(key.encode("latin-1"), np.uint8) != 32)),
                          strict=True):
        word = key[start:end].replace("\x80", "_")
        starts.append(start)
        ends.append(end)
        codes.append(distinct.setdefault(word, len(distinct)))
    return starts, ends, codes, list(distinct)


TRICKY = [
    "", " ", "   ", "a", " a", "a ", "  eu  eu eu   eu", "eu  caf\x80 eu", "\x80", "\x80 \x80\x80  \x80",
    "a b a  b   a", "ab a b ab", "the cat  the cat the", "x" * 300 + " " + "x" * 299 + "  " + "x" * 300,
]


@pytest.mark.parametrize("key", TRICKY)
def test_the_words_are_those_of_the_plain_reading(key: str) -> None:
    _check(key)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" ab1\x80", max_size=60))
def test_any_key_text_reads_as_the_plain_reading(key: str) -> None:
    _check(key)


def _check(key: str) -> None:
    words = key_words(key)
    assert (words.start.tolist(), words.end.tolist(), words.code.tolist(), words.dictionary.to_pylist()) == \
        plain_key_words(key)
    assert words.code.dtype == np.int64 and words.dictionary.type == pa.large_string()
