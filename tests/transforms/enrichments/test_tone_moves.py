"""A verb of a rise or a fall reads the sign of the quantity it moves (transforms/enrichments/tone_moves.py)."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones
from transforms.enrichments import tone
from transforms.enrichments.batch import ParagraphBatch
from transforms.enrichments.tone_move_words import QUIET_MOVES


def tone_of(text: str) -> float:
    return tone.rows(ParagraphBatch([text], ["p"], ["a"]))["tone"][0]


@pytest.mark.parametrize("text", ["Profits fell sharply.", "Profit falls at Tesco", "Annual profits plunged.",
                                  "Unemployment rose to 5.2%.", "Crime rose in the capital last year.",
                                  "Retail Sales Fall 0.3 Percent in August", "The debt soared to £2m.",
                                  "Burglaries rose sharply in the city centre."])
def test_a_good_quantity_that_falls_or_a_bad_one_that_rises_reads_bad(text: str) -> None:
    assert tone_of(text) < 0


@pytest.mark.parametrize("text", ["Unemployment fell again in March.", "Inflation fell to 2% in May.",
                                  "Road deaths fell by a tenth last year.", "Jobless Claims Drop",
                                  "Unemployment fell to its lowest level for 30 years.",
                                  "Sales rose 8% in the quarter.",
                                  "Chipmaker shares surge on AI demand", "Car thefts fell by a fifth last year."])
def test_a_bad_quantity_that_falls_or_a_good_one_that_rises_reads_good(text: str) -> None:
    assert tone_of(text) > 0


def test_the_quantity_alone_and_a_move_out_of_reach_keep_their_own_valence() -> None:
    assert tone_of("The firm made a profit.") > 0 and tone_of("Unemployment is a worry.") < 0
    assert tone_of("She picked a rose.") == 0


@pytest.mark.parametrize("text, sign", [("Profits at the bank for the quarter fell.", -1),
                                        ("Stocks in the United States fell on Monday.", -1),
                                        ("Shares in the phone company have risen.", 1),
                                        ("Deaths on the roads of the county rose.", -1)])
def test_a_move_after_a_quantitys_phrase_of_place_or_time_reads_as_its_move(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0


def test_a_move_far_after_a_quantity_with_no_preposition_after_it_is_out_of_reach() -> None:
    assert tone_of("Profits the bank made last year fell.") > 0  # "profits" keeps its +1.9, "fell" has none


@pytest.mark.parametrize("text, sign", [("The bank reported a drop in profits.", -1), ("Drop in profits at Shell", -1),
                                        ("A rise in unemployment hit spending.", -1),
                                        ("Rise in knife crime alarms police", -1),
                                        ("The figures showed a sharp fall in inflation.", 1),
                                        ("A surge in exports lifted the economy.", 1),
                                        ("The new drug cut deaths from heart disease.", 1),
                                        ("The airline will cut 2,000 jobs.", -1), ("Bush vows to cut deficit", 1)])
def test_a_move_before_its_quantity_reads_as_its_move(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0


@pytest.mark.parametrize("text", ["S&P cuts the firm's debt ratings.", "Cuts in unemployment benefit take effect."])
def test_a_quantitys_word_before_the_noun_it_names_a_kind_of_is_no_quantity(text: str) -> None:
    assert tone_of(text) < 0  # the cut, not a debt or unemployment cut


def test_a_second_move_is_the_quantitys_only_when_it_moves_the_same_way() -> None:
    assert tone_of("Tokyo Stocks Fall, US Dollar Climbs") < 0


@pytest.mark.parametrize("first, worse, better", [
    ("Sales rose as", "inflation rose.", "inflation fell."),
    ("Unemployment fell as", "profits fell.", "profits rose."),
])
def test_a_move_is_the_nearest_quantitys_not_an_earlier_ones(first: str, worse: str, better: str) -> None:
    # "Sales rose as inflation rose" read inflation's rise as the sales' (+14.0): better news than its fall
    assert tone_of(f"{first} {worse}") < tone_of(f"{first} {better}")


@pytest.mark.parametrize("text", ["Two deaths in a fall from scaffolding.", "Deaths in the fall of 2020.",
                                  "Deaths from falls among the elderly rose."])
def test_a_move_word_after_an_article_or_a_preposition_is_a_noun_that_moves_nothing(text: str) -> None:
    assert tone_of(text) < 0  # the deaths, not deaths that fell


def test_a_negation_reaches_the_verb_that_says_the_news() -> None:
    assert tone_of("Profits did not fall last year.") > 0


def test_the_quiet_moves_take_the_market_verbs_valences() -> None:
    assert set(QUIET_MOVES.values()) == {tone.lexicon()["gains"], tone.lexicon()["drop"]}


@pytest.mark.parametrize("text", ["Demand for steel comes mainly from China.",
                                  "The bridge is the longest of its kind in Europe.", "It was one of a kind."])
def test_demand_and_a_sort_of_kind_carry_no_tone(text: str) -> None:
    assert tone_of(text) == 0


def test_kind_as_a_kindness_keeps_its_tone() -> None:
    assert tone_of("She thanked the crowd for their kind words.") > 0


@pytest.mark.parametrize("text, sign", [
    ("Cases of measles rose for the fourth year running.", -1), ("The number of cases fell sharply.", 1),
    ("Waiting lists fell to their lowest level.", 1), ("Hospital waiting times rose again.", -1),
    ("Obesity rates among children have doubled since 1990.", -1), ("Obesity rose in every region.", -1),
])
def test_a_toll_of_health_is_a_quantity_that_moves(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0


@pytest.mark.parametrize("text, sign", [
    ("Profits doubled last year.", 1), ("The firm halved its losses.", 1), ("Sales halved in a year.", -1),
    ("Burglaries have tripled since 2001.", -1), ("The bank doubled its profits.", 1),
])
def test_doubling_and_halving_are_moves(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0


@pytest.mark.parametrize("text, sign", [
    ("Unemployment falls to record low", 1), ("Inflation stayed low in March.", 1), ("Sales were low.", -1),
])
def test_a_low_level_after_a_quantity_is_its_fall(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0


@pytest.mark.parametrize("text, sign", [
    ("The company reported record sales over Christmas.", 1), ("Record profits at BP", 1),
    ("The airline posted record losses.", -1), ("The bank reported record annual profits.", 1),
])
def test_a_record_quantity_is_its_rise(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0


@pytest.mark.parametrize("text, sign", [
    ("Hospital waiting lists are at their shortest for a decade.", 1), ("They cut taxes.", 1),
    ("Council tax will rise by 4%.", -1), ("The firm received a flood of orders.", 1),
    ("Pre-tax profits fell by a fifth.", -1),
])
def test_taxes_are_a_bad_quantity_shortest_a_fall_and_a_flood_of_a_rise(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0


def test_a_tax_on_a_thing_and_a_flood_of_no_quantity_move_nothing() -> None:
    assert tone_of("Ministers discussed a tax on jet fuel to boost aid.") == tone_of(
        "Ministers discussed a levy on jet fuel to boost aid.")  # "aid" keeps its own valence; no tax rose
    assert tone_of("A flood of letters came in.") == 0


@pytest.mark.parametrize("text, sign", [
    ("Shares eased in early trading.", -1), ("Shares in the bank eased 2% on Monday.", -1),
    ("Unemployment eased to 4.8% in May.", 1), ("Singapore's unemployment rate eases to 3.4%", 1),
])
def test_a_markets_easing_is_a_fall_of_the_quantity_before_it(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0


def test_an_easing_with_no_quantity_before_it_still_eases_a_worry() -> None:
    assert tone_of("The figures eased fears of a recession.") > 0
    assert tone_of("Shares eased as fears of a recession grew.") < 0


@pytest.mark.parametrize("text, sign", [("Tax receipts fell by 5% last year.", -1), ("Tax receipts rose sharply.", 1),
                                        ("The chancellor will cut income tax by 2p.", 1)])
def test_a_taxs_receipts_are_the_treasurys_takings_not_the_tax(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0


@pytest.mark.parametrize("text, sign", [("Council tax is set to rise by 5% in April.", -1),
                                        ("Profits are expected to fall this year.", -1),
                                        ("Unemployment is likely to fall further.", 1)])
def test_a_move_to_come_after_its_quantitys_verb_is_its_move(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0


@pytest.mark.parametrize("text", ["Unemployment fell to a record low.",
                                  "Unemployment in the eurozone fell to a record low of 6.2%."])
def test_a_second_move_reaches_past_an_article_and_an_adjective(text: str) -> None:
    assert tone_of(text) > 0


@pytest.mark.parametrize("text, sign", [("The number of people out of work rose.", -1),
                                        ("The number of people out of work fell to a record low.", 1),
                                        ("Carbon emissions fell by 3%.", 1), ("Emissions rose again last year.", -1)])
def test_people_out_of_work_and_emissions_are_bad_quantities(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0


@pytest.mark.parametrize("text", ["Strong sales eased fears of a slowdown.",
                                  "Better-than-expected earnings eased investor worries about the bank.",
                                  "Record profits eased the pressure on the chief executive.",
                                  "Restrictions on exports were eased after the talks."])
def test_an_easing_with_an_object_or_in_the_passive_moves_no_quantity(text: str) -> None:
    assert tone_of(text) > 0  # the quantity eased something, or something eased it: no fall


@pytest.mark.parametrize("text", ["Unemployment eased to a record low.",
                                  "Inflation eased to its lowest level since 2021."])
def test_a_second_move_goes_an_easings_way(text: str) -> None:
    assert tone_of(text) > 0  # "low" is the fall's second move, not a bad word of its own



@pytest.mark.parametrize("text, sign", [("Mortgage arrears rose for a third straight quarter.", -1),
                                        ("Household bills are set to rise in April.", -1),
                                        ("Measles vaccination rates rose for the first time in a decade.", 1),
                                        ("Waiting lists shrank for the fifth month in a row.", 1),
                                        ("Profits shrank by a third.", -1),
                                        ("Sales are expected to recover this year.", 1),
                                        ("Falling inflation helped households.", 1),
                                        ("Falling profits at the bank.", -1)])
def test_what_a_household_owes_a_vaccine_a_shrinking_a_recovery_and_a_moves_adjective_read_as_moves(
        text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0


def test_a_recovery_of_no_quantity_is_no_move() -> None:
    assert tone_of("The bodies were recovered from the river.") == 0


@pytest.mark.parametrize("text", ["The drug cut the risk of heart attacks by a fifth.",
                                  "The treatment doubled survival rates for cancer patients.",
                                  "Deaths from cancer fell last year."])
def test_what_a_moved_quantity_counts_has_no_tone_of_its_own(text: str) -> None:
    assert tone_of(text) > 0


def test_one_at_risk_and_treasury_bills_are_no_quantities_that_move() -> None:
    assert tone_of("Livelihoods are at risk from falling commodity prices.") < 0
    assert tone_of("Rates on Treasury bills rose to 4%.") == tone_of("Rates on Treasury notes rose to 4%.")


@pytest.mark.parametrize("text, sign", [("The FTSE 100 closed at a record high on Friday.", 1),
                                        ("Wall Street closed at an all-time high.", 1),
                                        ("Carbon emissions hit a record high last year.", -1),
                                        ("Unemployment hit a five-year high in May.", -1),
                                        ("Nasdaq falls on rate fears", -1)])
def test_a_markets_index_is_a_quantity_and_a_peak_reached_its_rise(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0


def test_a_high_that_is_no_peak_is_no_move() -> None:
    assert tone_of("Shops on the high street are thriving.") == tone_of("Shops on the main street are thriving.")


@pytest.mark.parametrize("text", ["Inflation fell to 2.1% in March, its lowest in four years.",
                                  "Unemployment fell to 4.1% in May, its lowest since 1975."])
def test_a_quantitys_own_level_is_its_second_move_past_a_figure_and_a_date(text: str) -> None:
    assert tone_of(text) > 0


@pytest.mark.parametrize("text, sign", [("Passenger numbers at the airport hit a record high.", 1),
                                        ("Visitor numbers to the museum fell by a third.", -1)])
def test_the_numbers_a_business_serves_are_a_good_quantity(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0


@pytest.mark.parametrize("bills, other", [
    ("The Buffalo Bills fell to the Chiefs in overtime.", "The Buffalo Sabres fell to the Chiefs in overtime."),
    ("Support for the two spending bills rose after the debate.", "Support for the two spending plans rose after the "
                                                                  "debate."),
])
def test_a_team_or_a_law_named_bills_is_no_household_bill(bills: str, other: str) -> None:
    assert tone_of(bills) == tone_of(other)


@pytest.mark.parametrize("text", ["Phone bills rose by a fifth.", "Water bills will rise by 9% in April."])
def test_a_bill_named_by_what_it_pays_for_is_a_bad_quantity(text: str) -> None:
    assert tone_of(text) < 0


@pytest.mark.parametrize("text", ["A falling-out over taxes split the coalition.",
                                  "Falling behind on taxes, families turned to food banks."])
def test_falling_in_an_idiom_moves_no_quantity_after_it(text: str) -> None:
    assert tone_of(text) < 0  # read as a tax cut, good news


@pytest.mark.parametrize("text, sign", [("Rising youth unemployment worried ministers.", -1),
                                        ("Falling energy bills helped households.", 1)])
def test_falling_and_rising_lead_the_quantity_a_word_on(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0


@pytest.mark.parametrize("named, other", [
    ("The council advertised jobs at the new high school.", "The council advertised jobs at the new primary school."),
    ("Sales at the chain's new high street stores fell.", "Sales at the chain's new main street stores fell."),
])
def test_a_high_that_names_a_thing_after_a_word_of_a_peak_is_no_peak(named: str, other: str) -> None:
    assert tone_of(named) == tone_of(other)


@pytest.mark.parametrize("text", ["The Tories could cut pensioners' bills by an average of £200.",
                                  "Consumer groups are concerned at rising levels of obesity in US children."])
def test_a_households_bills_and_a_rising_level_of_a_bad_quantity_still_move(text: str) -> None:
    # bbc-dev's own; a list of bills by what they pay for lost the first, "falling" and "rising" a word on the second
    assert tone_of(text) * (1 if "bills" in text else -1) > 0


@pytest.mark.parametrize("text, sign", [("Unemployment dropped to 4.1%, the lowest since 2008.", 1),
                                        ("Inflation fell to 2.1% last month, the lowest in four years.", 1),
                                        ("Profits rose to £3m in 2004, the highest in a decade.", 1)])
def test_a_quantitys_level_after_a_comma_is_its_second_move(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0


@pytest.mark.parametrize("text", ["The new vaccine cut hospital admissions by 70% in trials.",
                                  "The pound recovered its losses after the inflation figures.",
                                  "The firm recouped its losses within a year.",
                                  "He recovered from his injuries."])
def test_hospital_admissions_cut_and_losses_recovered_read_good(text: str) -> None:
    assert tone_of(text) > 0


@pytest.mark.parametrize("text", ["Shares in the airline lost a quarter of their value on Monday.",
                                  "Brewers' profits lose their fizz", "Sales lost momentum in May."])
def test_a_good_quantity_that_loses_reads_bad(text: str) -> None:
    assert tone_of(text) < 0


@pytest.mark.parametrize("text", ["Deaths rose as more people lost their lives.",
                                  "Bath risk losing him to a rival club.",
                                  "Injuries mounted and the team kept losing."])
def test_a_life_lost_or_a_risk_of_losing_is_no_fall_of_a_quantity(text: str) -> None:
    assert tone_of(text) < 0


@pytest.mark.parametrize("text", ["The jobless lost their homes.", "People out of work lost their homes."])
def test_the_jobless_who_lose_are_no_fall_of_joblessness(text: str) -> None:
    assert tone_of(text) < 0


@pytest.mark.parametrize("text", ["The region recovered 5,000 jobs last year.",
                                  "The airline recovered passenger numbers within a year."])
def test_a_good_quantity_recovered_rises(text: str) -> None:
    assert tone_of(text) > 0


@pytest.mark.parametrize("text, sign", [("The economy grew 3.7% in the third quarter.", 1),
                                        ("Revenues grew 6.4% to $2bn.", 1), ("Germany's economy shrank.", -1),
                                        ("Hospital waiting lists grew to a record 7.8 million.", -1),
                                        ("Unemployment is growing.", -1)])
def test_an_economy_is_a_good_quantity_and_growing_a_rise(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0


@pytest.mark.parametrize("text", ["The economy minister flew to Paris.", "He grew up in Leeds.",
                                  "Seats in economy class rose in price."])
def test_an_office_named_by_the_economy_and_growing_up_move_nothing(text: str) -> None:
    assert tone_of(text) == 0


@pytest.mark.parametrize("text", ["The black economy grew rapidly last year.",
                                  "The drugs economy grew as gangs took over the trade.",
                                  "The shadow economy grew by a fifth."])
def test_a_hidden_economy_that_grows_is_no_good_news(text: str) -> None:
    assert tone_of(text) <= 0


@pytest.mark.parametrize("text", ["Shares grew more volatile.", "The economy grew increasingly fragile."])
def test_growing_into_a_state_is_no_rise(text: str) -> None:
    assert tone_of(text) <= 0


@pytest.mark.parametrize("text, sign", [("The firm's losses narrowed to £2m from £15m a year earlier.", 1),
                                        ("The company narrowed its losses.", 1),
                                        ("The trade deficit widened in March.", -1),
                                        ("Profits narrowed to £1m.", -1)])
def test_a_gaps_narrowing_and_widening_are_moves(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0


def test_a_narrowing_or_widening_of_no_quantity_has_no_tone() -> None:
    assert tone_of("The road was widened.") == 0


@pytest.mark.parametrize("text, sign", [("The gap narrowed.", 1), ("The gender pay gap narrowed last year.", 1),
                                        ("The gap between rich and poor has widened.", -1),
                                        ("Gaps in funding widened.", -1)])
def test_a_gap_the_news_reports_the_move_of_is_an_inequality(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0


@pytest.mark.parametrize("text", ["Verstappen narrowed the gap to Norris to three points.",
                                  "The party pledged to close the gap within a decade."])
def test_a_gap_a_verb_acts_on_moves_no_quantity(text: str) -> None:
    assert tone_of(text) == 0  # a race's or a pledge's, read as an inequality narrowed


@pytest.mark.parametrize("text", ["WTO Sanctions on US Exports Widens Gap in Congress",
                                  "Exports widened the gap with rivals.", "Exports widened the trade gap."])
def test_a_gaps_verb_before_its_object_moves_no_quantity_before_it(text: str) -> None:
    assert tone_of(text) == 0  # read as a rise of exports


@pytest.mark.parametrize("text, sign", [("Losses narrowed a little in the third quarter.", 1),
                                        ("The firm's losses narrowed a further £3m.", 1),
                                        ("The airline narrowed its losses to £50m.", 1),
                                        ("The company narrowed its annual losses.", 1),
                                        ("The trade deficit widened the most in a decade.", -1)])
def test_a_gaps_verb_before_an_article_and_no_gap_or_quantity_leads_nothing(text: str, sign: int) -> None:
    # "narrowed a little" is the losses' narrowing, no object led: read as the losses alone
    assert tone_of(text) * sign > 0


@pytest.mark.parametrize("text, sign", [("The economy contracted 0.3% in the third quarter.", -1),
                                        ("The German economy contracted less than feared in the second quarter.", 1),
                                        ("Wages grew faster than expected, official figures showed.", 1),
                                        ("Real wages fell for a third year.", -1)])
def test_an_economy_that_contracted_and_wages_are_moves(text: str, sign: int) -> None:
    assert tone_of(text) * sign > 0  # each read 0: "contracted" and "wages" were no move and no quantity


def test_one_who_contracted_a_disease_is_no_fall() -> None:
    assert tone_of("Deaths among people who contracted the virus rose.") < 0  # read as deaths that fell


@pytest.mark.parametrize("text, good", [
    ("The new drug reduced deaths by a third.", True), ("The vaccine reduced hospital admissions by 70%.", True),
    ("The new drug did not reduce deaths in the trial.", False), ("The firm reduced its losses.", True),
    ("Inflation slowed to 2.3% in April.", True), ("Sales slowed in the third quarter.", False),
    ("Growth slowed to 0.1% in the last quarter.", False), ("Sales growth fell back slightly.", False),
    ("Economic growth rose to 3%.", True)])
def test_a_reduction_a_slowing_and_a_growth_move_their_quantity(text: str, good: bool) -> None:
    # "reduced deaths" read as the deaths (−9.1), "did not reduce deaths" as deaths negated (+5.4); "Inflation slowed"
    # and "Growth slowed" as "inflation" (0) and the lexicon's "growth" (+1.6) alone
    assert (tone_of(text) > 0) is good


def test_a_growth_that_moves_not_keeps_its_tone() -> None:
    assert tone_of("The firm returned to growth.") > 0


def test_poverty_cut_is_good_news_and_its_rise_bad() -> None:
    cut, halved, little, rose = tones("The plan would reduce poverty.", "The goal of halving global poverty.",
                                      "Critics said the plan would do little to reduce poverty.",
                                      "Child poverty rose for the third year.")
    assert min(cut, halved) > 0 > max(little, rose)


@pytest.mark.parametrize("text", [
    "Donations to the charity fell sharply.", "Exports to China fell for a third month.",
])
def test_a_good_quantity_that_falls_reads_bad_past_whom_it_goes_to(text: str) -> None:
    assert tone_of(text) < 0  # "charity" (+1.8) is what the donations count, no news of its own


@pytest.mark.parametrize("text, expected", [
    ("Support for the government fell to 18%.", -1), ("Support for the peace deal rose to 61%.", 1),
    ("His approval rating fell to 38%.", -1), ("The popularity of the president has slumped.", -1),
    ("Investment in new factories dropped for a second year.", -1),
])
def test_a_leaders_backing_and_investment_are_quantities_whose_move_says_the_news(text: str, expected: int) -> None:
    assert (tones(text)[0] > 0) - (tones(text)[0] < 0) == expected  # support's and approval's own + read each good


def test_support_as_a_verb_keeps_its_tone() -> None:
    assert tones("Unions support the plan to raise wages.")[0] > 0


@pytest.mark.parametrize("text, expected", [
    ("Approval ratings for the mayor slipped below 40% for the first time.", -1),
    ("The approval process takes six months.", 0), ("The plan needs the approval of two-thirds of parliament.", 0),
    ("The drug is still awaiting approval from regulators.", 0), ("The bill won approval in the Senate.", 1),
])
def test_an_approval_is_news_when_it_moves_or_is_given_and_none_while_it_is_a_step_or_wanted(text: str,
                                                                                             expected: int) -> None:
    tone_ = tones(text)[0]  # the ratings' slip read good (past the window), the process +8.8
    assert (tone_ > 0) - (tone_ < 0) == expected


@pytest.mark.parametrize(("text", "sign"), [
    ("Rangers said poaching of rhinos in Kruger fell sharply in 2025.", 1),  # −2.5: the poaching kept
    ("Rhino poaching in South Africa fell by 16% last year.", 1),
    ("Deforestation in the Amazon rose sharply in 2024.", -1),  # +2.2: a rise read alone
])
def test_a_harm_to_wildlife_reads_as_its_move(text: str, sign: int) -> None:
    assert sign * tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "Council axes parking charges at seaside car parks", "The bank scrapped overdraft charges for students.",
    "The energy regulator cut standing charges by 10%.", "Charges against him were dropped.",
    "Vanguard Cuts Fees in Some College Funds", "The airline waived change fees for passengers.",
])
def test_charges_and_fees_cut_or_dropped_are_good_news(text: str) -> None:
    assert tone_of(text) > 0


@pytest.mark.parametrize("text", [
    "Water companies raised charges by 26%.", "Bank charges rose for a third year, a survey found.",
    "He faces charges of fraud.", "He faces three charges of assault after the brawl.",
])
def test_charges_that_rise_or_are_faced_are_bad_news(text: str) -> None:
    assert tone_of(text) < 0


def test_a_fee_that_is_takings_and_a_plan_scrapped_move_no_burden() -> None:
    assert tone_of("Transfer fees rose sharply this summer.") == 0
    assert tone_of("Tuition fees rose sharply this summer.") < 0
    assert tone_of("The club scrapped its plans for a new stadium.") == 0
