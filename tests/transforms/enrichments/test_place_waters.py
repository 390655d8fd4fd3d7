"""Gulfs, seas, bays and straits named after a place: the water, no mention of the place."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, str, str]]:
    """Return (text as written, kind, country code) of every place found in one paragraph."""
    rows = places.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["kind"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    ("Hurricane Ivan skirted the western tip of Cuba and arced into the Gulf of Mexico.", [("Cuba", "country", "CU")]),
    ("The tanker was seized by Iranian forces in the Gulf of Oman off Fujairah, the UAE's port.",
     [("Iranian", "country", "IR"), ("Fujairah", "city", "AE"), ("UAE", "country", "AE")]),
    ("Pirates hijacked a bulk carrier in the Gulf of Aden, Somalia's coast guard said.",
     [("Somalia", "country", "SO")]),
    ("North Korea fired two missiles into the Sea of Japan.", [("North Korea", "country", "KP")]),
    # ... but the place itself, and a body named after it that is no water
    ("Oman and Mexico signed a deal; the Bank of Japan held rates.",
     [("Oman", "country", "OM"), ("Mexico", "country", "MX"), ("Japan", "country", "JP")]),
])
def test_a_water_named_after_a_place_is_no_mention_of_it(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Cairo, Illinois, where the Ohio River meets the Mississippi, flooded.",
     [("Cairo", "city", "US"), ("Illinois", "region", "US")]),
    ("Barges on the Mississippi River and the Ohio River were stuck.", []),
    ("The Ohio River Valley was flooded; the Missouri river burst its banks near Omaha, Nebraska.",
     [("Omaha", "city", "US"), ("Nebraska", "region", "US")]),
    ("Floods on the Niger River hit Mali.", [("Mali", "country", "ML")]),
    ("South Carolina's Savannah River Site stores nuclear waste.", [("South Carolina", "region", "US")]),
    # ... but the place before any other word, a river's in lower case after its name, or a person's "Rivera"
    ("In Ohio, river levels rose; Ohio Riverside Hospital and Jordan Riverton were shut.",
     [("Ohio", "region", "US"), ("Ohio", "region", "US")]),
])
def test_a_river_named_after_a_place_is_no_mention_of_it(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare "the Mississippi" after a river in its paragraph is the river too, closing a clause or a list
    ("Barges on the Ohio River waited where it meets the Mississippi.", []),
    ("Below the Ohio River, the Missouri and the Mississippi rose.", []),
    # ... but not the state with a noun after it, nor with no river before it
    ("After the Ohio River flooded, the Mississippi governor declared an emergency.",
     [("Mississippi", "region", "US")]),
    ("Storms hit the Mississippi, the governor said.", [("Mississippi", "region", "US")]),
])
def test_a_bare_name_after_a_river_is_the_river(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the river's name is no row, but a US river's name still points a namesake in its article to the US
    ("Georgia's Savannah River Site stores nuclear waste.", [("Georgia", "region", "US")]),
    ("A barge sank in the Hudson River; Georgia officials were not involved.", [("Georgia", "region", "US")]),
    # ... and a river's name of another country points nowhere in the US
    ("Georgia sent aid after the Danube flooded; Tbilisi said so.",
     [("Georgia", "country", "GE"), ("Tbilisi", "city", "GE")]),
])
def test_a_river_name_is_a_clue_for_namesakes(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a "river town" is the place's town, its name no river's
    ("In the Georgia river town of Columbus, the water rose.",
     [("Georgia", "region", "US"), ("Columbus", "city", "US")]),
    ("Colorado river communities, Colorado officials said, need water.",
     [("Colorado", "region", "US"), ("Colorado", "region", "US")]),
])
def test_a_river_town_is_the_place(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare "the Missouri" before a river's verb is the river, with no river named before it, and its state's
    # country still lets in the article's towns
    ("As the Missouri rose past flood stage, officials in Omaha urged residents to leave.", [("Omaha", "city", "US")]),
    ("Barges ran aground where the Mississippi fell to record lows.", []),
    ("Levees held as the Ohio and the Mississippi crested.", []),
    # ... but not the state with a noun after it, nor its team or senate
    ("The Missouri legislature rose for the summer.", [("Missouri", "region", "US")]),
    ("Ohio rose to first in the rankings.", [("Ohio", "region", "US")]),
])
def test_a_bare_name_before_a_rivers_verb_is_the_river(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a country's name that is a river's, in a list with a river of no place's name, or after "River"
    ("Water levels on the Tigris, Euphrates and Jordan have fallen to record lows.", []),
    ("The Nile and the Congo are Africa's two longest rivers.", []),
    ("The Jordan, the Yarmouk and the Litani feed the region's farms.", []),
    ("Pilgrims were baptised in the River Jordan; the River Niger burst its banks.", []),
    # ... and a list of such names after "the" before "rivers"
    ("Barges were stranded on the Ohio and Mississippi rivers.", []),
    ("The Niger and Senegal rivers flooded villages in Mali.", [("Mali", "country", "ML")]),
    # ... but the country beside a river's name that is no list of rivers, and beside another country
    ("Jordan and Egypt met at the Nile's source; Jordan and the Amazonian tribes.",
     [("Jordan", "country", "JO"), ("Egypt", "country", "EG"), ("Jordan", "country", "JO")]),
    ("Egypt and Jordan signed a deal on the Nile.", [("Egypt", "country", "EG"), ("Jordan", "country", "JO")]),
    ("Floods along the Danube and in Hungary.", [("Hungary", "country", "HU")]),
    # ... and beside a river's name that is a land's ("the Nile Delta", "the Amazon region") or a firm's (no "the")
    ("Floods hit Congo and the Nile Delta this week.", [("Congo", "country", "CD")]),
    ("Aid reached Niger, the Amazon region and Bangladesh.",
     [("Niger", "country", "NE"), ("Bangladesh", "country", "BD")]),
    ("Amazon and Tennessee officials announced a new warehouse.", [("Tennessee", "region", "US")]),
    # ... nor a name of the list with a possessive: the country's ("the Amazon and Jordan" alone are rivers)
    ("Fires in the Amazon and Jordan's water crisis topped the agenda.", [("Jordan", "country", "JO")]),
    ("The Tigris, Euphrates and Jordan’s neighbours met.", [("Jordan", "country", "JO")]),
    ("Drought shrank the Amazon and Jordan to record lows.", []),
    ("Ohio rivers and lakes were closed; Ohio and Kentucky rivers rose.",
     [("Ohio", "region", "US"), ("Ohio", "region", "US"), ("Kentucky", "region", "US")]),
])
def test_a_country_in_a_list_of_rivers_is_the_river(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a region of two words or more is no river before a river's verb, nor after a river named in its paragraph
    ("Rents across the Bay Area rose 4% last year.", [("Bay Area", "region", "US")]),
    ("The Ohio River crested, and prices in the Bay Area rose.", [("Bay Area", "region", "US")]),
    # ... where a state's one word still is ("as the Missouri rose", "the Ohio River meets the Mississippi.")
    ("Officials watched as the Missouri rose.", []),
])
def test_a_region_of_several_words_is_no_bare_river(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected
