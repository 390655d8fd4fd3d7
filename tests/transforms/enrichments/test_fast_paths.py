"""The enrichments' fast paths find what the plain Python they replace finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.enrichments import amounts

# Digits of several scripts, currency signs, separators and letters: where the two ways could part.
_ALPHABET = st.sampled_from(list("0123456789٣٤۵०१０９¹½$£€¥,. -abcUSé\n\x01"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_numeric_starts_are_the_pattern_match_starts(text: str) -> None:
    expected = [m.start() for m in amounts._NUMERIC_START.finditer(text)]
    assert amounts._numeric_starts(text).tolist() == expected


def test_numeric_starts_in_ascii_and_wide_text() -> None:
    assert amounts._numeric_starts("paid $5 for 12,000 in 2004").tolist() == [5, 12, 15, 22]
    assert amounts._numeric_starts("£4.5bn ٣ and ½").tolist() == [0, 3, 7]
    assert amounts._numeric_starts("").tolist() == []
