"""Tone of a bad thing averted ("avoid bankruptcy") and of one not averted ("did not stop atrocities")."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "The airline secured a loan to avoid bankruptcy.",
    "Unions averted a strike at the plant.",
    "Both pilots escaped injury.",
    "Talks aim to avert pension strike",
    "Alitalia split the airline in two to stave off bankruptcy.",
    "The ceasefire stopped the killings.",
])
def test_a_bad_thing_averted_reads_good(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "The UN said the government did not stop atrocities in the north.",
    "The peacekeepers could not prevent the looting.",
    "The talks failed to avert a strike.",
    "Police were unable to stop the killings.",
])
def test_a_bad_thing_not_averted_reads_bad(text: str) -> None:
    assert tones(text)[0] < 0


def test_not_averting_reads_as_the_bad_thing_alone() -> None:
    not_stopped, alone = tones("They did not stop atrocities.", "They did then see atrocities.")
    assert not_stopped == alone < 0  # neither the verb nor the negation counts: the atrocities do, as they are


def test_a_verb_of_averting_with_no_bad_word_after_it_keeps_its_valence() -> None:
    questions, plain = tones("The minister avoided questions.", "The minister answered questions.")
    assert questions < 0 == plain
    assert tones("Avoid them, he said; bankruptcy followed weeks later.")[0] < 0  # four words on: out of reach


def test_escape_averts_only_the_word_right_after_it() -> None:
    injury, bombing = tones("The pilot escaped injury.", "Karzai deputy escapes a roadside bombing")
    assert injury > 0 > bombing  # a bombing escaped happened


@pytest.mark.parametrize("text", [
    "A bus stop attack.", "The non-stop violence continued for days.", "An escaped killer is on the run.",
    "Three escaped prisoners are still at large.", "Escaped murderer recaptured", "The pit stop crash hurt two.",
    "Gunmen attacked the bus stop, killing two.",
])
def test_a_noun_or_an_adjective_of_a_verb_of_averting_averts_nothing(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", ["The train made an unscheduled stop at Crewe.", "The next stop on the tour is Paris.",
                                  "The bus stops outside the school.", "Their last stop was Rome."])
def test_stop_as_a_noun_has_no_tone(text: str) -> None:
    assert tones(text) == [0.0]  # VADER's "stop" (−1.2) is a command; a bus's stop is no bad news


@pytest.mark.parametrize("text", [
    "Police put a stop to the looting.", "Both pilots escaped injury.", "The firm narrowly escaped bankruptcy.",
    "The deal will stop the strike.",
    # a relative "that" and a number are a verb's subject, not a noun's determiner
    "Drugs that stop cancer spreading.", "Measures that stop the killing were agreed.",
    "All four escaped injury.", "Three escaped death when the roof fell in.",
])
def test_the_verb_still_averts_beside_its_nouns(text: str) -> None:
    assert tones(text)[0] > 0


def test_a_number_before_escaped_is_its_subject_as_any_other() -> None:
    four, pilot = tones("All four escaped injury in the crash.", "The pilot escaped injury in the crash.")
    assert four == pilot  # "four escaped" read as "an escaped injury", averting nothing (-12.5)


@pytest.mark.parametrize("text", [
    "Rebels freed two hostages.", "Gunmen released the hostage on Sunday.", "Hostages freed in Iraq",
    "The two hostages were released on Sunday.", "Militants release hostages",
])
def test_captives_released_read_good(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "Rebels have not released the hostages.", "The kidnappers refused to release the hostages.",
    "The hostages were not freed.", "The gunmen failed to free the hostages.",
])
def test_captives_not_released_read_bad(text: str) -> None:
    assert tones(text)[0] < 0


def test_releasing_averts_only_a_captive() -> None:
    statement, plain = tones("Police released a statement about the attack.",
                             "Police read a statement about the attack.")
    assert statement == plain < 0  # the attack is no captive: it happened
    assert tones("The film was released on Friday.") == [0.0]


@pytest.mark.parametrize("text", [
    "The jury cleared him of all charges.", "The pair were cleared of charges of fraud.",
    "The sprinter was cleared of a doping offence.", "He was acquitted of murder.",
])
def test_one_cleared_of_a_charge_reads_good(text: str) -> None:
    assert tones(text)[0] > 0


def test_one_not_cleared_of_a_charge_reads_bad() -> None:
    not_cleared, not_acquitted = tones("He was not cleared of the charges.", "The court failed to acquit him of fraud.")
    assert not_cleared < 0 and not_acquitted < 0


@pytest.mark.parametrize("text", [
    "The appeal court cleared the nurse of all charges.", "The inquiry cleared Smith of misconduct.",
    "The court acquitted the three activists of all charges.", "A jury cleared the two officers of murder.",
])
def test_a_clearing_verb_reaches_past_the_one_it_clears_to_the_charge(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "Police cleared the scene of the crash.", "Crews cleared the rest of the wreckage.",
    "There was clear evidence of fraud.", "The judge refused to acquit the officers of murder.",
    "The court did not clear the nurse of all charges.",
])
def test_a_place_cleared_an_adjective_clear_and_a_clearing_undone_clear_no_charge(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text, sign", [
    ("The club came out of administration.", 1), ("The airline emerged from bankruptcy.", 1),
    ("The way out of crisis is autonomy.", 1), ("The retailer went into administration.", -1),
])
def test_a_way_out_of_insolvency_averts_it(text: str, sign: int) -> None:
    assert tones(text)[0] * sign > 0


def test_out_of_and_emerged_from_avert_nothing_but_insolvency() -> None:
    assert tones("He acted out of blind panic.")[0] < 0  # a motive, no way out of it
    assert tones("Survivors emerged from the wreckage.")[0] < 0


@pytest.mark.parametrize("text, sign", [
    ("The airline will cut 2,000 jobs to save money.", -1), ("Embassies will close in an effort to save money.", 0),
    ("The deal will save the NHS $625m.", 1), ("The plant was kept open to save 3,000 jobs.", 1),
])
def test_to_save_money_is_a_motive_of_no_tone(text: str, sign: int) -> None:
    value = tones(text)[0]
    assert (value > 0) - (value < 0) == sign


@pytest.mark.parametrize("text", [
    "Shares eased as fears of a recession grew.", "Prices eased, but concerns about inflation remain.",
    "Oil eased while worries about supply persisted.", "Stocks eased on fears of a slowdown.",
])
def test_a_worry_past_an_intransitive_verb_of_easing_is_not_eased(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "The statement eased investors' fears of a recession.", "The ruling calmed some concerns about the deal.",
    "The figures eased fears of a recession.",
])
def test_a_worry_that_is_the_object_of_a_verb_of_easing_is_eased(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("after", [
    ". Violence erupted.", ", but violence erupted.", " as violence erupted.", ", fears grew.",
])
def test_what_an_eased_worry_is_about_ends_with_its_clause(after: str) -> None:
    # A bad word in the next sentence or clause is no cause of the worry eased: it keeps its tone, so it lowers the
    # paragraph's (it read as averted, and raised it: "The talks eased tensions. Violence erupted." read +14.8).
    eased, = tones("The talks eased tensions.")
    assert tones("The talks eased tensions" + after)[0] < eased
    assert tones("The talks eased fears over the crisis.")[0] > 0  # a preposition says what the worry is about


@pytest.mark.parametrize("text", ["Ukraine and Russia exchanged hundreds of prisoners of war on Saturday.",
                                  "The two sides swapped prisoners."])
def test_a_prisoner_swap_releases_its_captives(text: str) -> None:
    assert tones(text)[0] > 0


def test_a_swap_averts_nothing_but_a_captive() -> None:
    assert tones("Troops exchanged fire with the rebels.")[0] < 0


def test_the_captors_of_freed_captives_are_part_of_the_captivity() -> None:
    freed, not_freed = tones("The hostages held by their kidnappers were freed on Sunday.",
                             "The hostages held by their kidnappers were not freed.")
    assert freed > 0 > not_freed


@pytest.mark.parametrize("text", ["Two hostages were killed and three were freed.",
                                  "Prisoners killed in the riot were released to their families for burial."])
def test_what_befell_captives_before_their_release_is_no_captivity(text: str) -> None:
    assert tones(text)[0] < 0  # only a captivity's words ("held by their kidnappers") are freed with the captives


def test_a_captivity_freed_frees_no_word_after_its_participle_or_in_another_paragraph() -> None:
    freed, after, other = tones("The hostages held by their kidnappers were freed.",
                                "The hostages held by their kidnappers were freed, and rebels killed ten villagers.",
                                "Rebels killed ten villagers.")
    assert freed > 0 > other and after < freed


def test_a_passives_freed_reaches_past_the_captivity_a_sentence_names() -> None:
    freed, not_freed = tones("The hostages, held by Hamas since October 2023, were freed on Sunday.",
                             "The hostages, held by Hamas since October 2023, were not freed on Sunday.")
    assert freed > 0 > not_freed


@pytest.mark.parametrize("text", ["Rescuers freed the climbers trapped by the avalanche.",
                                  "Trapped miners freed after three days.",
                                  "The hostages are to be exchanged for Palestinian prisoners.",
                                  "Hundreds of prisoners were swapped on Friday.",
                                  "He was spared jail.", "The river did not flood, and the town was spared."])
def test_people_trapped_and_freed_captives_exchanged_and_a_harm_spared_read_good(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", ["Dozens were trapped under the rubble.",
                                  "The prisoners exchanged blows with the guards."])
def test_people_still_trapped_and_captives_that_exchange_blows_read_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", ["A release of trapped gas caused the explosion at the mine.",
                                  "Rescuers have yet to free the trapped miners.",
                                  "The government has yet to release the hostages."])
def test_a_thing_trapped_and_captives_yet_to_be_freed_read_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "The storm weakened before making landfall, sparing the coast major damage.",
    "The ruling spared the families further distress.", "The judge spared him a prison sentence.",
])
def test_a_verb_of_sparing_reaches_the_harm_after_the_one_spared(text: str) -> None:
    assert tones(text)[0] > 0


def test_spare_as_an_adjective_spares_nothing() -> None:
    assert tones("A shortage of spare parts grounded the fleet.")[0] < 0


@pytest.mark.parametrize("text", [
    "Rescuers cleared the bodies of the dead from the rubble.",
    "Police cleared the square of protesters after clashes.",
])
def test_bodies_or_a_place_cleared_of_something_clear_no_charge(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", ["The tornado spared the town but destroyed farms nearby.",
                                  "The storm spared the old city, destroying farms instead."])
def test_a_verb_of_sparing_reaches_no_harm_past_a_clause(text: str) -> None:
    assert tones(text)[0] < -2


@pytest.mark.parametrize("text", ["The virus spared no one.", "The war spared nobody, young or old.",
                                  "The floods spared no one in the valley, destroying homes and farms alike."])
def test_sparing_no_one_is_a_suffering_and_averts_nothing(text: str) -> None:
    assert tones(text)[0] < 0  # "spared" averted the "no one" after it: +8.1


def test_sparing_no_expense_is_an_effort_of_no_harm() -> None:
    assert tones("The organisers spared no expense.")[0] > 0


@pytest.mark.parametrize("text", ["The rescue package failed to calm the markets.", "The team failed to win.",
                                  "Rescuers were unable to save the child."])
def test_failed_to_and_unable_to_negate_a_good_verb_after_them(text: str) -> None:
    assert tones(text)[0] < 0  # each read as a calm, a win, a rescue


def test_an_undoing_word_negates_its_verb_not_the_verbs_object() -> None:
    assert tones("He refused to condemn the attack.")[0] < 0  # no attack undone


def test_a_batch_with_failed_to_keeps_a_few_as_some() -> None:
    # the words after "failed to" are negated by a copy of the batch's negations: "a few" must be some in it too
    failed, few = tones("The team failed to win.", "A few good men stood firm.")
    assert failed < 0 < few


@pytest.mark.parametrize("text", ["Residents were unable to leave their homes.",
                                  "The government refused to condemn the coup.",
                                  "Police were accused of failing to arrest the gang."])
def test_an_undoing_word_before_a_bad_verb_leaves_it_bad(text: str) -> None:
    # a refusal or a failure of a bad verb is no good news: "unable to leave" read +0.5, the leaving undone
    assert tones(text)[0] < 0


def test_a_bad_verb_after_an_undoing_word_keeps_its_own_valence() -> None:
    # "leave" reads after "unable to" as after "going to"; a good verb is negated ("unable to win")
    unable, going, win = tones("They were unable to leave.", "They were going to leave.", "They were unable to win.")
    assert unable == going < 0 and win < 0


@pytest.mark.parametrize("text", ["The gunman failed to kill anyone.", "The hackers failed to steal any customer data.",
                                  "Troops were unable to destroy the bridge.", "He failed to  hurt anyone."])
def test_a_harm_that_failed_or_was_refused_did_not_happen(text: str) -> None:
    # "kill" read after "failed to", and "failed" with it, as if the killing happened (−4.0)
    assert tones(text)[0] > 0


def test_a_duty_that_failed_keeps_its_bad_verb_and_the_failure() -> None:
    arrest, resign = tones("Police failed to arrest the gang leaders.", "The minister refused to resign.")
    assert arrest < 0 and resign < 0  # no harm: an arrest or a resignation the news wanted


@pytest.mark.parametrize("text", ["The thieves failed to steal anything.", "The attack failed to kill anyone.",
                                  "Armed robbers failed to hurt anyone."])
def test_the_one_who_tried_a_harm_that_failed_says_no_news_of_its_own(text: str) -> None:
    # "thieves" −2.3 outweighed the theft undone: the failure is the news
    assert tones(text)[0] > 0


def test_the_one_who_failed_at_no_harm_keeps_its_tone() -> None:
    # "open" is no harm: the thieves and their failure are read as they were
    assert tones("The thieves failed to open the safe.")[0] < 0


@pytest.mark.parametrize("text", ["The thieves failed to take anything.", "The gunmen failed to find anyone."])
def test_a_bad_one_that_failed_to_do_anything_did_no_harm(text: str) -> None:
    # "take" is no harm of `HARMS`, but thieves failing at anything are: it read −19.2, the thieves and the failure
    assert tones(text)[0] >= 0


@pytest.mark.parametrize("text", ["Rescuers failed to find anyone alive.", "The thieves failed to open the safe."])
def test_one_who_is_no_bad_word_or_failed_at_something_keeps_the_failure(text: str) -> None:
    assert tones(text)[0] < 0


def test_thwart_averts_its_object_and_a_passive_keeps_its_doer() -> None:
    # hackers or a robbery thwarted are averted; a rescue thwarted by bad weather is bad news
    hackers, robbers = tones("A new chip designed to thwart hackers goes on sale.",
                             "Guards thwarted the robbers.")
    assert hackers > 0 and robbers > 0
    assert tones("The rescue was thwarted by bad weather.")[0] < 0


def test_an_attempt_thwarted_averts_the_harm_it_aimed_at() -> None:
    # a plot, an attempt or a bid to do harm that was thwarted or foiled is a harm averted: good news, not a bombing
    plot, attempt, bid = tones("Police thwarted a plot to bomb the station.",
                               "Guards foiled an attempt to smuggle weapons into the prison.",
                               "Troops thwarted a bid to kill the president.")
    assert min(plot, attempt, bid) > 0
    # a plot that was not thwarted, and one to do good, are left as they were
    failed, rescue = tones("Police failed to thwart a plot to bomb the station.",
                           "Bad weather thwarted an attempt to rescue the climbers.")
    assert max(failed, rescue) < 0


@pytest.mark.parametrize("text", [
    # an attempt to do good that was thwarted: the verb of averting reaches no further than its window, and the bad
    # words of those the good was for stay bad (they read +8.2 and +8.3, the injured and the failing hospital averted)
    "Officials thwarted an attempt to help the injured villagers.",
    "Protesters foiled a plan to save the failing hospital.",
    # a noun "foils" before its verb is no verb of averting (it read +5.8, the theft averted)
    "Fencing foils were stolen from the club.",
])
def test_a_good_aim_thwarted_or_a_noun_foils_averts_nothing(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "Nurses voted to accept the pay offer, ending months of strikes.",  # read −0.7, the strikes kept
    "The deal ended the bloody fighting in the region.",
    "Leaders agreed to put an end to the violence.",
])
def test_ending_a_bad_thing_averts_it(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "The match ended in defeat for the hosts.", "His season ended with a serious injury.",
    "They ended up losing the final.", "Since the end of the war, the region has struggled.",
    "The film has a tragic ending.", "Singapore shares end lower.", "The band's story ended tragically.",
    "Gunmen attacked police stations at opposite ends of the city, killing 20.",
    # an end that closes its clause ends nothing in the next one (they read +4.6 and +4.8, the fighting ended)
    "The truce ended, and fighting resumed.", "The season ended and the injuries mounted.",
    "The ceasefire ends as shelling resumes.",
])
def test_an_end_that_came_or_a_nouns_end_averts_nothing(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "The museum returned the looted bronzes to Nigeria.", "The British Museum agreed to return looted artefacts.",
    "Police returned the stolen paintings to the gallery.", "Germany agreed to hand back looted Benin bronzes.",
    "The return of looted art to its owners was welcomed.",
])
def test_loot_returned_is_good_news(text: str) -> None:
    assert tones(text)[0] > 0  # each read bad, the looting kept


@pytest.mark.parametrize("text", [
    "The gang returned to sell stolen phones at the market.", "Tax returns were stolen from the office.",
    "The museum refused to return the looted statues.", "The returning soldiers looted the town.",
])
def test_a_return_that_gives_no_loot_back_keeps_the_theft(text: str) -> None:
    assert tones(text)[0] < 0


def test_a_verb_of_returning_averts_no_harm_but_loot() -> None:
    # "returned" averts only loot, as a verb of releasing only a captive: the attack is still bad news
    assert tones("The soldiers returned the attack with heavy fire.")[0] < 0


def test_a_superlatives_yet_before_to_undoes_nothing() -> None:
    assert tones("Apple unveiled its thinnest iPhone yet to strong early reviews.")[0] > 0
    assert tones("The economy has yet to recover from the crisis.")[0] < 0
