"""A bare "$" read by whose market prices its goods: a metal's or a soft's price by the pound and natural gas's by the
million British thermal units are in US dollars in a dollar country's story; a pronoun's price by the tonne is of the
goods the sentence before names; a grower's farm-gate price by the tonne is in the local dollar."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def _units(paragraphs: list[str]) -> list[str]:
    """Return the units of the amounts in the last paragraph of a one-article batch."""
    ids = [f"p{n}" for n in range(len(paragraphs))]
    rows = amounts.rows(ParagraphBatch(paragraphs, ids, ["a"] * len(paragraphs)))
    return [unit for paragraph, unit in zip(rows["paragraph_id"], rows["unit"], strict=True) if paragraph == ids[-1]]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["PERTH - Miners rallied.", "Copper rose to $4.50 a pound."], ["USD"]),
        (["SYDNEY - Traders watched.", "Coffee futures rose to $2.10/lb."], ["USD"]),
        (["CALGARY - Producers gained.", "Natural gas rose to $3 per million British thermal units."], ["USD"]),
        (["EDMONTON - Drillers cheered.", "Natural gas prices touched $4 per MMBtu."], ["USD"]),
        (["PERTH - Miners rallied.", "Iron ore, the state's biggest export, rose. It sold for $100 a tonne."], ["USD"]),
        (["PERTH - Iron ore rose.", "Ore prices hit $120.50 a tonne."], ["USD"]),  # a decimal's point ends no sentence
        (["PERTH - Growers waited.", "Wheat farmers got $300 a tonne."], ["AUD"]),  # farm-gate: the local buyer's
        (["ADELAIDE - Harvest began.", "Sugar cane farmers got $40 a tonne."], ["AUD"]),
    ],
)
def test_a_commodity_price_is_read_by_its_market(paragraphs: list[str], expected: list[str]) -> None:
    assert _units(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["TORONTO - Shoppers complained.", "Apples cost $2.99 a pound."], ["CAD"]),  # a grocer's pound: local
        (["CALGARY - Producers gained.", "AECO gas rose to $2.10 a gigajoule."], ["CAD"]),
        (["PERTH - Iron ore fell.", "It hurt the budget. The state spent $5 billion on roads."], ["AUD"]),
        (["MELBOURNE - The state acted.", "Coal rose. It will pay a royalty of $8 a tonne."], ["AUD"]),
    ],
)
def test_a_local_price_keeps_the_local_dollar(paragraphs: list[str], expected: list[str]) -> None:
    assert _units(paragraphs) == expected
