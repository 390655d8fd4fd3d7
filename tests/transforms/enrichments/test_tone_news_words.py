"""Tone of news words for bad events that VADER's lexicon lacks ("wounded", "hostage", "earthquake")."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones
from transforms.enrichments import tone
from transforms.enrichments.tone_news_words import ANALOGUES, NEWS_WORDS


@pytest.mark.parametrize("text", [
    "Japanese citizen reportedly taken hostage in Iraq",
    "Gunmen ambushed the convoy on Wednesday, wounding two of his bodyguards, aides said.",
    "Costa Rica quake",
    "Winn-Dixie files for bankruptcy",
    "Thousands of refugees fled across the border.",
    "Karzai deputy escapes a roadside bombing",  # "escapes" is +0.5 in the lexicon: the bombing outweighs it
    "The region faces famine after a massacre and looting in the capital.",
    "The bus overturned in a ditch, injuring twelve passengers.",  # the lexicon has "injured" only
    "Car bomb injures 20 in Baghdad",
    "A migrant boat capsized off the coast of Libya.",
])
def test_news_words_for_bad_events_read_negative(text: str) -> None:
    assert tones(text)[0] < 0


def test_news_words_take_vaders_rules_as_the_lexicons_words_do() -> None:
    quake, very, without, layoffs = tones("A big earthquake hit today.", "A very big earthquake hit.",
                                          "Opel gets by without layoffs.", "Opel gets by with layoffs.")
    assert very < quake < 0  # the same number of words, one a booster two words before
    assert without > 0 > layoffs  # a negation flips it
    wounded, injured = tones("Three soldiers were wounded.", "Three soldiers were injured.")
    assert wounded == injured  # the valence of its analogue


@pytest.mark.parametrize("text", [
    "Lima gem ends LA drought",
    "A flood of letters came in.",
    "He has been displaced by the arrival of Simon Royce.",
    "The Miami Hurricanes met Florida State.",
    "It was an explosion in consumer technology.",
    "The company shelled out for new offices.",
    "Chelsea are shelling out for the striker.",
    "He wore a bomber jacket.",
    "She was in floods of tears.",
])
def test_words_with_common_other_senses_in_news_carry_no_tone(text: str) -> None:
    assert tones(text) == [0.0]


def test_each_news_word_is_new_to_the_lexicon_and_has_its_analogues_valence() -> None:
    lexicon = tone.lexicon()
    assert not set(NEWS_WORDS) & set(lexicon)  # the lexicon's own words keep their valence
    for word, valence in NEWS_WORDS.items():
        assert word.isascii() and word.replace(" ", "").isalpha() and word.islower(), word
        assert lexicon[ANALOGUES[word]] == valence, word


@pytest.mark.parametrize("text, sign", [
    ("Shares in the carmaker plunged 20%.", -1), ("Sales slumped for a third month.", -1),
    ("The pound tumbled against the dollar.", -1), ("Its sales have slid 41% in the past year.", -1),
    ("US sales at GM sank 12.7% in February.", -1), ("Netflix stock plummets on buzz about Amazon.", -1),
    ("Shares in Jarvis have soared more than 16%.", 1), ("European stocks rallied on Thursday.", 1),
    ("Net profit surged 70%.", 1), ("Shares in ACC fell 5.5%.", -1), ("US retail sales fell 0.3% in January.", -1),
])
def test_the_markets_verbs_read_the_move(text: str, sign: int) -> None:
    assert tones(text)[0] * sign > 0


@pytest.mark.parametrize("text", [
    "Oil prices slid 3 percent on Monday.", "Copper prices surged to 16-year highs.",
    "The cost per megabyte will plummet.", "Sorenstam sank a short putt on the ninth.",
    "Montgomerie sank the winning putt.", "House prices fell 0.4% in October.", "Christmas fell on a Sunday.",
])
def test_a_price_that_moves_and_a_putt_sunk_carry_no_market_tone(text: str) -> None:
    plain = text.replace("winning ", "")
    assert tones(plain) == [0.0]


def test_crimes_of_office_read_as_fraud_and_a_body_against_them_carries_none() -> None:
    bribery, fraud, against = tones("An inquiry into bribery opened.", "An inquiry into fraud opened.",
                                    "The anti-corruption body met.")
    assert bribery == fraud < 0 and against == 0
    assert min(tones("He was cleared of corruption.", "He denied embezzlement.")) < 0


def test_relegation_reads_as_a_defeat_and_avoiding_it_as_good_news() -> None:
    relegated, relegation, avoided = tones("Sunderland were relegated from the Premiership.",
                                           "Relegation would cost the club millions.",
                                           "The club avoided relegation on the last day.")
    assert relegated < 0 and relegation < 0 < avoided


@pytest.mark.parametrize("text", [
    "Firefighters brought the blaze under control overnight.", "Inflation is under control.",
    "The kidnappers released the hostage unharmed.", "The driver escaped unhurt.",
])
def test_good_news_words_read_good(text: str) -> None:
    assert tones(text)[0] > 0


def test_not_under_control_reads_bad() -> None:
    assert tones("The fire is not under control.")[0] < 0


def test_laying_off_staff_reads_as_layoffs() -> None:
    laying, laid, not_laid = tones("Meta is laying off 5% of its staff.", "Unisys to lay off 1,400 workers",
                                   "The company has not laid off a worker since 1945.")
    assert laying < 0 and laid < 0 and not_laid > 0


def test_a_race_laid_off_the_pace_lays_off_no_one() -> None:
    assert tones("The favourite laid off the pace in the early stages.", "She lays off the pace and waits.") == [0, 0]


def test_a_heatwave_is_a_disaster_of_the_weather() -> None:
    assert all(t < 0 for t in tones("A heatwave hit Spain.", "Heat waves are coming to Europe."))


def test_floodwater_is_a_floods_harm_and_one_that_never_came_good_news() -> None:
    hit, spared = tones("Floodwater poured into hundreds of homes.", "The floodwaters did not reach the hospital.")
    assert hit < 0 < spared


@pytest.mark.parametrize("text", [
    "The film opened to glowing reviews.", "She paid a glowing tribute to her predecessor.",
    "The striker steals the show in Madrid.", "Paterson stole the show.", "Tickets sold out in record time.",
    "The gig was a sell-out.",
])
def test_praise_a_stars_night_and_a_sell_out_read_good(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "The minister made false claims.", "The evidence had been fabricated.", "Thousands were put out of work.",
    "Hackers steal the data of millions.",
])
def test_a_false_or_made_up_claim_and_a_job_lost_read_bad(text: str) -> None:
    assert tones(text)[0] < 0


def test_a_cause_sold_out_is_no_sell_out() -> None:
    assert tones("The council sold out to the developers.") == [0]


def test_people_out_of_work_that_fell_is_good_news() -> None:
    assert tones("The number of people out of work fell to 1.2 million.")[0] > 0


@pytest.mark.parametrize("text", ["The patient made a full recovery after the operation.",
                                  "Stock market eyes Japan recovery"])
def test_a_recovery_reads_good(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", ["India and Russia in energy talks", "Weight-loss jabs are sold in pharmacies.",
                                  "Cisco unveils products for disaster recovery",
                                  "Data recovery firms opened in Leeds."])
def test_energy_a_weight_loss_and_a_recovery_service_carry_no_tone(text: str) -> None:
    assert tones(text)[0] == 0


@pytest.mark.parametrize("text", ["Markets remain fragile.", "The central bank warned that the recovery remained "
                                                             "fragile."])
def test_fragile_is_a_state_that_may_break(text: str) -> None:
    assert tones(text)[0] < 0  # "fragile" is not in VADER's lexicon: "Markets remain fragile" read 0


@pytest.mark.parametrize("text, good", [("The band's new album received rave reviews.", True),
                                        ("Police suspect foul play.", False),
                                        ("Police said there was no evidence of foul play.", True)])
def test_rave_reviews_and_foul_play_are_news_words(text: str, good: bool) -> None:
    # each read 0: "rave" and "foul" are no lexicon words, a game's "play" has no tone
    assert (tones(text)[0] > 0) is good


@pytest.mark.parametrize("text", [
    "The burglars failed to take anything.",
    "The hackers failed to access any customer data.",
])
def test_thieves_news_names_failing_at_anything_did_no_harm(text: str) -> None:
    assert tones(text)[0] == 0  # a bad one who failed: no harm, the failure and its doer none


@pytest.mark.parametrize("text", ["Hackers broke into the network.", "Armed robbers held up the bank."])
def test_thieves_news_names_read_bad(text: str) -> None:
    assert tones(text)[0] < 0


def test_wrongdoing_is_bad_news_and_none_found_good() -> None:
    possible, none_found = tones("Prosecutors opened an investigation into possible wrongdoing.",
                                 "The inquiry found no evidence of wrongdoing by the council.")
    assert possible < 0 < none_found


def test_hungry_is_a_want_of_food_but_not_a_wish_or_an_appetite() -> None:
    hungry = tones("Thousands go hungry as food prices soar.", "Millions of children went hungry during the drought.")
    assert max(hungry) < 0
    # a champion hungry for success and a chip less power hungry say no want
    wish, appetite = tones("The champion is still hungry for more success.", "Chips that are less power hungry.")
    assert wish > 0 and appetite == 0


def test_a_charity_that_speaks_is_the_news_source_and_carries_no_kindness() -> None:
    # the hunger is the news ("the charity said" read 0, the charity's +1.8 outweighing it)
    hungry, warned = tones("Thousands will go hungry this winter, the charity said.",
                           "Families will go hungry, said the charity.")
    assert hungry < 0 and warned < 0
    # a charity that acts keeps its tone, and what it says keeps its own
    raised, success = tones("The charity raised £2m for children's hospices.",
                            "The charity said the appeal was a great success.")
    assert raised > 0 and success > 0


def test_helped_is_help_given_and_donations_a_good_quantity() -> None:
    # the lexicon has "help", "helps" and "helping" but not "helped": both read 0
    helped, doubled = tones("Volunteers helped rebuild the school.", "Donations have doubled since the appeal.")
    assert helped > 0 and doubled > 0
    assert tones("Donations to the hospice fell sharply last year.")[0] < 0
    assert tones("The team was not helped by the injury.")[0] < 0


@pytest.mark.parametrize("text, expected", [
    ("The retailer issued a profit warning, sending its shares down 15%.", -1),
    ("Strong gusts fanned the flames.", -1),
    ("The two sides struck a deal to end the strike.", 1), ("The talks failed to reach a deal.", -1),
    ("The Supreme Court blocked the execution.", 1), ("The court refused to halt the execution.", -1),
])
def test_a_profit_warning_flames_fanned_a_deal_and_an_execution_halted_read_as_a_reader_reads_them(
        text: str, expected: int) -> None:
    tone_ = tones(text)[0]  # read +1.1, 0, 0 and −4.6: "profit" +1.9, no tone for the flames or a deal, "blocked" −1.1
    assert (tone_ > 0) - (tone_ < 0) == expected


def test_the_execution_of_a_law_is_no_life_spared() -> None:
    # "blocked the execution" is a death sentence held off; "the execution of the law" is a law carried out (+3.2)
    spared, law = tones("The Supreme Court blocked the execution.",
                        "The court blocked the execution of the law on abortion rights, leaving clinics shut.")
    assert spared > 0 and law <= 0


@pytest.mark.parametrize("text", [
    "The Iberian lynx is still classed as endangered.",
    "Approval ratings rose for the dictator.",
    "Thousands marched against the military dictatorship.",
    "Vandals daubed graffiti on a synagogue in Melbourne overnight, police said.",
    "The president used the inquiry to purge his rivals from the party.",
])
def test_a_species_at_risk_a_ruler_by_force_vandals_and_a_purge_of_people_read_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "The Iberian lynx is no longer classed as endangered.",
    "The factory reopened, bringing back 300 jobs.",
    "Schools reopen on Monday across the region.",
    "The two sides struck a trade deal on Friday.",
    "The rivals struck a peace deal in Doha.",
])
def test_a_species_no_longer_at_risk_a_place_open_again_and_a_deal_of_a_kind_read_good(text: str) -> None:
    assert tones(text)[0] > 0


def test_a_purge_of_things_is_no_purge_of_people() -> None:
    assert tones("The manifesto promised a purge on bureaucracy.")[0] >= 0


@pytest.mark.parametrize("text", [
    "Half a million homes were without power on Sunday night.",
    "More than 200,000 customers were without electricity in Texas on Monday.",
    "Fresh speculation of a rift followed Mr Blair and Mr Brown's separate speeches.",
])
def test_homes_without_power_and_a_rift_between_allies_read_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "The bald eagle was removed from the endangered species list.",
    "The grey wolf was taken off the endangered species list.",
    "The EU and India struck a landmark trade deal after 18 years of talks.",
    "Britain and Canada sealed a major trade deal.",
])
def test_a_species_off_the_endangered_list_and_a_deal_of_two_kind_words_read_good(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "Britain and the US struck a historic new trade deal on Thursday.",  # −2.1: "struck" read, no deal
    "The two countries clinched a landmark free trade deal.", "Japan and the EU sealed a major new ceasefire deal.",
])
def test_a_deal_of_three_kind_words_reads_good(text: str) -> None:
    assert tones(text)[0] > 0


def test_a_deal_of_three_kind_words_only_sought_has_no_tone_of_its_own() -> None:
    assert tones("Talks to strike a historic new trade deal collapsed.")[0] < 0


def test_the_rift_valley_is_a_place() -> None:
    assert tones("The Rift Valley runs through Kenya.") == [0.0]


def test_a_markets_selling_restrictions_lifted_are_no_restriction_eased() -> None:
    fell, eased = tones("Google's shares fell as selling restrictions were lifted.", "Covid restrictions were lifted.")
    assert fell < 0 < eased


@pytest.mark.parametrize("text", [
    # a seller's price cut: good news to its buyers, a loss of margin to the seller and its rivals (as a price's move)
    "The supermarket cut prices on bread and milk.", "The airline slashed its fares to Miami.",
    "BT cuts prices for telecom rivals.", "A price cut.", "Analysts expect a rate cut in June.",
])
def test_a_price_cut_carries_no_tone(text: str) -> None:
    assert tones(text) == [0.0]


@pytest.mark.parametrize("text", [
    # what one is made to pay, cut, is good news; a cut of jobs or funding bad
    ("The council cut fees for students.", 1), ("Energy firms cut bills for millions of households.", 1),
    ("The company cut 2,000 jobs.", -1), ("The council cut funding for libraries.", -1),
])
def test_a_cut_of_a_burden_or_of_jobs_keeps_its_tone(text: tuple[str, int]) -> None:
    sentence, sign = text
    assert tones(sentence)[0] * sign > 0


@pytest.mark.parametrize("text", [
    "Prices were cut across the range.", "Fares have been slashed on all routes.",
    "Prices have been cut by up to 40%.",
])
def test_a_passive_price_cut_carries_no_tone(text: str) -> None:
    assert tones(text) == [0.0]


@pytest.mark.parametrize("text", [
    "The president conceded defeat and congratulated his rival.",  # read −6.25: only the defeat had tone
    "The family were finally reunited after years apart.",  # read 0
    "Relatives have been reunited on air.",
])
def test_a_congratulation_and_a_reunion_are_good_news(text: str) -> None:
    assert tones(text)[0] > 0
