"""Numbers that are no amount of anything: number words in fixed idioms."""

from __future__ import annotations

import re

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.amount_exclusions import no_amount
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, float]]:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["value"], strict=True))


@pytest.mark.parametrize(
    "text",
    ["It takes two to tango, he said.", "Two to tango: the talks resume.", "The fans were on cloud nine.",
     "They went the whole nine yards.", "He put two and two together.", "It killed two birds with one stone.",
     "She was in two minds about it.", "He grabbed forty winks.", "A stitch in time saves nine.",
     # two idioms in a row: the second is one too
     "In two minds, it takes two to tango.", "On cloud nine, the whole nine yards.",
     # of what will never happen (it counted a million years)
     "Not in a million years would he have gone down.", "I would not do it in a million years.",
     # of gratitude (it counted a million thanks)
     "A million thanks to everyone who voted for us.", "Thanks a million, she told the crowd.",
     '"A thousand thanks," he wrote.', "We owe a million thanks to the volunteers."],
)
def test_a_number_word_in_a_fixed_idiom_is_no_amount(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Repairs take two to three weeks.", [("two", 2), ("three", 3)]),
        ("Keane hits two to put Spurs ahead.", [("two", 2)]),
        ("Two to four people died.", [("Two", 2), ("four", 4)]),
        ("The two tango dancers won.", [("two", 2)]),
        ("Nine yards of cloth and two minds.", [("Nine yards", 9), ("two", 2)]),  # yards a measure: `yd`
        ("The two birds flew.", [("two", 2)]),
        ("The rocks took a million years to form.", [("a million", 1e6)]),
        ("The charity sent a million thank-you letters.", [("a million", 1e6)]),
        # "thanks to" after a count's word is "because of" (they were the idiom's)
        ("Downloads passed a million thanks to a TikTok trend.", [("a million", 1e6)]),
        ("The town grew by a thousand thanks to the new factory.", [("a thousand", 1e3)]),
    ],
)
def test_the_same_number_words_outside_the_idioms_stay_amounts(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Keeper saves nine shots.", [("nine", 9)]),  # "saves nine" is the idiom only after "a stitch in time"
        ("Then he saves nine shots in a row.", [("nine", 9)]),
        ("Two's company, three's a crowd.", []),  # the idiom whole: neither number counts
        ("The three clubs lead; two sides chase.", [("three", 3), ("two", 2)]),
    ],
)
def test_an_idiom_is_matched_whole(text: str, expected: list) -> None:
    assert found(text) == expected


def test_every_idiom_has_a_word_its_prefilter_looks_for() -> None:
    # `in_idiom` settles a number word without the regex where none of these words is near it
    from transforms.enrichments import amount_idioms

    idioms = amount_idioms.IDIOMS.pattern.split("(?:", 1)[1].split("|")
    assert len(idioms) >= 10
    for idiom in idioms:
        assert any(word in idiom.lower() for word in amount_idioms.IDIOM_WORDS), idiom


def test_every_idiom_holding_a_number_has_a_word_of_that_number() -> None:
    # `in_idiom` looks for a number word's own idiom words only (`IDIOM_WORDS_OF`): an idiom that holds the number and
    # none of them would be passed over
    from transforms.enrichments import amount_idioms

    pattern = amount_idioms.IDIOMS.pattern.split("(?:", 1)[1].replace("\\s+", " ").replace("['’]", "'")
    idioms = pattern.replace("a (?:million|thousand) thanks", "a million thanks|a thousand thanks").split("|")
    assert set(amount_idioms.IDIOM_WORDS_OF) == amount_idioms.IDIOM_NUMBERS
    for number, words in amount_idioms.IDIOM_WORDS_OF.items():
        holding = [idiom for idiom in idioms if re.search(rf"\b{number}\b", idiom.lower())]
        assert holding, number
        for idiom in holding:
            assert any(word in idiom.lower() and word not in number for word in words), (number, idiom)


def _in_idiom_plainly(text: str, number_start: int, end: int) -> bool:
    """`in_idiom` without its prefilter: every idiom near the number, read by the regex."""
    from transforms.enrichments import amount_idioms

    low, high = max(0, number_start - 28), end + 24
    return any(idiom.start() <= number_start and end <= idiom.end()
               and not amount_idioms._thanks_because_of(text, idiom)
               for idiom in amount_idioms.IDIOMS.finditer(text, low, high))


