"""The text's bytes read what the text has at each offset (`place_chars`): the rules that read them at every mention
at once give what a check of the text at each mention gives."""

from __future__ import annotations

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from transforms.enrichments.place_chars import char_at, literal_at, literal_before, text_bytes

_PIECES = st.sampled_from([",", ", ", "$", "of ", "of", " ", "\n", "é", "’", "😀", "\u00a0", "?", "\x00", "x", "Ely",
                           " and ", " or ", "and", "ÿ", "\x80"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
@example("é$, of 😀of ’$\x00?")
def test_the_bytes_have_a_character_where_the_text_has_it(text: str) -> None:
    chars = text_bytes(text)
    offsets = np.arange(-2, len(text) + 2)  # every offset, two before the text and two after it
    for char in (",", " ", "$"):  # (a character outside ASCII reads "?", and an offset out of the text 0: not asked)
        expected = [0 <= o < len(text) and text[o] == char for o in offsets.tolist()]
        assert char_at(chars, offsets, char).tolist() == expected
    for literal in ("of ", ", ", "$"):  # before a mention's start, which is no offset past the text's end
        expected = [0 <= o <= len(text) and text.endswith(literal, 0, o) for o in offsets.tolist()]
        assert literal_before(chars, offsets, literal).tolist() == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
@example("Café, naïve ÿ\x80 and 😀 or ’")
@example("Café, naïve and Zürich")  # Latin-1 only: read through the byte table, not the encoder's handler
def test_the_bytes_are_the_texts_in_ascii_with_a_question_mark_for_any_other(text: str) -> None:
    assert text_bytes(text).tobytes() == text.encode("ascii", "replace") + b"\0\0"


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
@example("Leeds and York, or Hull and")
def test_a_literal_at_an_offset_is_where_the_text_starts_with_it(text: str) -> None:
    chars = text_bytes(text)
    offsets = np.arange(0, len(text) + 1)  # every offset a mention may end at, the text's end too
    for literal in (" and ", " or ", ",", ", "):
        expected = [text.startswith(literal, o) for o in offsets.tolist()]
        assert literal_at(chars, offsets, literal).tolist() == expected
