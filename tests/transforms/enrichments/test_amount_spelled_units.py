"""Units spelt out ("2 feet of snow", "6.5 metres", "a 10-foot fence") read as their symbols do ("2ft of snow"),
and quake magnitudes written with a hyphen ("a 7.8-magnitude quake") as the spaced one ("a magnitude 6.4 quake")."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, float, str | None, str | None]]:
    """Return (text as written, value, unit, object) of every amount of one paragraph."""
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return [(t, pytest.approx(v), u, o)
            for t, v, u, o in zip(rows["text"], rows["value"], rows["unit"], rows["object"], strict=True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There was 2 feet of snow.", [("2 feet", 2, "ft", "snow")]),
        ("The plane was at 30,000 feet.", [("30,000 feet", 30000, "ft", None)]),
        ("The wave was 6.5 metres high.", [("6.5 metres", 6.5, "m", None)]),
        ("The wave was 6.5 meters high.", [("6.5 meters", 6.5, "m", None)]),
        ("It rose 30 centimetres.", [("30 centimetres", 30, "cm", None)]),
        ("It fell 12 millimetres short.", [("12 millimetres", 12, "mm", None)]),
        ("He ran 10 kilometres.", [("10 kilometres", 10, "km", None)]),
        ("He ran 1 kilometer.", [("1 kilometer", 1, "km", None)]),
        ("She carried 20 kilograms of rice.", [("20 kilograms", 20, "kg", "rice")]),
        ("Police seized 50 kilos of cocaine.", [("50 kilos", 50, "kg", "cocaine")]),
        ("Take 5 milligrams daily.", [("5 milligrams", 5, "mg", None)]),
        ("They bought 500 hectares of land.", [("500 hectares", 500, "ha", "land")]),
        ("The plant makes 500 megawatts of power.", [("500 megawatts", 500, "MW", "power")]),
        # a symbol's rule for the spelt-out unit: the same amount, the same object
        ("There was 2ft of snow.", [("2ft", 2, "ft", "snow")]),
    ],
)
def test_a_unit_of_the_list_spelt_out_is_its_code(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 5 inches of rain fell.", [("About 5 inches", 5, "in", "rain")]),
        ("It was 1 inch long.", [("1 inch", 1, "in", None)]),
        ("He walked 3 miles home.", [("3 miles", 3, "mi", "home")]),
        ("He ran 26.2 miles.", [("26.2 miles", 26.2, "mi", None)]),
        ("He ran for 120 yards.", [("120 yards", 120, "yd", None)]),
    ],
)
def test_miles_inches_and_yards_are_mi_in_and_yd(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They shipped 5,000 tonnes of grain.", [("5,000 tonnes", 5000, "t", "grain")]),
        ("It carried 10 metric tons of rice.", [("10 metric tons", 10, "t", "rice")]),
        ("It weighs 2 tons.", [("2 tons", 2, "ton", None)]),
        ("The farm covers 300 acres.", [("300 acres", 300, "acre", None)]),
        ("Police found 50 grams of cocaine.", [("50 grams", 50, "g", "cocaine")]),
        ("They bought a 300-acre farm.", [("300-acre", 300, "acre", "farm")]),
        ("A 10-tonne truck crashed.", [("10-tonne", 10, "t", "truck")]),
        ("Police seized two tonnes of food.", [("two tonnes", 2, "t", "food")]),
    ],
)
def test_tonnes_tons_acres_and_grams_are_units(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports reached 1.5 million tonnes.", [("1.5 million tonnes", 1.5e6, "t", None)]),
        ("The sun is 93 million miles from Earth.", [("93 million miles", 9.3e7, "mi", None)]),
        ("They mined 5m tonnes of coal.", [("5m tonnes", 5e6, "t", "coal")]),
        ("Fires burned 3.5 million acres of forest.", [("3.5 million acres", 3.5e6, "acre", "forest")]),
    ],
)
def test_a_unit_after_a_scale_word_is_the_unit_not_the_object(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Winds of 40 miles per hour hit the town.", [("40 miles per hour", 40, "mph", None)]),
        ("It went 70 miles an hour.", [("70 miles an hour", 70, "mph", None)]),
        ("Trains reach 300 kilometres per hour.", [("300 kilometres per hour", 300, "km/h", None)]),
        ("Trains reach 300 kilometers an hour.", [("300 kilometers an hour", 300, "km/h", None)]),
    ],
)
def test_a_speed_spelt_out_is_mph_or_km_h(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They built a 10-foot fence.", [("10-foot", 10, "ft", "fence")]),
        ("They built a 10ft fence.", [("10ft", 10, "ft", "fence")]),
        ("He won the 100-metre dash.", [("100-metre", 100, "m", "dash")]),
        ("A 5-mile walk.", [("5-mile", 5, "mi", "walk")]),
        ("A 40-yard field goal.", [("40-yard", 40, "yd", "field")]),
        ("A 17-inch screen.", [("17-inch", 17, "in", "screen")]),
    ],
)
def test_a_unit_after_a_hyphen_is_a_measure_as_glued(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was two feet deep.", [("two feet", 2, "ft", None)]),
        ("They walked six miles home.", [("six miles", 6, "mi", "home")]),
        ("It lies two thousand metres deep.", [("two thousand metres", 2000, "m", None)]),
    ],
)
def test_number_words_before_a_unit_spelt_out_are_that_unit(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 7.8-magnitude quake hit Nepal.", [("7.8", 7.8, None, "quake")]),
        ("A magnitude-6.1 aftershock followed.", [("6.1", 6.1, None, "aftershock")]),
        ("A magnitude 6.4 earthquake struck.", [("6.4", 6.4, None, "earthquake")]),
        ("A 6.5 magnitude earthquake struck.", [("6.5", 6.5, None, "earthquake")]),
    ],
)
def test_a_hyphenated_quake_magnitude_reads_as_the_spaced_one(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He weighed 100 pounds.", [("100 pounds", 100, "lb", None)]),
        ("It cost 100 pounds.", [("100 pounds", 100, "GBP", None)]),
        ("He is 6 feet 2 inches and 190 pounds.", [("6 feet 2 inches", 6 + 2 / 12, "ft", None),
                                                  ("190 pounds", 190, "lb", None)]),
        ("He is 5 feet 11 inches tall.", [("5 feet 11 inches", 5 + 11 / 12, "ft", None)]),
        ("It was 102 degrees Fahrenheit.", [("102 degrees Fahrenheit", 102, "°F", None)]),
        ("It turned 90 degrees.", [("90", 90, None, "degrees")]),
    ],
)
def test_pounds_feet_and_inches_and_degrees_keep_their_rules(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He is 6-foot-2.", [("6-foot-2", 6 + 2 / 12, "ft", None)]),
        ("The 5-foot-11 guard scored.", [("5-foot-11", 5 + 11 / 12, "ft", "guard")]),
        ("A 6-foot-2-inch man ran.", [("6-foot-2-inch", 6 + 2 / 12, "ft", "man")]),
        # as "6ft 2in" and "6 feet 2 inches" are
        ("He is 6ft 2in.", [("6ft 2in", 6 + 2 / 12, "ft", None)]),
        ("He is 6-foot-2 and 190 pounds.", [("6-foot-2", 6 + 2 / 12, "ft", None), ("190 pounds", 190, "lb", None)]),
    ],
)
def test_a_height_in_feet_and_inches_after_hyphens_is_one_height_in_feet(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He is six-foot-two.", [("six-foot-two", 6 + 2 / 12, "ft", None)]),
        ("The six-foot-eleven centre scored.", [("six-foot-eleven", 6 + 11 / 12, "ft", "centre")]),
        ("A six-foot-two-inch man ran.", [("six-foot-two-inch", 6 + 2 / 12, "ft", "man")]),
        ("He is six feet two inches tall.", [("six feet two inches", 6 + 2 / 12, "ft", None)]),
        ("He is six-foot-two and 190 pounds.", [("six-foot-two", 6 + 2 / 12, "ft", None),
                                                ("190 pounds", 190, "lb", None)]),
        # without hyphens or "inches" (they were six feet and 2 of nothing)
        ("He stands six foot two and weighs 200 pounds.", [("six foot two", 6 + 2 / 12, "ft", None),
                                                           ("200 pounds", 200, "lb", None)]),
        ("The six foot two striker scored.", [("six foot two", 6 + 2 / 12, "ft", "striker")]),
        ("He is five feet eleven.", [("five feet eleven", 5 + 11 / 12, "ft", None)]),
        ("He is 6 foot 2, and quick.", [("6 foot 2", 6 + 2 / 12, "ft", None)]),
        # a number before what it counts or a time is no height's inches
        ("The wall fell six feet two days ago.", [("six feet", 6, "ft", None), ("two", 2, None, "days")]),
        ("He dug six feet one day.", [("six feet", 6, "ft", None)]),
        # feet alone as before
        ("They built a six-foot fence.", [("six-foot", 6, "ft", "fence")]),
        # digits, then the inches in words (it was 2 of nothing)
        ("He is 6-foot-two.", [("6-foot-two", 6 + 2 / 12, "ft", None)]),
        ("A 6-foot-two-inch man ran.", [("6-foot-two-inch", 6 + 2 / 12, "ft", "man")]),
    ],
)
def test_a_height_in_words_is_one_height_in_feet_as_in_digits(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weighed noun after it: a weight
        ("The 190-pound linebacker ran.", [("190-pound", 190, "lb", "linebacker")]),
        ("He is a 190-pound man.", [("190-pound", 190, "lb", "man")]),
        ("She caught a 20-pound fish.", [("20-pound", 20, "lb", "fish")]),
        ("He carried a 5-pound bag of sugar.", [("5-pound", 5, "lb", "bag")]),
        ("They dropped a 500-pound bomb.", [("500-pound", 500, "lb", "bomb")]),
        # a sum's noun after it, or a scale word: money
        ("He paid with a 10-pound note.", [("10-pound", 10, "GBP", "note")]),
        ("He got a 50-pound fine.", [("50-pound", 50, "GBP", "fine")]),
        ("It is a 2 pound coin.", [("2 pound", 2, "GBP", "coin")]),
        ("The 9.4 billion-pound takeover went ahead.", [("9.4 billion-pound", 9.4e9, "GBP", "takeover")]),
        # the number in words, as in digits (they were none)
        ("He paid with a five-pound note.", [("five-pound", 5, "GBP", "note")]),
        ("She found a two-pound coin.", [("two-pound", 2, "GBP", "coin")]),
        ("She caught a twenty-pound fish.", [("twenty-pound", 20, "lb", "fish")]),
        # a person's name after it (a first name and a surname): a weight, of no object (it was no amount)
        ("The Redskins expect much of 300-pound Cornelius Griffin.", [("300-pound", 300, "lb", None)]),
        ("Coaches love the 250-pound Mike Smith, who starts.", [("250-pound", 250, "lb", None)]),
        # one pound in words, as two (it was none)
        ("She found a one-pound coin.", [("one-pound", 1, "GBP", "coin")]),
        ("He paid with a one pound coin.", [("one pound", 1, "GBP", "coin")]),
        ("He carried a one-pound bag of flour.", [("one-pound", 1, "lb", "bag")]),
        # neither: as before, no amount after a hyphen and "pound" counted after a space
        ("The 300-pound Griffin starts.", []),
        ("It weighs one pound less.", []),
        ("He paid 10 pound.", [("10", 10, None, "pound")]),
        # a charge is an explosive's weight as often as a sum (it was 20 GBP)
        ("They found a 20-pound charge of explosives.", []),
        # two capitalised words that are a thing's name, not a person's: money before a sum's noun (it was 50 lb)
        ("She won a 50-pound Amazon Voucher.", [("50-pound", 50, "GBP", None)]),
        ("She won a 50-pound Amazon Gift Card.", []),
    ],
)
def test_a_pound_as_an_adjective_is_a_weight_or_money_by_its_noun(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Add 5g of sugar.", [("5g", 5, "g", "sugar")]),
        ("Add 5 g of salt.", [("5 g", 5, "g", "salt")]),
        ("A bar has 12g fibre.", [("12g", 12, "g", "fibre")]),
        # a food word after its adjective (it was grams of nothing, or no amount)
        ("Each bar has 3g saturated fat.", [("3g", 3, "g", "fat")]),
        ("A serving holds 2g trans fat.", [("2g", 2, "g", "fat")]),
        ("A can has 35g added sugar.", [("35g", 35, "g", "sugar")]),
        ("Oats give 4g dietary fibre.", [("4g", 4, "g", "fibre")]),
        # a mobile network's generation, capital or not, is no amount, as before
        ("Operators are building 5G networks.", []),
        ("New 5G phones went on sale.", []),
        ("5g networks are coming.", []),
        ("It beat 5G of the rivals.", []),
        # a food's serving or portion (they were none)
        ("A 40g serving of the granola contains 12g sugar.", [("40g", 40, "g", "serving"), ("12g", 12, "g", "sugar")]),
        ("Each 30g portion has 2g fibre.", [("30g", 30, "g", "portion"), ("2g", 2, "g", "fibre")]),
    ],
)
def test_a_glued_g_is_grams_only_lower_case_before_of_or_food(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fans watched the Six Feet Under series.",
        "There was a miles-long queue.",
        "He was inches from the line.",
        "He went in feet first.",
        "She had one foot in the door.",
        "He has two left feet.",
        "They went the whole nine yards.",
    ],
)
def test_unit_words_without_a_measurement_are_no_amount(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb, an adverb or a measure's dimension after a unit is no object
        ("A shot from 25 yards took a deflection.", [("25 yards", 25, "yd", None)]),
        ("Sales beat the £1.4bn expected.", [("£1.4bn", 1.4e9, "GBP", None)]),
        ("The firm is 85% owned by the state.", [("85%", 85, "percent", None)]),
        ("The club grows by 13% annually.", [("13%", 13, "percent", None)]),
        ("The doctor was 1300 miles away.", [("1300 miles", 1300, "mi", None)]),
        # a word a determiner follows is a verb's or a preposition's, "hit" and "cut" too, nouns as often
        ("Winds of 40 mph hit the town.", [("40 mph", 40, "mph", None)]),
        ("Reserves of $119bn beat its debt.", [("$119bn", 1.19e11, "USD", None)]),
        ("Shares fell 25% following the news.", [("25%", 25, "percent", None)]),
        ("Inflation fell to 10% earlier this year.", [("10%", 10, "percent", None)]),
        # a noun is, after "of" past its participles too
        ("They sent 89,000 tonnes of fortified blended food.", [("89,000 tonnes", 89000, "t", "food")]),
        ("There was 2 feet of snow.", [("2 feet", 2, "ft", "snow")]),
        ("They built a 10-foot fence.", [("10-foot", 10, "ft", "fence")]),
        ("It means a 20% cut for others.", [("20%", 20, "percent", "cut")]),
        # ... a noun where a determiner is before the amount, or "a" is a rate's
        ("It was a $337m hit the firm took.", [("$337m", 3.37e8, "USD", "hit")]),
        ("Unions fought the 20% cut the board made.", [("20%", 20, "percent", "cut")]),
        ("Costs rose 2% levy a year.", [("2%", 2, "percent", "levy")]),
        # ... and before a time after a determiner ("this quarter", "the year before"): they lost their nouns
        ("The bank posted $2bn losses this quarter.", [("$2bn", 2e9, "USD", "losses")]),
        ("It paid $40m fines this year.", [("$40m", 4e7, "USD", "fines")]),
        ("Profits were $2bn profits the year before.", [("$2bn", 2e9, "USD", "profits")]),
        ("They ordered 300 tonnes cement this week.", [("300 tonnes", 300, "t", "cement")]),
        # "that" before an amount is a conjunction as often: no noun for the word a determiner follows
        ("It is clear that $119bn beat its debt target.", [("$119bn", 1.19e11, "USD", None)]),
        ("He won the 200m butterfly.", [("200m", 200, "m", "butterfly")]),
        ("It has a 30 mph speed limit.", [("30 mph", 30, "mph", "speed")]),
        # without a unit the word after the number is read as before
        ("Of those, 30 injured were taken to hospital.", [("30", 30, None, "injured")]),
    ],
)
def test_after_a_unit_only_a_noun_is_the_object(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a yield in tonnes of TNT, a harvest in kilotonnes: they were 15 counting "kilotonnes", or no amount
        ("The test released 50 kilotonnes of energy.", [("50 kilotonnes", 50, "kt", "energy")]),
        ("a 15-kiloton bomb", [("15-kiloton", 15, "kt", "bomb")]),
        ("It had a yield of 20 kilotons.", [("20 kilotons", 20, "kt", None)]),
        ("a 50-megaton blast", [("50-megaton", 50, "Mt", "blast")]),
    ],
)
def test_kilotons_and_megatons_are_units(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number with a unit after feet is a measure of its own, not the height's inches (it was 30.42 ft)
        ("The waves reached 30 feet 5 km offshore.", [("30 feet", 30, "ft", None), ("5 km", 5, "km", None)]),
        ("It rose six feet 2 metres from the wall.", [("six feet", 6, "ft", None), ("2 metres", 2, "m", None)]),
        # the inches of a height, as before
        ("He stands 6 foot 2 and runs.", [("6 foot 2", 6 + 2 / 12, "ft", None)]),
    ],
)
def test_a_measure_after_feet_is_no_inches(text: str, expected: list) -> None:
    assert found(text) == expected
