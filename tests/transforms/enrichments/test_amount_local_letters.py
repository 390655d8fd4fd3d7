"""Currencies written with their country's letters, as Caribbean, East African and South Asian papers write them:
"J$2 billion" (Jamaica), "TSh 10 million" (Tanzania), "USh 5 billion" (Uganda), "Tk 122 a litre" (Bangladesh), and
a bare "Rs" read by the one rupee country its paragraph names, as the word "rupees" is."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a country's letters before the "$": its dollar, not the US one (it was USD, worse than none)
        ("The Bank of Jamaica said the J$2 billion programme would start in May.", [(2e9, "JMD")]),
        ("Fares rose to J$120 on Monday.", [(120, "JMD")]),
        # Tanzania's and Uganda's shillings as their papers write them (they were a number without a currency)
        ("The county will spend TSh 10 million on clinics.", [(1e7, "TZS")]),
        ("Kampala will borrow USh5 billion.", [(5e9, "UGX")]),
        # Bangladesh's taka before a price or a scale (it was a number without a currency)
        ("Diesel now sells for Tk 122 a litre.", [(122, "BDT")]),
        ("The project will cost Tk 1,200 crore.", [(1.2e10, "BDT")]),
    ],
)
def test_a_countrys_letters_are_its_currency(text: str, expected: list) -> None:
    assert [(value, unit) for value, unit, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A court in Lahore imposed a fine of Rs500,000 on each kiln.", [(5e5, "PKR")]),
        ("Colombo raised the price to Rs 400.", [(400, "LKR")]),
        ("Mumbai's civic body approved Rs 500 crore.", [(5e9, "INR")]),
        ("The ministry approved Rs 500 crore.", [(5e9, "INR")]),  # no country named: India's, as before
        ("Rs 5 crore each for Delhi and Karachi.", [(5e7, None)]),  # two rupee countries: no guess
    ],
)
def test_rupees_letters_are_the_named_countrys(text: str, expected: list) -> None:
    assert [(value, unit) for value, unit, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["Tcl/Tk 8.6 shipped with Python.", "The TK 5 tank and the J 5 jet.", "Version Tk 9 is out.",
     "She scored 5 for the USh team."],
)
def test_letters_that_are_no_currency(text: str) -> None:
    assert all(unit not in ("BDT", "JMD", "UGX", "TZS") for _, unit, _ in found(text))
