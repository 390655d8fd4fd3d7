"""Currency words only one country has ("50 billion taka", "2 trillion tenge"), those two countries share read by the
country named (kwacha, manat, som), the words that are nouns too kept for a million or more (kina, kip, dram), bare
cents under a dollar country's dateline, and a ratio's "-s" word qualified by a clause of its own is a noun."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bangladesh will borrow 50 billion taka from banks.", (50e9, "BDT")),
        ("Myanmar's junta printed 5 trillion kyat last year.", (5e12, "MMK")),
        ("Yangon traders said rice rose to 3,500 kyats a bag.", (3500, "MMK")),
        ("Cambodia will spend 400 billion riel on roads.", (400e9, "KHR")),
        ("Laos owes 30 trillion kip to lenders.", (30e12, "LAK")),
        ("Kazakhstan will spend 2 trillion tenge on pipes.", (2e12, "KZT")),
        ("Georgia will borrow 500 million lari for the port.", (500e6, "GEL")),
        ("Yerevan approved 40 billion drams for border villages.", (40e9, "AMD")),
        ("Ethiopia will raise 20 billion birr from bonds.", (20e9, "ETB")),
        ("Eritrea set aside 50 million nakfa for the harvest.", (50e6, "ERN")),
        ("Sierra Leone will spend 2 billion leones on roads.", (2e9, "SLE")),
        ("The Gambia raised 1 billion dalasi from the levy.", (1e9, "GMD")),
        ("Madagascar will spend 300 billion ariary on rice.", (300e9, "MGA")),
        ("Botswana will spend 5 billion pula on the mine.", (5e9, "BWP")),
        ("Lesotho will spend 200 million maloti on water.", (200e6, "LSL")),
        ("Eswatini will spend 400 million emalangeni on clinics.", (400e6, "SZL")),
        ("Port Moresby will spend 200 million kina on roads.", (200e6, "PGK")),
        # a word two countries' currencies share: the one the paragraph names, none where it names both
        ("Zambia will borrow 10 billion kwacha from banks.", (10e9, "ZMW")),
        ("Malawi will print 30 billion kwacha.", (30e9, "MWK")),
        ("Leaders from Zambia and Malawi pledged 10 billion kwacha.", (10e9, None)),
        ("Baku's oil fund moved 11.2 billion manat to the budget.", (11.2e9, "AZN")),
        ("Turkmenistan will spend 3 billion manat on gas.", (3e9, "TMT")),
        ("Kyrgyzstan will spend 10 billion som on schools.", (10e9, "KGS")),
        ("Uzbekistan will spend 10 trillion som on schools.", (10e12, "UZS")),
    ],
)
def test_a_currency_word_of_one_or_two_countries_is_theirs(text: str, expected: tuple) -> None:
    value, unit, _ = found(text)[0]
    assert (value, unit) == (pytest.approx(expected[0]), expected[1])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Divers in Northland collected 200 kina from the reef.", (200, "kina")),  # sea urchins
        ("The diver found 30 kina under the wharf.", (30, "kina")),
        ("He took a 5 kip after lunch.", (5, "kip")),
    ],
)
def test_a_currency_word_that_is_a_noun_too_is_counted_under_a_million(text: str, expected: tuple) -> None:
    assert found(text) == [(pytest.approx(expected[0]), None, expected[1])]


@pytest.mark.parametrize(
    "text, unit",
    [
        ("WINDHOEK - Petrol will rise by 40 cents a litre next month.", "NAD"),
        ("AUCKLAND - Fares will rise by 50 cents from July.", "NZD"),
        ("Petrol will rise by 40 cents a gallon, analysts said.", "USD"),
        ("TORONTO (Reuters) - Shares rose 40 cents to $12.", "USD"),  # a foreign wire's cents are US ones
    ],
)
def test_bare_cents_are_the_dollar_of_their_dateline(text: str, unit: str) -> None:
    assert [u for v, u, _ in found(text) if v < 1] == [unit]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The club managed one win in five matches the club played.", [(5, None, "matches")]),
        ("One voter in five backs the plan.", [(20, "percent", "voter")]),
    ],
)
def test_a_ratio_whole_before_a_qualified_noun_is_a_count(text: str, expected: list) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)
