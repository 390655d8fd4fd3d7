"""A number after a capitalised word: a title's or a road's name, or a count a headline makes (Title Case)."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[float, str | None, str | None]]:
    """Return (value, unit, object) of every amount of one paragraph."""
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["value"], rows["unit"], rows["object"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's verb after a maker's is a title's word (they counted 4 dead and 7)
        ("Valve Ships Left 4 Dead", []),
        ("Microsoft Ships Win 7", []),
        ("Storm Left 4 Dead", [(4, None, "dead")]),
        # an index's level in thousands is an amount, its name's number none
        ("Dow 10,000 Again?", [(10000, None, None)]),
        ("The Dow 30 rose.", []),
        # thousands grouped by commas, and a number after a capitalised preposition, are counts (they were names')
        ("Wildfires Destroy 12,000 Homes Across Los Angeles", [(12000, None, "homes")]),
        ("Spotify Hikes Prices In 50 Markets", [(50, None, "markets")]),
        # a road's direction letter is no watts (it was 9 W)
        ("Traffic was slow on Route 9W near the bridge.", []),
        ("The 65W charger ships next week.", [(65, "W", "charger")]),
    ],
)
def test_a_number_after_a_capitalised_word(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a sentence, thousands grouped by commas after a name are its number where no plural follows (it counted
        # 40000); a place's, an index's and a headline's stay counts
        ("Games Workshop sold more copies of Warhammer 40,000 last year.", []),
        ("He said Israel 1,200 were killed.", [(1200, None, None)]),
        # (an index's level counts nothing: the word for the level after it is no object)
        ("Traders watched the Dow 10,000 barrier.", [(10000, None, None)]),
        ("Fans bought Warhammer 40,000 figures.", [(40000, None, "figures")]),
        # a product's two words in a headline, then the plural it counts (it counted "vision", "gaza")
        ("Apple Sells 12 Million Vision Pro Headsets", [(12e6, None, "headsets")]),
        ("Blast Kills 12 Gaza Aid Workers", [(12, None, "workers")]),
        ("Sharon Survives 3 Parliament No-Confidence Votes", [(3, None, "votes")]),
    ],
)
def test_a_names_thousands_and_a_products_plural(text: str, expected: list) -> None:
    assert found(text) == expected
