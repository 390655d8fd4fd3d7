"""A US state's or Canadian province's name or abbreviation after a city: the city there, and the region."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, str, str, str]]:
    """Return (text as written, name, kind, country code) of every place found in one paragraph."""
    rows = places.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["name"], rows["kind"], rows["country_code"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police in Regina, Sask., and Halifax, N.S., made arrests.",
         [("Regina", "Regina", "city", "CA"), ("Sask.", "Saskatchewan", "region", "CA"),
          ("Halifax", "Halifax", "city", "CA"), ("N.S.", "Nova Scotia", "region", "CA")]),
        ("Toronto, Ont., and St. John's, Nfld., voted.",
         [("Toronto", "Toronto", "city", "CA"), ("Ont.", "Ontario", "region", "CA"),
          ("St. John's", "St. John's", "city", "CA"), ("Nfld.", "Newfoundland", "region", "CA")]),
        # a dateline writes the abbreviation in capitals; Aurora is Ontario's, not Colorado's or Illinois's
        ("AURORA, ONT. - Magna International unveiled bids.",
         [("AURORA", "Aurora", "city", "CA"), ("ONT.", "Ontario", "region", "CA")]),
        ("HUNTSVILLE, ONT. - The province plans a law.",
         [("HUNTSVILLE", "Huntsville", "city", "CA"), ("ONT.", "Ontario", "region", "CA")]),
        ("VERNON, B.C. (CP) - Police identified the officer.",
         [("VERNON", "Vernon", "city", "CA"), ("B.C.", "British Columbia", "region", "CA")]),
        # the province spelt out also says which city: London, Ontario, not England's
        ("London, Ontario, grew.", [("London", "London", "city", "CA"), ("Ontario", "Ontario", "region", "CA")]),
        # the Canadian Press abbreviates Texas, and a US dateline in capitals has its period too
        ("PLANO, Tex. (CP) - EDS is cutting jobs.",
         [("PLANO", "Plano", "city", "US"), ("Tex.", "Texas", "region", "US")]),
        ("ATHENS, GA. (AP) - A storm hit.", [("ATHENS", "Athens", "city", "US"), ("GA.", "Georgia", "region", "US")]),
    ],
)
def test_a_city_before_its_provinces_abbreviation_is_that_provinces_city(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Hurricane Ivan hit Panama City, Florida, on Thursday.", "Hurricane Ivan hit Panama City, Fla., on Thursday.",
     "PANAMA CITY, Fla. (AP) - Hurricane Ivan hit on Thursday."],
)
def test_panama_city_before_florida_is_floridas(text: str) -> None:
    # Panama's capital is ten times larger, so only the state after the name says which
    assert [(name, code) for _, name, _, code in found(text)] == [("Panama City", "US"), ("Florida", "US")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state or province spelt out after a city it has none of is a town the gazetteer's cities lack, as its
        # abbreviation says: no France, no Egypt, no India, but the state's small town (`place_state_towns`)
        ("He was born in Paris, Ontario, a small town.", [("Paris", "city", "CA"), ("Ontario", "region", "CA")]),
        ("He was born in Paris, Ont., a small town.", [("Paris", "city", "CA"), ("Ont.", "region", "CA")]),
        ("He grew up in Cairo, Illinois.", [("Cairo", "city", "US"), ("Illinois", "region", "US")]),
        ("He lives in Delhi, New York.", [("Delhi", "city", "US"), ("New York", "region", "US")]),
        # ... but a state's name that is also a country of the city's is that country, and a list goes on
        ("Talks in Tbilisi, Georgia, ended.", [("Tbilisi", "city", "GE"), ("Georgia", "country", "GE")]),
        ("Flights to Paris, Ontario and Quebec.",
         [("Paris", "city", "FR"), ("Ontario", "region", "CA"), ("Quebec", "region", "CA")]),
        # ... and a state before a capitalised word is its politician's, the city a place of its own
        ("After talks in Berlin, Ohio Senator Sherrod Brown flew home.",
         [("Berlin", "city", "DE"), ("Ohio", "region", "US")]),
        ("In Tokyo, Michigan Governor Jennifer Granholm spoke.",
         [("Tokyo", "city", "JP"), ("Michigan", "region", "US")]),
        ("After talks in Beijing, Alberta Premier Ralph Klein said.",
         [("Beijing", "city", "CN"), ("Alberta", "region", "CA")]),
        ("After talks in Berlin, Ohio  Governor Ted Strickland spoke.",
         [("Berlin", "city", "DE"), ("Ohio", "region", "US")]),
        # ... any other capitalised word leaves the city the state's town
        ("Flooding hit Cairo, Illinois State Police said.", [("Cairo", "city", "US"), ("Illinois", "region", "US")]),
        ("Storms hit Berlin, Ohio Tuesday night.", [("Berlin", "city", "US"), ("Ohio", "region", "US")]),
    ],
)
def test_a_city_before_a_state_spelt_out_that_lacks_it_is_no_place(text: str, expected: list) -> None:
    assert [(written, kind, code) for written, _, kind, code in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # US local news: a county's name, seldom the gazetteer's, then its state abbreviated or by postal code
        ("Harris County, Tex., and Cook County, IL, reported cases.",
         [("Tex.", "Texas", "region", "US"), ("IL", "Illinois", "region", "US")]),
        ("Deputies in Jefferson Parish, La., said.", [("La.", "Louisiana", "region", "US")]),
        # no state after the county's word: nothing
        ("Tarrant County commissioners voted.", []),
    ],
)
def test_a_states_abbreviation_after_a_county_is_the_state(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's institution after its name, or after its "'s", makes Georgia the US state in an article that names
        # no other US place (it was the country: it has no Senate, no governor, no runoffs)
        ("The Democratic candidate won Georgia's Senate runoff on Tuesday.", [("Georgia", "Georgia", "region", "US")]),
        ("Georgia runoff: Democrat wins Senate seat", [("Georgia", "Georgia", "region", "US")]),
        ("Georgia Runoff: Democrat Wins Senate Seat", [("Georgia", "Georgia", "region", "US")]),  # in Title Case
        ("Georgia Gov. Brian Kemp signed the bill.", [("Georgia", "Georgia", "region", "US")]),
        ("The Washington legislature passed the bill.", [("Washington", "Washington", "region", "US")]),
        # the country otherwise, and the city of `means` otherwise
        ("Georgia's parliament passed the bill.", [("Georgia", "Georgia", "country", "GE")]),
        ("Protests spread across Georgia on Tuesday.", [("Georgia", "Georgia", "country", "GE")]),
        ("Talks in Washington on Tuesday ended.", [("Washington", "Washington", "city", "US")]),
    ],
)
def test_a_state_institution_after_the_name_makes_it_the_state(text: str, expected: list) -> None:
    assert [(t, n, k, c) for t, n, k, c in found(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a region's name before a US state spelt out is a town of that state the gazetteer's cities lack, as before an
    # abbreviation ("Sonora, Calif."): no Mexican state, but the small town
    ("Police in Sonora, Texas arrested two men.",
     [("Sonora", "Sonora", "city", "US"), ("Texas", "Texas", "region", "US")]),
    # ... but a list of regions stays one
    ("Storms hit Sonora, Arizona and New Mexico.",
     [("Sonora", "Sonora", "region", "MX"), ("Arizona", "Arizona", "region", "US"),
      ("New Mexico", "New Mexico", "region", "US")]),
])
def test_a_regions_name_before_a_state_spelt_out_is_that_states_town(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # New York's state where news sets it apart from its city: after "upstate", a compass word or "governor of", and
    # as "New York State" (it was New York City: "a claim filed at New York State Supreme Court")
    ("Snow fell across upstate New York overnight.", [("New York", "New York", "region", "US")]),
    ("Upstate New York braced for snow.", [("New York", "New York", "region", "US")]),
    ("Floods hit western New York on Monday.", [("New York", "New York", "region", "US")]),
    ("She studied at Cornell University in New York State.", [("New York State", "New York", "region", "US")]),
    ("He was sued in New York state court.", [("New York state", "New York", "region", "US")]),
    # ... and the city wherever else news names it alone
    ("He moved to New York in 2019.", [("New York", "New York City", "city", "US")]),
    ("New York police said the man was arrested.", [("New York", "New York City", "city", "US")]),
])
def test_new_york_is_the_state_where_news_sets_it_apart_from_the_city(text: str, expected: list) -> None:
    assert found(text) == expected
