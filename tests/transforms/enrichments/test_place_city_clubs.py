"""A club news names by its town alone, beside a fixture's word: the town, in the club's country, though the match
report names no country."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch
from transforms.enrichments.place_city_clubs import club_towns
from transforms.enrichments.place_names import gazetteer


def found(text: str) -> list[tuple[str, str, str]]:
    """Return (text as written, row name, country code) of every place found in a one-paragraph article."""
    rows = places.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["name"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    ("Santos beat Flamengo 2-1 on Sunday to climb out of the relegation zone.", [("Santos", "Santos", "BR")]),
    ("Freiburg 2-1 Bochum", [("Freiburg", "Freiburg", "DE"), ("Bochum", "Bochum", "DE")]),
    ("Monza lost 2-1 to Empoli on Saturday.", [("Monza", "Monza", "IT"), ("Empoli", "Empoli", "IT")]),
    # a surname, a fixture's verb with no side after it, no fixture at all: no club, and no country named
    ("Carlos Santos beat Lopez in the final.", []),
    ("Santos beat the odds to finish third.", []),
    ("Police in Santos said the port reopened.", []),
    # "won" or "lost" and a name is an election's or a prize's, not a fixture's: Colombia's president, no club
    ("Santos won Sunday's runoff in Colombia with 51% of the vote.", [("Colombia", "Colombia", "CO")]),
    ("Leverkusen won 2-1 at the weekend.", [("Leverkusen", "Leverkusen", "DE")]),
])
def test_a_club_named_by_its_town_is_the_town_in_its_country(text: str, expected: list) -> None:
    assert found(text) == expected


def test_every_club_town_is_one_town_of_its_country_in_the_gazetteer() -> None:
    table = gazetteer()
    for town, code in club_towns().items():
        assert [p.country_code for p in table[town] if p.kind == "city"] == [code], town
