"""A place's name inside a ship's, a treaty's or another town's name is no mention of the place: "HMS Prince of
Wales" names no Wales, "the Paris Agreement" no Paris, "Manchester-by-the-Sea" no Manchester; a country's name in
a treaty's is a party's and stays."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(*paragraphs: str) -> list[tuple[str, str]]:
    """Return (text as written, country code) of every place found in one article's paragraphs."""
    rows = places.rows(ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))],
                                      ["a"] * len(paragraphs)))
    return list(zip(rows["text"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    # ships
    ("The carrier HMS Prince of Wales sailed from Portsmouth.", [("Portsmouth", "GB")]),
    ("Eminem performed on HMS Belfast, docked on the Thames in London.", [("London", "GB")]),
    ("The destroyer USS Texas returned to port in Japan.", [("Japan", "JP")]),
    ("The frigate HMS Chatham reached Sri Lanka.", [("Sri Lanka", "LK")]),
    # ... but the town a ship sails from, the next sentence's names after a ship's, and the SS of Nazi Germany, stay
    ("Missiles were fired at the USS Mason. Yemen denied any role.", [("Yemen", "YE")]),
    ("Argentine jets sank HMS Sheffield. Britain sent more ships.", [("Argentine", "AR"), ("Britain", "GB")]),
    ("The carrier USS Gerald R. Ford reached Greece.", [("Greece", "GR")]),
    ("SS officers in Poland were tried in Krakow.", [("Poland", "PL"), ("Krakow", "PL")]),
    # treaties: a city's name in their name, whether the treaty's word is capitalised or not
    ("Nearly 200 countries signed the Paris Agreement, and the US left it.", [("US", "US")]),
    ("The US refused to sign the Kyoto Protocol on emissions.", [("US", "US")]),
    ("Under the Paris climate agreement, the UK pledged cuts.", [("UK", "GB")]),
    ("The Dayton Accords were negotiated in the US.", [("US", "US")]),
    ("The EU's Lisbon Treaty sets out how the UK could leave.", [("UK", "GB")]),
    ("With the Treaty of Amsterdam, Britain kept its border controls.", [("Britain", "GB")]),
    # ... but a country's name in a treaty's is a party's, and talks or a summit in a city are there
    ("The Iran nuclear agreement was signed in Vienna.", [("Iran", "IR"), ("Vienna", "AT")]),
    ("Paris climate talks opened on Monday.", [("Paris", "FR")]),
    ("Delegates at the Chicago convention nominated the senator.", [("Chicago", "US")]),
    ("Dealers met at the Las Vegas Convention Center this week.", [("Las Vegas", "US")]),
    ("The Geneva Conventions bind Russia.", [("Russia", "RU")]),
    # another town named after a city and the sea
    ("Casey Affleck won an Oscar for Manchester by the Sea.", []),
    ("Manchester-by-the-Sea is a town in Massachusetts.", [("Massachusetts", "US")]),
])
def test_a_place_inside_another_things_name_is_no_mention_of_it(text: str, expected: list) -> None:
    assert found(text) == expected
