"""Tone of news words for bad events that news also writes in other senses, read by their neighbours."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones
from transforms.enrichments import tone
from transforms.enrichments.tone_senses import SENSE_ANALOGUES, SENSE_WORDS, SENSES
from transforms.enrichments.tone_storms import TRIUMPH


@pytest.mark.parametrize("text", [
    "Policeman Shot Dead in Saudi Battle", "Israeli soldiers shot dead five Palestinians.",
    "A man was shot in the leg outside a bar.", "Van Gogh was shot and stabbed.", "He was shot in the arm.",
    "Blast kills seven US Marines in Iraq", "A blast tore through a market.", "One held in embassy blast probe",
    "Tropical Storm Jeanne swept across Haiti.", "Storms batter Cornish coastline", "The storm knocked down trees.",
    "A flood swept through the village.", "The river flooded homes in the valley.", "Flooding causes chaos.",
    "Farmers face a prolonged drought.", "Thousands of displaced families are sheltering in schools.",
    "Families were displaced by the fighting.", "Thousands of people had been displaced.",
    "Two hurricanes hit the Caribbean.", "Hurricanes Charley and Frances battered Florida.",
])
def test_a_word_with_another_sense_reads_bad_where_its_neighbours_say_the_bad_one(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "Luke Donald shot a 4-under-par 68 on Saturday.", "Prices shot up 7.5%.", "The film shot to fifth place.",
    "Hotel Rwanda was shot mostly in South Africa.", "A shot in the arm for the economy.", "Robinson blasts officials",
    "It is an absolute blast.", "Roddick felt his jet blast.", "Chris Rock whipped up a media storm.",
    "The comments caused a storm of letters.", "Gardener storms to the line", "A flood of letters came in.",
    "Junk mail is flooding inboxes.", "He has been flooded with offers of work.", "Lima gem ends LA drought",
    "Day has been displaced by the arrival of Simon Royce.", "The newcomer displaced the incumbent.",
    "He held a brainstorm with staff.", "Francis joins the Carolina Hurricanes.",
    "The No. 4 Hurricanes hold off North Carolina State.", "The Hurricanes beat Boston on Friday.",
])
def test_the_other_senses_keep_no_tone(text: str) -> None:
    assert tones(text) == [0.0]


def test_no_one_hurt_in_the_blast_stays_good_news_and_a_negated_blast_reads_good() -> None:
    hurt, nuclear = tones("Police said no one was hurt in the blast.", "Korea cloud not from nuclear blast")
    assert hurt > 0 and nuclear > 0  # "the blast" alone has no tone; a nuclear blast negated is good news


def test_the_neighbours_are_read_in_the_words_own_paragraph_only() -> None:
    assert tones("He was", "shot a 68.") == [0.0, 0.0]
    assert tones("A huge bomb", "blast from the past.")[1] == 0.0


def test_each_sense_word_is_new_to_the_lexicon_and_has_its_analogues_valence() -> None:
    lexicon = tone.lexicon()
    assert not set(SENSE_WORDS) & set(lexicon) and set(SENSES) == set(SENSE_WORDS)
    for word, valence in SENSE_WORDS.items():
        assert lexicon[SENSE_ANALOGUES[word]] == valence, word


def test_a_default_on_a_debt_reads_bad_and_a_programs_default_carries_none() -> None:
    defaulted, sovereign, averted = tones("Argentina defaulted on its debt.", "It was the biggest sovereign default.",
                                          "The deal helped the country avert a default.")
    assert defaulted < 0 and sovereign < 0 < averted
    assert tones("Change all default settings.", "Windows default wav files.", "It was established by default.",
                 "The setting defaulted to zero.") == [0.0] * 4


@pytest.mark.parametrize("text", [
    "The company could default on its bonds.", "Argentina's default in 2001 was the largest.", "A loan default.",
    "The country is in default on $100bn.", "Because of defaults by plantation owners, the bank lost.",
    "If they default, the bank will sue.", "A default would be the biggest in the country's history.",
])
def test_a_default_with_money_next_to_it_reads_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "The default view is that rates will hold.", "The default position of the party is to wait.",
    "Its default colour is blue.", "The browser will default to Google.",
])
def test_a_default_with_no_money_next_to_it_is_the_usual_choice_and_carries_none(text: str) -> None:
    assert tones(text)[0] == 0.0


@pytest.mark.parametrize("text", [
    "Output fell by 2% in March.", "The pound fell sharply.", "The team fell to fifth place.", "Orders fell 5%.",
    "The Dow Jones industrial average fell on Friday.", "Amazon fell a penny short of forecasts.",
    "Shares fell still further.",
])
def test_fell_reads_as_a_fall_after_a_market_noun_or_before_how_far(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "She fell asleep on the train.", "Night fell over the city.", "The Berlin Wall fell in 1989.",
    "Christmas Day fell on Sunday this year.", "The case fell within the convention.", "The crowd fell silent.",
])
def test_fell_with_no_market_next_to_it_carries_none(text: str) -> None:
    assert tones(text)[0] == 0.0


@pytest.mark.parametrize("text", [
    "The average man fell asleep.", "The crowd at the market fell silent.", "The market fell quiet.",
    "As the stock market closed, night fell.", "The average voter fell in love with her.",
])
def test_fell_in_its_idioms_carries_none_whatever_market_noun_is_near(text: str) -> None:
    assert tones(text)[0] == tones(text.replace("fell", "went"))[0]


@pytest.mark.parametrize("text, sign", [
    ("The retailer went into administration with debts of £50m.", -1), ("The club entered administration.", -1),
    ("The airline avoided administration after a late deal.", 1),
])
def test_administration_as_insolvency_reads_bad_and_averted_good(text: str, sign: int) -> None:
    assert tones(text)[0] * sign > 0


def test_administration_as_a_government_keeps_no_tone() -> None:
    assert tones("The Bush administration met in Washington.", "He works in the administration.") == [0.0, 0.0]


@pytest.mark.parametrize("text", [
    "Ministers share that concern.", "Officials voiced that concern about the plan.",
    "He said that concerns about the plan were growing.",
])
def test_that_before_concern_points_to_a_worry(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "These are the issues that concern the country.", "Anything that concerns the club will be published.",
    "Changes which concern voters were made.",
])
def test_concern_after_what_it_says_is_its_subject_is_a_verb(text: str) -> None:
    assert tones(text) == [0.0]


@pytest.mark.parametrize("text", [
    "Hackers stole the personal data of millions of customers.", "Thieves stole jewellery from his house.",
    "The champions were knocked out in the first round.", "Chelsea knocked out of FA Cup",
    "The storm knocked out power to thousands.", "The striker was sent off for a second yellow card.",
    "Newcastle had Lee Bowyer sent off.", "Last year was the hottest on record.",
    "July was the hottest month ever recorded in Spain.", "This summer was the hottest since records began.",
])
def test_a_theft_a_knock_out_a_red_card_and_record_heat_read_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "He stole two bases.", "He stole a march on his rivals.",
    "Exeter knocked out Doncaster on Saturday.", "The samples were sent off for testing.",
    "The letters were sent off to London.", "It is one of the hottest tickets in town.",
    "He was the hottest favourite so far.",
])
def test_a_sports_steal_a_winners_knock_out_a_parcel_sent_off_and_a_hot_ticket_carry_none(text: str) -> None:
    assert tones(text)[0] == 0


def test_a_sports_steal_of_a_place_reads_as_taking_it() -> None:
    assert tones("Jones stole top spot from Johnson.") == tones("Jones took top spot from Johnson.")


@pytest.mark.parametrize("text", [
    "The ceasefire held overnight.", "The truce in Gaza has held for a month.", "The truce is still holding.",
    "The ceasefire between Israel and Hezbollah has largely held since November.",
    # past a phrase of where the truce is
    "The ceasefire in Sudan held for a third day.", "The truce in southern Lebanon held overnight.",
])
def test_a_truce_that_held_is_good_news(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "The ceasefire meeting was held in Cairo.", "The ceasefire talks were held in Cairo.",
    "The ceasefire line runs north.",
    "Talks on a ceasefire in Sudan held in Jeddah ended.",  # talks held somewhere: a meeting's
    "The ceasefire held talks.", "The truce commission has held a vote.",  # "held" with an object: a meeting's
])
def test_a_truce_that_no_one_says_held_carries_no_tone(text: str) -> None:
    assert tones(text)[0] == 0


@pytest.mark.parametrize("theft, sport", [
    ("A man stole two cars from a showroom.", "He stole two bases in the ninth inning."),
    ("Burglars stole three paintings from the gallery.", "Jeter stole two ninth-inning bases as New York won."),
])
def test_a_count_of_things_stolen_is_a_theft_where_a_count_of_bases_is_a_sport(theft: str, sport: str) -> None:
    assert tones(theft)[0] < 0 <= tones(sport)[0]


@pytest.mark.parametrize("search, neutral", [
    ("Divers continued the recovery of bodies from the wreck.",
     "Divers continued the removal of bodies from the wreck."),
    ("The recovery of the victims' remains could take months.",
     "The identification of the victims' remains could take months."),
    ("Police said the search had become a recovery operation.",
     "Police said the search had become a police operation."),
])
def test_a_searchs_recovery_of_the_dead_is_no_improvement(search: str, neutral: str) -> None:
    assert tones(search) == tones(neutral)


@pytest.mark.parametrize("text", ["The recovery remained fragile.", "Economists expect a weak recovery next year.",
                                  "The recovery is still fragile."])
def test_a_recovery_called_shaky_is_bad_news(text: str) -> None:
    # the words that call it shaky say the news: the recovery's +2.0 had outweighed "fragile" and "weak"
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", ["The recovery of the economy was faster than expected.",
                                  "She is making a good recovery in hospital.",
                                  "Sales staged a recovery from weak demand.",
                                  # a "but" turns the word that called it shaky (it read 0)
                                  "The recovery was slow but steady."])
def test_a_recovery_of_health_or_of_an_economy_stays_good(text: str) -> None:
    assert tones(text)[0] > 0


def test_flood_defences_name_the_protection_not_a_flood() -> None:
    # defences that held or protect homes are good news; a flood that breached them keeps its bad sense
    held, new = tones("The flood defences held overnight, sparing the town.", "New flood defences will protect homes.")
    assert held > 0 and new > 0
    assert tones("Flood waters breached the defences.")[0] < 0


def test_a_named_storm_is_the_bad_sense_and_a_team_called_storm_none() -> None:
    storm, team = tones("Storm Darragh left 400,000 homes without power.", "Fans of the Seattle Storm cheered.")
    assert storm < 0 < team  # "Storm Darragh" read 0: no neighbour of "storm" said the weather's


def test_a_strong_wind_or_quake_is_a_force_and_no_good_news() -> None:
    assert max(tones("Strong winds helped the wildfire spread.", "A strong earthquake shook the island.")) < 0


@pytest.mark.parametrize("text", ["Storm Shadow deliveries resumed in March.",
                                  "Storm Center forecasters expect light rain on Tuesday."])
def test_a_thing_named_storm_is_no_named_storm(text: str) -> None:
    assert tones(text)[0] == 0  # a missile, a forecasters' desk: each read as a storm that hit (-9.2, -6.9)


@pytest.mark.parametrize("text", ["Storm Reid starred in the film.", "Storm Keating said the show was fun.",
                                  "The film stars the actress Storm Reid."])
def test_a_person_named_storm_is_no_named_storm(text: str) -> None:
    assert tones(text)[0] >= 0  # each read as a storm that hit ("Storm Reid starred in the film" −9.2)


def test_a_person_named_storm_listed_with_another_is_no_named_storm() -> None:
    # "Storm Reid and Zendaya attended the premiere" read −6.1; two storms listed stay storms
    person, storms = tones("Storm Reid and Zendaya attended the premiere in London.",
                           "Storm Ciarán and Storm Domingos battered the coast.")
    assert person == 0 and storms < 0


@pytest.mark.parametrize("text", [
    "Dyke reopens WMD row", "A row over the colour orange could hit the courts.", "Row over Australian army photo",
    "The row between the two camps deepened.", "A row broke out over ticket prices.", "Campbell is at the centre of a "
    "new political row.", "The remarks sparked a row with Brussels.", "Ministers reopened the row over tuition fees.",
    # "in a row" after no count of a run: one is in the quarrel ("in a row over" read 0)
    "The club is locked in a row with its landlord.", "The council is in a row over bin collections.",
])
def test_a_row_that_its_neighbours_call_a_quarrel_reads_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "Leicester lock Ben Kay replaces Bath second row Steve Borthwick.", "It was their third game in a row over Easter.",
    "The rows of seats at the stadium were painted blue.", "He opted for Nyanga in the back row instead.",
    # "in a row with" is a run's, not "a row with" someone (each read −3.0)
    "United made it three matches in a row with a draw at Villa Park.",
    "It was the fourth year in a row with average rainfall in the county.",
])
def test_a_row_of_seats_of_a_scrum_or_of_games_carries_no_tone(text: str) -> None:
    assert tones(text) == [0.0]


@pytest.mark.parametrize("text", [
    # a row of a table or of a hall, "a row with" after no one who has it (each read −3.5 or −4.3 as a quarrel)
    "Seats were arranged in a row with a view of the stage.", "Click a row with the mouse to open the record.",
    "The singers stood in a row with the orchestra behind them.", "Fans sat in a row with their scarves raised.",
])
def test_a_row_with_something_that_no_one_has_is_no_quarrel(text: str) -> None:
    assert tones(text) == [0.0]


def test_a_row_with_someone_that_one_has_or_is_in_is_a_quarrel() -> None:
    assert all(t < 0 for t in tones("The minister had a row with his officials.", "He left after a row with his "
                                    "manager.", "The council is in a row with its landlord."))


@pytest.mark.parametrize("text", [
    "The vote reopened deep divisions within the party.", "The referendum exposed bitter divisions.",
    "Sectarian divisions have deepened since the election.",
])
def test_divisions_that_a_quarrel_word_names_are_a_dispute(text: str) -> None:
    assert tones(text)[0] < 0  # each read 0


@pytest.mark.parametrize("text", [
    "The company reorganised its business into three divisions.", "The army's two divisions were moved north.",
    "Leyton Orient play in the third division this season.", "Sales in the group's internal divisions were flat.",
])
def test_a_firms_an_armys_or_a_leagues_divisions_carry_no_tone(text: str) -> None:
    assert tones(text) == [0.0]


@pytest.mark.parametrize(("text", "sign"), [
    ("The museum reopened to the public after a two-year refurbishment.", 1),
    ("The ski resort reopened after a month-long closure.", 1),
    ("Police reopened the case after new evidence emerged.", 0),
    ("The decision reopened the debate over assisted dying.", 0),
    ("The report reopens the feud between the two families.", -1),
])
def test_a_place_reopened_is_good_news_and_a_quarrel_or_an_inquiry_reopened_none(text: str, sign: int) -> None:
    value = tones(text)[0]
    assert (value > 0) - (value < 0) == sign


@pytest.mark.parametrize("text", [
    "The storm brought down trees across Cornwall overnight.", "The storm tore the roof off a school in Galway.",
    "The storm cut power to 40,000 homes.",
])
def test_a_storm_that_brings_things_down_reads_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", ["The band took Glastonbury by storm.",
                                  "The K-pop group took the Coachella crowd by storm on Friday night.",
                                  "The show has taken Broadway by storm."])
def test_a_success_taken_by_storm_reads_good(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", ["Homes were hit by Storm Bert on Sunday.",
                                  "Homes along the coast were battered by Storm Amy, which took the roof off a school.",
                                  "The tropical storm took the roof off the school."])
def test_a_storm_of_the_weather_near_a_take_stays_bad_news(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", ["Protesters took the presidential palace by storm on Saturday.",
                                  "Rebel troops took the city by storm after a week of shelling.",
                                  "Supporters stormed the Capitol on January 6."])
def test_a_place_taken_by_storm_or_stormed_is_an_attack(text: str) -> None:
    # "took the palace by storm" read as a success (+2.1), "stormed the Capitol" as the supporters' +
    assert tones(text)[0] < 0


def test_a_storm_taken_is_read_as_the_lexicons_triumph() -> None:
    assert tone.lexicon()["triumph"] == TRIUMPH


@pytest.mark.parametrize("text", [
    "Police clashed with farmers in the capital.",  # one side armed, the other of no tone
    "Troops clashed with villagers near the border.",
    # the clash is real, the arrests none: no relief
    "No one was arrested when protesters clashed with police.",
])
def test_a_clash_that_is_a_fight_is_bad_news(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "Labour and the Tories have clashed over tax and spending.",  # a quarrel
    "Chelsea face Barcelona in Sunday's Champions League clash.",  # a fixture
    "The concert dates clash with the festival.",
])
def test_a_clash_that_is_no_fight_carries_no_tone(text: str) -> None:
    assert tones(text)[0] == 0
