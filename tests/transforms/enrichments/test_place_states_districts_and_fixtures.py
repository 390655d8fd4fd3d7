"""Places of 2025-2026 news: Sudan's and Pakistan's states and districts with a compass word, Poonch on either side of
the Line of Control, Bolivia's Santa Cruz, Fremantle, Canada Post's codes after a town, and two towns' sides before a
score."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.place_rows import Row, found


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighting flared again in North Darfur, where the RSF has besieged El Fasher for more than a year.",
     [("North Darfur", "North Darfur", "region", "SD"), ("El Fasher", "El Fasher", "city", "SD")]),
    ("Aid agencies warned of famine in Kadugli, the capital of South Kordofan, in 2025.",
     [("Kadugli", "Kadugli", "city", "SD"), ("South Kordofan", "South Kordofan", "region", "SD")]),
    ("Pakistani troops killed 12 militants in North Waziristan, near the Afghan border.",
     [("Pakistani", "Pakistan", "country", "PK"), ("North Waziristan", "North Waziristan", "region", "PK"),
      ("Afghan", "Afghanistan", "country", "AF")]),
    # the region alone stays all of Darfur
    ("Refugees from Darfur crossed into Chad.",
     [("Darfur", "Darfur", "region", "SD"), ("Chad", "Chad", "country", "TD")]),
])
def test_a_state_named_with_its_compass_word_is_that_state(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Shelling across the Line of Control damaged homes in Poonch, officials in Jammu said.",
     [("Poonch", "Poonch", "region", "IN"), ("Jammu", "Jammu", "city", "IN")]),
    ("Pakistan's army said militants crossed into Poonch, near Rawalakot.",
     [("Pakistan", "Pakistan", "country", "PK"), ("Poonch", "Poonch", "region", "PK"),
      ("Rawalakot", "Rawalakot", "city", "PK")]),
])
def test_poonch_is_the_side_of_the_line_of_control_its_article_names(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Floods in Santa Cruz, Bolivia, forced 5,000 families from their homes.",
     [("Santa Cruz", "Santa Cruz", "region", "BO"), ("Bolivia", "Bolivia", "country", "BO")]),
    ("Surfers flocked to Santa Cruz, California, for the contest.",
     [("Santa Cruz", "Santa Cruz", "city", "US"), ("California", "California", "region", "US")]),
    # a bare Santa Cruz names no Bolivia: after "UC" it is the campus's, California's (`place_campuses`)
    ("Students at UC Santa Cruz protested the war in Gaza.",
     [("Santa Cruz", "Santa Cruz", "city", "US"), ("Gaza", "Palestinian Territory", "country", "PS")]),
])
def test_santa_cruz_is_bolivias_where_its_article_names_bolivia(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


def test_fremantle_is_found_as_perths_port() -> None:
    text = "A cargo ship was held at Fremantle port, south of Perth, after officers found stink bugs aboard."
    assert found(text) == [("Fremantle", "Fremantle", "city", "AU"), ("Perth", "Perth", "city", "AU")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Residents of Yellowknife, NT, returned home in September after the wildfire evacuation.",
     [("Yellowknife", "Yellowknife", "city", "CA"), ("NT", "Northwest Territories", "region", "CA")]),
    ("A man from Kamloops, BC, was charged in the case, RCMP said.",
     [("Kamloops", "Kamloops", "city", "CA"), ("BC", "British Columbia", "region", "CA")]),
    # Australia's NT after an Australian town, and capitals that are no province's code after their town
    ("Darwin, NT, recorded its hottest night on record.",
     [("Darwin", "Darwin", "city", "AU"), ("NT", "Northern Territory", "region", "AU")]),
    ("Revenue rose 4% in London, NB: the figures are unaudited.", [("London", "London", "city", "GB")]),
    ("Chipmakers based in Phoenix, ON Semiconductor among them, cut jobs in 2025.",
     [("Phoenix", "Phoenix", "city", "US")]),
])
def test_canada_posts_code_after_a_town_is_its_province(text: str, expected: list[Row]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Hamilton beat Motherwell 2-0 at New Douglas Park on Saturday.",
     [("Hamilton", "Hamilton", "city", "GB"), ("Motherwell", "Motherwell", "city", "GB")]),
    ("Motherwell beat Hamilton 2-0 at Fir Park on Saturday.",
     [("Motherwell", "Motherwell", "city", "GB"), ("Hamilton", "Hamilton", "city", "GB")]),
    # two players
    ("Hamilton beat Russell 2-1 in the final frame at the Crucible.", []),
    ("Jordan beat Hamilton 6-3 in the third set.", []),
])
def test_two_towns_sides_before_a_score_name_their_country(text: str, expected: list[Row]) -> None:
    assert found(text) == expected
