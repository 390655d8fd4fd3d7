"""A measure or a sum a change is taken to ("raise gas exports to Egypt to 10 billion cubic metres a year") counts
the noun the change is of, named before it; "per year of" is a year's kind ("$3m per year of operation"), not what the
sum is of."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Israel will raise gas exports to Egypt to 10 billion cubic metres a year.", (10e9, "m³", "exports")),
        ("The firm will boost production to 2 million tonnes a year.", (2e6, "t", "production")),
        ("The ministry plans to cut its health budget to $40m.", (40e6, "USD", "budget")),
        ("Qatar raised LNG output to 77 million tonnes.", (77e6, "t", "output")),
        # what the amount counts after it wins; a change's subject only where nothing follows
        ("Russia will cut oil output to 9 million barrels a day.", (9e6, None, "barrels")),
        ("The firm will boost spending to $5m of loans.", (5e6, "USD", "loans")),
        # no change's verb right before the noun phrase, or no noun phrase: nothing read before the amount
        ("Exports to Egypt rose to 10 billion cubic metres.", (10e9, "m³", None)),
        ("The plan is to raise the number of troops to $5m.", (5e6, "USD", None)),
        ("It was cut to $4m.", (4e6, "USD", None)),
        ("They moved the office to 40 Main Street for $2m.", (2e6, "USD", None)),
        # a particle after the noun is read past; a thing moved ("a rocket") or a verb's form as a noun ("the lifts")
        ("The firm cut its debt back to £160m.", (160e6, "GBP", "debt")),
        ("A balloon will lift a rocket to 24 kilometres.", (24, "km", None)),
        ("The top speed of the lifts translates to about 38mph.", (38, "mph", None)),
        ("The lifts climb to 300m.", (300, "m", None)),
        # a pronoun names no noun: a person moved, not a level changed (it was "him", "everyone")
        ("Rescuers lowered him to 30 metres below the ridge.", (30, "m", None)),
        ("The union lifted everyone to $20 an hour.", (20, "USD", None)),
        # "into" is no "to": what a change splits into names no level changed (it was "budget")
        ("The board cut the budget into $40m.", (40e6, "USD", None)),
    ],
)
def test_a_change_to_an_amount_counts_what_it_changes(text: str, expected: tuple) -> None:
    assert found(text)[-1] == (pytest.approx(expected[0]), expected[1], expected[2])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The plant costs $3m per year of operation.", (3e6, "USD", None)),
        ("Staff get $1,000 per year of service.", (1000, "USD", None)),
        # "a year of" still names what the rate is of
        ("The plan will bring $5m a year of savings.", (5e6, "USD", "savings")),
    ],
)
def test_per_year_of_names_the_years_kind(text: str, expected: tuple) -> None:
    assert found(text) == [(pytest.approx(expected[0]), expected[1], expected[2])]
