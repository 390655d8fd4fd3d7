"""The text's bytes read what the text has at each offset (`place_chars`): the rules that read them at every mention
at once give what a check of the text at each mention gives."""

from __future__ import annotations

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from transforms.enrichments.place_chars import char_at, literal_before, text_bytes

_PIECES = st.sampled_from([",", ", ", "$", "of ", "of", " ", "\n", "é", "’", "😀", "\u00a0", "?", "\x00", "x", "Ely"])


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
