"""Events of harms that befell none, a fault's own doing mended, coal burned, levels after a span, finds by scans."""

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
