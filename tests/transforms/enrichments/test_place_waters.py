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


@pytest.mark.parametrize(("text", "expected"), [
    ("Cairo, Illinois, where the Ohio River meets the Mississippi, flooded.",
     [("Cairo", "city", "US"), ("Illinois", "region", "US"), ("Mississippi", "region", "US")]),
    ("Barges on the Mississippi River and the Ohio River were stuck.", []),
    ("The Ohio River Valley was flooded; the Missouri river burst its banks near Omaha, Nebraska.",
     [("Omaha", "city", "US"), ("Nebraska", "region", "US")]),
    ("Floods on the Niger River hit Mali.", [("Mali", "country", "ML")]),
    ("South Carolina's Savannah River Site stores nuclear waste.", [("South Carolina", "region", "US")]),
    # ... but the place before any other word, a river's in lower case after its name, or a person's "Rivera"
    ("In Ohio, river levels rose; Ohio Riverside Hospital and Jordan Riverton were shut.",
     [("Ohio", "region", "US"), ("Ohio", "region", "US")]),
])
def test_a_river_named_after_a_place_is_no_mention_of_it(text: str, expected: list) -> None:
    assert found(text) == expected
