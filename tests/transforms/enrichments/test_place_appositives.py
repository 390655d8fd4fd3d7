"""A place's name that an apposition says is a band, a firm or a work is no mention of the place ("Texas, the
Scottish band", "Halifax, the country's biggest mortgage lender", "The Frenchman, a new thriller"); a place described
otherwise, or followed by a sentence's own subject, stays."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, str]]:
    """Return (text as written, country code) of every place found in a one-paragraph article."""
    rows = places.rows(ParagraphBatch([text], ["p0"], ["a"]))
    return list(zip(rows["text"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    ("Texas, the Scottish band led by Sharleen Spiteri, will play Glasgow in May.",
     [("Scottish", "GB"), ("Glasgow", "GB")]),
    ("Research from Halifax, the country's biggest mortgage lender, suggests prices in Britain rose.",
     [("Britain", "GB")]),
    ("The Frenchman, a new thriller starring Jean Dujardin, opens on Friday.", []),
    ("Shares in Zurich, the insurer, fell in Switzerland.", [("Switzerland", "CH")]),
    # a place described as a place, or a sentence's subject after it, stays
    ("Sales rose in Texas, the company said.", [("Texas", "US")]),
    ("They flew to Texas, the company's largest market.", [("Texas", "US")]),
    ("Glasgow, the largest city in Scotland, voted.", [("Glasgow", "GB"), ("Scotland", "GB")]),
    ("Liverpool, the Premier League leaders, won again in England.", [("Liverpool", "GB"), ("England", "GB")]),
])
def test_an_apposition_that_names_a_band_a_firm_or_a_work_is_no_place(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the words before the noun make it another's: the place is described, as its home, seat or city
    ("Frankfurt, the seat of the central bank, saw protests on Monday.", [("Frankfurt", "DE")]),
    ("Detroit, the home of the carmaker, lost jobs again.", [("Detroit", "US")]),
    ("Belfast, the city that built the ship, marked the centenary.", [("Belfast", "GB")]),
    # a sentence that opens with a place: the sentence's subject follows the comma
    ("In Germany, the carmaker that sells most cars is Volkswagen.", [("Germany", "DE")]),
    ("Fans cheered. In London, the band, which formed in 1990, played its last show.", [("London", "GB")]),
    ("From Paris, the airline, which is state-owned, flies to 90 cities.", [("Paris", "FR")]),
])
def test_a_place_described_as_a_things_home_or_opening_a_sentence_stays(text: str, expected: list) -> None:
    assert found(text) == expected
