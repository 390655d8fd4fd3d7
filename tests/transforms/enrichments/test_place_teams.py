"""A city's name before a North American team's nickname: the city, even where the name is also a person's."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch
from transforms.enrichments.place_teams import nickname_follows

WASHINGTON_DC = 4140963


def found(*paragraphs: str) -> list[tuple[str, str, int | None]]:
    """Return (text as written, country code, geonames id) of every place found in one article's paragraphs."""
    batch = ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))], ["a"] * len(paragraphs))
    rows = places.rows(batch)
    return list(zip(rows["text"], rows["country_code"], rows["geonames_id"], strict=True))


def written(*paragraphs: str) -> list[str]:
    return [text for text, _, _ in found(*paragraphs)]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a city of the people list before its team's nickname: the city, as "Manchester United" is
        ("The Dallas Cowboys beat the Houston Texans in the US.", ["Dallas", "Houston", "US"]),
        ("Houston Astros won the pennant in the US.", ["Houston", "US"]),
        ("The Denver Nuggets beat the Orlando Magic in the US.", ["Denver", "Orlando", "US"]),
        ("The Phoenix Suns hosted the Charlotte Hornets in the US.", ["Phoenix", "Charlotte", "US"]),
        ("The Charlotte Bobcats lost in the US.", ["Charlotte", "US"]),
        ("Austin FC drew in the US.", ["Austin", "US"]),
        # a possessive and a nickname of two words
        ("The Denver Broncos' coach quit in the US.", ["Denver", "US"]),
        ("The Columbus Blue Jackets won in the US.", ["Columbus", "US"]),
        # a state of the people list is the state ("Florida Marlins", "Indiana Pacers")
        ("The Florida Marlins beat the Indiana Pacers' city rivals.", ["Florida", "Indiana"]),
        # a city of no people list reads the same as before
        ("The Boston Red Sox beat the Seattle Mariners in the US.", ["Boston", "Seattle", "US"]),
        ("Montreal Canadiens won in Canada.", ["Montreal", "Canada"]),
    ],
)
def test_a_city_before_its_teams_nickname_is_the_city(paragraph: str, expected: list[str]) -> None:
    assert written(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    ["The Washington Redskins lost.", "Washington Wizards won.", "The Washington Football Team lost.",
     "The Washington Mystics and the Washington Capitals won."],
)
def test_washington_before_a_team_is_the_us_capital(paragraph: str) -> None:
    assert {(code, place) for _, code, place in found(paragraph)} == {("US", WASHINGTON_DC)}


@pytest.mark.parametrize(
    "paragraph",
    [
        # people whose first name is a city's: their surname is no team's nickname
        "Dallas Roberts starred in the US.", "Houston Nutt coached in the US.", "Denver Pyle acted in the US.",
        "Orlando Bloom starred in the US.", "Charlotte Church sang in the US.", "Austin Powers returned in the US.",
        # a surname that opens with a nickname
        "Dallas Starsky met fans in the US.", "Denver Crewe met fans in the US.",
    ],
)
def test_a_city_before_a_surname_stays_a_person(paragraph: str) -> None:
    assert written(paragraph) == ["US"]


def test_a_team_of_a_region_the_gazetteer_lacks_names_no_namesake_city() -> None:
    # "Carolina" is the Carolinas' team, not Carolina, Puerto Rico, nor Brazil's or South Africa's Carolina
    assert written("The Carolina Panthers beat the Carolina Hurricanes' fans in the US.") == ["US"]
    # ... even where the article names Puerto Rico, whose Carolina it would be alone
    assert written("The Carolina Panthers trained in Puerto Rico.") == ["Puerto Rico"]
    assert written("Floods hit Carolina in Puerto Rico.") == ["Carolina", "Puerto Rico"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a football club's name is its English city, whatever other country the story names
        ("The Independent Manchester United Supporters' Association criticised the US owners.",
         [("Manchester", "GB"), ("US", "US")]),
        ("Manchester City beat Newcastle United as their US owners watched.",
         [("Manchester", "GB"), ("Newcastle", "GB"), ("US", "US")]),
        ("He is chasing Bristol City midfielder Tom Doherty, said the US scout.", [("Bristol", "GB"), ("US", "US")]),
        ("Sheffield Wednesday and Bolton Wanderers won in the US.",
         [("Sheffield", "GB"), ("Bolton", "GB"), ("US", "US")]),
        # a North American team's name is its US city in a British story
        ("The Boston Red Sox won, the UK papers said.", [("Boston", "US"), ("UK", "GB")]),
        # ... but "City, State" still says which ("Manchester, N.H."), and a city's council is the city's
        ("Manchester, N.H. United Way volunteers met.", [("Manchester", "US"), ("N.H.", "US")]),
        ("Manchester City Council met in the US.", [("Manchester", "US"), ("US", "US")]),
    ],
)
def test_a_teams_name_is_its_place_in_its_country(paragraph: str, expected: list) -> None:
    assert [(text, code) for text, code, _ in found(paragraph)] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # cities under a million need no other mention of their country before their team's nickname
        ("The Denver Broncos beat the Orlando Magic and the Charlotte Hornets.", ["Denver", "Orlando", "Charlotte"]),
        ("Ken Bates completed his takeover of Leeds United.", ["Leeds"]),
        # a team's nickname in the singular: a player of it, no surname
        ("He is a former Dallas Cowboy.", ["Dallas"]),
        ("She married a Denver Bronco.", ["Denver"]),
    ],
)
def test_a_teams_name_names_its_country(paragraph: str, expected: list[str]) -> None:
    assert written(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a region of the US the gazetteer had no name for: "New England" was England
        ("The New England Patriots beat the Indianapolis Colts.", [("New England", "US"), ("Indianapolis", "US")]),
        ("Big day for New England", [("New England", "US")]),
        ("The Golden State Warriors beat Sacramento.", [("Golden State", "US"), ("Sacramento", "US")]),
        # English clubs of a town's name and "Town", "County", "Athletic" ...: the town, in England
        ("Derby County drew with Ipswich Town and Wigan Athletic.", [("Derby", "GB"), ("Ipswich", "GB"),
                                                                    ("Wigan", "GB")]),
        ("Halifax Town beat Hamilton Academical.", [("Halifax", "GB"), ("Hamilton", "GB")]),
        # rugby's clubs: alone in a line-up, no Newcastle of Australia nor a sale
        ("J Noon (Newcastle Falcons), C Hodgson (Sale Sharks), G Rowntree (Leicester Tigers).",
         [("Newcastle", "GB"), ("Sale", "GB"), ("Leicester", "GB")]),
    ],
)
def test_a_club_whose_place_was_unread_is_its_place(paragraph: str, expected: list) -> None:
    assert [(text, code) for text, code, _ in found(paragraph)] == expected


