"""A harm a verb reduces is good news, and pressure taken off or eased relief; the same verbs where what they cut is
no harm keep their bad news."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "Officials said mangrove restoration had cut flood damage in low-lying villages.",
    "The new sea wall has cut flood damage in the town by half.",
    "Tighter rules have curbed pollution along the river.",
    "Better forecasts lowered the death toll from heatwaves.",
    "The Electoral Commission said the scheme could cut errors.",
    "The new timetable will reduce the delay problems on the line.",
])
def test_a_harm_reduced_reads_good(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    # what was cut is no harm, and the harm is past a preposition: where or for what, not what was cut
    "Floods cut power to the town.",
    "The factory cut jobs after the storm.",
    "The council cut funding for flood defences.",
    # a weak bad word of a plain second sense is no harm, nor an adjective before the object's head
    "The firm wants to cut pay.",
    "The minister would cut low priority spending and the crisis would deepen.",
    # "cut" a noun, the words after it its clause's verb
    "A power cut hit the hospital during the storm.",
    "The cut in aid deepened the crisis.",
    # a reduction that failed keeps its harm
    "The council failed to reduce crime.",
])
def test_a_cut_of_no_harm_keeps_its_bad_news(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "The surge of new apartments is finally taking some pressure off rents in Calgary.",
    "Extra beds took the pressure off the emergency department.",
    "The new bus lanes are easing pressure on the crowded trains.",
])
def test_pressure_taken_off_or_eased_reads_good(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "Pressure on rents is rising in Calgary.",
    "Strikes put pressure on the government.",
])
def test_pressure_put_on_stays_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    # "lowered" moves the quantity after it as "cut" does: the risk, the deaths, the unemployment made smaller
    "The drug lowered the risk of stroke.",
    "The new screening programme has lowered deaths from bowel cancer.",
    "The policy lowered unemployment in the north.",
])
def test_a_bad_quantity_lowered_reads_good(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    # a good quantity lowered is bad news, and "lowered" that moves no quantity keeps its own −
    "The firm lowered its profit forecast.",
    "Analysts lowered their price target for the shares.",
    "The crane lowered the boat into the harbour.",
])
def test_a_good_quantity_lowered_stays_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    # a thing lowered is moved down, no harm made smaller: read +4.4 and +7.0, the wreckage averted
    "The crane lowered the wreckage onto a barge.",
    "The crane lowered the wreckage.",
    "Divers lowered the coffin of the crash victim into the grave.",
])
def test_a_harm_that_is_a_thing_lowered_is_no_good_news(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    # a cut or a fall of the harm that a measure of it counts: read −9.2 and −3.1, the deaths and infections kept
    "The treatment cut the number of deaths by a third.",
    "The vaccine cut the rate of infections by half.",
    "The scheme reduced the number of burglaries in the town.",
])
def test_a_harm_a_measure_counts_reduced_reads_good(text: str) -> None:
    assert tones(text)[0] > 0


@pytest.mark.parametrize("text", [
    "The firm cut the number of jobs at the plant.",  # a good quantity, so counted, cut: bad news
    "The bank cut the rate of interest on savings accounts and profits fell.",
])
def test_a_good_quantity_a_measure_counts_cut_stays_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    # a harm's measure one word past the three a cut reaches: read −28.3 and −10.6, "death" a thing lowered
    "Screening lowered the cancer death rate.",
    "The new drug lowered the infant death rate.",
    "The campaign cut the road death rate.",
])
def test_a_harm_named_in_two_words_and_its_measure_reduced_reads_good(text: str) -> None:
    assert tones(text)[0] > 0
