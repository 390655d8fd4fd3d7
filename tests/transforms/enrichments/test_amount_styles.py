"""Amounts as presses other than the BBC write them: Canadian, Nigerian, Australian and American styles."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, float, str | None, bool]]:
    """Return (text as written, value, unit, approximate) of every amount of one paragraph."""
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["value"], rows["unit"], rows["approximate"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ontario will spend $2.5-billion on transit.", [("$2.5-billion", 2.5e9, "USD", False)]),
        ("Ottawa set aside C$2.5-billion.", [("C$2.5-billion", 2.5e9, "CAD", False)]),
        ("The $450-million deal closed.", [("$450-million", 4.5e8, "USD", False)]),
        ("They spent $2-million to $3-million.",
         [("$2-million", 2e6, "USD", False), ("$3-million", 3e6, "USD", False)]),
    ],
)
def test_a_scale_word_after_a_hyphen_is_the_scale_as_the_canadian_press_writes_it(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "trn", as the FT, The Economist and the BBC write a trillion (they were no amounts at all)
        ("Nvidia's market value topped $4.2trn on Thursday.", [("$4.2trn", 4.2e12, "USD", False)]),
        ("UK debt passed £2.7trn and China's GDP 134trn yuan.",
         [("£2.7trn", 2.7e12, "GBP", False), ("134trn yuan", 1.34e14, "CNY", False)]),
        # ... and a space apart after a sign, as India's business papers write it (it was 185 rupees)
        ("India's outstanding debt is Rs 185 trn, the ministry said.", [("Rs 185 trn", 1.85e14, "INR", False)]),
    ],
)
def test_trn_is_a_trillion(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Senate passed a N28.7 trillion budget as the naira fell to N1,650 per dollar.",
         [("N28.7 trillion", 2.87e13, "NGN", False), ("N1,650", 1650, "NGN", False)]),
        ("It cost N500m, then N2bn.", [("N500m", 5e8, "NGN", False), ("N2bn", 2e9, "NGN", False)]),
        # an "N" before a bare number is a road or a name: no naira
        ("Take the N1 to Dublin, or the N2 motorway.", []),
        ("Wear N95 masks.", []),
        ("The N64 sold 1,000 units.", [("1,000", 1000, None, False)]),
        ("Sony sold the XN50m screen.", []),  # an "N" inside a word
    ],
)
def test_naira_written_n_before_a_scale_word_or_thousands_are_ngn(text: str, expected: list) -> None:
    assert [(t, pytest.approx(v), u, a) for t, v, u, a in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Fed raised rates by a quarter of a percentage point.",
         [("a quarter of a percentage point", 0.25, "percentage point", False)]),
        ("It cut by three-quarters of a percentage point.",
         [("three-quarters of a percentage point", 0.75, "percentage point", False)]),
        ("It cut by half a percentage point.", [("half a percentage point", 0.5, "percentage point", False)]),
        ("It rose by a half percentage point, then a quarter percentage point.",
         [("a half percentage point", 0.5, "percentage point", False),
          ("a quarter percentage point", 0.25, "percentage point", False)]),
        # a share of a group or of a scale is as before
        ("A quarter of voters agreed.", [("A quarter of", 25, "percent", False)]),
        ("Some half a million people came.", [("Some half a million", 5e5, None, True)]),
    ],
)
def test_a_share_of_a_percentage_point_is_that_share_of_one_point(text: str, expected: list) -> None:
    assert [(t, pytest.approx(v), u, a) for t, v, u, a in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The poll has a margin of error of plus or minus 2.8 percentage points.",
         [("2.8 percentage points", 2.8, "percentage point", False)]),
        ("The margin is plus/minus 3 points.", [("3", 3, None, False)]),
        ("The margin is +/- 3 points.", [("3", 3, None, False)]),
        # a minus alone is still one
        ("Temperatures fell to minus 5 degrees.", [("minus 5", -5, None, False)]),
    ],
)
def test_plus_or_minus_is_a_margin_either_way_not_a_negative_number(text: str, expected: list) -> None:
    assert [(t, pytest.approx(v), u, a) for t, v, u, a in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Toronto firm raised CA$500m, and its Sydney rival $A400,000.",
         [("CA$500m", 5e8, "CAD", False), ("$A400,000", 4e5, "AUD", False)]),
        ("It raised Can$500m.", [("Can$500m", 5e8, "CAD", False)]),
        ("Fonterra's $A1.62 billion ($NZ1.76 billion) bid, in $US.", [("$A1.62 billion", 1.62e9, "AUD", False),
                                                                     ("$NZ1.76 billion", 1.76e9, "NZD", False)]),
        ("The $US170,000 WTA Cincinnati Open.", [("$US170,000", 1.7e5, "USD", False)]),
        ("A dollar is still $5, and US$5.", [("$5", 5, "USD", False), ("US$5", 5, "USD", False)]),
    ],
)
def test_canadian_and_australian_dollars_as_their_papers_write_them(text: str, expected: list) -> None:
    assert [(t, pytest.approx(v), u, a) for t, v, u, a in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Man jailed for 12 years over £3.5m fraud", [("12", 12, None, False), ("£3.5m", 3.5e6, "GBP", False)]),
        ("Man jailed over £3.5m fraud", [("£3.5m", 3.5e6, "GBP", False)]),
        ("Row over £2bn deal", [("£2bn", 2e9, "GBP", False)]),
        ("Firm sued over $1m debt", [("$1m", 1e6, "USD", False)]),
        # where "over" is "more than" it still hedges
        ("Bank fined over £1m", [("over £1m", 1e6, "GBP", True)]),
        ("They raised over £3.5m.", [("over £3.5m", 3.5e6, "GBP", True)]),
        ("Man jailed for over 12 years", [("over 12", 12, None, True)]),
    ],
)
def test_over_after_a_charge_or_a_dispute_is_concerning_not_a_hedge(text: str, expected: list) -> None:
    assert [(t, pytest.approx(v), u, a) for t, v, u, a in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "over" before a period is "during": no hedge (each was approximate)
        ("Prices rose 5% over five years.", [("5%", 5, "percent", False), ("five", 5, None, False)]),
        ("Brown offered £960m over 15 years.", [("£960m", 9.6e8, "GBP", False), ("15", 15, None, False)]),
        ("The firm will chop 12,000 jobs over two years.", [("12,000", 12000, None, False), ("two", 2, None, False)]),
        ("The game was developed over four years.", [("four", 4, None, False)]),
        # where it is "more than" it still hedges
        ("Over 500 people attended the rally.", [("Over 500", 500, None, True)]),
        ("They had been friends for over 60 years.", [("over 60", 60, None, True)]),
        ("It took over 10 hours to find him.", [("over 10", 10, None, True)]),
        ("The first time in over three months.", [("over three", 3, None, True)]),
        ("She has over 20 years of experience.", [("over 20", 20, None, True)]),
        ("I play over 20 hours a week.", [("over 20", 20, None, True)]),
    ],
)
def test_over_before_a_period_is_during_not_a_hedge(text: str, expected: list) -> None:
    assert [(t, pytest.approx(v), u, a) for t, v, u, a in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Delhi recorded 48.2 degrees Celsius on Monday.", [("48.2 degrees Celsius", 48.2, "°C", False)]),
        ("It hit 104 degrees Fahrenheit.", [("104 degrees Fahrenheit", 104, "°F", False)]),
        ("Cooled to minus 160 degrees centigrade.", [("minus 160 degrees centigrade", -160, "°C", False)]),
        ("It hit 5 degrees C and 40 degrees F.", [("5 degrees C", 5, "°C", False), ("40 degrees F", 40, "°F", False)]),
        # a scale's name alone is its degrees (was the object "Celsius")
        ("Temperatures hit 40 Celsius in Seville.", [("40 Celsius", 40, "°C", False)]),
        ("It reached 104 Fahrenheit in Phoenix.", [("104 Fahrenheit", 104, "°F", False)]),
        # degrees alone name no scale: an angle's or a temperature's, the number as before
        ("A 90 degrees turn.", [("90", 90, None, False)]),
    ],
)
def test_degrees_with_their_scale_spelt_out_are_that_unit(text: str, expected: list) -> None:
    assert [(t, pytest.approx(v), u, a) for t, v, u, a in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Australian and New Zealand papers write the other currency in brackets and the scale once, after both
        ("The deal is worth $US9.22 ($NZ13.04) million.",
         [("$US9.22", 9.22e6, "USD", False), ("$NZ13.04", 13.04e6, "NZD", False)]),
        # the signs escaped, as AG News writes them
        ("a total of \\$US9.22 (\\$NZ13.04) million",
         [("$US9.22", 9.22e6, "USD", False), ("$NZ13.04", 13.04e6, "NZD", False)]),
        ("A bid of £2 (€2.3) billion.", [("£2", 2e9, "GBP", False), ("€2.3", 2.3e9, "EUR", False)]),
        # each its own scale, or none after the brackets: as written
        ("Fonterra's $A1.62 billion ($NZ1.76 billion) bid.",
         [("$A1.62 billion", 1.62e9, "AUD", False), ("$NZ1.76 billion", 1.76e9, "NZD", False)]),
        ("A ticket costs $US9 ($NZ13) each.", [("$US9", 9, "USD", False), ("$NZ13", 13, "NZD", False)]),
        # a bracket that is no other currency's amount lends no scale
        ("He paid $5 (2004) million times.", [("$5", 5, "USD", False)]),
    ],
)
def test_a_scale_after_a_bracketed_other_currency_scales_both_amounts(text: str, expected: list) -> None:
    assert [(t, pytest.approx(v), u, a) for t, v, u, a in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He signed a $2-million-a-year contract.", [("$2-million", 2e6, "USD", False)]),
        ("A C$450-million-a-year budget.", [("C$450-million", 4.5e8, "CAD", False)]),
        ("A £5-a-month fee.", [("£5", 5, "GBP", False)]),
        ("The $2-million deal is as before.", [("$2-million", 2e6, "USD", False)]),
    ],
)
def test_a_hyphenated_scale_before_a_rate_per_year_is_still_the_scale(text: str, expected: list) -> None:
    assert [(t, pytest.approx(v), u, a) for t, v, u, a in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Fed delivered a half-point rate cut.", [("a half-point", 0.5, "percentage point", False)]),
        ("The Bank of England announced a quarter-point rise.",
         [("a quarter-point", 0.25, "percentage point", False)]),
        ("The Federal Reserve raised interest rates by a quarter point to 2.25 per cent.",
         [("a quarter point", 0.25, "percentage point", False), ("2.25 per cent", 2.25, "percent", False)]),
        # three moves of a quarter point each, not one of three quarters
        ("The Fed has pushed through three quarter-point rate rises.",
         [("three", 3, None, False), ("quarter-point", 0.25, "percentage point", False)]),
        # no rate near: a chess player's half point, a quarter of a year
        ("Carlsen took a half-point lead into the final round.", []),
        ("A slower fourth quarter points to modest growth.", []),
    ],
)
def test_a_quarter_or_half_point_of_a_rate_is_that_share_of_one_percentage_point(text: str, expected: list) -> None:
    assert [(t, pytest.approx(v), u, a) for t, v, u, a in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spreadsheet's absolute cell reference, not one Australian dollar
        ("Type the price in cell $A1 and copy it down.", []),
        ("Then enter =SUM($A1:$A9) in the last cell.", []),
        ("The formula =$A1+$B1 adds them.", []),
        ("Lock the row with =A$1.", []),
        # every reference of a list or range after "cells", not its first only
        ("Add up cells $A1 to $A9.", []),
        ("Copy cells $A1, $A2 and $A3.", []),
        ("Fill cells A1 to $A9.", []),
        # an absolute reference, its column's letters between two dollars (they were $1 and $9, USD)
        ("Add up cells $A$1 to $B$9.", []),
        ("Enter =$AB$12*2 there.", [("2", 2.0, None, False)]),
        # Australian dollars as before
        ("It cost $A1 billion and A$1.5m.", [("$A1 billion", 1e9, "AUD", False), ("A$1.5m", 1.5e6, "AUD", False)]),
        ("The shares fell to $A1.", [("$A1", 1, "AUD", False)]),
        ("It rose from $A1 to $A2.", [("$A1", 1, "AUD", False), ("$A2", 2, "AUD", False)]),
    ],
)
def test_a_spreadsheet_cell_reference_is_no_australian_dollar(text: str, expected: list) -> None:
    assert [(t, pytest.approx(v), u, a) for t, v, u, a in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bush Seeks $14 Billion More for Iraq", [("$14 Billion", 1.4e10, "USD", False)]),
        ("Sales Hit $2.5 Million in Quarter", [("$2.5 Million", 2.5e6, "USD", False)]),
        ("39 Million Americans Lack Insurance", [("39 Million", 3.9e7, None, False)]),
        # ... and so is a currency's word after a capitalised scale word, as "$5 Million" is (it had no currency)
        # the wires' "pct" (it was the object of a bare 4)
        ("OPEC Aims for 4 Pct Boost in Oil Quotas", [("4 Pct", 4.0, "percent", False)]),
        ("Vornado buys 4.3 pct of Sears", [("4.3 pct", 4.3, "percent", False)]),
        ("Firm Pays 5 Million Dollars To Settle", [("5 Million Dollars", 5e6, "USD", False)]),
        ("Club Raises 2.5 Billion Euros", [("2.5 Billion Euros", 2.5e9, "EUR", False)]),
        ("Estate Left 300 Thousand Pounds", [("300 Thousand Pounds", 3e5, "GBP", False)]),
        ("Profit Up 5 Percent, Sales Up 3 Per Cent", [("5 Percent", 5.0, "percent", False),
                                                      ("3 Per Cent", 3.0, "percent", False)]),
    ],
)
def test_a_headlines_capitalised_scale_and_percent_are_read(text: str, expected: list) -> None:
    # AG News and US papers capitalise every word of a headline: "$14 Billion" was 14 dollars, "5 Percent" none.
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the wires' "mln" and "bln" in a headline's capitals, after a currency sign: a million and a billion
        ("Hartford Sees $91 Mln in Charley Losses", [("$91 Mln", 9.1e7, "USD", False)]),
        ("MCI Reports $3.4 Bln Third-Quarter Loss", [("$3.4 Bln", 3.4e9, "USD", False)]),
        # AG News's dollar sign, a character reference that lost its "&", is a dollar sign
        ("Cingular Closes #36;41 Bln ATT Wireless Deal", [("41 Bln", 4.1e10, "USD", False)]),
        ("Oil prices edged below #36;49 a barrel", [("49", 49.0, "USD", False)]),
        ("GE OKs #36;15 Billion Buyback", [("15 Billion", 1.5e10, "USD", False)]),
        ("a &#36;5m fine", [("5m", 5e6, "USD", False)]),
        # ... as its apostrophe's "#39;" stays no amount, and a bare "Bln" no value: a billion or a Polish 1e12
        ("China #39;s 3 firms", [("3", 3.0, None, False)]),
        ("The 2 Bln figure", []),
    ],
)
def test_wire_scales_in_capitals_and_a_dollar_left_as_a_character_reference_are_dollars(
        text: str, expected: list) -> None:
    # "$91 Mln" was 91 dollars, "#36;41 Bln" 41 of nothing and "#36;49" 49 of nothing
    assert [(t, pytest.approx(v), u, a) for t, v, u, a in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#36;3\\billion in state money", [("3\\billion", 3e9, "USD", False)]),
        ("Shares fell 5.6\\percent before the bell.", [("5.6\\percent", 5.6, "percent", False)]),
    ],
)
def test_ag_news_backslash_between_a_number_and_its_scale_is_the_space_it_was(text: str, expected: list) -> None:
    # they were 3 dollars and 5.6 of nothing
    assert [(t, pytest.approx(v), u, a) for t, v, u, a in found(text)] == expected


def test_ag_news_backslash_before_a_counted_noun_is_the_space_it_was() -> None:
    rows = amounts.rows(ParagraphBatch(["Cingular will cut about 7,000\\jobs."], ["p"], ["a"]))
    assert list(zip(rows["text"], rows["object"], strict=True)) == [("about 7,000", "jobs")]
    # in a headline, after a capitalised word: the word after the backslash said no numbered name (it was none)
    rows = amounts.rows(ParagraphBatch(["Firm Cuts 7,000\\jobs"], ["p"], ["a"]))
    assert list(zip(rows["value"], rows["object"], strict=True)) == [(7000, "jobs")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Alaska Wildfires Grow to Record 5 Million Acres (Reuters)", [("5 Million Acres", 5e6, "acre", False)]),
        ("China to Import 2 Million Tonnes of Wheat", [("2 Million Tonnes", 2e6, "t", False)]),
        # after a bare number a capitalised unit's word is a title's, as before
        ("Fans watched the Six Feet Under series.", []),
    ],
)
def test_a_headlines_capitalised_unit_after_its_scale_word_is_that_unit(text: str, expected: list) -> None:
    # "5 Million Acres" was 5e6 counting "acres"
    assert [(t, pytest.approx(v), u, a) for t, v, u, a in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qantas paid A\\$2.16 billion for it.", [("A\\$2.16 billion", 2.16e9, "AUD", False)]),
        ("Shares closed at C\\$64.50 each.", [("C\\$64.50", 64.5, "CAD", False)]),
        ("It raised about US\\$375 million.", [("about US\\$375 million", 3.75e8, "USD", True)]),
        ("A \\$5 million deal.", [("$5 million", 5e6, "USD", False)]),  # no letters: the "$" alone, as it was
    ],
)
def test_ag_news_escaped_dollar_keeps_its_countrys_letters(text: str, expected: list) -> None:
    # "A\$2.16 billion" was US dollars, its text "$2.16 billion" without the letters that said whose
    assert [(t, pytest.approx(v), u, a) for t, v, u, a in found(text)] == expected
