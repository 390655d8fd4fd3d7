"""Words of praise in a capitalised name carry no tone; a price's "worth" none; a theft, a burglary and a mugging read
bad; a clash between gangs or with stewards is a fight; what never reached its end never came."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.tone_texts import tones


@pytest.mark.parametrize("text", [
    "Great Barrier Reef suffers sixth mass bleaching in a decade",
    "Two people were killed in a crash on Good Friday",
    "The Golden State Warriors lost to the Lakers",
    "A fire broke out at Great Ormond Street Hospital overnight.",
])
def test_praise_in_a_name_does_not_outweigh_bad_news(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize("text", [
    "Shoppers queued outside Best Buy on Friday",
    "The ferry to Fair Isle sails on Tuesdays",
    "Trains run every hour to Happy Valley",
    "The Liberty Bell was moved to a new hall in Philadelphia.",
])
def test_praise_in_a_name_has_no_tone(text: str) -> None:
    assert tones(text)[0] == 0


@pytest.mark.parametrize("text", [
    "Great news for savers as rates rise",  # an adjective at a sentence's start, before a word in lower case
    "Good results lifted shares",
    "Happy fans celebrated in the streets of Madrid.",
    "Jubilant Spain revels in its second title.",  # before a name of one word, the first word is an adjective
    "Crude Futures Rise on News of Good Supply",  # a headline in title case keeps its words' tone
])
def test_praise_that_names_nothing_keeps_its_tone(text: str) -> None:
    assert tones(text)[0] > 0


def test_a_name_the_batch_writes_mid_sentence_is_one_at_a_sentence_start_too() -> None:
    assert tones("Great Britain sent 40 athletes. The team from Great Britain arrived.")[0] == 0
    # alone, the places' gazetteer names it ("Jubilant Spain", no place of two words, keeps its praise)
    assert tones("Great Britain sent 40 athletes.")[0] == 0


@pytest.mark.parametrize("text", [
    "Three armed men robbed a jewellery store in central Lyon on Monday afternoon, escaping with watches and jewels "
    "worth an estimated €2 million, police said.",
    "Thieves burgled the home of a pensioner",
    "A tourist was mugged near the station",
    "The cashier was held at gunpoint",
    "Burglars ransacked the home of a pensioner in Leeds.",
    "Spurs said they were robbed by the referee.",
])
def test_a_crime_reads_bad(text: str) -> None:
    assert tones(text)[0] < 0


@pytest.mark.parametrize(("text", "sign"), [
    ("The painting is worth an estimated £3m.", 0),  # a price, no merit
    ("The firm bought $5bn worth of shares.", 0),
    ("The exhibition is well worth a visit.", 1),  # merit
    ("The stock is worth buying, analysts said.", 1),
])
def test_worth_is_merit_but_not_a_price(text: str, sign: int) -> None:
    tone = tones(text)[0]
    assert (tone > 0) - (tone < 0) == sign


@pytest.mark.parametrize(("text", "sign"), [
    ("Fans clashed with stewards", -1),  # a side that is a force of order: a fight
    ("Rival gangs clashed", -1),
    ("Ministers clashed over Brexit", 0),  # a quarrel
    ("Fans clashed with the club over ticket prices", 0),
    ("The help sought by farmers finally arrived", 1),
    ("The aid convoy promised by the UN never reached the besieged city", -1),  # what never reached its end
    ("The fighting never reached the capital", 1),
])
def test_clashes_and_what_never_reached(text: str, sign: int) -> None:
    tone = tones(text)[0]
    assert (tone > 0) - (tone < 0) == sign
