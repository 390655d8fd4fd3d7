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
