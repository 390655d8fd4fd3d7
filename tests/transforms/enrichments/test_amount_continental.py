"""Amounts written the continental way in items of unknown language or quoted in English: a scale word of another
language gives its scale, a thousands dot in money is no decimal point, and neither gives a wrong value."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, float, str | None, str | None]]:
    """Return (text as written, value, unit, object) of every amount of one paragraph."""
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["value"], rows["unit"], rows["object"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Madrid: presupuesto de 6.200 millones de euros",
         [("6.200 millones de euros", 6.2e9, "EUR", None)]),
        ("R$ 50 milhões", [("R$ 50 milhões", 5e7, "BRL", None)]),
        ("2 milliards d'euros", [("2 milliards d'euros", 2e9, "EUR", None)]),
        ("1,5 Mio. Euro", [("1,5 Mio. Euro", 1.5e6, "EUR", None)]),
        ("2,3 Mrd. Euro", [("2,3 Mrd. Euro", 2.3e9, "EUR", None)]),
        ("12,5 millones de euros", [("12,5 millones de euros", 1.25e7, "EUR", None)]),
        ("1,8 miljard euro", [("1,8 miljard euro", 1.8e9, "EUR", None)]),
        ("3 Millionen Dollar", [("3 Millionen Dollar", 3e6, "USD", None)]),
        ("5 milioni di euro", [("5 milioni di euro", 5e6, "EUR", None)]),
        ("10 mil millones de dólares", [("10 mil millones de dólares", 1e10, "USD", None)]),
        ("1.234.567 millones", [("1.234.567 millones", 1.234567e12, None, None)]),
        # the object is none: "habitantes" is no English noun to count, "millones" no object at all
        ("50 milhões de habitantes", [("50 milhões", 5e7, None, None)]),
        # the wires' "bln" after a currency sign is a billion, as "$1.5 bn" is
        ("Nigerian Senate approves $1.5 bln claim", [("$1.5 bln", 1.5e9, "USD", None)]),
        # ... and its "mln" after a sign a million, with its number written the English way (it was 1.25e9)
        ("Net profit rose to $1.250 mln from $980,000.",
         [("$1.250 mln", 1.25e6, "USD", None), ("$980,000", 9.8e5, "USD", None)]),
        ("12,5 mln zł", [("12,5 mln", 1.25e7, None, None)]),
    ],
)
def test_a_scale_word_of_another_language_is_the_scale_of_a_continental_number(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "500 mil euros",  # a thousand in Spanish, a million in English slang
        "1,500 millones",  # a thousands comma or a decimal one
        "2 billions d'euros",  # a French 1e12, or an English slip for 2e9
        "2 bln zł",  # a Polish 1e12, or a wire's 1e9
        "The 1.500 mln figure",  # 1.5 million as the wires write it, or 1,500 million as Polish does
    ],
)
def test_a_scale_word_or_number_that_does_not_say_its_value_gives_no_amount(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3-5 millones de euros", [("3", 3e6, "EUR", None), ("5 millones de euros", 5e6, "EUR", None)]),
        ("entre 3 y 5 millones", [("3", 3e6, None, None), ("5 millones", 5e6, None, None)]),
        ("2 bis 3 Milliarden", [("2", 2e9, None, None), ("3 Milliarden", 3e9, None, None)]),
        ("€3-5 Mio.", [("€3", 3e6, "EUR", None), ("5 Mio.", 5e6, "EUR", None)]),
        ("5 y 3 millones", [("3 millones", 3e6, None, None)]),  # no range: the 5 says no scale
    ],
)
def test_a_range_before_a_scale_word_of_another_language_has_its_scale_at_both_ends(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French's plural of "million" in English words, as a translation writes "2 millions d'euros" (it was 2,
        # counting "millions"): the scale, the currency after "of", and the object English words count
        ("2 millions of euros were spent", [("2 millions of euros", 2e6, "EUR", None)]),
        ("3 millions of people voted", [("3 millions", 3e6, None, "people")]),
        ("1,5 millions of dollars", [("1,5 millions of dollars", 1.5e6, "USD", None)]),
        # "billions" does not say which: a French 1e12 or an English 1e9 (it was 2, counting "billions")
        ("2 billions of dollars", []),
        # no number: English's vague "millions of", and of a currency money (`test_amounts`), not French millions
        ("millions of dollars were spent", [("millions of dollars", 2e6, "USD", None)]),
        # ... and after a date's or a label's number, which is no amount (it was 15e6 people, 3e6 viewers)
        ("Since March 15 millions of people have been vaccinated.", [("millions of", 2e6, None, "people")]),
        ("After round 3 millions of viewers tuned in.", [("millions of", 2e6, None, "viewers")]),
    ],
)
def test_a_french_plural_scale_before_english_of_is_the_scale(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kosten: 1.500 Euro",
        "Il coûte 1.500 euros.",
        "Prices rose to 1.500 euros.",
        "It cost €1.500 last year.",
        "Entrada: $1.500",  # pesos as Latin America writes them, or dollars
        "EUR 1.500",
        "EUR 1.500,00",
        "€2.500.000",
        "1.234.567 Einwohner",
    ],
)
def test_a_thousands_dot_in_money_gives_no_amount(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$1.5 billion", [("$1.5 billion", 1.5e9, "USD", None)]),
        ("€1.5m", [("€1.5m", 1.5e6, "EUR", None)]),
        ("£1,500", [("£1,500", 1500, "GBP", None)]),
        ("1.5 million euros", [("1.5 million euros", 1.5e6, "EUR", None)]),
        ("3.25 euros", [("3.25 euros", 3.25, "EUR", None)]),
        ("£1.500bn", [("£1.500bn", 1.5e9, "GBP", None)]),
        # a price to a tenth of a cent, an exchange rate, a share's price in eighths: a decimal point
        ("Petrol hit $1.999 a gallon.", [("$1.999", 1.999, "USD", None)]),
        ("The dollar rose to 105.250 yen.", [("105.250 yen", 105.25, "JPY", None)]),
        ("The euro rose to $1.295 on Tuesday.", [("$1.295", 1.295, "USD", None)]),
        ("Shares closed at $12.125.", [("$12.125", 12.125, "USD", None)]),
        ("It costs €0.995.", [("€0.995", 0.995, "EUR", None)]),
        # percentages keep their decimal point: yields and coupons are quoted to three places
        ("a coupon of 4.125%", [("4.125%", 4.125, "percent", None)]),
        ("up 1.500 per cent", [("1.500 per cent", 1.5, "percent", None)]),
        # English's "millions of" after a year stays vague
        ("In 2004 millions of people watched.", [("millions of", 2e6, None, "people")]),
        ("version 1.500", []),
    ],
)
def test_english_decimals_and_scales_read_as_before(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", ["Gasoline prices averaged $3.459, AAA said.", "Diesel rose to $3.459 on average."])
def test_fuel_priced_to_a_tenth_of_a_cent_keeps_its_decimal_point(text: str) -> None:
    # The thousands-dot rule dropped them: fuel is priced to a tenth of a cent, as after "a gallon".
    assert [(t, v, u) for t, v, u, _ in found(text)] == [("$3.459", 3.459, "USD")]
