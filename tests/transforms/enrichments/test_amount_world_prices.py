"""A bare "$" read by what its price is of and whose body spends it: a traded commodity's price by the tonne and a
price by the gallon are in US dollars in a dollar country's story, a levy's by the tonne is local; a town's council
whose name a much larger town of a dollar country bears is that country's; a later paragraph's town and dash that
opens no sentence is no dateline; and an area's "of" is read to its compound's head."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def _last(paragraphs: list[str], column: str) -> list:
    """Return the `column` of the amounts in the last paragraph of a one-article batch."""
    ids = [f"p{n}" for n in range(len(paragraphs))]
    rows = amounts.rows(ParagraphBatch(paragraphs, ids, ["a"] * len(paragraphs)))
    return [value for paragraph, value in zip(rows["paragraph_id"], rows[column], strict=True) if paragraph == ids[-1]]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["PERTH - Miners slid.", "Iron ore fell to $100 a tonne."], ["USD"]),
        (["WINNIPEG - Farmers gathered.", "It fetched $280 a tonne of wheat at the port."], ["USD"]),
        (["TORONTO - Drivers crossing the border noticed.", "Gas in Buffalo sells at $3 a gallon."], ["USD"]),
        (["PERTH - The state acted.", "The landfill levy rises to $70 a tonne."], ["AUD"]),  # a charge: local
        (["PERTH - The state acted.", "The royalty on iron ore rises to $5 a tonne."], ["AUD"]),
        (["TORONTO - Oil slid.", "Pump prices fell to $1.50 a litre."], ["CAD"]),
    ],
)
def test_a_world_price_is_in_us_dollars_a_local_charge_is_not(paragraphs: list[str], expected: list) -> None:
    assert _last(paragraphs, "unit") == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("The city council of Dunedin approved $40m for the stadium.", ["NZD"]),  # Florida's is a fourth its size
        ("The council of Wellington approved $5 million for pipes.", ["NZD"]),
        ("The Hamilton City Council approved $10 million.", ["USD"]),  # Canada's and New Zealand's: undecided
        ("The council of Richmond approved $4 million.", ["USD"]),
        ("It costs $9 million, the council of Perth and Kinross said.", ["USD"]),  # Scotland's, not Perth's
    ],
)
def test_a_council_of_the_largest_town_of_its_name_spends_its_dollar(paragraph: str, expected: list) -> None:
    assert _last([paragraph], "unit") == expected


def test_a_later_town_and_dash_opening_no_sentence_is_no_dateline() -> None:
    paragraphs = ["Fashion sales slump", "Retailers in New York reported a weak quarter.",
                  "TORONTO - the film festival drew buyers, one said.", "Sales fell to $3 million."]
    assert _last(paragraphs, "unit") == ["USD"]
    assert _last(["Rents climb", "MELBOURNE - Rents rose again.", "A flat costs $600 a week."], "unit") == ["AUD"]


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("The firm leased 500 m² of office space.", ["space"]),
        ("The developer bought 300 acres of farm land.", ["land"]),
        ("Fires burned 5,000 hectares of forest.", ["forest"]),
        ("The agency shipped 965,000 tonnes of food assistance.", ["food"]),  # a mass's "of": its substance
    ],
)
def test_an_areas_of_reads_its_compound_to_its_head(paragraph: str, expected: list) -> None:
    assert _last([paragraph], "object") == expected