def test_a_word_before_no_club_of_its_name_stays_a_word() -> None:
    assert written("The Derby winner and the Sale of the century, in England.") == ["England"]


def test_a_city_before_a_surname_still_needs_its_country() -> None:
    # no team, no evidence: a small city's rule as before
    assert written("The Tulsa office opened.") == []
    assert written("Orlando Bloom met Charlotte Church.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Dallas Cowboys", True), ("Houston Astros' fans", True), ("Dallas  Stars", True), ("Boston Red Sox", True),
     ("Dallas Roberts", False), ("Dallas Starsky", False), ("Dallas Red", False), ("Dallas, Cowboys", False)],
)
def test_nickname_follows_a_name_after_a_space(text: str, expected: bool) -> None:
    assert nickname_follows(text, len(text.split(" ")[0].rstrip(","))) is expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a first name that is a Florida town's of 100,000 people: a team's city now names the US for it
        ("Brandon Backe pitched seven innings for the Houston Astros.", ["Houston"]),
        ("Floods hit homes in Brandon, Florida.", ["Brandon", "Florida"]),
    ],
)
def test_a_first_name_beside_a_teams_city_is_no_place(paragraph: str, expected: list[str]) -> None:
    assert written(paragraph) == expected


def test_a_team_of_another_countrys_town_of_a_us_citys_name_is_no_us_city() -> None:
    """"Orlando Pirates" (Soweto's club) was Orlando, Florida, "Pirates" being a US team's nickname."""
    rows = places.rows(ParagraphBatch(["Orlando Pirates beat Kaizer Chiefs 2-1 in Soweto."], ["p"], ["a"]))
    assert list(zip(rows["text"], rows["country_code"], strict=True)) == [("Soweto", "ZA")]
    rows = places.rows(ParagraphBatch(["The Orlando Magic beat the Miami Heat."], ["p"], ["a"]))
    assert list(zip(rows["text"], rows["country_code"], strict=True)) == [("Orlando", "US"), ("Miami", "US")]


def test_the_teams_places_are_known_without_compiling_their_nicknames_patterns(monkeypatch):
    """A batch worker's start asks which names open a team's name (`team_places`); the nicknames' patterns
    are compiled only for the places a text names, one at a time, and read the same."""
    import re

    from transforms.enrichments import place_teams

    compiled: list[str] = []
    real_compile = re.compile
    monkeypatch.setattr(re, "compile", lambda pattern, *a: compiled.append(pattern) or real_compile(pattern, *a))
    place_teams._teams.cache_clear()
    place_teams.team_places.cache_clear()
    place_teams._team_pattern.cache_clear()
    try:
        assert "Denver" in place_teams.team_places() and "Manchester" in place_teams.team_places()
        assert compiled == []
        assert place_teams.team_follows("Denver Broncos", 0, 6) == "US"
        assert place_teams.team_follows("Manchester City Council", 0, 10) is None
        assert len(compiled) == 2
    finally:
        place_teams._teams.cache_clear()
        place_teams.team_places.cache_clear()
        place_teams._team_pattern.cache_clear()


@pytest.mark.parametrize("paragraph", ["Lincoln beat Washington 3-1 in the state final.",
                                       "Lincoln beat Washington in overtime on Friday night."])
def test_schools_named_for_people_that_play_each_other_are_no_places(paragraph: str) -> None:
    assert found(paragraph) == []


def test_two_cities_of_one_league_that_play_each_other_are_still_the_cities() -> None:
    assert [(n, c) for n, c, _ in found("Dallas beat Washington 27-20 on Sunday.")] == [
        ("Dallas", "US"), ("Washington", "US")]
