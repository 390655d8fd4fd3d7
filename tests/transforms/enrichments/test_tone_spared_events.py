"""Events of harms that befell none, a fault's own doing mended, coal burned, levels after a span, finds by scans;
events that did harm after all, remedies that never came."""

from __future__ import annotations

import pytest

from transforms.enrichments import tone
from transforms.enrichments.batch import ParagraphBatch


def tone_of(text: str) -> float:
    return float(tone.rows(ParagraphBatch([text], ["p"], ["a"]))["tone"][0])


@pytest.mark.parametrize(("good", "bad"), [
    # the event of a harm that befell no one is no bad news of its own
    ("None of the passengers was injured in the emergency landing, the airline said.",
     "Two of the passengers were injured in the emergency landing, the airline said."),
    ("No customer accounts were affected by the outage, the bank said.",
     "About 10,000 customer accounts were affected by the outage, the bank said."),
    ("None of the 120 guests was hurt in the hotel fire, police said.",
     "Four of the 120 guests were hurt in the hotel fire, police said."),
    # "none of ..." reaches its passive's participle as "not one of ..." does
    ("None of the 30 pupils were hurt.", "Five of the 30 pupils were hurt."),
    # a fault's own doing is mended with the fault
    ("Samsung rolled out a fix for the glitch that drained phone batteries overnight.",
     "Samsung found the glitch that drained phone batteries overnight."),
    ("Microsoft shipped a patch for the flaw that crashed Outlook for millions of users.",
     "Microsoft admitted the flaw that crashed Outlook for millions of users."),
    # the burning of coal is a pollutant's source: its fall good news, its rise bad, as emissions'
    ("Global coal consumption fell by 2% in 2025, the IEA said.", "Global coal consumption rose by 2% in 2025."),
    ("Coal use in China fell for the first time in a decade.", "Coal use in India rose to a record last year."),
    # a quantity's own level after "to", past a span of months, is its move's second word
    ("Waiting lists in England fell for the sixth month in a row, to their lowest level since 2023.",
     "Waiting lists in England rose for the sixth month in a row, to their highest level since 2023."),
    ("Inflation eased for a second month running, to its lowest rate since 2021.",
     "Inflation rose for a second month running, to its highest rate since 2021."),
])
def test_a_harm_spared_or_undone_reads_good_and_the_harm_done_bad(good: str, bad: str) -> None:
    assert tone_of(good) > 0 > tone_of(bad)


@pytest.mark.parametrize("text", [
    "No one was arrested after two people were injured in the attack.",  # the "no" negates another verb
    "The bank said no compensation would be paid to customers affected by the outage.",
    "Nobody was hurt in the blast, but 40 homes were damaged by the fire that followed.",  # a harm that came
    "Apple released a fix, but the bug that drained batteries returned a week later.",  # no remedy "for" the bug
    # a fault's own doing mended reaches its object, not the remedy's own news after it
    "A patch for the bug that crashed phones made the problem worse.",
    "Apple's patch for the bug that slowed iPhones brought fresh complaints.",
    "Shares in the coal miner fell 5% after profits dropped.",  # a miner's shares, no coal burned
    "Profits fell for a third quarter in a row, to their lowest level since 2009.",  # a good quantity's level
])
def test_the_rules_leave_other_news_bad(text: str) -> None:
    assert tone_of(text) < 0


@pytest.mark.parametrize(("found", "seen"), [
    ("Their tumours were picked up by scans.", "Their tumours were found by scans."),
    ("Shares in the firm were snapped up by investors.", "Shares in the firm were bought by investors."),
])
def test_a_particle_before_its_doer_moves_no_quantity(found: str, seen: str) -> None:
    assert tone_of(found) == tone_of(seen)


def test_a_rise_by_a_size_is_still_read() -> None:
    assert tone_of("Sales picked up by 5% in March.") > 0


@pytest.mark.parametrize("text", [
    # a sentence that goes on, past "but" or "though", to a harm that came keeps its event's tone
    "No one was hurt in the fire, but 30 families lost their homes.",
    # an event its own clause of harm follows did harm: not spared
    "None of the rescued was hurt in the fire that killed 12.",
    "No diplomats were hurt in the attack that gutted the embassy.",
    "No one was injured in the fire, which gutted the warehouse.",
    "No staff were affected by the cyberattack that crippled the council's systems for a week.",
    # a quantity's window ends at "but": the 40 who lost their jobs are no fall of the layoffs
    "None of the 300 staff were affected by the layoffs at first, but 40 lost their jobs.",
    # "crashes" is a crash's plural, not a word of no tone
    "The fix for the flaw that wiped photos caused more crashes.",
    # a remedy that never came mends nothing
    "A fix for the flaw that let hackers in was never shipped.",
    "A patch for the bug that crashed phones has yet to be released.",
    "The update meant to fix the flaw that leaked passwords never arrived.",
    "Apple has yet to release a patch for the flaw that crashed phones.",
    # a "when" clause whose own verb did harm: the event harmed what the "no one" left out
    "No one was injured when the bomb destroyed the police station.",
    "Two workers were injured when the scaffolding collapsed.",  # no negation: the harm came
])
def test_an_event_that_did_harm_and_a_remedy_that_never_came_read_bad(text: str) -> None:
    assert tone_of(text) < 0


@pytest.mark.parametrize("text", [
    "No one was injured in the blast, police said.",
    "None of the passengers was hurt in the crash landing, the airline said.",
    "Nobody was hurt in the fire, which firefighters put out within an hour.",  # the clause is no harm
    "No one was killed in the earthquake that struck off the coast on Sunday.",  # its coming is no harm done
    "No one was injured in the crash, which happened shortly after 8am.",
    "No one was injured in the crash, and the road reopened by noon.",
    "Microsoft has released a fix for the bug that crashed Outlook.",  # a remedy that came
    "A fix for the bug that crashed laptops was released on Tuesday.",
    # the event in a "when" clause after the harm that befell no one
    "No one was injured when a freight train derailed.",
    "Nobody was hurt when the bus overturned on the motorway, police said.",
])
def test_a_harm_that_befell_no_one_and_a_remedy_that_came_still_read_good(text: str) -> None:
    assert tone_of(text) > 0
