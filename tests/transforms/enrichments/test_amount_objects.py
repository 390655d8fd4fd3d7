"""What an amount counts, where words stand between the number and its noun: a participle before a plural, a
hyphenated word in a headline in Title Case, a period's comparison, a group named in the plural before its verb."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def objects(text: str) -> list[str | None]:
    return list(amounts.rows(ParagraphBatch([text], ["p"], ["a"]))["object"])


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle before a plural noun is its adjective (each participle was the object)
        ("The dealer sold 40 used cars last month.", "cars"),
        ("Police arrested 20 suspected militants near the border.", "militants"),
        ("The camp houses 1,000 displaced families.", "families"),
        ("More than 3,000 registered voters were turned away.", "voters"),
        ("The hospital hired 300 trained staff.", "staff"),
        # before no plural it stays what it was: the noun itself, or a verb (none)
        ("Officials said 15 injured were taken to hospital.", "injured"),
        # a participle standing for people, with no noun after it, is what is counted: the hurt, dead or missing
        ("More than 5,000 injured were treated in hospitals.", "injured"),
        ("Some 20,000 displaced are sheltering in schools.", "displaced"),
        ("At least 40 missing after the ferry sank.", "missing"),
        ("The 40 used by the army were old.", None),
        ("At least 20 died in the crash.", None),
        ("Only 11% regarded themselves as experts.", None),
    ],
)
def test_a_participle_before_a_plural_is_read_past_to_it(text: str, expected: str | None) -> None:
    assert objects(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a sum, a hyphenated word of a headline in Title Case is its noun's modifier (was "one-off")
        ("Profits Hit by a $2bn One-Off Charge", "charge"),
        ("Three Second-Half Goals Sink Arsenal", "goals"),
        # after a count, a singular next may be its verb: the hyphenated word stays the object
        ("Two Co-Accused Deny Charges", "co-accused"),
    ],
)
def test_a_hyphenated_word_in_title_case_is_read_past_to_its_noun(text: str, expected: str) -> None:
    assert objects(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sales rose 4% year-on-year.", None),
        ("Sales rose 4% year-on-year in May.", None),
        ("Like-for-like sales fell 3% quarter-on-quarter.", None),
        ("Group revenues rose 5% like-for-like, the firm said.", None),
        ("Sales rose 4% year-on-year growth.", "growth"),  # before a noun it is read past to the noun
        # ... and spelt with spaces (they counted "year", "like", "month")
        ("Exports were down -2.1% year on year.", None),
        ("Sales rose 3% like for like in the quarter.", None),
        ("Prices rose 0.4% month over month.", None),
        ("He served 5 years on the board.", "years"),  # a count's period, no comparison
    ],
)
def test_a_period_comparison_counts_nothing(text: str, expected: str | None) -> None:
    assert objects(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a capitalised plural before a verb, a function word or the sentence's end (each was none)
        ("More than 1,000 Maoists launched a violent assault.", "Maoists"),
        ("Officials said 300 Democrats voted for the bill.", "Democrats"),
        ("He was nominated for three Oscars, including best actor.", "Oscars"),
        ("He played in all three Lions Tests in 2001.", "Tests"),
        ("Security forces killed seven US Marines.", "Marines"),
        # a name's plural before its noun stays read past; a title's measure, a place and a sentence's start are none
        ("The 35 Taliban fighters surrendered.", "fighters"),
        ("The film 21 Grams is up for an award.", None),
        ("The Cost of 12 Days of Christmas rose.", None),
        # a place's name in "s" is no group: a list's last place (a results line, "Chelsea 2 Leeds 1", is no amount:
        # tests/transforms/enrichments/test_amount_scores.py)
        ("The storm hit 2 Kansas towns and 3 Illinois.", None),
        ("The storm hit 2 Illinois towns and 3 Kansas.", None),
        ("Troops killed 5 armed Palestinians in Gaza.", "Palestinians"),  # a people, though a name of its territory
    ],
)
def test_a_group_named_in_the_plural_is_what_its_number_counts(text: str, expected: str | None) -> None:
    assert objects(text)[-1] == expected


def test_a_plural_after_a_new_sentences_capital_is_not_counted() -> None:
    assert "Dolphins" not in objects("Dolphins 24, 49ers 17 The Dolphins spent the week resting.")



@pytest.mark.parametrize(
    "text, value",
    [
        ("Jugnot made 5.45m Euros (£3.77m) last year.", 5.45e6),
        ("Tautou earned 885,000 Euros.", 885000),
        ("They will sign contracts worth up to 1 billion Euros.", 1e9),
    ],
)
def test_euros_capitalised_after_a_scale_or_thousands_are_euros(text: str, value: float) -> None:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    assert (rows["value"][0], rows["unit"][0], rows["object"][0]) == (pytest.approx(value), "EUR", None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a people whose plural has no "-s" is the group counted before a verb, a function word or the end (was the
        # verb after it, or none)
        ("Some 1.5 million Rohingya live in camps in Bangladesh.", "Rohingya"),
        ("About 5,000 Chinese work in the mines.", "Chinese"),
        ("The embassy evacuated 300 Chinese.", "Chinese"),
        ("Some 200 Japanese were evacuated by air.", "Japanese"),
        ("Around 3,000 Vietnamese fled the fighting.", "Vietnamese"),
        ("Around 500 Dutch live in the town.", "Dutch"),
        # ... and an adjective before a noun, which is the object
        ("Some 5,000 Chinese companies operate there.", "companies"),
        ("The port employs 300 Chinese police.", "police"),
        ("A survey of 500 British 16-year-olds.", None),  # an adjective before a number, as before
        # a people of two words is counted whole (was its second word, or the verb after it)
        ("The ILO estimated that 400,000 Sri Lankans have lost their jobs.", "Sri Lankans"),
        ("About 2,000 New Zealanders live in the city.", "New Zealanders"),
        ("Some 300 South Africans died.", "South Africans"),
        # a demonym that is a noun takes an "-s" (was the verb after it)
        ("At least 40 Serbs fled the village.", "Serbs"),
        # after an adjective (was "ethnic"), and a people's adjective before its plural name (was the verb after it)
        ("Some 1.5 million ethnic Rohingya fled to Bangladesh.", "Rohingya"),
        ("Some 5,000 Chinese Muslims live in the city.", "Muslims"),
    ],
)
def test_a_people_is_counted_whatever_its_plural(text: str, expected: str | None) -> None:
    assert objects(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a capitalised word after a score is its scorer's name, no group (was "Jones", "Adams", "Williams")
        ("Ireland 17 Jones kicked a late penalty.", None),
        ("It was over. Wales 21 Adams said the team was ready.", None),
        ("Leinster 24 Williams scored twice.", None),
        ("Munster 19 Murray kicked the winner.", None),  # was "kicked"
        # ... not after a place's name or a hedge that starts the sentence
        ("In Gaza 200 Maoists launched an attack.", "Maoists"),
        ("Some 200 Maoists launched an attack.", "Maoists"),
        # a currency several countries call so, capitalised, is no group (was "Pesos", "Dinars")
        ("The ticket cost 300 Pesos.", None),
        ("It cost 40 Dinars.", None),
    ],
)
def test_a_scorers_name_or_a_currency_is_no_group(text: str, expected: str | None) -> None:
    assert objects(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a day after the amount says when, not what is counted (each was "yesterday" or "today")
        "The death toll soared to more than 340 yesterday, officials said.",
        "The bank kept its rate at 6 today.",
        "Penetration will rise from about 4.5% today.",
        "The $1 million Pacific Classic yesterday drew a crowd.",
    ],
)
def test_a_day_after_an_amount_is_no_object(text: str) -> None:
    assert objects(text)[0] is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # an adjective or a modifier noun in no plural before a plural: the plural is the head (each was the object)
        ("Tens of thousands of joyful fans filled the streets.", "fans"),
        ("There are more than 100 container ships waiting.", "ships"),
        ("About 300 aid workers were evacuated.", "workers"),
        ("The 100 police officers were praised.", "officers"),
        ("Police found 10 letter bombs.", "bombs"),
        ("The 2 main parties agree.", "parties"),
        ("About 5,000 Chinese companies invest there.", "companies"),
        # a plural news writes as a modifier is read past to the plural after it (was "rights")
        ("There were 300 human rights cases last year.", "cases"),
        ("Police arrested 12 arms dealers.", "dealers"),
        # a plural right after the number is the head already
        ("More than 200 people attended.", "people"),
    ],
)
def test_a_counted_noun_is_the_head_of_its_phrase(text: str, expected: str | None) -> None:
    assert objects(text)[0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a unit's "of", a word before a plural is its adjective or modifier (each was the object)
        ("Turnout was about 64% of eligible voters.", "voters"),
        ("Some 95% of insurance claims were for natural catastrophes.", "claims"),
        ("Workers are entitled to 90% of average earnings.", "earnings"),
        # before no plural it stays the noun
        ("Forecasters expect 2ft of snow on the hills.", "snow"),
        ("About 10% of revenue comes from ads.", "revenue"),
        # after a measure's "of", an adjective first is read past to the compound's head (each was the adjective);
        # a noun first stays the substance ("food aid" → "food")
        ("China added 212GW of solar capacity in the first half of 2025.", "capacity"),
        ("The reactor produced 2,000 tonnes of nuclear waste.", "waste"),
        ("Ships carried 3 tonnes of food aid.", "food"),
        # "fresh" is an adjective as "new" is (each was "fresh")
        ("Investors poured $3bn of fresh capital into the start-up.", "capital"),
        ("The market sold 5,000 tonnes of fresh produce.", "produce"),
    ],
)
def test_after_a_units_of_the_head_of_the_noun_phrase_is_counted(text: str, expected: str) -> None:
    assert objects(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sum's compound in a headline in Title Case is read to its head, as in prose (they were "market",
        # "indecency")
        ("Nvidia Hits $5 Trillion Market Value as AI Rally Rolls On", "value"),
        ("FCC Proposes $1.2M Indecency Fine for Fox", "fine"),
        ("EU Agrees $5 Billion Aid Package For Ukraine", "package"),
        # ... and a sum before a preposition or a verb counts nothing there either
        ("Apple Pays $500 Million to Settle Suit", None),
    ],
)
def test_a_sums_compound_in_a_headline_is_read_to_its_head(text: str, expected: str | None) -> None:
    assert objects(text) == [expected]


@pytest.mark.parametrize(
    "text", ["Snow fell to more than two metres overnight.", "Rain reached 30 millimetres overnight in Devon."]
)
def test_a_time_adverb_after_a_unit_is_no_object(text: str) -> None:
    assert objects(text) == [None]  # the measure is of metres; "overnight" was the object


@pytest.mark.parametrize(
    "text, expected",
    [
        # a past tense of one form or a verb in "-ing" right after the amount is its verb, no noun (each was the object)
        ("A crowd of 60,000 sang the anthem before kick-off.", None),
        ("Two years later, 24 million saw him on television.", None),
        ("The state gave £25 billion, with £25 billion coming from the banks.", None),
        ("The fund gave almost 12% coming from false claims.", None),
        ("The society will share £42m, with 100,000 receiving a windfall.", None),
        # before a plural, a participle of one form or a word in "-ing" is its adjective, read past to the plural
        ("About 2,500 paid staff work at the plant.", "staff"),
        ("Men stabbed eight sleeping children in the dormitory.", "children"),
        ("Some 12 million working people are not saving enough.", "people"),
        # nouns in "-ing" stay what the sum is of
        ("He agreed to buy the firm's 4.76% holding in the club.", "holding"),
        ("It is a £15.8m signing from Parma.", "signing"),
        # after "of", a past tense is a participle before the noun, as before
        ("The firm absorbed over £1.5bn of lost sales to generics.", "sales"),
    ],
)
def test_a_verb_after_an_amount_is_no_object(text: str, expected: str | None) -> None:
    assert objects(text)[-1] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # two modifiers joined by "and" share the plural after them (the first was the object)
        ("The game used 2,600 voice and motion-capture performers.", "performers"),
        ("The region has 40 oil and gas companies.", "companies"),
        # a plural before "and" is counted, as before
        ("The town sent 300 police and soldiers.", "police"),
        # a determiner or a verb's form after "and" starts a clause: the noun before it is counted, as before
        ("Films will bring in billions of revenue and the studios want more.", "revenue"),
        ("Haitians prayed for the 1,500 dead and given thanks.", "dead"),
    ],
)
def test_modifiers_joined_by_and_count_the_plural_they_share(text: str, expected: str) -> None:
    assert objects(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plural that is also a verb in "-s" is the head where a punctuation mark or a preposition follows it (they
        # counted "spending", "funding", "price")
        ("The Chancellor announced £22bn of spending cuts in the Budget.", "cuts"),
        ("It found £2bn of funding cuts.", "cuts"),
        ("It faces £3bn of price rises.", "rises"),
        # before a determiner it is still the verb of a singular noun
        ("A 5% tax cuts the bill.", "tax"),
    ],
)
def test_a_plural_that_is_also_a_verb_is_the_head_before_punctuation_or_a_preposition(text: str, expected: str) -> None:
    assert objects(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rate's "a day", "a week" after the plural is a time, no verb's object: the plural is the head (was "hot")
        ("Volunteers are serving 5,000 hot meals a day.", "meals"),
        ("The airline will add 40 extra flights a week.", "flights"),
        ("The port handles 300 container ships a month.", "ships"),
        # a determiner before anything else still makes the plural a verb's object: "the" is no time
        ("He said 40 tax cuts the budget promised were dropped.", "tax"),
    ],
)
def test_a_rate_after_the_plural_keeps_it_the_head(text: str, expected: str) -> None:
    assert objects(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a past tense before a pronoun is a verb, nothing counted (was "booked", "helped")
        ("Atlas 3 booked me a train to Manchester.", None),
        ("The 40 helped them carry the boxes.", None),
        # a participle before a noun is still read past to it
        ("The dealer sold 40 used cars last month.", "cars"),
    ],
)
def test_a_past_tense_before_a_pronoun_counts_nothing(text: str, expected: str | None) -> None:
    assert objects(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plural that is also a verb's "-s" is the head before a time too (they counted "price", "rate")
        ("There were 3 price rises this year.", "rises"),
        ("Analysts expect 2 rate cuts next month.", "cuts"),
        # a determiner with no time after it still makes it the verb, as before
        ("The 3 tax cuts the Chancellor made.", "tax"),
    ],
)
def test_a_plural_that_is_also_a_verb_is_the_head_before_a_time(text: str, expected: str) -> None:
    assert objects(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sum's "worth" is the sum's: the object is the noun after its "of" (it was "worth")
        ("The Fed bought $2bn worth of bonds.", [(2e9, "USD", "bonds")]),
        ("The UK exported £16.9bn worth of goods.", [(16.9e9, "GBP", "goods")]),
        ("It sold $2bn worth.", [(2e9, "USD", None)]),
        # ... and joined to it by a hyphen, as after a currency's word ("£5bn-worth" was no amount)
        ("The Bank sold £5bn-worth of gilts.", [(5e9, "GBP", "gilts")]),
    ],
)
def test_a_sums_worth_is_the_sums(text: str, expected: list) -> None:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    assert list(zip(rows["value"], rows["unit"], rows["object"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a disease's name in "-s" before a plural is its modifier (it counted "measles")
        ("Officials reported 1,240 new measles cases in Texas.", ["cases"]),
        ("The clinic treats 300 diabetes patients.", ["patients"]),
        ("Doctors saw 200 measles last year.", ["measles"]),
        # a product's name with a capital inside and its model's number are read past (it counted "iPhone")
        ("Apple sold 50 million iPhone 17 units in its first quarter.", ["units"]),
        ("It sold 3 million iPads.", ["iPads"]),
    ],
)
def test_a_diseases_name_and_a_products_model_are_read_past(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a relative pronoun after the number is no noun it counts (it was the object "whose")
        ("Only four of the 12 whose backgrounds were known were Muslim.", [None, None]),
        ("He named the 30 whom he trusted.", [None]),
    ],
)
def test_a_relative_pronoun_counts_nothing(text: str, expected: list[str | None]) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # two modifier nouns before the plural: the plural is what is counted (it was the first modifier)
        ("Five public sector unions will hold talks.", "unions"),
        ("Up to six other public sector unions may strike.", "unions"),
        ("The first 12,500 civil service jobs had been cut.", "jobs"),
        ("Ericsson interviewed 14,000 mobile phone owners.", "owners"),
        # one modifier, a possessive, or a verb after the second word: as it was
        ("Some 300 aid workers left.", "workers"),
        ("Children would be offered two hours' free sports training a week.", "hours"),  # was "hours'"
    ],
)
def test_two_modifier_nouns_are_read_past_to_the_plural(text: str, expected: str) -> None:
    assert objects(text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share's or a sum's "of" before a determiner is of the noun after it (they counted nothing)
        ("Labour won 28.5% of the vote in the by-election.", ["vote"]),
        ("BYD now holds 22% of the market in China.", ["market"]),
        ("Services made up 26% of its revenue.", ["revenue"]),
        ("Turnout was 61.2% of the electorate.", ["electorate"]),
        ("Shares Rise 5% Of The Market", ["market"]),
        # ... and letters in capitals that end the phrase are what it is of
        ("Defence spending will rise to 2.5% of GDP by 2027.", ["GDP"]),
        ("Public debt rose to 98.4% of GDP, the highest level since the 1960s.", ["GDP"]),
        # ... past a possessor and adjectives to the noun (they counted nothing)
        ("Two-thirds of the world's population, 4 billion people, live on $2,000 a year.",
         ["population", "people", None]),
        ("IE drives more than 90 percent of the world #39;s computers, hackers say.", ["computers"]),
        ("It would be 22% of the group's total assets.", ["assets"]),
        ("It pledged 0.7% of their annual gross national income.", ["income"]),
        ("It lost 50% of the viewing public.", ["public"]),
        ("It will lay off a third of its Irish workforce.", ["workforce"]),
        ("Candidates spent $1 million of their own money.", ["money"]),
        ("The recall affects three quarters of all Xboxes sold since 2001.", ["Xboxes"]),
        # ... a count in figures is of what the count counts (it was none: a share of 1,500 pandas is of pandas)
        ("It is home to 20% of the remaining 1,500 giant pandas.", ["pandas", "pandas"]),
        # ... but not to a vague whole
        ("About 3% of the most well off will pay more.", [None]),
        # the noun after such letters is still the one counted, and a count's "of the" counts nothing, as before
        ("Some 40% of UK adults smoke.", ["adults"]),
        ("It was 5% of GDP growth.", ["growth"]),
        ("Only four of the 12 whose backgrounds were known were Muslim.", [None, None]),
    ],
)
def test_a_share_of_the_whole_is_of_its_noun(text: str, expected: list[str | None]) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plural possessive's apostrophe is no part of what is counted (it was "months'", "hours'")
        ("Mothers can take up to six months' paid leave.", ["months"]),
        ("They meet again in two weeks' time.", ["weeks"]),
        # a negated irregular participle is an adjective, as an "-ed" word is: none alone, read past before a plural
        ("They get six months paid and six unpaid.", ["months", None]),
        ("There are 1,000 unsold homes.", ["homes"]),
        # a plural modifier and a second modifier before the plural (it counted "sports")
        ("Peugeot will buy 30,000 sports utility vehicles (SUV).", ["vehicles"]),
    ],
)
def test_possessives_negated_participles_and_plural_modifiers(text: str, expected: list[str | None]) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a compound of "men" or "women" is a plural, the head after an adjective (it counted "unknown", "innocent")
        ("Two unknown gunmen opened fire on the convoy.", ["gunmen"]),
        ("About 300 off-duty policemen joined the march.", ["policemen"]),
        ("Tens of thousands of innocent men, women and children died.", ["men"]),
        # a singular in "-men" is none
        ("Doctors took 2 small specimen jars.", ["jars"]),
    ],
)
def test_a_plural_in_men_is_the_head(text: str, expected: list[str | None]) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # after a share's "of", a whole's adjective is read past as after "the" (it counted "gross", "annual")
        ("It represents 45% of gross domestic product.", ["product"]),
        ("As much as 1% of annual growth may be lost.", ["growth"]),
        # a noun in "-ing" before a preposition is the noun, not an adjective read past (it counted nothing)
        ("It spent 12% of the spending on health.", ["spending"]),
        # a field's noun in "-ics" qualifies the noun after it (it counted "electronics")
        ("More than 57% of the consumer electronics market is made up of phones.", ["market"]),
        ("Thirty percent of consumer electronics returns are because of confusion.", ["returns"]),
        ("It employs 300 electronics engineers.", ["engineers"]),
        # ... and is the object where nothing follows it
        ("Exports rose 8% to $3bn of electronics.", [None, "electronics"]),
    ],
)
def test_a_shares_whole_is_read_past_its_adjectives_and_fields(text: str, expected: list[str | None]) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb's base form whose subject the amount is counts nothing (each counted the verb)
        ("About 10,000 live in tents near the border.", [None]),
        ("The show played to 3,000 live.", [None]),
        ("Some 48% use two or three search engines.", [None, None, "engines"]),
        ("Two million take part in the festival.", [None]),
        # before a plural it is the plural's modifier, as before
        ("The band released 2 live albums.", ["albums"]),
        ("He holds 300 work permits.", ["permits"]),
        # ... and before a modifier and its plural, and after "a" or a possessive, or "the" before a sum: a noun (each
        # was none)
        ("The networks will air 3 live television debates.", ["debates"]),
        ("The government unveiled a $5 million plan to fix roads.", ["plan"]),
        ("He was wearing a $30,000 watch.", ["watch"]),
        ("The council said the £2bn plan would go ahead.", ["plan"]),
        # "the" before a count is no noun's: the verb's subject still ("The 3,000 live in tents")
        ("The 3,000 live in tents near the border.", [None]),
    ],
)
def test_a_verb_whose_subject_the_amount_is_counts_nothing(text: str, expected: list[str | None]) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share of a people named in the plural, before its verb, is of the people (it was the verb, or none)
        ("About 80% of Ethiopians depend on farming.", ["Ethiopians"]),
        ("Only 13% of Europeans want to watch video.", ["Europeans"]),
        ("However, only 25% of Britons said a camera would do.", ["Britons"]),
        ("Nearly 70% of Americans support the plan.", ["Americans"]),  # a verb a determiner follows (was "support")
        # a people is no noun's modifier: whatever word follows, the share is of it (it was "speak", "live", none)
        ("20% of Belgians speak Dutch as their first language.", ["Belgians"]),
        ("Some 20% of New Zealanders live in Auckland.", ["New Zealanders"]),
        ("A survey found that 90% of PCs are infested with spyware.", ["PCs"]),
        # a name's plural before a noun is no people: the noun is counted, as before
        ("It found 90% of Windows machine owners were hit.", ["owners"]),
    ],
)
def test_a_share_of_a_people_before_its_verb_is_of_the_people(text: str, expected: list[str | None]) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count's "of the", "of its": a part of a group counts the group's noun (it counted none)
        ("Hamas released 40 of the hostages on Sunday.", ["hostages"]),
        ("Two of its ships sank in the storm.", ["ships"]),
        ("Ten of the country's regions voted to leave.", ["regions"]),
        # ... as a group with its own number did before
        ("He released 40 of the 100 hostages.", ["hostages", "hostages"]),
        # a superlative and a possessor of two words are read past to the group's noun
        ("They have two of the best English kickers.", ["kickers"]),
        ("He spoke to two of the prime minister's colleagues.", ["colleagues"]),
        ("Half of the prime minister's cabinet resigned.", ["cabinet"]),  # a share's too (it was "minister's")
        # a pronoun or a superlative with no noun is no group named
        ("Police said 40 of them left.", [None]),
        ("It listed 5 of the most popular.", [None]),
    ],
)
def test_a_count_of_part_of_a_group_counts_the_group(text: str, expected: list[str | None]) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a model's number right after the count, before its name or with its letter (they counted nothing)
        ("The airline grounded 44 737 Max jets after the crash.", ["jets"]),
        ("It ordered 30 A350 jets last year.", ["jets"]),
        # a round number, or one before a lower-case noun, is no model's: it may be a number of its own
        ("It has 5 300 Series trains.", [None, "trains"]),
        ("The firm said 3 500 people left.", [None, "people"]),
    ],
)
def test_a_model_number_after_a_count_is_read_past(text: str, expected: list[str | None]) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count's singular noun before another that ends the phrase is that one's modifier: the second is the head
        # (each was the first: "competition", "match"; AG News drops a sum's sign and a share's "%")
        ("He pocketed a 5,000 competition prize after the round.", "prize"),
        ("Sangakkara has been fined 30 of his match fee for dissent.", "fee"),
        ("He is now married with two other teenage children.", "children"),
        ("The firm employed three adult children of its directors.", "children"),
        # a plural, a collective noun, or a verb after the count's noun: as it was
        ("Some 3,000 competition entries were received.", "entries"),
        ("About 2,000 staff work in the plant.", "staff"),
        ("The 40 police stand guard at night.", "police"),
        ("Nearly 100 fans want refunds.", "fans"),
        ("A crowd of 5,000 match fans sang.", "fans"),
        # ... or a word the count measures by: the count is of it
        ("Unemployment fell to a near 30 year low.", "year"),
        ("Ms Druyun is serving a nine month sentence.", "month"),
        ("He was handed a three match ban for the tackle.", "match"),
        ("It now has a 1.3 megapixel camera.", "megapixel"),
    ],
)
def test_a_counts_noun_compound_is_read_to_its_head(text: str, expected: str | None) -> None:
    assert objects(text)[0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle after a count, before no plural within two words, is the count's verb (each was the object)
        ("More than 20 followed suit, including the largest banks.", [None]),
        ("Of the 12 regions studied, 11 showed stronger growth.", ["regions", None]),
        ("Astle's 145 helped give New Zealand the win.", [None]),
        # ... and before a plural a word or two on, an adjective of it (each counted the participle)
        ("The government failed to remove 250,000 failed asylum seekers.", ["seekers"]),
        ("A box set featuring 68 unreleased Nirvana tracks goes on sale.", ["tracks"]),
        ("The network was made of 50,000 hijacked home computers.", ["computers"]),
        # a number's plural after it is no noun the participle describes
        ("Five mailed thousands of dossiers.", [None, "dossiers"]),
        # a hyphenated one before no plural is a noun as often
        ("Two co-accused deny the charges.", ["co-accused"]),
    ],
)
def test_a_participle_after_a_count_is_a_verb_unless_a_plural_follows(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part of a whole whose number follows counts what the whole counts (each counted nothing, or "leading")
        ("He scored 31 of his team-leading 48 goals at home.", ["goals", "goals"]),
        ("Jackson scored 12 of his 21 points in the final minutes.", ["points", "points"]),
        ("There are the 277 of his Division IA leading 350 wins here.", ["wins", "wins"]),
        # ... not past a plural of its own, nor a number no plural follows
        ("Police freed 40 of the hostages 10 days later.", ["hostages", "days"]),
        ("She won 3 of the 5.", [None, None]),
    ],
)
def test_a_part_counts_what_its_whole_counts(text: str, expected: list) -> None:
    assert objects(text) == expected


_AFTER_PIECES = [" ", "  ", "\t", "\n", "-", "–", "\\", "magnitude", "Magnitude", "worth", "worthy", "a", "-a-week",
                 "–a–year", " quake", " of", "5", ",", "s", "head", "-magnitude"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_AFTER_PIECES), max_size=6), st.booleans())
def test_read_past_is_tried_only_where_it_can_read_past(pieces: list[str], after_unit: bool) -> None:
    # `counted_object` tries `_read_past` only after a dash or before a word starting "magnitude" or "worth" (the
    # word `NEXT_WORD` reads): everywhere else it must read past nothing
    from transforms.enrichments import amount_read_past
    from transforms.enrichments.amount_plurals import NEXT_WORD

    text = "5" + "".join(pieces)
    word = NEXT_WORD.match(text, 1)
    if text[1:2] not in amount_read_past.READ_PAST_FIRST and not (
            word is not None and word.group(1).startswith(amount_read_past.READ_PAST_WORDS)):
        assert amount_read_past.read_past(text, 1, after_unit) == 1, text


@pytest.mark.parametrize("text, end, after_unit, expected", [
    ("a 6.5  magnitude earthquake", 5, False, "earthquake"),  # two spaces before what is read past
    ("a 7.8-magnitude quake hit", 5, False, "quake"),
    ("$2bn worth of bonds", 4, True, "bonds"),
    ("a £200,000-a-week contract", 10, True, "contract"),
    ("a £200,000–a–week contract", 10, True, "contract"),
    ("12,000 North Korean troops", 6, False, "troops"),  # nothing read past: the word right after
])
def test_what_is_read_past_before_the_object(text: str, end: int, after_unit: bool, expected: str) -> None:
    from transforms.enrichments.amount_objects import counted_object

    assert counted_object(text, end, after_unit) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["year", "quarter", "month", "week", "day", "date", "like", "on", "over", "to", "for",
                                 "-", "–", " ", "s"]), max_size=6))
def test_a_period_comparison_is_hyphenated(pieces: list[str]) -> None:
    # `counted_object` tries `PERIOD_COMPARISON` only on a word with a hyphen
    from transforms.enrichments.amount_modifiers import PERIOD_COMPARISON

    word = "".join(pieces)
    assert PERIOD_COMPARISON.fullmatch(word) is None or "-" in word, word


@pytest.mark.parametrize(
    "text, expected",
    [
        # a share's word in "-ing" before "to", "for" or a pronoun is its people's verb (each counted the verb)
        ("Turnout was 72%, with 51.9% voting to leave.", [None, None]),
        ("Some 40% saying they would vote Labour.", [None]),
        ("With 62% opting for the deal, it passed.", [None]),
        ("A poll found 40% saying no to the plan.", [None]),  # ... or "no"/"yes": their answer
        ("Of those asked, 30% having no insurance were older.", [None]),
        # ... not after "a", nor before a noun, nor after a sum: the noun it is
        ("The group bought a 10% shareholding for £50m.", ["shareholding", None]),
        ("It holds a 10% voting stake.", ["stake"]),
        ("It got £5m funding for schools.", ["funding"]),
    ],
)
def test_a_shares_verb_in_ing_is_no_object(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a poll's measure after a share names the share's people, as "51.9% voting to leave" does: nothing counted
        # (they counted "intention", "voting", "support", "job", "approval", "share")
        ("Reform UK is on 29% voting intention, with Labour on 22%.", [None, None]),
        ("Labour's 60% voting intention among young voters has collapsed.", [None]),
        ("The PP has 33 per cent vote intention in Madrid.", [None]),
        ("Labour is on 22% support, down from 34%.", [None, None]),
        ("Trump is on 44% job approval.", [None]),
        ("Biden had a 40% approval rating in July.", [None]),
        ("The SNP won a 45% vote share.", [None]),
        # ... while a share of the vote, a stake and a count keep their nouns
        ("Labour took 31% of the vote.", ["vote"]),
        ("It has a 10% voting stake.", ["stake"]),
        ("The firm bought 5 support vessels.", ["vessels"]),
    ],
)
def test_a_polls_measure_after_a_share_counts_nothing(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plural noun after a word in "-ing" is the head of a share's or a sum's compound (they counted "voting",
        # "operating")
        ("Shareholders with 5% voting rights can call a meeting.", ["rights"]),
        ("The plan cuts 15% operating costs by 2027.", ["costs"]),
        # ... as "apiece" after a price is no noun at all (it counted "apiece")
        ("Avocados cost £1.50 apiece.", [None]),
        ("They scored 24 apiece.", [None]),
        # ... while a verb in "-ing" after a share, and a noun's plural that is a verb, count nothing
        ("It found 51.9% voting to leave.", [None]),
        ("A $5m fund helps the poor.", ["fund"]),
    ],
)
def test_a_plural_after_a_gerund_is_the_compounds_head(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb in "-s" after a noun in "-ing" is the sum's verb, not its compound's head (they counted the verb)
        ("The $5m funding comes after a year of cuts.", ["funding"]),
        ("The 2% ceiling applies to all councils.", ["ceiling"]),
        ("The £1bn building stands on the old docks.", ["building"]),
        ("A £3m signing arrives from Chelsea this week.", ["signing"]),
        # ... while a plural noun that is a verb's form too stays the head
        ("The plan cuts 15% operating costs by 2027.", ["costs"]),
        ("Ministers agreed £2bn spending cuts for the year.", ["cuts"]),
    ],
)
def test_a_verb_after_a_noun_in_ing_is_no_head(text: str, expected: list) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a poll's measure that is the first word of a compound is read to its head (it counted nothing)
        ("Ministers approved a 3% support payment for farmers.", ["payment"]),
        ("Councils get a 2% support grant this year.", ["grant"]),
        # ... while the measure alone, or before a verb's object, counts nothing
        ("Some 22% support the plan, a YouGov poll found.", [None]),
        ("The motion won 75% support from members.", [None]),
        ("The measure needs 60% approval to pass.", [None]),
    ],
)
def test_a_poll_measure_before_its_compounds_head_counts_the_head(text: str, expected: list) -> None:
    assert objects(text) == expected
