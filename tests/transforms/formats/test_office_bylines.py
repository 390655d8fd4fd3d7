"""Offices written before or after a holder's name in a byline (US, UK and Commonwealth: "Attorney General",
"Secretary of State", "Rep.", "Lt. Gov.", "Cllr", "MP", "MSP") and a committee's staff: who the byline names."""

from __future__ import annotations

import pytest

from transforms.formats.record_authors import authors_of


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By Attorney General Merrick Garland", ("Merrick Garland",)),
        ("By Surgeon General Vivek Murthy", ("Vivek Murthy",)),
        ("By Secretary of State Marco Rubio", ("Marco Rubio",)),
        ("By Mayor of London Sadiq Khan", ("Sadiq Khan",)),
        # a place or a brief of more than one word before the holder's name (they gave no author)
        ("By Mayor of Greater Manchester Andy Burnham", ("Andy Burnham",)),
        ("By Chancellor of the Exchequer Rachel Reeves", ("Rachel Reeves",)),
        ("By Secretary of State for Northern Ireland Hilary Benn", ("Hilary Benn",)),
        ("By Governor of the Bank of England Andrew Bailey", ("Andrew Bailey",)),
        ("By Cllr Jane Smith", ("Jane Smith",)),
        ("By Rep. Alexandria Ocasio-Cortez", ("Alexandria Ocasio-Cortez",)),
        ("By Lt. Gov. Garlin Gilchrist", ("Garlin Gilchrist",)),
        ("By Sen. Elizabeth Warren and Rep. Pramila Jayapal", ("Elizabeth Warren", "Pramila Jayapal")),
        ("By Gov. Kathy Hochul", ("Kathy Hochul",)),
        ("By Jess Phillips MP", ("Jess Phillips",)),
        ("By Jackie Baillie MSP", ("Jackie Baillie",)),
        ("By Senate Budget Committee Staff", ()),  # a committee's staff is no person
        ("By House Oversight Committee Staff", ()),
    ],
)
def test_an_office_beside_a_bylines_name_is_no_part_of_it(byline: str, expected: tuple[str, ...]) -> None:
    assert authors_of(byline) == expected


@pytest.mark.parametrize(
    "byline",
    ["By Jane General", "By Sen Wang", "By Anna Rep", "By Lt. Col. Jane Doe"],
)
def test_a_name_like_an_office_stays_as_written(byline: str) -> None:
    assert authors_of(byline) == (byline.removeprefix("By "),)


@pytest.mark.parametrize(
    "byline",
    ["By Secretary of State for Health and Social Care", "By Mayor of Greater Manchester",
     "By Secretary of State for Energy Security and Net Zero", "By President of the United States",
     "By Mayor of West Palm Beach"],
)
def test_an_office_alone_names_nobody(byline: str) -> None:
    assert authors_of(byline) == ()


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        # an office's own "and" or comma parts no people (they gave "Planning Matthew Pennycook", and nobody)
        ("By Minister for Housing and Planning Matthew Pennycook", ("Matthew Pennycook",)),
        ("By Secretary of Health and Human Services Robert F. Kennedy Jr.", ("Robert F. Kennedy Jr.",)),
        ("By Secretary for Science, Innovation and Technology Peter Kyle", ("Peter Kyle",)),
        ("By Minister for Trade and Industry Ama Mensah and Tom Roe", ("Ama Mensah", "Tom Roe")),
        # an office with a holder before "and" is one person, and the name after it another
        ("By Secretary of State Marco Rubio and Jane Doe", ("Marco Rubio", "Jane Doe")),
    ],
)
def test_an_offices_own_and_or_comma_is_no_parting_of_its_byline(byline: str, expected: tuple[str, ...]) -> None:
    assert authors_of(byline) == expected
