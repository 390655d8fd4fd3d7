"""Places: the Pacific's islands named alone, Santiago de Chile in full, and a famous city's namesake beside its
neighbour in a story's pair of places ("Storms hit Perth and Inverness", "Power cuts in Manchester and Nashua")."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def _places(text: str) -> list[tuple[str, str]]:
    rows = places.rows(ParagraphBatch([text], ["p0"], ["a0"]))
    return sorted(zip(rows["text"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    ("Flights from Auckland to Rarotonga resumed.", [("Auckland", "NZ"), ("Rarotonga", "CK")]),
    ("A cyclone struck Upolu overnight.", [("Upolu", "WS")]),
    ("Roads were cut across Viti Levu.", [("Viti Levu", "FJ")]),
    ("A ferry sank off Espiritu Santo.", [("Espiritu Santo", "VU")]),
])
def test_pacific_islands_named_alone_are_their_states(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


def test_santiago_de_chile_is_one_mention_of_the_city() -> None:
    assert _places("Protesters marched in Santiago de Chile on Sunday.") == [("Santiago de Chile", "CL")]


def test_inverness_named_alone_is_the_highlands_city() -> None:
    assert _places("Storms hit Inverness on Friday.") == [("Inverness", "GB")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Storms hit Perth and Inverness overnight.", [("Inverness", "GB"), ("Perth", "GB")]),
    ("Power was cut in Perth and Glasgow.", [("Glasgow", "GB"), ("Perth", "GB")]),
])
def test_a_large_city_beside_a_news_town_of_its_namesakes_region(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


def test_a_journeys_ends_keep_the_large_city_beyond_the_near_namesake() -> None:
    # Scotland's Perth lies 130 km from Inverness: near enough for one storm, not for a route's two ends
    assert _places("Flights between Perth and Inverness were cancelled.") == [("Inverness", "GB"), ("Perth", "AU")]


def test_a_news_town_beside_a_neighbour_of_its_namesake_is_that_namesake() -> None:
    assert _places("Power cuts in Manchester and Nashua left thousands in the dark.") == [("Manchester", "US"),
                                                                                          ("Nashua", "US")]


def test_a_news_town_beside_a_far_small_town_stays_itself() -> None:
    # no Leeds near Nashua: Leeds is England's, and Nashua needs its country named
    assert _places("Storms hit Leeds and Nashua.") == [("Leeds", "GB")]