@pytest.mark.parametrize("text", [
    "It takes two to tango.", "two million people and two to tango", "Two's company, three's a crowd.",
    "putting two and two together", "kill two birds with one stone", "I am in two minds", "he has two left feet",
    "on cloud nine", "the whole nine yards", "a stitch in time saves nine", "forty winks", "a dime a dozen",
    "not in a million years", "a million thanks to all", "thanks a million", "a thousand thanks", "sold a million "
    "thanks to ads", "two million thanks", "six feet under", "six feet under the roof", "Six Feet Under Rights",
    "two companies and three feet", "three yards from nine cloud", "in a million years", "In Two Minds",
])
def test_the_idiom_prefilter_reads_as_the_regex_does(text: str) -> None:
    from transforms.enrichments import amount_idioms

    for number in amount_idioms.IDIOM_NUMBERS:
        for found_number in re.finditer(rf"(?i)\b{number}\b", text):
            start, end = found_number.span()
            assert amount_idioms.in_idiom(text, start, end) == _in_idiom_plainly(text, start, end), (text, number)


@pytest.mark.parametrize("text", ["It takes TWO to Tango.", "On Cloud Nine again", "A ſtitch in time saves nine"])
def test_idioms_in_any_case_count_nothing(text: str) -> None:
    from transforms.enrichments import amount_idioms

    number = next(w for w in ("TWO", "Nine", "nine") if w in text)
    start = text.rindex(number)
    assert amount_idioms.in_idiom(text, start, start + len(number))


