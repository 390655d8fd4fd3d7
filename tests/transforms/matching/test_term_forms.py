"""transforms.matching.term_forms: the forms a taxonomy term is matched in."""

from __future__ import annotations

from transforms.matching.term_forms import inflections


def test_inflections() -> None:
    assert inflections("box") == {"box", "boxes"}
    assert inflections("party") == {"party", "parties"}
    assert "charging" in inflections("charge", verb=True)
