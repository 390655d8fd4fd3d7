"""A battery's power and energy joined by a slash, a measure's adjective before a compound, family cars' seats."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, float, str | None, str | None]]:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["value"], rows["unit"], rows["object"], strict=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        # power and energy joined by a slash are two amounts of one battery (there was none)
        ("The 300MW/1,200MWh battery at Collie began full operation in March.",
         [("300MW", 300, "MW", "battery"), ("1,200MWh", 1200, "MWh", "battery")]),
        ("Zenobe's 200MW/400MWh site at Kilmarnock South began trading in January.",
         [("200MW", 200, "MW", "site"), ("400MWh", 400, "MWh", "site")]),
        ("Tesla installed a 5kW/13.5kWh Powerwall at each home.",
         [("5kW", 5, "kW", None), ("13.5kWh", 13.5, "kWh", None)]),
        # ... while a slash after another number, or a rate's, joins no amounts
        ("The plant produces 1,200MWh/day at full output.", []),
        ("The 2025/26 season starts on 16 August, and the shop is open 24/7.", []),
        ("MW/MWh ratios of 1/4 are typical for four-hour batteries.", []),
    ],
)
def test_a_batterys_power_and_energy_joined_by_a_slash_are_two_amounts(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a measure's adjective before a compound is read past to the compound's head (it counted the adjective)
        ("The UK awarded contracts for 1.9 gigawatts of offshore wind capacity.", "capacity"),
        ("The auction secured 8.4 gigawatts of offshore wind, a record.", "wind"),
        ("Orsted has 2.6GW of onshore wind farms in the US.", "farms"),
        ("India exported 2.1 million tonnes of raw sugar in the season.", "sugar"),
        ("The machine has a 400GB hard disk drive, is fast.", "drive"),
        # ... not to a word after it where the phrase goes on: "drive" ends as an adjective does, and stays
        ("It is a 10-mile drive away across town.", "drive"),
        ("The fund holds $3bn of offshore assets.", "assets"),
        ("Traders moved 4,000 tonnes of crude last week.", "crude"),
    ],
)
def test_a_measures_adjective_is_read_past_to_its_compounds_head(text: str, expected: str) -> None:
    assert [row[3] for row in found(text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the family cars that news names by their seats count them, after a modifier too (they counted nothing)
        ("Kia's new EV9 is a seven-seat people carrier.", [("seven-seat", 7, None, "seats")]),
        ("Toyota recalled the eight-seat minivan over a faulty seatbelt.", [("eight-seat", 8, None, "seats")]),
        # ... and a kind named by its seats still counts nothing
        ("Labour holds a two-seat lead over Reform on the council.", []),
    ],
)
def test_a_family_cars_seats_are_counted(text: str, expected: list) -> None:
    assert found(text) == expected
