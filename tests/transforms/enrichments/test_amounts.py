"""Amounts: numbers with what they count, and the numbers that are not amounts of anything."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[float, str | None, str | None, bool]]:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["value"], rows["unit"], rows["object"], rows["approximate"], strict=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("There are roughly 12,000 North Korean troops in Russia.", (12000, None, "troops", True)),
        ("The deal is worth $4.5bn.", (4.5e9, "USD", None, False)),
        ("Growth was 3.2% last quarter.", (3.2, "percent", None, False)),
        ("The flood displaced two million people.", (2e6, None, "people", False)),
        ("Police arrested dozens of protesters.", (24, None, "protesters", True)),
        ("A third of voters stayed at home.", (100 / 3, "percent", "voters", False)),
        ("Profits rose to £600m.", (6e8, "GBP", None, False)),
        ("The fine was 11m euros.", (1.1e7, "EUR", None, False)),
        ("Each postcard costs 80p.", (0.8, "GBP", None, False)),
        ("Up to 250 screens will change.", (250, None, "screens", True)),
        ("She won the 60m hurdles.", (60, "m", "hurdles", False)),
        ("Some 300 families fled.", (300, None, "families", True)),
        ("A dozen people were hurt.", (12, None, "people", False)),
        ("Half a dozen shops closed.", (6, None, "shops", False)),
        ("She bought half of a dozen eggs.", (6, None, "eggs", False)),  # was 50 percent and 12 eggs
        ("Two dozen eggs were sold.", (24, None, "eggs", False)),
        ("About a dozen soldiers died.", (12, None, "soldiers", True)),
        # "about" after a work is its subject, no hedge (it was approximate)
        ("She wrote a novel about six astronauts.", (6, None, "astronauts", False)),
        ("It is a film about two brothers.", (2, None, "brothers", False)),
        ("They live in a village about 30 miles from the city.", (30, "mi", None, True)),
    ],
)
def test_amounts_with_value_unit_object_and_hedge(text: str, expected: tuple) -> None:
    [(value, unit, obj, approximate)] = found(text)
    assert value == pytest.approx(expected[0])
    assert (unit, obj, approximate) == expected[1:]


def test_offsets_and_text_are_the_amount_as_written() -> None:
    text = "Officials said about 5,000 homes lost power."
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    assert rows["text"] == ["about 5,000"]
    assert text[rows["start"][0]:rows["end"][0]] == "about 5,000"


@pytest.mark.parametrize(
    "text",
    [
        "The law was passed in 2004.",  # a year
        "The vote is on 12 January.",  # a date
        "It happened on January 12.",  # a date
        "The meeting starts at 10:30.",  # a time
        "The shop opens at 3pm.",  # a time
        "Doors close at 9 pm.",  # a time
        "She finished second in the final.",  # an ordinal
        "It was his 21st birthday.",  # an ordinal
        "Call 0800 123 4567 for help.",  # a phone number
        "Call +44 20 7946 0000 now.",  # a phone number
        "Call (312) 555-0100 with information.",  # a North American phone number
        "The suspect appeared in court at 2 p.m. on Friday.",  # a time, AP style
        "The curfew runs from 9 p.m. to 6 a.m. daily.",  # two times
        "The storm was upgraded in its 5 AM advisory.",  # a time in capitals
        "Chelsea beat Arsenal 2-1 on Sunday.",  # a score
        "The tie ended 3–0.",  # a score with an en dash
        "He spoke outside No 10.",  # a numbered name
        "Article 50 was triggered.",  # a numbered name
        "The G8 met in June.",  # a name with a digit
        "A 34-year-old man was held.",  # an age
        "Slater, 35, joins the cast.",  # an age
        "It is unsuitable for children under seven.",  # an age limit
        "This is one of the best.",  # "one" alone
        "Such gadgets are a dime a dozen now.",  # an idiom
    ],
)
def test_not_amounts(text: str) -> None:
    assert found(text) == []


def test_one_pass_over_many_paragraphs_keeps_them_apart() -> None:
    batch = ParagraphBatch(["Sales rose 5%.", "No numbers here.", "It cost £3bn."], ["p1", "p2", "p3"], ["a", "a", "b"])
    rows = amounts.rows(batch)
    assert rows["paragraph_id"] == ["p1", "p3"] and rows["article_id"] == ["a", "b"]
    assert rows["start"] == [11, 8]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Annual growth was -5.3% last year.", [("-5.3%", -5.3, "percent")]),
        ("It made a loss of -£2m.", [("-£2m", -2e6, "GBP")]),
        ("Output saw a fall of minus 4%.", [("minus 4%", -4, "percent")]),
        ("Temperatures fell to −10C overnight.", [("−10C", -10, "°C")]),  # U+2212, the minus sign
        ("Growth of (-0.1%) was recorded.", [("-0.1%", -0.1, "percent")]),
        ("Prices rose about -2% in real terms.", [("about -2%", -2, "percent")]),
    ],
)
def test_a_minus_sign_or_minus_makes_the_amount_negative(text: str, expected: list) -> None:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    assert list(zip(rows["text"], rows["value"], rows["unit"], strict=True)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Forecasts of 5-10% were made.",  # a range
        "A 5,000-strong army marched.",  # a compound
        "Chelsea won 3-1 at home.",  # a score
        "The covid-19 cases fell.",  # a name
    ],
)
def test_a_hyphen_after_a_letter_or_digit_is_no_minus(text: str) -> None:
    assert all(value >= 0 for value, *_ in found(text))


@pytest.mark.parametrize(
    "text, value",
    [
        ("It could not absorb another half a million refugees.", 5e5),
        ("A quarter of a million people came.", 2.5e5),
        ("A third of a million people came.", 1e6 / 3),
        ("There are two and a half million cars.", 2.5e6),
        ("A million people came.", 1e6),
    ],
)
def test_a_share_of_a_million_is_that_share(text: str, value: float) -> None:
    [(got, unit, obj, _)] = found(text)
    assert got == pytest.approx(value, rel=1e-6) and unit is None and obj in ("refugees", "people", "cars")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The S&P 500 gained 1.2%.", [(1.2, "percent")]),
        ("The Dow 30 and the Nasdaq 100 fell 2%.", [(2, "percent")]),
        ("A Boeing 737 Max crashed.", []),
        ("Apple's iPhone 15 sold well.", []),
        ("The Nintendo 64 classic and Halo 2 sold 5,000 copies.", [(5000, None)]),
        ("He returned to London 13 years later.", [(13, None)]),  # a count after a name
    ],
)
def test_numbered_names_of_indices_and_products_are_no_amounts(text: str, expected: list) -> None:
    assert [(value, unit) for value, unit, _, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Now 1 in 5 adults smoke.", (20, "percent", "adults")),
        ("One in four voters stayed home.", (25, "percent", "voters")),
        ("Almost one in three homes were cold.", (100 / 3, "percent", "homes")),
        ("Fewer than one in 10,000 consoles failed.", (10000, None, "consoles")),  # a count, not a share
    ],
)
def test_one_in_five_is_a_share(text: str, expected: tuple) -> None:
    [(value, unit, obj, _)] = found(text)
    assert value == pytest.approx(expected[0]) and (unit, obj) == expected[1:]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Growth was 10.1pc last year.", (10.1, "percent")),
        ("The car cost $120K.", (1.2e5, "USD")),
        ("The deal is worth $3M.", (3e6, "USD")),
        ("The deal is worth $2B.", (2e9, "USD")),
        ("The deal is worth £2BN.", (2e9, "GBP")),
        ("The plan costs Rs 500 crore.", (5e9, "INR")),
        ("The plan costs Rs. 20 lakh.", (2e6, "INR")),
        ("The plan costs ₹300.", (300, "INR")),
        ("The plan costs INR 300.", (300, "INR")),
        ("He paid 5 lakh rupees.", (5e5, "INR")),
        ("The budget is Rs 48 lakh crore.", (4.8e13, "INR")),
        ("The plan costs Rs 3 thousand crore.", (3e10, "INR")),
        ("Rates rose 0.5 percentage points.", (0.5, "percentage point")),
        ("The Fed raised rates by 25 basis points.", (0.25, "percentage point")),
        ("Gilt yields rose 50bp.", (0.5, "percentage point")),
        ("A cut of 75 bps is priced in.", (0.75, "percentage point")),
        ("It cut by fifty basis points.", (0.5, "percentage point")),
        ("The bank made a 25 basis-point cut.", (0.25, "percentage point")),
        ("The bank made a 25-bp cut.", (0.25, "percentage point")),
        ("The RBI raised the repo rate by 25 BPS.", (0.25, "percentage point")),
        ("The bank cut its rate by 25 Bps.", (0.25, "percentage point")),
        ("The Fed cut rates by one basis point.", (0.01, "percentage point")),
        ("Inflation fell one percent.", (1, "percent")),
        ("Unemployment rose one percentage point.", (1, "percentage point")),
        # Indian digit grouping: by twos above a thousand
        ("The scam cost Rs 1,76,000 crore, the auditor said.", (1.76e12, "INR")),
        ("The state lost Rs 12,34,567.", (1234567, "INR")),
        ("The package is worth three thousand crore rupees.", (3e10, "INR")),
        ("He gave them five dollars.", (5, "USD")),
    ],
)
def test_money_and_percent_spellings(text: str, expected: tuple) -> None:
    [(value, unit, _, _)] = found(text)
    assert (value, unit) == (pytest.approx(expected[0]), expected[1])


@pytest.mark.parametrize(
    "text",
    [
        "She said the actress, she, 29, had left.",  # an age after a pronoun
        "The Wales star, 30, signed.",  # an age after a noun
        "4K televisions and 5G phones.",  # no scale without a currency sign
    ],
)
def test_more_numbers_that_are_not_amounts(text: str) -> None:
    assert found(text) == []


def test_a_list_of_number_words_is_no_age() -> None:
    assert [value for value, *_ in found("It is a five, six, seven or eight horse race.")] == [5, 6, 7, 8]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place or a day before the number is no name the number belongs to; irregular plurals count
        ("In Gaza 200 children were killed.", [(200.0, None, "children")]),
        ("On Tuesday 40 people died.", [(40.0, None, "people")]),
        ("At Heathrow 300 staff walked out.", [(300.0, None, "staff")]),
        # "N in M" is a share only when N < M and M is no time
        ("Police arrested 12 in 3 raids.", [(12.0, None, None), (3.0, None, "raids")]),
        ("He scored 3 in 10 minutes.", [(3.0, None, None), (10.0, None, "minutes")]),
        # a bare C is degrees only where the text speaks of temperature
        ("She lives in flat 4C.", []),
        ("Temperatures fell to 10C.", [(10.0, "°C", None)]),
        # a dash after a number and a space is no minus
        ("The 2023 -24 season ended.", [(24.0, None, "season")]),
    ],
)
def test_what_a_review_found_after_the_new_rules(text: str, expected: list) -> None:
    assert [(value, unit, obj) for value, unit, obj, _ in found(text)] == expected


def test_a_number_after_a_hash_is_a_rank_or_a_character_reference() -> None:
    assert found("The #1 seller is the listed unit of China #39;s biggest bank, colour #666666.") == []


def test_one_alone_is_still_no_amount() -> None:
    assert found("One of them left, and one said no.") == []


def test_digits_grouped_the_indian_way_need_rupees_lakhs_or_crores() -> None:
    assert found("Scores of 10,20,300 were noted.") == [] and found("Call 98,45,678 now.") == []
    [(value, unit, _, _)] = found("He paid 12,34,567 rupees.")
    assert (value, unit) == (1234567, "INR")


def test_and_a_half_before_a_scale_of_a_scale() -> None:
    [(value, unit, _, _)] = found("Two and a half thousand crore rupees were spent.")
    assert (value, unit) == (pytest.approx(2.5e10), "INR")


def test_a_crore_of_a_loss_without_currency_keeps_its_scale() -> None:
    [(value, unit, _, _)] = found("It was a 1,76,000 crore loss.")
    assert (value, unit) == (pytest.approx(1.76e12), None)


def test_a_bare_bp_away_from_rates_is_no_basis_point() -> None:
    assert found("The fragment is 500 bp long.") == [] and found("It had a 9600 bps modem.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He came back five pounds heavier.", (5, "lb")),
        ("The baby weighs 7 pounds.", (7, "lb")),
        ("The boxer weighed in at 147 pounds.", (147, "lb")),
        ("Police seized 50 pounds of cannabis.", (50, "lb")),
        ("The film followed his 25lb weight gain.", (25, "lb")),
        # money, as before: no weighing near, or "of" after a scale word (both news runs)
        ("Tickets cost ten pounds.", (10, "GBP")),
        ("The fund lost ten million pounds of taxpayers' money.", (1e7, "GBP")),
        ("The weight of the debt, five pounds a head, fell.", (5, "GBP")),
    ],
)
def test_pounds_where_the_text_weighs_are_a_weight(text: str, expected: tuple) -> None:
    [(value, unit, obj, _)] = found(text)
    assert (value, unit) == (pytest.approx(expected[0]), expected[1])
    assert obj != "heavier"


def test_two_cents_of_opinion_are_no_money() -> None:
    for text in ("That's my two cents.", "Here are my 2 cents on the budget.", "His two cents' worth was ignored."):
        assert found(text) == [], text
    assert [(round(v, 2), u) for v, u, _, _ in found("Shares rose two cents to $10.")] == [(0.02, "USD"), (10, "USD")]


def found_in_batch(texts: list[str]) -> list[list[tuple[float, str | None]]]:
    ids = [f"p{i}" for i in range(len(texts))]
    rows = amounts.rows(ParagraphBatch(texts, ids, [f"a{i}" for i in range(len(texts))]))
    per: list[list[tuple[float, str | None]]] = [[] for _ in texts]
    for pid, value, unit in zip(rows["paragraph_id"], rows["value"], rows["unit"], strict=True):
        per[int(pid[1:])].append((value, unit))
    return per


@pytest.mark.parametrize(
    "text",
    ["She won the 100m final in 10.9 seconds.", "Scientists sequenced a 500 bp fragment.", "Flat 4C was empty.",
     "The wall stretches for 300m."],
)
def test_an_amount_reads_the_same_whatever_paragraphs_share_its_batch(text: str) -> None:
    alone = found_in_batch([text])[0]
    for other in ("Profits rose to £5m as sales grew.", "The Fed raised rates.", "It was cold and freezing."):
        assert found_in_batch([other, text])[1] == alone, other
        assert found_in_batch([text, other])[0] == alone, other


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain's 67m people face higher bills.", (67e6, None)),
        ("The show drew 10.9m viewers.", (10.9e6, None)),
        ("Nintendo has sold almost 4m DS consoles.", (4e6, None)),
        ("She won the 400m hurdles.", (400, "m")),
        ("He cleared 2.20m in the high jump.", (2.2, "m")),
        ("She failed in her bid for the 5,000m record in the athletics meeting.", (5000, "m")),
        ("A 230m claim against the paper was struck out.", (230e6, None)),
        ("&#163;1.8m indecency fine for Viacom", (1.8e6, "GBP")),
    ],
)
def test_m_is_million_before_what_millions_count_and_metres_on_the_track(text: str, expected: tuple) -> None:
    [(value, unit)] = found_in_batch([text])[0]
    assert (value, unit) == (pytest.approx(expected[0]), expected[1])


@pytest.mark.parametrize(
    "text",
    [
        "Ramesh Kumar (32) and his brother Suresh (28) were arrested.",
        "He died at the age of 92.",
        "The men, aged 19 and 21, were charged.",
        "The veteran lock, who is 36, told reporters.",
        "A neighbour dialled 999.",
        "She called 911 at once.",
        "He was booked under Sections 376 and 506 of the IPC.",
        "Traffic queued between junctions 31 and 33.",
    ],
)
def test_ages_numbers_to_call_and_lists_of_numbered_names_are_no_amounts(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Paris beat Lyon 2-1 in Ligue 1 on Sunday.",
        "Monaco were relegated to Ligue 2 in 2011.",
        "Ligue 1 clubs met in Paris on Monday.",
        "The club now plays in Liga 2.",
        "Hamburg sit third in the 2. Bundesliga.",
        "Dresden won the 3. Liga title.",
        "Wrexham were promoted to League 2 last season.",
        "He won the Division 1 title with Arsenal.",
        "He drove in Formula 1 for Ferrari.",
        "He drove in F1 for Ferrari.",
    ],
)
def test_a_league_or_division_number_is_a_name_no_amount(text: str) -> None:
    assert found(text) == []  # as "FTSE 100" and "S&P 500"


@pytest.mark.parametrize(
    "text",
    [
        "Some 14-16 year olds took part.",
        "Some 14- to 16-year-olds took part.",
        "Grants for 14 to 16-year-olds were set out.",
        "Only 18 to 24 year olds voted.",
        "Children aged 14 to 16 took part.",
        "Of people aged between 18 and 34, few voted.",
        "A minimum wage for 16 and 17-year-olds.",
        "Four or five-year-old computers are too slow.",
        "The 10- to 15-minute walk.",  # a compound adjective, as "15-minute"
    ],
)
def test_an_age_range_is_no_amount_as_an_age_is_none(text: str) -> None:
    assert found(text) == []  # as "aged 14" and "a 16-year-old" are none


def test_counts_beside_an_age_range_stay_amounts() -> None:
    assert [(v, o) for v, _, o, _ in found("300 youngsters aged 14-16 took part.")] == [(300, "youngsters")]
    assert [(v, o) for v, _, o, _ in found("The band has 14-16 members.")] == [(14, "members"), (16, "members")]
    assert [(v, o) for v, _, o, _ in found("It takes 3 to 4 years.")] == [(3, "years"), (4, "years")]
    assert [(v, u) for v, u, _, _ in found("Just 17% of 18 to 24 year olds voted.")] == [(17, "percent")]
    assert [(v, o) for v, _, o, _ in found("A man aged 40 and 3 children were hurt.")] == [(3, "children")]
    assert [(v, o) for v, _, o, _ in found("A woman aged 30 and 2 others died.")] == [(2, "others")]
    assert found("Children aged 14 and 16 took part.") == []  # a list of ages, as "aged 14 to 16"
    assert [(v, u) for v, u, _, _ in found("The council gave £50 to 16-year-olds.")] == [(50, "GBP")]
    assert [(v, u) for v, u, _, _ in found("Discounts of 10% to 18-year-olds.")] == [(10, "percent")]
    assert [v for v, *_ in found("It sold 200 to 16-year-olds last year.")] == [200]  # no age: a count


def test_counts_beside_those_rules_stay_amounts() -> None:
    assert [(v, o) for v, _, o, _ in found("She was 3 strokes behind.")] == [(3, "strokes")]
    assert [(v, o) for v, _, o, _ in found("Police called 12 witnesses.")] == [(12, "witnesses")]
    assert [v for v, _, _, _ in found("Mr Smith said 45 and 50 people came.")] == [45, 50]
    assert [(v, o) for v, _, o, _ in found("Two men, aged 19 and 21, were charged.")] == [(2, "men")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The relay team signed a 2m deal.", (2e6, None)),
        ("Profits fell by 30m.", (30e6, None)),
        ("It sold 5m high-end phones.", (5e6, None)),
        ("Dell recalls 4.4m notebook power adaptors", (4.4e6, None)),
        ("She won the 400m individual medley.", (400, "m")),
        ("He aims to break the 10,000m world records.", (10000, "m")),
        ("She jumped a world record of 4.91m to claim the gold medal in the athletics.", (4.91, "m")),
        ("Police called 110 witnesses.", (110, None)),
        ("The weight-loss jab costs 120 pounds a month.", (120, "GBP")),
        ("He weighed up paying 500 pounds.", (500, "GBP")),
        ("Visitor numbers were 10,000 higher.", (10000, None)),
    ],
)
def test_what_a_review_found_in_the_m_weight_and_list_rules(text: str, expected: tuple) -> None:
    [(value, unit)] = found_in_batch([text])[0]
    assert (value, unit) == (pytest.approx(expected[0]), expected[1])


def test_a_scale_word_keeps_pounds_money_beside_a_weight() -> None:
    assert found_in_batch(["He weighed 170 pounds and won 2m pounds."])[0] == [(170, "lb"), (2e6, "GBP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal is worth USD 2.5 billion.", [(2.5e9, "USD")]),
        ("It raised EUR750m and CHF 3 million.", [(7.5e8, "EUR"), (3e6, "CHF")]),
        ("Nigeria borrowed NGN 21.8 trillion.", [(2.18e13, "NGN")]),
        ("The ABC 5 award and the EU 27 met.", []),  # capitals that are no currency code
        ("Sites moved to PHP 7 last year.", []),  # the language, not pesos
    ],
)
def test_an_iso_currency_code_before_a_number_is_its_currency(text: str, expected: list) -> None:
    assert [(pytest.approx(v), u) for v, u in found_in_batch([text])[0]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gusts of 90mph hit the coast.", (90, "mph")),
        ("The train reached 150km/h.", (150, "km/h")),
        ("Waves 3ft high.", (3, "ft")),
        ("Fire burned 20,000ha.", (20000, "ha")),
        ("A 500MW wind farm.", (500, "MW")),
    ],
)
def test_speeds_feet_hectares_and_power_carry_their_unit(text: str, expected: tuple) -> None:
    assert found_in_batch([text])[0] == [(pytest.approx(expected[0]), expected[1])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The quake struck at a depth of 17.9 km.", (17.9, "km")),
        ("Winds of 150 mph battered the coast.", (150, "mph")),
        ("Some 200 mm of rain fell.", (200, "mm")),
        ("The bag weighed 45 kg.", (45, "kg")),
        ("It rose to 40 °C.", (40, "°C")),
    ],
)
def test_a_measure_after_a_space_is_the_unit_not_the_counted_object(text: str, expected: tuple) -> None:
    [(value, unit, obj, _)] = found(text)
    assert (value, unit) == (pytest.approx(expected[0]), expected[1])
    assert obj not in ("km", "mph", "mm", "kg", "°C")  # the unit was read as the counted object


def test_a_spaced_capital_c_or_m_is_no_measure() -> None:
    assert [u for _, u, _, _ in found("They were in Group 2 C.")] == [None]
    assert [u for _, u, _, _ in found("It is 2 m long.")] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qantas made 1.33bn Australian dollars.", [(1.33e9, "AUD")]),
        ("The buyout values it at 2 billion Hong\nKong dollars.", [(2e9, "HKD")]),  # a line's end inside
        ("A fine of 50m Pakistani rupees and 20 Mexican pesos.", [(5e7, "PKR"), (20, "MXN")]),
        ("Eskom owes 22.3bn rand.", [(2.23e10, "ZAR")]),
        ("The budget is 500 billion naira.", [(5e11, "NGN")]),
        ("Petrobras raised 6.5 billion reais.", [(6.5e9, "BRL")]),
        ("Samsung set aside one trillion won.", [(1e12, "KRW")]),
        ("Exports of 1.1 trillion US dollars.", [(1.1e12, "USD")]),
        # the words several countries' currencies share are a currency only with the country's name
        ("He was paid 300 pesos.", [(300, None)]),
        ("Cameroon lost 1bn CFA francs.", [(1e9, None)]),
        ("The team 2 won the cup.", [(2, None)]),  # won without a scale word: no money
        # won is the currency only where the paragraph speaks of Korea, and never before "'t"
        ("Samsung lost 1.5 trillion won in Seoul.", [(1.5e12, "KRW")]),
        ("Some 2 million won prizes in the draw.", [(2e6, None)]),
        ("The 1.2 million won't have to pay, Seoul said.", [(1.2e6, None)]),
        ("Two Korean won medals.", [(2, None)]),  # a country's won under a thousand is the verb
        ("It cost 10,000 South Korean won.", [(1e4, "KRW")]),
        # Vietnam's dong alone is the currency for a thousand or more, as its amounts are written (they were counts of
        # "dong"); under a thousand it is a count, as before
        ("Banks lent 40 trillion dong to farmers.", [(4e13, "VND")]),
        ("A bowl of pho costs 15,000 dong.", [(1.5e4, "VND")]),
        ("It cost 40,000 Vietnamese dong.", [(4e4, "VND")]),
        ("He counted 2 dong.", [(2, None)]),
        # Morocco's dirhams are dirhams too: only with the country
        ("A fine of 5,000 dirhams in Rabat and 300 UAE dirhams.", [(5000, None), (300, "AED")]),
    ],
)
def test_a_currency_named_after_the_number_is_that_countrys(text: str, expected: list) -> None:
    assert [(pytest.approx(v), u) for v, u in found_in_batch([text])[0]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fonterra paid NZ$300m and S$1.2bn.", [(3e8, "NZD"), (1.2e9, "SGD")]),
        ("TSMC earned NT$2 billion, Vale R$5bn.", [(2e9, "TWD"), (5e9, "BRL")]),
        ("It cost ₦500 billion, ₩1.5 trillion and ₽300bn.", [(5e11, "NGN"), (1.5e12, "KRW"), (3e11, "RUB")]),
        ("Prices: ₺10, ₱2,000, ฿500, ₴40, ₪12.", [(10, "TRY"), (2000, "PHP"), (500, "THB"), (40, "UAH"), (12, "ILS")]),
        ("Code XYZS$5 is a dollar amount.", [(5, "USD")]),  # letters inside a word are no country's
        ("=SUM($B$1,$S$10)", []),  # a spreadsheet's absolute reference is no country's dollar, nor any money
    ],
)
def test_currency_signs_and_dollars_with_their_countrys_letters(text: str, expected: list) -> None:
    assert [(pytest.approx(v), u) for v, u in found_in_batch([text])[0]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The budget is KSh 500 million.", [("KSh 500 million", 5e8, "KES")]),
        ("Safaricom earned Ksh2bn.", [("Ksh2bn", 2e9, "KES")]),
        ("A fine of Kshs. 300,000 was paid.", [("Kshs. 300,000", 3e5, "KES")]),
        # "Sh" alone is Kenya's, Uganda's, Tanzania's or Somalia's shilling: no currency named, but still an amount
        ("The budget is Sh500 million.", [("Sh500 million", 5e8, None)]),
    ],
)
def test_kenyan_shillings_written_ksh_are_kes(text: str, expected: list) -> None:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    assert list(zip(rows["text"], rows["value"], rows["unit"], strict=True)) == [
        (t, pytest.approx(v), u) for t, v, u in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eskom needs R50 billion.", [("R50 billion", 5e10, "ZAR")]),
        ("A bill of $17 billion (R104 billion).", [("$17 billion", 1.7e10, "USD"), ("R104 billion", 1.04e11, "ZAR")]),
        ("It cost R1.5bn, then R500m.", [("R1.5bn", 1.5e9, "ZAR"), ("R500m", 5e8, "ZAR")]),
        # ... and before thousands parted by commas, as wages and prices are written (was no amount)
        ("A miner earns R8,500 a month.", [("R8,500", 8500, "ZAR")]),
        ("Rents of R12,000 and R1,250.50.", [("R12,000", 12000, "ZAR"), ("R1,250.50", 1250.5, "ZAR")]),
        ("Traffic on the R2 road was slow.", []),
        # an "R" before a number without a scale word is a road, a droid, a rating or a statistic
        ("Take the R50 to Pretoria.", []),
        ("R2-D2 was rated R18.", []),
        ("An R2 of 0.9 and an Epson R800 printer.", [("0.9", 0.9, None)]),
        ("Sony sold the XR50m screen.", []),  # an "R" inside a word
        # ... and a maker's model after its name (was 2,000 rand)
        ("He played the Roland R2,000 synth.", []),
        ("The Epson R2,400 printer prints A3.", []),
        ("Eskom will charge R2,000 a month.", [("R2,000", 2000, "ZAR")]),
    ],
)
def test_rand_written_r_before_a_scale_word_or_thousands_are_zar(text: str, expected: list) -> None:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    assert list(zip(rows["text"], rows["value"], rows["unit"], strict=True)) == [
        (t, pytest.approx(v), u) for t, v, u in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le billet coûte €1 200 pour tous.", [("€1 200", 1200, "EUR")]),
        ("Prix : €1\u00a0200 et €3\u202f500 000.", [("€1\u00a0200", 1200, "EUR"), ("€3\u202f500 000", 3.5e6, "EUR")]),
        ("A grant of €1 200 million.", [("€1 200 million", 1.2e9, "EUR")]),
        ("They paid USD 2 500 each.", [("USD 2 500", 2500, "USD")]),
        # two numbers a space apart without a currency are two numbers
        ("In 2004 200 people died.", [("200", 200, None)]),
        # three digits and no more after the space, and one space only
        ("It cost €1 2004 then.", [("€1", 1, "EUR")]),
        ("It cost €5  100 people.", [("€5", 5, "EUR"), ("100", 100, None)]),
    ],
)
def test_thousands_parted_by_a_space_after_a_currency_are_one_number(text: str, expected: list) -> None:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    assert list(zip(rows["text"], rows["value"], rows["unit"], strict=True)) == [
        (t, pytest.approx(v), u) for t, v, u in expected]


@pytest.mark.parametrize("last", ["Source: BNR", "says the NZ", "Mr S"])
def test_a_dollar_at_the_batchs_start_reads_no_letters_from_its_end(last: str) -> None:
    # A "$" at offset 0 once looked for its country's letters at the end of the batch's text.
    rows = amounts.rows(ParagraphBatch(["$5bn deal agreed by the board", last], ["p1", "p2"], ["a", "b"]))
    found_rows = list(zip(rows["paragraph_id"], rows["text"], rows["start"], rows["unit"], strict=True))
    assert found_rows == [("p1", "$5bn", 0, "USD")]


def test_a_preposition_after_an_amount_is_not_what_it_counts() -> None:
    assert [obj for _, _, obj, _ in found("The quake struck at a depth of 17.9 km near Gaziantep.")] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("She ran 10 km in 30 minutes.", (10, "km")), ("She ran 10km in 30 minutes.", (10, "km")),
     ("He lost 5 kg in 3 weeks.", (5, "kg"))],
)
def test_a_measure_before_in_is_no_share(text: str, expected: tuple) -> None:
    value, unit, obj, _ = found(text)[0]
    assert (value, unit, obj) == (pytest.approx(expected[0]), expected[1], None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prices rose 3-5% last year.", [("3", 3, "percent"), ("5%", 5, "percent")]),
        ("Rents rose 10-15 per cent.", [("10", 10, "percent"), ("15 per cent", 15, "percent")]),
        ("It cost £2-3bn.", [("£2", 2e9, "GBP"), ("3bn", 3e9, "GBP")]),
        ("It cost $10m-$15m.", [("$10m", 1e7, "USD"), ("$15m", 1.5e7, "USD")]),
        ("Growth of 3–5% is forecast.", [("3", 3, "percent"), ("5%", 5, "percent")]),  # an en dash
        ("Shares sold for 11-14 euros.", [("11", 11, "EUR"), ("14 euros", 14, "EUR")]),
        ("A cut of 25-50 basis points.",
         [("25", 0.25, "percentage point"), ("50 basis points", 0.5, "percentage point")]),
        ("Growth of 10%-15% is forecast.", [("10%", 10, "percent"), ("15%", 15, "percent")]),  # both ends say %
        ("A walk of 5-10 km.", [("5", 5, "km"), ("10 km", 10, "km")]),  # a spaced unit, as "5-10km"
        ("Winds of 20-30 mph.", [("20", 20, "mph"), ("30 mph", 30, "mph")]),
        ("Some 10-15,000 people marched.", [("Some 10", 10000, None), ("15,000", 15000, None)]),  # thousands
        ("Some 500-1,000 people marched.", [("Some 500", 500, None), ("1,000", 1000, None)]),
        ("It lasted 9-11 days.", [("9", 9, None), ("11", 11, None)]),  # "9-11" a span, not the attacks
        ("Over the years 20-30 people died.", [("20", 20, None), ("30", 30, None)]),  # no school years
        ("In recent years 3-4 million fled.", [("3", 3e6, None), ("4 million", 4e6, None)]),
    ],
)
def test_a_range_gives_each_end_the_range_unit_and_scale(text: str, expected: list) -> None:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    got = list(zip(rows["text"], rows["value"], rows["unit"], strict=True))
    assert [(t, pytest.approx(v), u) for t, v, u in expected] == got
    assert all(text[a:b] == t for a, b, t in zip(rows["start"], rows["end"], rows["text"], strict=True))


def test_a_range_counts_its_object_at_both_ends() -> None:
    assert found("Some 2,000-3,000 troops were sent.") == [(2000, None, "troops", True), (3000, None, "troops", True)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prices rose 3 - 5% last year.", [("3", 3, "percent"), ("5%", 5, "percent")]),
        ("It cost £2 - 3bn.", [("£2", 2e9, "GBP"), ("3bn", 3e9, "GBP")]),
        ("Rents rose 10 – 15 per cent.", [("10", 10, "percent"), ("15 per cent", 15, "percent")]),  # en dash
        ("It cost $10m - $15m.", [("$10m", 1e7, "USD"), ("$15m", 1.5e7, "USD")]),
        ("It lasted 9 - 11 days.", [("9", 9, None), ("11", 11, None)]),
    ],
)
def test_a_range_with_a_spaced_dash_reads_as_one_without_spaces(text: str, expected: list) -> None:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    got = list(zip(rows["text"], rows["value"], rows["unit"], strict=True))
    assert [(t, pytest.approx(v), u) for t, v, u in expected] == got
    assert all(text[a:b] == t for a, b, t in zip(rows["start"], rows["end"], rows["text"], strict=True))


def test_a_spaced_range_takes_its_hedge_and_object_at_both_ends() -> None:
    assert found("About 3 - 5% of adults agree.") == [(3, "percent", "adults", True), (5, "percent", "adults", True)]
    assert found("Some 2,000 - 3,000 troops were sent.") == [(2000, None, "troops", True), (3000, None, "troops", True)]


@pytest.mark.parametrize(
    "text",
    ["Chelsea won 3 - 1 at home.", "Europe leads 2 - 0.", "Scores were 6 - 4, 6 - 3.", "On 12 - 14 June they met.",
     "Those aged 18 - 24 voted.", "The 2004 - 05 season.", "It lost 1 - 3 to Arsenal.", "From 1990 – 2000 he ruled.",
     "The 9 - 11 attacks changed it."],
)
def test_scores_dates_and_ages_with_a_spaced_dash_are_no_amounts(text: str) -> None:
    assert found(text) == []  # as "won 3-1", "12-14 June", "aged 18-24", "the 9-11 attacks"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The toll rose to 150 - 20 more than on Monday.", [150, 20]),
        ("The toll rose to 150 - 200 more than on Monday.", [150, 200]),
        ("The firm employs 1,500 - 300 of them in Wales.", [1500, 300]),
    ],
)
def test_two_numbers_with_a_spaced_dash_between_clauses_are_two_amounts(text: str, expected: list) -> None:
    assert [v for v, *_ in found(text)] == expected  # the second a count of its own: no score, no range


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It ended above $100 - 18 percent higher.", [(100, "USD"), (18, "percent")]),  # a dash between clauses
        ("Count 1 - 2 - 3 people.", [(1, None), (2, None), (3, None)]),  # a list, no range
        ("Revenue rose 5% - 10 analysts had expected 4%.", [(5, "percent"), (10, None), (4, "percent")]),
        ("Sales rose 5% - 3 times the average.", [(5, "percent"), (3, None)]),  # a fall: no range
    ],
)
def test_a_spaced_dash_between_unlike_or_falling_amounts_or_in_a_list_is_no_range(text: str, expected: list) -> None:
    assert [(v, u) for v, u, _, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [("10 - 15% of voters agree.", [(10, "percent"), (15, "percent")]), ("3 - 1 was the final score.", [])],
)
def test_a_spaced_range_at_the_start_of_a_batch_reads_as_anywhere_else(text: str, expected: list) -> None:
    # the batch's first paragraph starts at offset 0, where no text is before the number
    assert found_in_batch([text]) == [expected]
    assert found_in_batch(["A first paragraph.", text]) == [[], expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A change of −2 - 3% is forecast.", [(-2, None), (3, "percent")]),  # U+2212, as "-2 - 3%"
        ("Temperatures of −5 - 10C overnight.", [(-5, None), (10, "°C")]),
        ("Growth of -2 - 3% is forecast.", [(-2, None), (3, "percent")]),
    ],
)
def test_a_signed_number_before_a_spaced_dash_keeps_its_sign(text: str, expected: list) -> None:
    assert [(v, u) for v, u, _, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["Chelsea won 3-1 at home.", "It was a 7-3 win.", "A 2-3 defeat.", "The 2004-05 season.",
     "From 1990-2000 he ruled.", "A 9-5 job.", "Open 24-7.", "The 777-200LR flew.", "On 12-14 June.",
     "Those aged 18-24 voted.", "They drew 1-1.", "Call 555-1234 now.", "The 9-11 attacks shook them.",
     "Years 7-11 pupils sat it.", "Grades 3-5 students read more.", "Pupils in years 7-11 sat it."],
)
def test_scores_years_dates_and_names_with_a_dash_are_no_range(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prices rose 3 to 5 per cent.", [(3, "percent"), (5, "percent")]),
        ("Rates rose between 2 and 3 per cent.", [(2, "percent"), (3, "percent")]),
        ("Between 200 and 250 million people use it.", [(2e8, None), (2.5e8, None)]),
        ("Unemployment rose 32,000 to 1.41 million.", [(32000, None), (1.41e6, None)]),  # a rise and a total
        ("Inflation fell from 8 to 7 per cent.", [(8, "percent"), (7, "percent")]),  # a fall: its unit
        ("The bank cut rates from 5 to 4.75%.", [(5, "percent"), (4.75, "percent")]),
    ],
)
def test_a_range_in_words_gives_the_first_number_the_second_ones_unit_and_scale(text: str, expected: list) -> None:
    assert [(pytest.approx(v), u) for v, u in expected] == [(v, u) for v, u, _, _ in found(text)]


def test_a_range_in_words_counts_its_object_at_both_ends() -> None:
    assert [o for *_, o, _ in found("They cut between 6,000 and 7,000 jobs.")] == ["jobs", "jobs"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Prices rose three to five per cent.", [(3, "percent", None), (5, "percent", None)]),
        ("Between two and three million people were displaced.", [(2e6, None, "people"), (3e6, None, "people")]),
        ("It cost two to three billion dollars.", [(2e9, "USD", None), (3e9, "USD", None)]),
        ("Between 2 and three million people came.", [(2e6, None, "people"), (3e6, None, "people")]),
        ("It cost two and a half to three million euros.", [(2.5e6, "EUR", None), (3e6, "EUR", None)]),
        ("Repairs take two to four weeks.", [(2, None, "weeks"), (4, None, "weeks")]),  # as "2 to 4 weeks"
        ("The vote was seven to two.", [(7, None, None), (2, None, None)]),  # a fall and no unit: as written
    ],
)
def test_a_range_in_number_words_reads_as_one_in_digits(text: str, expected: list) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == [(v, u, o) for v, u, o, _ in found(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sales fell from 8 to 7 million pounds.", [(8e6, "GBP"), (7e6, "GBP")]),
        ("Profits fell from about eight to seven billion dollars.", [(8e9, "USD"), (7e9, "USD")]),
        ("The spread fell from 50 to 25 basis points.", [(0.5, "percentage point"), (0.25, "percentage point")]),
        ("Inflation fell from 8 to 7 per cent.", [(8, "percent"), (7, "percent")]),
        ("Users rose from 32,000 to 1.41 million.", [(32000, None), (1.41e6, None)]),  # a rise from 32,000
        ("Subscribers grew from 80 to 1 million.", [(80, None), (1e6, None)]),  # a rise from 80
        ("Users went from 20 to 1.5 million.", [(20, None), (1.5e6, None)]),
        ("The spread fell from 300 to 25 basis points.", [(3, "percentage point"), (0.25, "percentage point")]),
    ],
)
def test_a_fall_from_one_number_to_another_gives_the_first_the_seconds_scale_and_unit(text: str,
                                                                                     expected: list) -> None:
    assert [(pytest.approx(v), u) for v, u in expected] == [(v, u) for v, u, _, _ in found(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The 6ft 4in lock started.", [("6ft 4in", pytest.approx(6 + 4 / 12), "ft")]),  # one height, in feet
        ("He is 6 ft 2 inches tall.", [("6 ft 2 inches", pytest.approx(6 + 2 / 12), "ft")]),
        ("Shares fell to 73 US cents.", [("73 US cents", 0.73, "USD")]),
        ("A dividend of 70 euro cents.", [("70 euro cents", 0.7, "EUR")]),
        ("Call police on 101.", []),  # a number to call, as "dialled 999"
        ("In an emergency call on 999.", []),
        ("He is 5 ft 11 in tall.", [("5 ft 11 in", pytest.approx(5 + 11 / 12), "ft")]),  # spaced inches
        ("Ring the helpline on 111 now.", []),
        ("The team called on 4 players.", [("4", 4, None)]),
    ],
)
def test_feet_and_inches_cents_of_a_named_currency_and_numbers_to_call(text: str, expected: list) -> None:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    assert list(zip(rows["text"], rows["value"], rows["unit"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a currency's word as an adjective after a scale word: the currency, counting the noun after it (they had
        # no unit and counted "euro", "pound", "dollar")
        ("They agreed a 8.5 billion euro loan.", (8.5e9, "EUR", "loan", False)),
        ("He signed a 10 million pound contract.", (1e7, "GBP", "contract", False)),
        ("They set up a two billion dollar fund.", (2e9, "USD", "fund", False)),
        ("The 500 million euro bond was sold.", (5e8, "EUR", "bond", False)),
        # as the plural after the number is, as before
        ("They agreed a loan of 8.5 billion euros.", (8.5e9, "EUR", None, False)),
        # ... and after "m" as the BBC writes millions (they counted "euro")
        ("It expects a 800m euro loss.", (8e8, "EUR", "loss", False)),
        ("Sales fell from 798m euro a year ago.", (7.98e8, "EUR", None, False)),
        ("DaimlerChrysler took a 475m euro hit.", (4.75e8, "EUR", "hit", False)),
    ],
)
def test_a_currency_word_as_an_adjective_keeps_its_currency(text: str, expected: tuple) -> None:
    [(value, unit, obj, approximate)] = found(text)
    assert (value, unit, obj, approximate) == (pytest.approx(expected[0]), *expected[1:])


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dollar after its country's adjective, after a scale word (it was no currency, counting "dollar")
        ("Xstrata made a hostile 7.4 billion Australian dollar bid.", (7.4e9, "AUD", "bid", False)),
        ("It will spend a 10 billion Hong Kong dollar fund.", (1e10, "HKD", "fund", False)),
        ("It sold a 500m Canadian dollar bond.", (5e8, "CAD", "bond", False)),
        # ... and a country's currency named right before a scaled number, as the BBC writes a foreign sum (no currency)
        ("Qantas made a record Australian dollars 648m profit.", (6.48e8, "AUD", "profit", False)),
        ("Exports rose to a record Australian dollar 29.4bn.", (2.94e10, "AUD", None, False)),
        ("It raised South Korean won 5 trillion.", (5e12, "KRW", None, False)),
    ],
)
def test_a_countrys_dollar_as_an_adjective_or_before_the_number_is_its_currency(text: str, expected: tuple) -> None:
    [(value, unit, obj, approximate)] = found(text)
    assert (value, unit, obj, approximate) == (pytest.approx(expected[0]), *expected[1:])


@pytest.mark.parametrize(
    "text, expected",
    [
        # millions and billions of a currency are money, hedged (they counted "dollars", "pounds", "euros")
        ("Claims for billions of dollars in damages.", (2e9, "USD", None, True)),
        ("It under-reported its deficit by billions of euros.", (2e9, "EUR", None, True)),
        # the head of what it is of (`amount_compounds`; it was "taxpayers'")
        ("Quangos financed with billions of pounds of taxpayers' cash.", (2e9, "GBP", "cash", True)),
        ("Millions of pounds were lost.", (2e6, "GBP", None, True)),
        ("They raised thousands of pounds for charity.", (2000, "GBP", None, True)),
        # ... while thousands of pounds of a thing weigh, as 2,000 pounds of it do
        ("Police seized thousands of pounds of cocaine.", (2000, "lb", "cocaine", True)),
        ("Hundreds of people died.", (200, None, "people", True)),
    ],
)
def test_a_vague_quantity_of_a_currency_is_money(text: str, expected: tuple) -> None:
    [(value, unit, obj, approximate)] = found(text)
    assert (value, unit, obj, approximate) == (pytest.approx(expected[0]), *expected[1:])


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle or a hyphenated adjective after "of" is read past to its noun (they were the adjective)
        ("Hundreds of displaced families fled.", "families"),
        ("Dozens of injured passengers waited.", "passengers"),
        ("Thousands of anti-war protesters marched.", "protesters"),
        ("Thousands of armed police stood by.", "police"),
        # a participle that is the noun stays the object
        ("Hundreds of injured were treated.", "injured"),
    ],
)
def test_an_adjective_after_of_is_read_past_to_its_noun(text: str, expected: str) -> None:
    [(_, _, obj, _)] = found(text)
    assert obj == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a hyphenated adjective or a compound noun before a noun is read past to it, with or without "of" before
        # (each was the object)
        ("The bank took a €2.3bn one-off charge.", "charge"),
        ("United scored three second-half goals.", "goals"),
        ("They agreed a $2.4 billion class-action settlement.", "settlement"),
        ("She sent four e-mail messages to staff.", "messages"),
        ("It has 40 check-in desks.", "desks"),
        ("He holds a 12% long-term stake.", "stake"),
        ("They sold 5,000 first-class tickets.", "tickets"),  # "-ss" is no plural
        # a hyphenated plural is the noun, and a hyphenated word before a function word or a verb stays the object
        ("He sent four e-mails to staff.", "e-mails"),
        ("The club fielded 11 under-21s yesterday.", "under-21s"),
        ("A $2bn write-down hit the firm's profits.", "write-down"),
        ("Two co-accused deny the charges.", "co-accused"),
        # the number of a span or a measure written apart from its hyphens is of that span, not of the noun after
        ("The winner of a three month-long public poll", "month-long"),
    ],
)
def test_a_hyphenated_word_before_a_noun_is_read_past_to_it(text: str, expected: str) -> None:
    [(_, _, obj, _)] = found(text)
    assert obj == expected


@pytest.mark.parametrize(
    "text",
    [
        "The crowd of 17,000 celebrated the win.",
        "A crowd of 74,000 watched as Spain won the final.",
        "At kick-off a crowd of 74,000 watched.",
        "When the show ended, more than 30 million tuned in to see it.",
        "Two more followed at Wimbledon and the US Open.",
    ],
)
def test_a_past_tense_right_after_an_amount_is_its_verb_no_object(text: str) -> None:
    [(_, _, obj, _)] = found(text)
    assert obj is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said 30 killed in the blast were civilians.", "killed"),
        # news counts the victims of kidnaps, disasters and lay-offs by the participle alone, as it counts the dead
        ("Gunmen seized 15 kidnapped in the raid.", "kidnapped"),
        ("Officials said 30 trapped under the rubble were rescued.", "trapped"),
        ("The company said 300 sacked at the plant would be paid.", "sacked"),
    ],
)
def test_a_counted_participle_stays_the_object(text: str, expected: str) -> None:
    [(_, _, obj, _)] = found(text)
    assert obj == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Lions have lost seven straight games.", "games"),
        ("The economy grew for 50 consecutive quarters.", "quarters"),
        ("She is the first to win two successive full terms.", "terms"),
        ("United have now lost four successive matches.", "matches"),
    ],
)
def test_an_adjective_of_succession_is_read_past_to_the_noun(text: str, expected: str) -> None:
    [(_, _, obj, _)] = found(text)
    assert obj == expected


@pytest.mark.parametrize(
    "text",
    [
        "It was written by an eleven year-old girl.",
        "An 11 year-old girl was taken to hospital.",
        "Police found a three month-old baby in the car.",
        "The charity rescued a two week-old puppy.",
        "Keepers are feeding a five day-old foal by hand.",
        "The 11 year-olds sat the test on Monday.",
    ],
)
def test_an_age_with_a_hyphen_left_out_is_no_amount(text: str) -> None:
    assert found(text) == []  # as "an 11-year-old girl" and "an 11 year old girl" are none


@pytest.mark.parametrize(
    "text, expected",
    [
        # a currency's "-worth" is the sum's, the object after its "of" (it was no currency, counting "euros-worth")
        ("It will restructure 2.4bn euros-worth of debts.", [(2.4e9, "EUR", "debts", False)]),
        # tens and hundreds of millions or billions are one vague amount, the least it can mean (it was "billions
        # of dollars", 2e9, and "Hundreds of" counted "millions" beside 2e6 people)
        ("It will cost tens of billions of dollars.", [(2e10, "USD", None, True)]),
        ("Hundreds of millions of people watched.", [(2e8, None, "people", True)]),
        ("Tens of millions of pounds were lost.", [(2e7, "GBP", None, True)]),
        # ... with no "of" after them too (they were none, or 200 "millions"); a bare "thousands" still needs one
        ("Tens of thousands marched in Madrid.", [(2e4, None, None, True)]),
        ("The deal is worth hundreds of millions.", [(2e8, None, None, True)]),
        ("Hundreds of Thousands Rally in Kyiv", [(2e5, None, None, True)]),
        ("The lives of thousands were lost.", []),
        # millions before a bond (it was 400 metres, no money word being near)
        ("It sold a 400m euro-zone bond.", [(4e8, None, "bond", False)]),
        # quarters of a year are a period, no share (it was 75 percent); a share of a group still is one
        ("GDP grew 9.5% in the first three quarters of this year.", [(9.5, "percent", None, False)]),
        ("Sales in the three quarters of 2025 rose 6%.", [(6, "percent", None, False)]),
        ("Over three quarters of voters backed it.", [(75, "percent", "voters", True)]),
        ("A quarter of this year's budget went on pay.", [(25, "percent", None, False)]),
        ("Three quarters of financial advisers expect a cut.", [(75, "percent", "advisers", False)]),
        ("A quarter of fiscal hawks voted against.", [(25, "percent", "hawks", False)]),
        ("Sales rose 4% in the first three quarters of fiscal 2025.", [(4, "percent", None, False)]),
        # ... and so is a period's half or a table's (they were 50 percent); a share of a whole still is one
        ("Exports declined in the second half of 2004.", []),
        ("Profits rose in the first half of the year.", []),
        ("He battled back in the second half of the season.", []),
        ("Newcastle are languishing in the bottom half of the table.", []),
        ("They slipped into the bottom half of the Premiership table.", []),
        # a side's half of no table or period is a share of it (it was none)
        ("The bottom half of households by income saw no rise.", [(50, "percent", "households", False)]),
        ("The top half of earners pay most of the tax.", [(50, "percent", "earners", False)]),
        ("Half of voters backed it.", [(50, "percent", "voters", False)]),
        ("More than half of runners finished in the first half of the day.", [(50, "percent", "runners", True)]),
    ],
)
def test_worth_tens_of_billions_bonds_and_quarters_of_a_year(text: str, expected: list) -> None:
    assert found(text) == [(pytest.approx(v), u, o, a) for v, u, o, a in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "above" and "below" hedge as "over" and "under" do (they were exact)
        ("Bitcoin climbed above $100,000.", [(1e5, "USD", None, True)]),
        ("Inflation fell below 2% in May.", [(2, "percent", None, True)]),
        ("Prices rose just above 5%.", [(5, "percent", None, True)]),
        # ... not after the number
        ("The town lies 30 metres above sea level.", [(30, "m", None, False)]),
        # a device's specifications have their units (they were no amounts at all), bytes only glued to digits
        ("The chip runs at 3.2GHz.", [(3.2, "GHz", None, False)]),
        ("It has a 5,000mAh battery.", [(5000, "mAh", "battery", False)]),
        ("It holds 256GB of music.", [(256, "GB", "music", False)]),
        ("Speeds reach 500 Mbps.", [(500, "Mbps", None, False)]),
        ("There were 200 TB patients.", [(200, None, "patients", False)]),
    ],
)
def test_above_and_below_hedge_and_device_specifications_have_units(text: str, expected: list) -> None:
    assert found(text) == [(pytest.approx(v), u, o, a) for v, u, o, a in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a screen's hertz, a charger's watts, a camera's megapixels, a chip's nanometres (they were no amounts)
        ("The phone has a 120Hz screen.", [(120, "Hz", "screen", False)]),
        ("The display refreshes at 144 Hz.", [(144, "Hz", None, False)]),
        ("It charges at 65W.", [(65, "W", None, False)]),
        ("The chip is made on a 3nm process.", [(3, "nm", "process", False)]),
        ("Samsung Galaxy S25 Gets 200MP Camera", [(200, "MP", "camera", False)]),
        # bytes a space apart after a decimal or before what stores them (they were bare numbers)
        ("The drive holds 1.5 TB of data.", [(1.5, "TB", "data", False)]),
        ("It has a 40 GB hard drive.", [(40, "GB", "drive", False)]),  # the drive, not its adjective
        # ... a nautical mile's "nm" at sea is `nmi` (`amount_nautical`; it was none), tuberculosis's "TB" before its
        # noun no bytes
        ("Ships must stay 12nm offshore.", [(12, "nmi", None, False)]),
        ("Clinics treated 200 TB patients.", [(200, None, "patients", False)]),
    ],
)
def test_more_device_specifications_have_units(text: str, expected: list) -> None:
    assert found(text) == [(pytest.approx(v), u, o, a) for v, u, o, a in expected]


@pytest.mark.parametrize(
    "text, value",
    [
        # a scale's product is the number as written, no binary fraction's tail (2180000000000.0002, 8199999999999.999)
        ("The budget rose to $2.18 trillion.", 2.18e12),
        ("Debt reached $8.2 trillion.", 8.2e12),
        ("It raised 0.29 billion euros.", 2.9e8),
    ],
)
def test_a_scaled_value_is_the_number_as_written(text: str, value: float) -> None:
    assert amounts.rows(ParagraphBatch([text], ["p"], ["a"]))["value"] == [value]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a longitude after its latitude and an oil's grade are no watts (they were 70 W, 5 W and 30 W)
        ("The storm was near 25N 70W on Monday.", []),
        ("The eye was at 25.3N 71.2W.", []),
        ("Use 5W-30 oil in winter.", []),
        # ... a charger's still are
        ("It ships with a 65W charger.", [(65, "W", "charger", False)]),
    ],
)
def test_a_longitude_and_an_oils_grade_are_no_watts(text: str, expected: list) -> None:
    assert found(text) == [(pytest.approx(v), u, o, a) for v, u, o, a in expected]


@pytest.mark.parametrize(
    "text",
    [
        # a list of ages in words is ages, as in figures (the last was counted: 7, 8 and 12)
        "The children, aged five and seven, were hurt.",
        "Two brothers aged six, eight and twelve were found safe.",
        "Victims aged between eighteen and twenty-four were targeted.",
    ],
)
def test_ages_in_words_are_no_amounts_as_in_figures(text: str) -> None:
    assert [v for v, *_ in found(text) if v != 2] == []  # "Two brothers" stays a count


def test_a_count_after_an_age_in_words_stays_an_amount() -> None:
    assert [(v, o) for v, _, o, _ in found("A man aged forty and three children were hurt.")] == [(3, "children")]
    assert [(v, o) for v, _, o, _ in found("She had six, eight or ten cats.")] == [
        (6, None), (8, None), (10, "cats")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sum's rate per one, hyphenated, is the sum, as "£5-a-month" is (they were no amount)
        ("Entry costs £20-a-side for the charity match.", (20, "GBP", None)),
        ("Guests paid for a £50-a-head dinner.", (50, "GBP", "dinner")),
        ("The hotel has £100-a-night rooms.", (100, "GBP", "rooms")),
    ],
)
def test_a_sum_per_one_hyphenated_is_the_sum(text: str, expected: tuple) -> None:
    [(value, unit, obj, _)] = found(text)
    assert (value, unit, obj) == expected


def test_a_side_without_a_sum_is_no_amount() -> None:
    assert found("They play a five-a-side game on Fridays.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a vague count of a scale is the least it can mean, as "thousands" is (each was no amount, or a bare scale)
        ("Several thousand workers walked out on Tuesday.", (3000, None, "workers", True)),
        ("He celebrated Mass for several hundred thousand pilgrims.", (3e5, None, "pilgrims", True)),
        ("Just a few thousand votes could decide it.", (2000, None, "votes", True)),
        ("We will need to spend several hundred million pounds.", (3e8, "GBP", None, True)),
        ("Several dozen people gathered outside.", (36, None, "people", True)),
    ],
)
def test_several_or_a_few_of_a_scale_is_an_approximate_amount(text: str, expected: tuple) -> None:
    [(value, unit, obj, approximate)] = found(text)
    assert value == pytest.approx(expected[0])
    assert (unit, obj, approximate) == expected[1:]


@pytest.mark.parametrize("text", ["Several people were hurt.", "A few fans stayed.", "It took a few hundredths."])
def test_several_or_a_few_alone_is_no_amount(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a change's share after "by", with no "of", is a share, as "a third of" is (each was no amount)
        ("Prices rose by a third in two years.", [(100 / 3, "percent", None, False), (2, None, "years", False)]),
        ("The factory cut its emissions by half.", [(50, "percent", None, False)]),
        ("Road deaths fell by a tenth last year, to 1,700.", [(10, "percent", None, False),
                                                                (1700, None, None, False)]),
        ("Capacity will rise by more than half in 2005.", [(50, "percent", None, True)]),
        ("Output fell by one-third, and wages by two-thirds.", [(100 / 3, "percent", None, False),
                                                                 (200 / 3, "percent", None, False)]),
        # "by a half" as "by half" (it was no amount: the article stood between "by" and the share)
        ("Spending grew by a half, to $4bn.", [(50, "percent", None, False), (4e9, "USD", None, False)]),
        ("Profits fell by a half in 2004.", [(50, "percent", None, False)]),
        # not a share: an ordinal ("a third party", "a third and fourth vote"), a period, a count of quarters
        ("The site was hacked by a third party.", []),
        ("It was settled by a third and fourth vote.", []),
        ("They led 2-0 by half-time.", []),
        ("Profits were lower than in the preceding three quarters. However", [(3, None, "quarters", False)]),
    ],
)
def test_a_share_after_by_without_of_is_a_change(text: str, expected: list) -> None:
    assert [(pytest.approx(v), u, o, a) for v, u, o, a in found(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fraction of one unit is a measure, no share of anything (each was 33.3 or 25 percent)
        ("Shares fell by a third of a cent.", []),
        ("The village is a quarter of a mile from the coast.", []),
        ("The price rose by a quarter of a cent to 12 cents.", [(0.12, "USD")]),
        ("The row has lasted a quarter of a century.", []),
        # ... after "an" too, and of a pint or an acre (each was 25 or 33.3 percent)
        ("The talks lasted a quarter of an hour.", []),
        ("The farm lost a third of an acre to the river.", []),
        ("He drank half of a pint.", []),
        # ... while a fraction of a whole, or of a year's noun, is a share
        ("A third of a village's homes were flooded.", [(100 / 3, "percent")]),
        ("Half of a year's budget was spent.", [(50, "percent")]),
        ("A third of the cent coins are fakes.", [(100 / 3, "percent")]),
        ("Half of an estimated 900 jobs will go.", [(50, "percent"), (900, None)]),
    ],
)
def test_a_fraction_of_one_unit_is_no_share(text: str, expected: list) -> None:
    assert [(pytest.approx(v), u) for v, u, _, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a trade fair's numbered hall is a name, the halls it is one of a count (it read 25 as an amount)
        ("Cebit has a digital home in Hall 25 of the 27 hangar-like buildings.", [(27, "buildings")]),
        # ... while a plural after a venue's name is what its number counts (it read no amount)
        ("The band has played the Royal Albert Hall 25 times since 1990.", [(25, "times")]),
        ("Carnegie Hall 3 nights in a row was sold out.", [(3, "nights")]),
        # a label's word that ends a sentence names no number after it (the war's, the hall's "300" was none)
        ("He fought in the war. 300 people died.", [(300, "people")]),
        ("Guests filled the hall. 300 people came.", [(300, "people")]),
        ("It was the last round. 12 players remain.", [(12, "players")]),
        # ... while an abbreviation's full stop does not end it
        ("He lives at No. 10 with his wife.", []),
    ],
)
def test_numbered_halls_and_a_label_ending_a_sentence(text: str, expected: list) -> None:
    assert [(v, o) for v, _, o, _ in found(text)] == expected


def test_home_runs_are_counted_not_home() -> None:
    # "runs" before "and" or a preposition is the plural the count is of, as "cuts" and "rises" are (it was "home")
    assert [o for _, _, o, _ in found("Ohtani hit 54 home runs and stole 59 bases in 2024.")] == ["runs", "bases"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share of a count is of what the count counts (each share counted nothing)
        ("Two-thirds of the 650 MPs voted in favour.", [(200 / 3, "MPs"), (650, "MPs")]),
        ("And 87% of the 1,000 adults quizzed by ICM said so.", [(87, "adults"), (1000, "adults")]),
        ("It is home to 20% of the remaining 1,500 giant pandas.", [(20, "pandas"), (1500, "pandas")]),
        # ... and a count with no noun after it gives none
        ("Half of the 20 stayed.", [(50, None), (20, None)]),
    ],
)
def test_a_share_of_a_count_is_of_what_it_counts(text: str, expected: list) -> None:
    assert [(pytest.approx(v), o) for v, _, o, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # rand and cents after an "R" are rand, as "R8,500" is (each was no amount)
        ("South Africa's rand weakened to R18.50 against the dollar.", [(18.5, "ZAR")]),
        ("Petrol now costs R22.79 a litre.", [(22.79, "ZAR")]),
        # ... while an "R" before a number without cents is a road, a rating or a version
        ("Take the R21 to the airport.", []),
        ("The R2.0 release is out.", []),
    ],
)
def test_rand_and_cents_after_an_r_are_rand(text: str, expected: list) -> None:
    assert [(pytest.approx(v), u) for v, u, _, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a product's one-digit model number after its name is read past to the noun (each counted nothing)
        ("The company sold 3.2 million PlayStation 5 consoles.", [(3.2e6, "consoles")]),
        ("Apple sold 5 million iPhone 6 handsets.", [(5e6, "handsets")]),
        # ... and after "Model", as a maker names one ("Model 3"; it counted nothing)
        ("Tesla delivered 5 Model 3 cars last week.", [(5, "cars")]),
        ("It built 40 Model T cars.", [(40, "cars")]),
        # ... and after any name when a product's plural follows the digit ("Pixel 8"; they counted nothing)
        ("The shop sold 3 Pixel 8 phones on launch day.", [(3, "phones")]),
        ("Google shipped 2 million Pixel 7 handsets.", [(2e6, "handsets")]),
        # ... and in a headline in Title Case, where the product's plural has its capital (they counted nothing, or
        # had no amount: "Pixel 8" read as a score's team)
        ("Tesla Recalls 5,000 Model 3 Cars", [(5000, "cars")]),
        ("Google Sells 3 Pixel 8 Phones", [(3, "phones")]),
        ("Sony Sells 2 Million PlayStation 5 Consoles", [(2e6, "consoles")]),
        # ... not after a people's name or a plural product's: there the digit is a count of its own
        ("They bought 20 iPads 3 weeks ago.", [(20, "iPads"), (3, "weeks")]),
        ("About 300 Chinese 5 days ago left.", [(300, None), (5, "days")]),
    ],
)
def test_a_products_one_digit_model_is_read_past(text: str, expected: list) -> None:
    assert [(pytest.approx(v), o) for v, _, o, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a hedged share of a change with no "of", plural as singular ("by almost half" was read, "two-thirds" none)
        ("Sales of the drug fell by almost two-thirds in 2023.", [(200 / 3, "percent", None, True)]),
        ("Output rose by nearly three quarters.", [(75, "percent", None, True)]),
        # "half of a million" is half a million, as "a quarter of a million" is (it was a million)
        ("Half of a million people signed the petition.", [(5e5, None, "people", False)]),
        ("The state spent half of a billion dollars.", [(5e8, "USD", None, False)]),
        # a plural fraction of one unit is no share, as "a quarter of a mile" is not (they counted 3 quarters)
        ("The runners covered three quarters of a mile.", []),
        ("It took two thirds of a second.", []),
        ("They waited three quarters of an hour.", []),
    ],
)
def test_fractions_hedged_and_of_a_scale_or_a_unit(text: str, expected: list) -> None:
    assert [(pytest.approx(v), u, o, a) for v, u, o, a in found(text)] == expected


@pytest.mark.parametrize("text", ["Three quarters of the staff quit.", "40% of the staff quit last year."])
def test_quit_after_a_shares_group_is_its_verb(text: str) -> None:
    # "quit" is a past tense and a present of one form, no noun: the staff are the share's group (it was "quit")
    assert [o for _, _, o, _ in found(text)] == ["staff"]
