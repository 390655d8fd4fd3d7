"""transforms.matching.search_text: non-word characters as spaces, lower-cased, the text's length kept."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from transforms.matching.search_text import search_text

WORD_OR_NOT = re.compile(r"[^\w ]|_")


def reference_search_text(text: str) -> str:
    """search_text's rule written the plain way: lower-case, then every non-word character a space."""
    lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return WORD_OR_NOT.sub(" ", lowered)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_search_text_keeps_length_and_blanks_exactly_the_non_word_characters(text: str) -> None:
    assert search_text(text) == reference_search_text(text)
    assert search_text(text, lower=False) == WORD_OR_NOT.sub(" ", text)
