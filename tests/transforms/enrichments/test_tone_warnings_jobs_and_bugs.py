"""Warnings and hiring freezes lifted, jobs made redundant, hiring frozen, software bugs, road crashes that move,
"fresh" harms, a relief that it could have been worse, and the same words in other senses."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones
from transforms.enrichments import tone
from transforms.enrichments.batch import ParagraphBatch


def tone_of(text: str) -> float:
    return tones(text)[0]


@pytest.mark.parametrize(("good", "bad"), [
    # a harm's count moves as a harm's: "crashes" as "accidents"
    ("Road crashes fell by 8% last year, police said.", "Road crashes rose by 8% last year, police said."),
    # a warning lifted is a threat eased, as a restriction lifted is
    ("Flood warnings were lifted across the county on Tuesday.",
     "Flood warnings were issued across the county on Tuesday."),
    ("The Met Office lifted its weather warning for the north.",
     "The Met Office issued a weather warning for the north."),
    # a freeze on hiring lifted is work given again
    ("The studio is hiring again after lifting its hiring freeze.", "The studio has announced a hiring freeze."),
])
def test_the_good_news_reads_good_and_its_opposite_bad(good: str, bad: str) -> None:
    assert tone_of(good) > 0 > tone_of(bad)


@pytest.mark.parametrize("text", [
    "Around 300 workers have been made redundant, the union said.",
    "The retailer froze hiring for the rest of the year.",
    "The bank announced a hiring freeze across its UK offices.",
    "A software bug left thousands of customers unable to log in.",
])
def test_jobs_lost_hiring_stopped_and_software_faults_read_bad(text: str) -> None:
    assert tone_of(text) < 0


@pytest.mark.parametrize("text", [
    # a harm that only could have come is a relief
    '"Nobody was hurt in the fire," the chief said, "but it could have been far worse."',
    "No one was injured in the crash, but it could have been a lot worse, police said.",
])
def test_a_relief_reads_good(text: str) -> None:
    assert tone_of(text) > 0


@pytest.mark.parametrize("text", [
    "The surf crashes against the cliffs below the village.",
    "Waves crashed onto the beach as the sun set.",
    "She caught the travel bug on a gap year in Peru.",
    "Microsoft gets the blogging bug",  # a liking caught, no software's fault
    "Astronauts learn to eat bugs if they must.",  # insects
    "Scientists described a new species of bug in the rainforest.",
    "Bug fixes and a faster camera came with the update.",  # a release's faults mended, no fault of the news
])
def test_other_senses_have_no_tone(text: str) -> None:
    assert tone_of(text) == 0


@pytest.mark.parametrize("text", [
    # "fresh" before a harm is more of it, no praise
    "The new timetable has caused fresh problems for passengers.",
    "Apple's update brought fresh complaints from iPhone users.",
])
def test_fresh_harms_read_as_the_harm_with_no_good_part(text: str) -> None:
    row = tone.rows(ParagraphBatch([text], ["p"], ["a"]))
    assert row["positive"][0] == 0 < row["negative"][0]


def test_a_fresh_start_keeps_its_good_news() -> None:
    assert tone_of("The club is hoping for a fresh start under its new manager.") > 0
