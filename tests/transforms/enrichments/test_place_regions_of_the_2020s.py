"""Regions and towns of the 2020s' news outside Europe's and America's cities: the Horn of Africa's, the Caucasus',
the Balkans' and Central Asia's regions, and small towns of disaster news, where their country is named."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def codes(text: str) -> list[tuple[str, str, str]]:
    """Return (text as written, kind, country code) of every place found in a one-paragraph article."""
    rows = places.rows(ParagraphBatch([text], ["p0"], ["a"]))
    return list(zip(rows["text"], rows["kind"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    ("Floods in Tajikistan's Khatlon region destroyed 300 homes.",
     [("Tajikistan", "country", "TJ"), ("Khatlon", "region", "TJ")]),
    ("Azerbaijan wants a route through Syunik to Nakhchivan.",
     [("Azerbaijan", "country", "AZ"), ("Syunik", "region", "AM"), ("Nakhchivan", "region", "AZ")]),
    ("Fighting closed the road to Bahir Dar in Ethiopia's Amhara region, and Tigray's leaders split.",
     [("Bahir Dar", "city", "ET"), ("Ethiopia", "country", "ET"), ("Amhara", "region", "ET"),
      ("Tigray", "region", "ET")]),
    ("Somaliland's president visited Berbera.", [("Somaliland", "region", "SO"), ("Berbera", "city", "SO")]),
    ("Milorad Dodik's Republika Srpska defied the court in Sarajevo.",
     [("Republika Srpska", "region", "BA"), ("Sarajevo", "city", "BA")]),
    ("Sweden found a damaged cable in the Baltic Sea off Gotland.",
     [("Sweden", "country", "SE"), ("Gotland", "region", "SE")]),
])
def test_regions_news_names_without_their_country(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Kosovo police closed the bridge in Mitrovica after clashes in Zvecan.",
     [("Kosovo", "country", "XK"), ("Mitrovica", "city", "XK"), ("Zvecan", "city", "XK")]),
    ("The militia pushed from Gondar towards the Sudanese border, Ethiopia said.",
     [("Gondar", "city", "ET"), ("Sudanese", "country", "SD"), ("Ethiopia", "country", "ET")]),
    ("In Stepanakert, now called Khankendi by Baku, few Armenians remain.",
     [("Stepanakert", "city", "AZ"), ("Khankendi", "city", "AZ"), ("Baku", "city", "AZ"),
      ("Armenians", "country", "AM")]),
    # towns under 15,000 of disaster news (towns.tsv), where their state or country is named
    ("A tornado hit Mayfield, Kentucky, destroying the candle factory.",
     [("Mayfield", "city", "US"), ("Kentucky", "region", "US")]),
    ("Wildfires threatened La Ronge in Saskatchewan.", [("La Ronge", "city", "CA"), ("Saskatchewan", "region", "CA")]),
    ("Flooding in New South Wales forced Lismore residents to evacuate.",
     [("New South Wales", "region", "AU"), ("Lismore", "city", "AU")]),
    ("The fire in Lahaina was Hawaii's deadliest.", [("Lahaina", "city", "US"), ("Hawaii", "region", "US")]),
])
def test_towns_as_english_news_spells_them(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert codes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a New Zealand region names its country for the story's towns (Dunedin has a Florida namesake), and a side of a
    # place of that country before a score makes the winner's name a side's town, no person's: New Zealand's Hamilton
    ("Hamilton beat Otago 24-17 in Dunedin on Saturday to reach the final.",
     [("Hamilton", "city", "NZ"), ("Otago", "region", "NZ"), ("Dunedin", "city", "NZ")]),
    ("Otago lost 2-1 to Hamilton on Saturday, ending their unbeaten run.",
     [("Otago", "region", "NZ"), ("Hamilton", "city", "NZ")]),
    # ... but no side of a place beside a player's score: a tennis set, a Formula One tally
    ("Hamilton beat Murray 6-3 in the first set.", []),
    ("Lewis Hamilton beat Russell 12-10 in qualifying head-to-heads this year.", []),
    ("Taranaki beat Southland 35-10 in New Plymouth on Saturday.",
     [("Taranaki", "region", "NZ"), ("Southland", "region", "NZ"), ("New Plymouth", "city", "NZ")]),
    ("Flooding closed roads across Hawke's Bay and the Bay of Plenty on Tuesday.",
     [("Hawke's Bay", "region", "NZ"), ("Bay of Plenty", "region", "NZ")]),
    # the river is no region's mention
    ("The Waikato River burst its banks near Hamilton.", []),
])
def test_new_zealands_regions_are_named_alone(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert codes(text) == expected


def test_mindanaos_autonomous_region_is_the_philippines() -> None:
    assert codes("Mindanao's Bangsamoro region votes in its first parliamentary election.") == [
        ("Mindanao", "region", "PH"), ("Bangsamoro", "region", "PH")]
