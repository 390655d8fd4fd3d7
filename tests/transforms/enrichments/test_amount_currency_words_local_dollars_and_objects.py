"""Currencies written as words by the country named (shillings, rupees, pesos) and those only one country has (tala,
kina, cedis); a bare "$" beside a New Zealand or Australian council or state government is its country's dollar; a
ratio's whole in words before a verb and its object is a share; a compound of "children" is a plural noun; a
preposition is no object."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The government will borrow 45 million tala to rebuild the wharf.", (45e6, "WST")),
        ("Port Moresby will spend 200 million kina on roads.", (200e6, "PGK")),
        ("Ghana will raise 3 billion cedis from the bond.", (3e9, "GHS")),
        ("Kenya will spend 5 billion shillings on the new dam.", (5e9, "KES")),
        ("Uganda will spend 2 billion shillings on schools.", (2e9, "UGX")),
        ("The firm paid 40 million shillings in fines.", (40e6, None)),
        ("Pakistan will spend 40 billion rupees on dams.", (40e9, "PKR")),
        ("Sri Lanka will spend 2 billion rupees on fuel.", (2e9, "LKR")),
        ("The firm will invest 2.47bn rupees in the brewer.", (2.47e9, "INR")),
        ("Mexico will spend 300 million pesos on water.", (300e6, "MXN")),
        ("The Philippines will spend 5 billion pesos on flood control.", (5e9, "PHP")),
        ("A total of 24.2 trillion pesos is earmarked for subsidies.", (24.2e12, None)),
        ("Auckland Council will spend $40 million on new pipes.", (40e6, "NZD")),
        ("Sydney Water will spend $120 million on a plant, the NSW government said.", (120e6, "AUD")),
        # no local body named: a bare "$" stays the US dollar
        ("Perth and Kinross Council will spend $5 million.", (5e6, "USD")),
        ("The Auckland firm raised $40 million from investors.", (40e6, "USD")),
    ],
)
def test_a_currency_word_or_a_local_dollar_takes_its_country(text: str, expected: tuple) -> None:
    value, unit, _ = found(text)[0]
    assert (value, unit) == (pytest.approx(expected[0]), expected[1])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One voter in five backs the plan.", [(20.0, "percent", "voter")]),
        ("He scored one goal in five games.", [(5.0, None, "games")]),
        # "times" is the object of a multiplier as of a frequency, as the hand annotation reads "a hundred times
        # more manuscripts" (docs/enrichments.md): the word after it tells a reader which
        ("Prices are three times the average.", [(3.0, None, "times")]),
        ("He has played there 25 times.", [(25.0, None, "times")]),
        ("About 20 million schoolchildren and pregnant women will get the vaccine.",
         [(20e6, None, "schoolchildren")]),
        ("The quake struck about 20 kilometres beneath Wellington harbour.", [(20.0, "km", None)]),
        ("The ten former outside directors resigned.", [(10.0, None, "directors")]),
    ],
)
def test_the_object_of_a_ratio_a_coordination_and_a_preposition(text: str, expected: list) -> None:
    assert found(text) == [(pytest.approx(v), u, o) for v, u, o in expected]
