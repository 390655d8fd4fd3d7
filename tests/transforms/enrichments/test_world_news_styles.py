"""Amounts and places in the styles of news outside the BBC dev corpus: US local police reports, wire copy of
wars and markets, health news, Kenyan and Indian papers."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Patients took 5 mg of the drug.", [(5, "mg")]),
        ("A dose of 200mg cut symptoms.", [(200, "mg")]),  # glued to its digits it was no amount at all
    ],
)
def test_milligrams_are_a_unit(text: str, expected: list) -> None:
    assert [(value, unit) for value, unit, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot in the 4500 block of East Lancaster Avenue.",
        "Officers were called to the 300 block of West 5th Street.",
        "Tickets at the stadium, 1 AT&T Way, Arlington.",
    ],
)
def test_a_street_block_or_a_house_number_is_no_amount(text: str) -> None:
    assert found(text) == []


def test_blocks_counted_are_still_amounts() -> None:
    assert found("The city demolished 3 blocks of homes.") == [(3, None, "blocks")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Strikes killed at least 40 Palestinians in Gaza.", "Palestinians"),
        ("Some 2,000 Britons were stranded.", "Britons"),
        ("The bill passed with 301 MPs in favour.", "MPs"),
        ("Two Texas banks merged.", "banks"),
    ],
)
def test_a_people_in_the_plural_is_counted(text: str, expected: str) -> None:
    assert found(text)[0][2] == expected


@pytest.mark.parametrize("text", ["The film 21 Grams opened.", "Six Flags shares fell.", "The 60 Minutes report."])
def test_a_capitalised_plural_that_is_no_people_is_a_name(text: str) -> None:
    assert all(obj not in ("Grams", "Flags", "Minutes") for _, _, obj in found(text))


@pytest.mark.parametrize("text", ["Sales rose 2.3% y/y.", "Sales fell 5.2% q/q in Asia.", "Sales rose 4% yoy."])
def test_a_ratio_of_periods_is_no_object(text: str) -> None:
    assert found(text)[0][2] is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # glued to a letter it was no amount at all; the city named says whose shilling it is
        ("Nairobi County will receive Sh45 billion.", [(45e9, "KES")]),
        ("Bread costs Sh1,200 in Kampala.", [(1200, "UGX")]),
        ("The county will receive Sh45 billion.", [(45e9, None)]),  # no country named: no currency
        ("Traders paid KSh 500 million.", [(5e8, "KES")]),
        ("The Sh2 coin and the SH60 helicopter.", []),
    ],
)
def test_bare_shillings_are_an_amount(text: str, expected: list) -> None:
    assert [(value, unit) for value, unit, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The cabinet cleared a Rs 1,200-crore project.", [(1.2e10, "INR")]),  # no amount at all before
        ("A ₹500-crore scheme and a Rs 5-lakh grant.", [(5e9, "INR"), (5e5, "INR")]),
    ],
)
def test_indian_scales_after_a_hyphen(text: str, expected: list) -> None:
    assert [(value, unit) for value, unit, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dubai Holding signed a Dh5 billion deal.", [(5e9, "AED")]),
        ("Emaar posted profit of Dhs1.2bn.", [(1.2e9, "AED")]),
        ("The PIF committed SR100 million.", [(1e8, "SAR")]),
        ("Qatar approved QR3 billion and Kuwait KD500 million.", [(3e9, "QAR"), (5e8, "KWD")]),
        ("A JD20,000 grant and a RO5m plan.", [(2e4, "JOD"), (5e6, "OMR")]),
        # without a scale or a thousands comma, letters in capitals are names; "Dh" in its mixed case is the dirham
        # before any number (a model's name is written "DH5"): "the Dh5 coin" is a coin of 5 dirhams
        ("The SR71 flew, KD2 won and the Dh5 coin.", [(5, "AED")]),
        # a price: cents, or a bare number before a price's words, glued or a space apart (they were none)
        ("Tickets for the fan zone cost QR 50 each.", [(50, "QAR")]),
        ("A karak costs Dh2.50 at the stall and lamb KD 3 per kilo.", [(2.5, "AED"), (3, "KWD")]),
        ("The iftar buffet is BD 15 a head, Dhs 25 for children.", [(15, "BHD"), (25, "AED")]),
        ("The iftar buffet is BD 15 a head, Dhs 25 for the children.", [(15, "BHD")]),  # "for" alone: no price
    ],
)
def test_the_gulf_papers_currency_letters(text: str, expected: list) -> None:
    assert [(value, unit) for value, unit, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare number after a price's verb, or before whom the price is for, is a price (each was no amount)
        ("Entry is QR 50 for adults and QR 25 for children.", [(50, "QAR"), (25, "QAR")]),
        ("A ticket to the final costs QR 50.", [(50, "QAR")]),
        ("Drivers were fined Dh500 for the offence.", [(500, "AED")]),
        ("Gloves are QR 20 a pair.", [(20, "QAR")]),
        # ... and so is a rand's or a naira's glued to its letter (they were no amount, "R500" alone being a road as
        # often)
        ("Eskom's plan adds R300 a month to bills.", [(300, "ZAR")]),
        ("Commuters now pay N500 for the trip.", [(500, "NGN")]),
        # ... not a road, a model or a seat with no price's words
        ("Take the R21 to Pretoria in an Epson R800 van, seat N45.", []),
        ("He got QR 50 votes.", []),
        ("Workers pay R 21 tolls.", [(21, None)]),
    ],
)
def test_a_bare_price_after_currency_letters(text: str, expected: list) -> None:
    assert [(value, unit) for value, unit, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the letters and a bare number after a determiner, a count, a possessor or a maker are a thing's name, a road,
        # a mask, a shoe, before a price's words too (they read naira, rand and dinars)
        ("Travellers on the N1 each day number about 40,000.", [(40000, None)]),
        ("Traffic on the R21 each morning is heavy.", []),
        ("Nurses were told to reuse their N95 each shift.", []),
        ("Workers received 10 N95 each.", [(10, None)]),
        ("Staff may reuse an N95 per shift for five days.", [(5, None)]),
        ("The N95 for children is in short supply.", []),
        ("Nike's KD 16 for kids costs $90.", [(90, "USD")]),
        # ... and after a price's verb, before a plural it counts, a person's initials (Kevin Durant's): the games are
        # counted (they were none)
        ("An Achilles injury cost KD 62 games over two seasons.", [(62, None), (2, None)]),
        # ... after "cost" only: after another verb the letters' number is no bare count of what follows ("paid Dh 50
        # fees" was 50 with no currency); "Dh" and "Dhs" in their mixed case are the dirham before any number
        ("Travellers paid Dh 50 fees at the border.", [(50, "AED")]),
        ("They paid Dhs 20 fines.", [(20, "AED")]),
        ("Travellers paid KD 50 fees at the border.", []),
        # ... while a price after a verb or a preposition stays one
        ("Shoppers are paying R5 a bag at Checkers.", [(5, "ZAR")]),
        ("Scan the QR code to pay QR 15 a month.", [(15, "QAR")]),
        ("Parking is Dh 10 a day for visitors.", [(10, "AED")]),
        # ... and so does one before a rate after a determiner or a possessor, a noun's modifier
        ("The R350 a month grant was extended.", [(350, "ZAR")]),
        ("Qatar's QR 10 per hour parking fee starts in May.", [(10, "QAR")]),
        ("The Roland R2,000 synth sold out.", []),
    ],
)
def test_currency_letters_of_a_things_name_are_no_price(text: str, expected: list) -> None:
    assert [(value, unit) for value, unit, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a space after the letters, before a scale word of millions or more: each was of no currency
        ("The PIF committed SR 500 million to the project.", [(5e8, "SAR")]),
        ("Eskom needs R 2 billion in emergency funding.", [(2e9, "ZAR")]),
        ("The bridge would cost N 45 billion, officials said.", [(4.5e10, "NGN")]),
        ("Emaar signed a Dh 5bn deal and Qatar QR 3 billion.", [(5e9, "AED"), (3e9, "QAR")]),
        # ... not before a bare number, nor a metre's "m": a road, a row, a race
        ("Take the R 21 to Pretoria, seat N 45 in row R 2.", [(21, None), (45, None), (2, None)]),
        ("She ran the R 50m sprint.", [(50, "m")]),
        ("He won the R 50m.", [(50, "m")]),
        # ... but a spaced "m" near a verb or a noun of money is millions (they were metres)
        ("Qatar's Al-Sadd offered QR 800m for the striker.", [(8e8, "QAR")]),
        ("The club paid R 50m for him.", [(5e7, "ZAR")]),
        # ... not a verb's idiom that names no money, nor a noun the verb starts ("paid tribute", "award-winning")
        ("He won the R 50m in Durban as fans paid tribute.", [(50, "m")]),
        ("Le Clos won the R 100m, raising hopes for Paris, at the championships in Durban.", [(100, "m")]),
        ("The award-winning swimmer took the QR 800m in Doha.", [(800, "m")]),
        ("She was awarded gold after winning the QR 800m at the Asian Games.", [(800, "m")]),
        ("The organising committee said she won the R 50m in Durban.", [(50, "m")]),
        # the Gulf letters before thousands parted by commas, a space apart (they were no amount): not a lone letter's
        ("Kuwait's ministry paid KD 1,500 to each family.", [(1500, "KWD")]),
        ("Rents reach Dh 25,000 a month.", [(25000, "AED")]),
        ("Take the N 1,200 road.", [(1200, None)]),
    ],
)
def test_currency_letters_a_space_before_a_scaled_number(text: str, expected: list) -> None:
    assert [(value, unit) for value, unit, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # was 190 GBP (and the height, no amount then, is one now: 6 ft 2 in)
        ("The suspect, 6-foot-2 and about 190 pounds, fled.", [(pytest.approx(6 + 2 / 12), "ft"), (190, "lb")]),
        ("He is six feet tall and 170 pounds.", [(6, "ft"), (170, "lb")]),
        ("A 6ft wall cost 500 pounds.", [(6, "ft"), (500, "GBP")]),  # a height not joined to it: money
    ],
)
def test_pounds_right_after_a_persons_height_are_a_weight(text: str, expected: list) -> None:
    assert [(value, unit) for value, unit, _ in found(text)] == expected


@pytest.mark.parametrize("text", ["The firm froze its 401(k) plan.", "Donate to a 501(c)(3) charity.",
                                  "Teachers have 403(b) accounts."])
def test_a_section_of_a_code_is_no_amount(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shrek 2 took an estimated $458 m (£242.7m) in North America.", [(458e6, "USD"), (242.7e6, "GBP")]),
        ("It cost €3 bn and $250 mn.", [(3e9, "EUR"), (250e6, "USD")]),
        ("Pay $5 m's worth.", [(5, "USD")]),
    ],
)
def test_a_scale_after_a_space_after_a_currency_sign(text: str, expected: list) -> None:
    assert [(value, unit) for value, unit, _ in found(text)][-len(expected):] == expected


def test_paise_are_hundredths_of_a_rupee() -> None:
    assert found("The rupee fell 12 paise to 83.45.") == [(0.12, "INR", None), (83.45, None, None)]
