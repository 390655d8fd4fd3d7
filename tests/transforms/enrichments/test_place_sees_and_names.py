"""Places: a church office's see is Europe's town, and names of clubs, bands, ventures and people that are places'."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(*paragraphs: str) -> list[tuple[str, str, str]]:
    """Return (text as written, kind, country code) of every place found in one article's paragraphs."""
    batch = ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))], ["a"] * len(paragraphs))
    rows = places.rows(batch)
    return list(zip(rows["text"], rows["kind"], rows["country_code"], strict=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Bishop of Durham criticised the US president.",
         [("Durham", "city", "GB"), ("US", "country", "US")]),
        ("The Archbishop of York met American bishops in the US.",
         [("York", "city", "GB"), ("American", "country", "US"), ("US", "country", "US")]),
        ("The Diocese of Lincoln twinned with a church in the United States.",
         [("Lincoln", "city", "GB"), ("United States", "country", "US")]),
        ("The Bishop of Durham, the Rt Rev Paul Butler, spoke in the Lords.", [("Durham", "city", "GB")]),
        # a European town its US namesake dwarfs, and a see with no European place, are left to the other rules
        ("The Archdiocese of Boston settled claims in the US.", [("Boston", "city", "US"), ("US", "country", "US")]),
        ("The Archbishop of Chicago spoke.", [("Chicago", "city", "US")]),
        # without an office, the US namesake of a story of the US stays
        ("Durham, where Duke plays, voted for the US president.", [("Durham", "city", "US"), ("US", "country", "US")]),
    ],
)
def test_a_church_offices_see_is_europes_town(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Queens Park Rangers beat Sheffield Wednesday in the US.",
         [("Sheffield", "city", "GB"), ("US", "country", "US")]),
        ("Queens of the Stone Age toured the US.", [("US", "country", "US")]),
        ("She grew up in Queens and moved to the US capital.", [("Queens", "city", "US"), ("US", "country", "US")]),
        ("The Phoenix consortium bid for Rover.", []),
        ("He joined the Houston group.", []),
        ("Flights to Phoenix resumed.", [("Phoenix", "city", "US")]),
        ("The Georgia project stalled.", [("Georgia", "country", "GE")]),  # a region's or a country's name stays
        ("An exhibition of works by Salvador Dali opened in Madrid.", [("Madrid", "city", "ES")]),
        ("Flights to Salvador, Brazil, resumed.", [("Salvador", "city", "BR"), ("Brazil", "country", "BR")]),
        ("The designer India Hicks launched a new range.", []),
        ("India News reported that the monsoon had reached Kerala.",
         [("India", "country", "IN"), ("Kerala", "region", "IN")]),
        ("India Gate was lit up.", [("India", "country", "IN")]),
        ("Six Shot Dead in New Northeast India Violence", [("India", "country", "IN")]),  # a headline's capitals
        ("Milan Kundera (Czech Republic) Stanislaw Lem (Poland) Doris Lessing (UK) Ian McEwan (UK) Naguib Mahfouz "
         "(Egypt)", [("Czech", "country", "CZ"), ("Poland", "country", "PL"), ("UK", "country", "GB"),
                     ("UK", "country", "GB"), ("Egypt", "country", "EG")]),
    ],
)
def test_clubs_bands_ventures_and_people_named_after_places(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("American schools teach Cicero, Virgil and Tacitus.", [("American", "country", "US")]),
        ("Pupils read Homer, Cicero and Virgil in the United States.", [("United States", "country", "US")]),
        # a list with places, or another place of the country in the article, keeps the town
        ("Towns in the US: Cicero, Chicago and Joliet.",
         [("US", "country", "US"), ("Cicero", "city", "US"), ("Chicago", "city", "US"), ("Joliet", "city", "US")]),
        ("Pupils in Cicero, Illinois, read Homer, Virgil and Tacitus.",
         [("Cicero", "city", "US"), ("Illinois", "region", "US")]),
        ("Percival spoke after a news conference in Rockford, Wednesday, Nov. 17, in the US.",  # a date, no list
         [("Rockford", "city", "US"), ("US", "country", "US")]),
        ("Southcorp owns the Penfolds, Lindemans and Rosemount brands in the US.", [("US", "country", "US")]),
    ],
)
def test_a_small_city_among_one_word_names_is_a_person(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_a_line_ups_names_are_players_though_the_article_names_the_clubs_towns() -> None:
    rows = found("Hereford 1-1 Doncaster", "Ingham, Fenton, Morley, Priet (Ryan 79), McIndoe.",
                 "Subs Not Used: Warrington, Maloney.", "Referee: T Parkes (W Midlands).")
    assert [text for text, _, _ in rows] == ["Hereford", "Doncaster", "Midlands"]  # no Morley nor Warrington


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the see's US namesake where the article names its state, in any paragraph
        (("The Diocese of Worcester said the parish church would close.", "It is the oldest in Massachusetts."),
         [("Worcester", "city", "US"), ("Massachusetts", "region", "US")]),
        (("The Diocese of Worcester closed the church in Leominster, Massachusetts.",),
         [("Worcester", "city", "US"), ("Leominster", "city", "US"), ("Massachusetts", "region", "US")]),
        # naming the US alone is no such support: US news names England's bishops too
        (("The Diocese of Worcester sent a priest to the US.",),
         [("Worcester", "city", "GB"), ("US", "country", "US")]),
        # ... nor naming the state of a namesake that is no see: England's archbishops and bishops travel
        (("The Archbishop of York spoke in Pennsylvania on his tour.",),
         [("York", "city", "GB"), ("Pennsylvania", "region", "US")]),
        (("The Bishop of Durham visited a university in North Carolina.",),
         [("Durham", "city", "GB"), ("North Carolina", "region", "US")]),
    ],
)
def test_a_see_is_its_us_namesake_where_the_article_names_its_state(paragraphs: tuple[str, ...],
                                                                    expected: list) -> None:
    assert found(*paragraphs) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # a side's eleven or fifteen after its name and a colon: every surname a player's, a town's too (no Crawley)
    (("England: Crawley, Duckett, Pope, Root, Brook, Stokes, Smith (wk), Woakes, Atkinson, Carse, Bashir.",),
     ["England"]),
    (("The teams at Lord's.",
      "Leicester: Steward; Hassell-Collins, Moroney, Porter, Murimurivalu; Pollard, Woolley; Cronin, Crawley, Heyes, "
      "Wells, Wood, Liebenberg, Reffell, Wiese."), ["Leicester"]),
    # ... but a line of towns after a colon is no side: too short, or mostly the gazetteer's names
    (("Stops on the tour: Crawley, Horsham and Worthing, England.",), ["Crawley", "Horsham", "Worthing", "England"]),
    (("Kenya: Nairobi, Mombasa, Kisumu, Nakuru, Eldoret, Thika, Malindi, Garissa.",),
     ["Kenya", "Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Thika", "Malindi", "Garissa"]),
])
def test_a_sides_listed_players_are_no_towns(paragraphs: tuple[str, ...], expected: list[str]) -> None:
    assert [text for text, _, _ in found(*paragraphs)] == expected
