"""A place's name inside a ship's, a treaty's or another town's name is no mention of the place: "HMS Prince of
Wales" names no Wales, "the Paris Agreement" no Paris, "Manchester-by-the-Sea" no Manchester; a country's name in
a treaty's is a party's and stays."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch
from transforms.enrichments.geonames import CITY
from transforms.enrichments.place_mentions import mention_scan
from transforms.enrichments.place_name_facts import name_facts
from transforms.enrichments.place_names import gazetteer
from transforms.enrichments.place_other_names import (
    _BY_THE_SEA,
    _SHIP,
    _TREATY_AFTER,
    _TREATY_OF,
    in_other_names,
    ships,
)


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


# The finders try each pattern only where its literal word is: they must give what a search of the whole text gives.
_PIECES = st.sampled_from([
    "HMS ", "USS ", "SS ", "MV ", "FUSS ", "Prince ", "of ", "the ", "Wales", "Texas", "R. ", "Ford", ". ", "\n", "\t",
    "\u00a0", " ", "-", "Paris", "Oslo", " Agreement", " agreements", "agreement", " Accords", " climate ", "peace ",
    " Treaty", "Treaties of ", "Treaty of ", "Treaty", " Protocol", " Pact", " impact", " Statute", " Convention",
    " Convention Center", " Conventions", "-by-the-Sea", " by the Sea", "by the Sea", "Seattle", "Sea", "x", "Abc",
    " trade ", "\tdebt\t", "Treatyx", " Accordance", "_Pact", "é", "’", "Kent", "Carmel",
])


def plain_in_other_names(text, start, end, name, names):
    """`in_other_names` as a search of the whole text for each pattern."""
    inside = np.zeros(len(start), dtype=bool)
    for ship in _SHIP.finditer(text):
        inside |= (start >= ship.start()) & (end <= ship.end())
    after = [m.start() for pattern in (_TREATY_AFTER, _BY_THE_SEA) for m in pattern.finditer(text)]
    cities = np.isin(end, after) | np.isin(start, [m.end() for m in _TREATY_OF.finditer(text)])
    for i in np.flatnonzero(cities & ~inside).tolist():
        inside[i] = _BY_THE_SEA.match(text, int(end[i])) is not None or all(
            p.kind == CITY for p in gazetteer()[names[int(name[i])]])
    return inside


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
@example("the USS Mason. Yemen and the Paris climate agreement, the Oslo Accords")
@example("HMS Victory SS Great Britain\u00a0Treaty of\u00a0Rome, Carmel-by-the-Sea, the Treaties of Paris")
@example("(HMS Sheffield, _USS Cole, HMS-Ark, FUSS Mason, éUSS Ohio, HMNZS Te Kaha, MV Sewol\tSS\nRMS Titanic")
@example("Paris\u00a0security\tpact, Kent_Treaty, Oslo ceasefire Accords, Kent-by-the-Sea, Rome Statute, Lisbon treaty")
@example("Treaty of Paris, treaty of\tRome, Treaties of\u00a0Lisbon, Treatyx of Paris, the Paris\nAgreement")
def test_the_mentions_inside_other_names_are_those_a_whole_text_search_finds(text):
    assert ships(text) == [m.span() for m in _SHIP.finditer(text)]
    start, end, name, cues = mention_scan(text)
    assert ships(text, cues) == [m.span() for m in _SHIP.finditer(text)]  # the prefixes as the names' scan finds them
    names = name_facts().names
    expected = plain_in_other_names(text, start, end, name, names).tolist()
    assert in_other_names(text, start, end, name, names).tolist() == expected
    assert in_other_names(text, start, end, name, names, cues).tolist() == expected  # the words as the scan finds them

