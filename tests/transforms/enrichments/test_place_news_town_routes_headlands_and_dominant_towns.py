"""Places: two news towns on a route each their famous self, a headland named after an island, and a small town
beside a sure place where one city of its name dwarfs the rest."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def _places(text: str) -> list[tuple[str, str]]:
    rows = places.rows(ParagraphBatch([text], ["p0"], ["a0"]))
    return sorted(zip(rows["text"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    ("Flights from Manchester to Boston were cancelled.", [("Boston", "US"), ("Manchester", "GB")]),
    ("Exports from Leeds to Boston fell.", [("Boston", "US"), ("Leeds", "GB")]),
])
def test_a_news_town_beside_another_news_town_stays_itself(text: str, expected: list[tuple[str, str]]) -> None:
    # Boston's US lifted England's Manchester to New Hampshire's, which the article, naming no country, then dropped
    assert _places(text) == expected


def test_a_news_town_still_lifts_a_small_town_of_its_country() -> None:
    assert _places("The TPC of Boston in Norton hosted the event.") == [("Boston", "US"), ("Norton", "US")]


def test_a_headlands_point_is_no_mention_of_the_island_it_is_named_after() -> None:
    assert _places("A swell hit Upolu Point in Hawaii.") == [("Hawaii", "US")]


def test_an_island_named_alone_is_still_its_state() -> None:
    assert _places("The cyclone struck Upolu and moved towards Tonga.") == [("Tonga", "TO"), ("Upolu", "WS")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Protests in Hamburg and Buffalo drew thousands.", [("Buffalo", "US"), ("Hamburg", "DE")]),
    ("Heavy snow closed roads in Toronto and Buffalo.", [("Buffalo", "US"), ("Toronto", "CA")]),
    ("Protests in Leeds and Buffalo drew thousands.", [("Buffalo", "US"), ("Leeds", "GB")]),
    ("Protests in Paris and Knoxville drew crowds.", [("Knoxville", "US"), ("Paris", "FR")]),
])
def test_a_dominant_towns_name_beside_a_sure_place_is_that_town(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Protests in Buffalo drew thousands.", []),  # alone it still needs its country
    ("Fans ate Buffalo wings in Hamburg.", [("Hamburg", "DE")]),
    ("Runners from Kenya, Tyler and Kiplagat led the race.", [("Kenya", "KE")]),  # a comma opens a list of people
])
def test_a_dominant_towns_name_outside_such_a_pair_stays_unread(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(text) == expected