@pytest.mark.parametrize(
    "text",
    [
        # a clock time in words after a verb of opening, closing or starting, or before a time of day
        "Polls closed at ten and counting began.",
        "Polls open at seven tomorrow.",
        "The match kicks off at three.",
        "The vigil will start at nine tonight.",
        # ... in digits only before a time of day: "Shares closed at 10" is a price
        "Polls closed at 10 last night.",
    ],
)
def test_a_clock_time_is_no_amount(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The death toll stood at ten.", [("ten", 10)]),
        ("Shares closed at 10 on Friday.", [("10", 10)]),
        ("The shop closed at ten branches.", [("ten", 10)]),
        # a toll or a price before a time of day (they were none)
        ("The death toll stood at 10 last night.", [("10", 10)]),
        ("The number of confirmed cases stood at 12 this morning.", [("12", 12)]),
        ("Shares closed at 10 this afternoon.", [("10", 10)]),
        ("The index ended at 9 last night.", [("9", 9)]),
    ],
)
def test_a_number_after_at_that_is_no_clock_time_stays_an_amount(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a label's word with a comma, a colon or a semicolon after it names no number: each was no amount at all
        ("Israel-Hamas war: 27 killed in strike on school", [("27", 27)]),
        ("In the third round, 12 players were knocked out.", [("12", 12)]),
        ("Since the war, 300 soldiers have died.", [("300", 300)]),
        ("BAGHDAD: Fifteen people were killed.", [("Fifteen", 15)]),
    ],
)
def test_a_label_word_before_punctuation_names_no_number(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", ["World War 2 ended in 1945.", "He lives at No. 10.", "The FTSE 100 rose."])
def test_a_label_right_before_its_number_still_names_it(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a model's number before its name is a numbered name, no amount (737 was one)
        ("Boeing halted production of the 737 Max in January.", []),
        ("Regulators grounded the 737 MAX last year.", []),
        ("He joined the 100 Club in 1990.", []),
        # three digits, not round, before a name and a singular noun, and in a Title Case headline (737 was one)
        ("Boeing halts the 737 Max line.", []),
        ("Boeing Halts the 737 Max Line", []),
        ("Porsche Unveils the 911 Turbo", []),
        ("Israel Frees the 123 Palestinian Prisoners", [("123", 123)]),
        # a count before a people or a plural name stays one
        ("The 40 Palestinians were freed.", [("40", 40)]),
        ("The 14 Liberal MPs would support him.", [("14", 14)]),
        ("The 300 British troops left.", [("300", 300)]),
    ],
)
def test_a_number_in_a_models_name_is_no_amount(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a model's name right after its three digits, whatever follows it (737 jets and 787 jets were counted)
        ("The firm sold 737 Max jets.", []),
        ("Airlines have ordered 737 Max aircraft since 2017.", []),
        ("Boeing delivered 787 Dreamliner jets to the carrier.", []),
        ("Ryanair flies 737 Max planes on the route.", []),
        # a people, a nation's adjective, a round number or a plural name after the number still count
        ("Israel freed 123 Palestinian prisoners.", [("123", 123)]),
        ("Police arrested 137 British fans.", [("137", 137)]),
        ("Israel freed 123 Palestinians.", [("123", 123)]),
        ("Blair met 300 Labour MPs.", [("300", 300)]),
    ],
)
def test_a_model_word_after_three_digits_names_a_model_whatever_follows(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name before a plural that is no product is its modifier: the number counts the plural
        ("Microsoft hired 357 Apple engineers.", [("357", 357, "engineers")]),
        ("All 435 House members are up for election.", [("435", 435, "members")]),
        ("There were 147 Test runs at the ground.", [("147", 147, "runs")]),
        ("Blair met 120 Labour MPs.", [("120", 120, None)]),
        ("The firm laid off 250 Google employees.", [("250", 250, "employees")]),
        ("Brown met 357 Labour MPs.", [("357", 357, None)]),
        # a product's plural, a singular noun or nothing after the name: a model's number
        ("The firm sold 737 Max jets.", []),
        ("Ford recalled 128 Ram pickups.", []),
        ("Dell shipped 386 Compaq PCs.", []),
        ("The airline bought a 787 Dreamliner plane.", []),
        ("Regulators grounded the 737 Max.", []),
        ("Boeing Halts the 737 Max Line", []),
    ],
)
def test_a_plural_after_a_name_after_three_digits_is_counted_unless_a_product(text: str, expected: list) -> None:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    assert list(zip(rows["text"], rows["value"], rows["object"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a model's name in the plural right after its three digits: no amount (it counted 787 Dreamliners)
        ("United sold 787 Dreamliners last year.", []),
        ("The carrier flies 747 Jumbos to Sydney.", []),
        # a people, a group or a plural of prose after three digits still count
        ("Israel freed 123 Palestinians.", [("123", 123)]),
        ("Some 413 Democrats voted for the bill.", [("Some 413", 413)]),
        # ... whether or not a list knows it: a model's plural is the rarer (they were no amounts)
        ("The boat carried 312 Eritreans to Lampedusa.", [("312", 312)]),
        ("Strikes killed 143 Gazans overnight.", [("143", 143)]),
        ("The army deployed 352 Gurkhas.", [("352", 352)]),
        ("The US admitted 138 Afrikaners as refugees.", [("138", 138)]),
        ("The firm hired 357 Apple engineers.", [("357", 357)]),
        ("The firm sold 787 jets.", [("787", 787)]),
    ],
)
def test_a_capitalised_plural_after_three_digits_is_a_models_name(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's age group written with a space, as "Under-21" is (it counted 21 "squad")
        ("He was named in the England Under 21 squad.", []),
        ("He has 40 caps at Under 20 level.", [("40", 40.0)]),
        # a capitalised "Under" before a count, a larger number or at a sentence's start stays a hedge
        ("Sales Fall To Under 20 Dollars", [("Under 20", 20.0)]),
        ("Under 21 people applied.", [("Under 21", 21.0)]),
        ("Prices Fall To Under 500 Homes", [("Under 500", 500.0)]),
    ],
)
def test_a_capitalised_under_before_an_age_groups_number_names_a_side(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a model's variant after its number and name is the model's (it counted 10 aircraft, 8 jets)
        ("Ryanair has ordered 150 737 Max 10 aircraft from Boeing.", [("150", 150)]),
        ("The carrier flies 24 737 Max 8 jets.", [("24", 24)]),
        ("Boeing has delivered 737 Max 8 jets to the airline.", []),
        # a count after a name after a count, no model's number, still counts
        ("Lakers 112 Celtics 108 and 15,000 fans watched.", [("15,000", 15000)]),
    ],
)
def test_a_number_after_a_models_number_and_name_is_the_models_variant(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a model's number and variant after a count are the model's, no range (it read 737 to 800 jets)
        ("Ryanair will buy 30 737-800 jets next year.", [("30", 30, "jets")]),
        ("The carrier agreed to buy 75 787-9 Dreamliners.", [("75", 75, "Dreamliners")]),
        # a range after a year, or after a word, is a range still
        ("In 2004 125-150 people were hurt.", [("125", 125, "people"), ("150", 150, "people")]),
        ("The firm will cut 125-150 jobs.", [("125", 125, "jobs"), ("150", 150, "jobs")]),
    ],
)
def test_a_models_number_and_variant_after_a_count_is_no_range(text: str, expected: list) -> None:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    assert list(zip(rows["text"], rows["value"], rows["object"], strict=True)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("page 5 of the report", True),  # a label's word, lower-case
    ("see pages 4 and 5 of it", True),  # ... a plural label's list
    ("the 737 Max was grounded", True),  # after "the", a model's name
    ("Ramesh Kumar (32) and", True),  # an age in brackets, after no cue word
    ("he dialled 999 at once", True),
    ("aged 14 to 16 took part", True),
    ("fans of Halo 2 queued", True),  # a capitalised word before: the rules past the lower-case words' exit
    ("killed 5 people on Monday", False),  # a lower-case word, no label's: settled at once
    ("rose to 12 points", False),
    ("it had 40 staff, no more", False),
])
def test_numbered_names_and_ages_after_the_lower_case_exit(text: str, expected: bool) -> None:
    # `no_amount` passes over the rules that need a cue word or a capital before the number at one test each
    digits = next(w.strip("()") for w in reversed(text.split()) if w.strip("()").isdigit())  # the last number
    at = text.rindex(digits)
    end = at + len(digits)
    assert no_amount(text, at, at, end, 0, float(digits), None, None, digits, None, None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a knockout round named by how many are left in it is no amount (each was one)
        ("Liverpool earned a place in the last 16 of the Champions League.", []),
        ("They booked their place in the last sixteen of the competition.", []),
        ("Federer reached the last four of the Qatar Open.", []),
        ("Ljubicic, who beat Henman in the last eight, dug deep.", []),
        # ... while "the last" before what it counts is a count
        ("He has held the record for the last eight years.", [(8.0, "years")]),
        ("Roddick won the last four points of the set.", [(4.0, "points")]),
        ("Only 16 of the 20 clubs voted.", [(16.0, "clubs"), (20.0, "clubs")]),
    ],
)
def test_a_knockout_round_is_no_amount(text: str, expected: list) -> None:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    assert list(zip(rows["value"], rows["object"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "a dozen", "a hundred" right after a price is what the price is for, no count (it counted 12)
        ("Eggs cost $6.23 a dozen in March, up from $4.82 a year ago.", [("$6.23", 6.23), ("$4.82", 4.82)]),
        ("Free-range eggs were 99p a dozen.", [("99p", 0.99)]),
        ("Growers sold roses at £40 a hundred.", [("£40", 40)]),
        ("Organic eggs now cost $3 a half-dozen.", [("$3", 3)]),  # (it counted 6)
        ("Bagels are $9 a half dozen.", [("$9", 9)]),
        # ... not after a price with a word between, nor without one
        ("He gave $5 to a dozen charities.", [("$5", 5), ("a dozen", 12)]),
        ("He gave $5 to a half-dozen charities.", [("$5", 5), ("half-dozen", 6)]),
        ("A dozen people were hurt.", [("A dozen", 12)]),
    ],
)
def test_a_dozen_after_a_price_is_its_unit_not_a_count(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # before a plural, "a hundred" and "a dozen" after a price count it (they were dropped as the price's unit)
        ("A loaf cost 2p a hundred years ago.", [("2p", 0.02), ("a hundred", 100)]),
        ("She has been fined $50 a dozen times this year.", [("$50", 50), ("a dozen", 12)]),
        ("Eggs sold for $3 a dozen at the market.", [("$3", 3)]),
    ],
)
def test_a_dozen_after_a_price_before_a_plural_counts_it(text: str, expected: list) -> None:
    assert found(text) == expected
