"""Names of places that are also given names or a club's, and words that hold a place's name: "Milan Kundera" is a
person, "Milan Fashion Week" Milan; "the manager Brighton appointed" is Brighton's club; "Latin American" is no
United States, "the World Summit" no US town; "Olympique Lyonnais" and "Real Sociedad" are their cities. Nations'
adjectives and men ("Philippine", "Dutchman") name their nations."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(*paragraphs: str) -> list[tuple[str, str, str]]:
    """Return (text as written, name, country code) of every place found in one article's paragraphs."""
    rows = places.rows(ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))],
                                      ["a"] * len(paragraphs)))
    return list(zip(rows["text"], rows["name"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    # before a surname, a person
    ("The novelist Milan Kundera died in Paris.", [("Paris", "Paris", "FR")]),
    ("Portsmouth chairman Milan Mandaric said he was disappointed.", [("Portsmouth", "Portsmouth", "GB")]),
    ("Kenya Barris created the show for ABC.", []),
    ("She starred in a Tennessee Williams drama in London.", [("London", "London", "GB")]),
    # ... though the surname is a small town's too (Mexico's two Allendes)
    ("Salvador Allende was overthrown in 1973 in Chile.", [("Chile", "Chile", "CL")]),
    # before a longer name, a firm's or an event's word, or a college side, the place
    ("Models walked at Milan Fashion Week.", [("Milan", "Milan", "IT")]),
    ("Robin Soderling took the Milan Indoors title.", [("Milan", "Milan", "IT")]),
    ("Kenya Airways said flights would resume.", [("Kenya", "Kenya", "KE")]),
    ("The Tennessee Volunteers defeated the UNLV Rebels.", [("Tennessee", "Tennessee", "US")]),
    # ... and before a ground's, a side's or an airport's word, or an event's year (they were people)
    ("The Adelaide Oval hosted the second Test.", [("Adelaide", "Adelaide", "AU")]),
    ("Kenya Sevens reached the final.", [("Kenya", "Kenya", "KE")]),
    ("Flights from Milan Linate were cancelled.", [("Milan", "Milan", "IT")]),
    ("Tickets for Milan Cortina 2026 go on sale in May.", [("Milan", "Milan", "IT")]),
])
def test_a_place_that_is_a_given_name_is_a_person_before_a_surname(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (("The manager Brighton appointed last summer has left.",), [("Brighton", "Brighton", "GB")]),
    # ... and the article's other mentions stay the club's town
    (("He was sacked by Brighton in May.", "The striker Brighton signed in January was injured."),
     [("Brighton", "Brighton", "GB"), ("Brighton", "Brighton", "GB")]),
    # a role before a name that acts on an object is still a person's
    (("The striker Brighton signed a new deal.",), []),
])
def test_a_club_that_hires_after_a_role_is_its_town(paragraphs: tuple[str, ...], expected: list) -> None:
    assert found(*paragraphs) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Latin American leaders met in Brasilia.", [("Brasilia", "Brasília", "BR")]),
    ("North American sales fell, but South American and Central American ones rose.", []),
    ("American troops left.", [("American", "United States", "US")]),
])
def test_a_continents_adjective_is_no_united_states(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Olympique Lyonnais beat Real Sociedad 2-0.",
     [("Olympique Lyonnais", "Lyon", "FR"), ("Real Sociedad", "Donostia / San Sebastián", "ES")]),
    ("He is expected in San Sebastian this week.", [("San Sebastian", "Donostia / San Sebastián", "ES")]),
])
def test_clubs_named_in_words_of_no_place_are_their_cities(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Philippine rescuers dug through the mud.", [("Philippine", "Philippines", "PH")]),
    ("Haitians gave thanks in the Haitian capital.", [("Haitians", "Haiti", "HT"), ("Haitian", "Haiti", "HT")]),
    ("The Dutchman scored twice and the Frenchman once.",
     [("Dutchman", "The Netherlands", "NL"), ("Frenchman", "France", "FR")]),
    ("The Kyrgyz Republic held elections.", [("Kyrgyz", "Kyrgyzstan", "KG")]),
    ("A Scotsman journalist said so.", [("Scotsman", "Scotland", "GB")]),
])
def test_nations_adjectives_and_their_men_name_the_nation(text: str, expected: list) -> None:
    assert found(text) == expected


def test_a_summit_is_a_meeting_not_new_jerseys_town() -> None:
    # "Summit" made the article a US one, and Geneva the US's towns'
    assert found("The World Summit met this week in Geneva.") == [("Geneva", "Geneva", "CH")]
    assert found("Police in Summit, New Jersey, made arrests.") == [("Summit", "Summit", "US"),
                                                                    ("New Jersey", "New Jersey", "US")]


@pytest.mark.parametrize(("text", "expected"), [
    # an airport's town after the city it serves is no given name and surname
    ("Ryanair will add flights from Milan Bergamo airport to Dublin.",
     [("Milan", "Milan", "IT"), ("Bergamo", "Bergamo", "IT"), ("Dublin", "Dublin", "IE")]),
    ("Flights from London Luton Airport were cancelled.", [("London", "London", "GB"), ("Luton", "Luton", "GB")]),
    # ... but a person's name stays a person's
    ("Milan Bergamo said the airport was shut.", []),
])
def test_an_airports_town_after_its_city_is_no_persons_name(text: str, expected: list) -> None:
    assert found(text) == expected
