"""What an amount counts in a headline in Title Case, where every word has a capital, the counted noun's too."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def objects(text: str) -> list[tuple[str, str | None]]:
    """Return (text as written, object) of every amount of one paragraph."""
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["object"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun, lower-cased as prose writes it (they had none: a capitalised word was a name's)
        ("Motorola to Cut 1,000 Jobs, Take Charge", [("1,000", "jobs")]),
        ("Eli Lilly to Cut 575 US Jobs", [("575", "jobs")]),  # letters in capitals stay a name's
        ("MCI to Take $3.5 Billion Charge in 3Q", [("$3.5 Billion", "charge")]),
        ("Oil Price Steadies After 5 Percent Slide", [("5 Percent", "slide")]),
        ("Myanmar Releases Hundreds of Prisoners", [("Hundreds of", "prisoners")]),
        # a people is counted even where a capital follows it, as every word has one
        ("Study: 39 Million Americans In Working Poor Families", [("39 Million", "Americans")]),
        # a maker's name and its model's number read past to the plural (it was none: the model's number a score's)
        ("Ryanair Orders 100 Boeing 737 Jets", [("100", "jets")]),
        ("Ryanair Orders 150 Boeing 737 Max Jets", [("150", "jets")]),
        # a function word or a unit's dimension is still none
        ("Retail Sales Fall 0.3 Percent in August", [("0.3 Percent", None)]),
        ("Tokyo Stocks Finish 2.6 Percent Higher", [("2.6 Percent", None)]),
        # a score's team and a label are none (and a score no amount at all: `amount_scores`)
        ("Sports: Braves 6 Rockies 4", []),
        ("Att: 50,430 Ref: S Dunn (Gloucestershire).", [("50,430", None)]),
    ],
)
def test_a_headline_in_title_case_counts_its_capitalised_noun(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not Title Case: a capitalised word after a number is a name's, as before
        ("He sold 3 Ford Focus cars to them.", [("3", "cars")]),
        ("Rivals of the £400 Apple...", [("£400", None)]),
        ("Tony Blair and Gordon Brown met 300 MPs", [("300", "MPs")]),
        ("They beat the 6 Nations Championship holders", [("6", "holders")]),
    ],
)
def test_a_capitalised_word_in_a_sentence_is_still_a_name(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire copy's "Pct." is the percent with its abbreviation's dot, and the noun is read past the dot (it was
        # "4.3 Pct" of nothing)
        ("Vornado Buys 4.3 Pct. Sears Stake", [("4.3 Pct.", "stake")]),
        ("Vornado said it bought a 4.3 pct. stake in Sears.", [("4.3 pct.", "stake")]),
        ("Nike Profit Up 25 Pct. on Converse Boost", [("25 Pct.", None)]),
        ("OPEC Aims for 4 Pct Boost in Oil Quotas", [("4 Pct", "boost")]),
    ],
)
def test_a_percent_written_pct_with_its_dot_counts_the_noun_after_it(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the number is the headline's subject: the word after it is its verb, no object (they were "hold", "die")
        ("Three Hold First-Round Lead at SFB Classic (AP)", [("Three", None)]),
        ("Four Share Lead in Texas", [("Four", None)]),
        ("Twenty Die as Bus Overturns", [("Twenty", None)]),
        # a plural noun or a people after the subject's number is counted, as before
        ("3 Million Homes Lose Power in Florida", [("3 Million", "homes")]),
        ("Two Britons Killed in Iraq", [("Two", "Britons")]),
        ("Ten Things to Know About Iraq", [("Ten", "things")]),
        ("Motorola to Cut 1,000 Jobs, Take Charge", [("1,000", "jobs")]),
    ],
)
def test_a_verb_after_a_headlines_subject_is_no_object(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the head of the noun phrase is its plural noun (it was the first word, "aid", "factory")
        ("Two Aid Workers Killed in Darfur", [("Two", "workers")]),
        ("Ford to Cut 500 Factory Jobs", [("500", "jobs")]),
        # the dead and the hurt are counted as in prose, as before
        ("11 Dead in a Car Bomb in Kabul", [("11", "dead")]),
        ("Five Killed in Jailbreak in Kabul", [("Five", "killed")]),
    ],
)
def test_a_headlines_noun_phrase_is_counted_by_its_head(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural noun after a name and its number is what the number counts, not the name's verb (they had none)
        ("Chernobyl 30 Years On", [("30", "years")]),
        ("Katrina 10 Years Later", [("10", "years")]),
        ("Obama 100 Days In", [("100", "days")]),
        ("Apple 2 Billion Devices Sold", [("2 Billion", "devices")]),
    ],
)
def test_a_plural_noun_after_a_names_number_is_counted(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's first word and its bare number are a name, a title's or a product's, before its verb or its
        # noun: no amount (they were amounts of nothing: "Sims 4", "Firefox 1.0", "Apollo 11" counted nothing)
        ("Sims 4 Players Get Free Expansion", []),
        ("Borderlands 4 Players Report Crashes", []),
        ("AirPods 4 Owners Report Fault", []),
        ("Red 2 Fans Line Up", []),
        ("Spider-Man 2 Fans Queue Overnight", []),
        ("Fire 7 Tablet Gets Update", []),  # a verb's word rarely starts a headline
        ("Firefox 1.0 Presents Threat to IE", []),
        ("Doom 3 Ships to Stores", []),
        ("Apollo 11 Astronauts Return", []),
        ("Covid 19 Cases Rise", []),
        ("Halo 2 Sells 2.4 Million Copies on First Day", [("2.4 Million", "copies")]),
        # not a span since ("Chernobyl 30 Years On", above), the dead or hurt, nor a line in sentence case
        ("Iraq 30 Killed in Blast", [("30", "killed")]),
        ("Sims 4 players get a free expansion", [("4", "players")]),
        # a count's word before the number is no name, capitalised in Title Case (it gave no amount)
        ("Trump's First 100 Days", [("100", "days")]),
        ("Another 500 Jobs to Go at Ford", [("500", "jobs")]),
    ],
)
def test_a_headlines_first_word_and_its_number_are_a_name(text: str, expected: list) -> None:
    assert objects(text) == expected


def spans(text: str) -> list[tuple[str, int]]:
    """Return (text as written, end) of every amount of one paragraph."""
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["end"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence's full stop after "pct" is no part of the amount (it was "4 pct." to the end)
        ("Shares rose 4 pct.", [("4 pct", 17)]),
        ("Shares rose 4 pct. The firm said so.", [("4 pct", 17)]),
        ("Profit Up 4 Pct.", [("4 Pct", 15)]),
        # an abbreviation's dot inside the sentence or the headline is, as before
        ("Vornado Buys 4.3 Pct. Sears Stake", [("4.3 Pct.", 21)]),
        ("It bought a 4.3 pct. stake in Sears.", [("4.3 pct.", 20)]),
    ],
)
def test_a_full_stop_after_pct_at_a_sentences_end_is_not_the_amounts(text: str, expected: list) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb's "-s" or "-ed" before the number is no name the number is part of (they gave no amount at all)
        ("Google Hires 357 Engineers", [("357", "engineers")]),
        ("Microsoft Hires 357 Apple Engineers", [("357", "engineers")]),
        ("Firm Axed 200 Staff", [("200", "staff")]),
        # ... and its dead or hurt (they gave no amount)
        ("Bus Crash Leaves 12 Dead", [("12", "dead")]),
        ("Blast Leaves 5 Missing", [("5", "missing")]),
        # a function word after the number: the verb counts no plural after it (they counted "texas", "sales", then
        # gave no amount)
        ("Storm Kills 14 In Texas", [("14", None)]),
        ("Firm Cuts 40 As Sales Slump", [("40", None)]),
        # a name's word before its number is still a name's, and so is a verb's number in a sentence's lower case
        ("Microsoft Says Halo 2 Sales Soar", []),
        ("Sony Unveils PlayStation 5 Games", []),
    ],
)
def test_a_headlines_verb_before_a_count_is_no_name(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb a headline counts with, in any form, before the number: no name's word (they gave no amount)
        ("Rebels Kill 30 Soldiers in Chechnya", [("30", "soldiers")]),
        ("Police Arrest 12 Protesters in Kiev", [("12", "protesters")]),
        ("Strikes Hit 300 Schools Across France", [("300", "schools")]),
        ("Floods Displace 5,000 Families in Bangladesh", [("5,000", "families")]),
        ("Plane Carrying 737 Passengers Lands Safely", [("737", "passengers")]),
        ("Meta Lays Off 3,600 Staff", [("3,600", "staff")]),  # its particle before the number
        ("Airline Trimming 300 Jobs in Europe", [("300", "jobs")]),  # a doubled consonant ("trimming" was none)
        # ... whatever follows it, a function word, the clause's end or a name ("Texas" was counted)
        ("Israeli Strikes Kill 40 in Gaza", [("40", None)]),
        ("Jakarta Embassy Blast Kills 9, Hurts 173", [("9", None), ("173", None)]),
        # the plural after a name's word is the head ("parmalat" was)
        ("Judge Indicts 2 Former Parmalat Auditors", [("2", "auditors")]),
    ],
)
def test_a_headlines_verb_without_s_before_a_count_is_no_name(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised number word after a headline's verb or a lower-case word is a count (they were names)
        ("Typhoon Chaba Kills Four in Japan", [("Four", None)]),
        ("Israel Kills Two Militants During Gaza Raid", [("Two", "militants")]),
        ("Switch 2 Sells 3.5 Million Units in Four Days", [("3.5 Million", "units"), ("Four", "days")]),
        # ... not after a name's word, nor in a sentence
        ("HBO Renews Six Feet Under", []),
        ("He watched Six Feet Under again.", []),
        # a unit in capitals after digits is the unit, as after a scale word (it counted "tonnes")
        ("Police Seize 2 Tonnes of Cocaine", [("2 Tonnes", "cocaine")]),
    ],
)
def test_a_headlines_capitalised_number_word_and_unit_are_read(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb's base form after a name's word in the singular is the name's ("Amazon Fire 7", "Fitbit Charge 6"): a
        # headline's verb agrees with its subject, "Amazon Fires 7 Staff" (they counted "tablet", "owners")
        ("Amazon Fire 7 Tablet Gets Price Cut", []),
        ("Kindle Fire 7 Owners Report Battery Fault", []),
        ("Fitbit Charge 6 Owners Report Skin Burns", []),
        # ... not after a plural, a collective, "to", a clause's comma or a place after its preposition
        ("Fierce Clashes in Iraq Kill 34 People", [("34", "people")]),
        ("Police Round Up 20 Suspects", [("20", "suspects")]),
        ("Car Blast Kills 11, Wound 40 in Baghdad", [("11", None), ("40", None)]),
        ("Cable Firm to Cut 600 Jobs", [("600", "jobs")]),
        # a verb's form that is its past too needs no plural subject ("Storm Hit", "Typhoon Cut")
        ("Typhoon Hit 300 Homes in Taiwan", [("300", "homes")]),
    ],
)
def test_a_verbs_base_form_after_a_singular_name_is_the_names(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country's or a region's name first in the line is no product's: its number is a count ("Gaza 40" was none)
        ("Gaza 40 Children Among Dead", [("40", "children")]),
        ("Texas 300 Homes Flooded", [("300", "homes")]),
        # "a record 500 runners": a count's word (it was none)
        ("Record 500 Runners Enter London Marathon", [("500", "runners")]),
        # a product's still is none
        ("Sims 4 Players Get Free Expansion", []),
    ],
)
def test_a_places_or_a_records_number_first_in_a_headline_is_a_count(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "six feet under", the dead's and a drama's, counts no feet after a headline's verb either (it counted "feet")
        ("HBO Buys Six Feet Under Rights", []),
        ("Critics Hail Six Feet Under Finale", []),
        ("He was buried six feet under.", []),
        ("The pipe lies six feet under the road.", [("six feet", None)]),  # a depth
        # ... where a verb's capitalised number word before another plural still counts it
        ("Police Hold Six Suspects", [("Six", "suspects")]),
    ],
)
def test_six_feet_under_after_a_headlines_verb_counts_nothing(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label's word before a number with a scale word is no label, no name has one: a verb's "Top", a time's "day"
        # (they were no amount)
        ("Windows 7 Sales Top 100 Million", [("100 Million", None)]),
        ("Xbox Live Users Top 20 Million", [("20 Million", None)]),
        ("Every day 78 million messages are sent.", [("78 million", "messages")]),
        # ... a bare number after it still is a name's
        ("Arsenal Back in Top 4", []),
        ("Hewitt Advances to Round 3 at Paris Masters", []),
    ],
)
def test_a_labels_word_before_a_scale_word_is_no_label(text: str, expected: list) -> None:
    assert objects(text) == expected
