"""Gulfs, seas, bays and straits named after a place: the water, no mention of the place."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, str, str]]:
    """Return (text as written, kind, country code) of every place found in one paragraph."""
    rows = places.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["kind"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    ("Hurricane Ivan skirted the western tip of Cuba and arced into the Gulf of Mexico.", [("Cuba", "country", "CU")]),
    ("The tanker was seized by Iranian forces in the Gulf of Oman off Fujairah, the UAE's port.",
     [("Iranian", "country", "IR"), ("Fujairah", "city", "AE"), ("UAE", "country", "AE")]),
    ("Pirates hijacked a bulk carrier in the Gulf of Aden, Somalia's coast guard said.",
     [("Somalia", "country", "SO")]),
    ("North Korea fired two missiles into the Sea of Japan.", [("North Korea", "country", "KP")]),
    # ... but the place itself, and a body named after it that is no water
    ("Oman and Mexico signed a deal; the Bank of Japan held rates.",
     [("Oman", "country", "OM"), ("Mexico", "country", "MX"), ("Japan", "country", "JP")]),
])
def test_a_water_named_after_a_place_is_no_mention_of_it(text: str, expected: list) -> None:
    assert found(text) == expected
