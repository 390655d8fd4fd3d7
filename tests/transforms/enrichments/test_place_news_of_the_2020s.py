"""Places of the 2020s' news the gazetteer missed: former names of renamed cities, war towns as wires spell them,
towns a sentence calls towns, a war's small towns beside its news towns, and the regions of its wars."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch
from transforms.enrichments.place_names import exonyms


def found(*paragraphs: str) -> list[tuple[str, str, str, str]]:
    """Return (text as written, row name, kind, country code) of every place found in one article's paragraphs."""
    batch = ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))], ["a"] * len(paragraphs))
    rows = places.rows(batch)
    return list(zip(rows["text"], rows["name"], rows["kind"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # a city's former name is its own and no namesake's: kept where the article names no country (it was Dubai alone)
    (("An Air India Express flight from Dubai skidded off the runway in Mangalore on Friday.",),
     [("Dubai", "Dubai", "city", "AE"), ("Mangalore", "Mangaluru", "city", "IN")]),
    (("Passengers flying from Dubai to Mangalore were stranded.", "The Mangalore flight leaves on Saturday."),
     [("Dubai", "Dubai", "city", "AE"), ("Mangalore", "Mangaluru", "city", "IN"),
      ("Mangalore", "Mangaluru", "city", "IN")]),
    (("Heavy rain closed schools in Trivandrum.",), [("Trivandrum", "Thiruvananthapuram", "city", "IN")]),
])
def test_a_former_name_of_a_city_needs_no_country(paragraphs: tuple[str, ...],
                                                  expected: list[tuple[str, str, str, str]]) -> None:
    assert found(*paragraphs) == expected


def test_former_names_are_in_the_names_kept_alone() -> None:
    assert {"Mangalore", "Chittagong", "Pondicherry"} <= exonyms()


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian forces pressed on Kostiantynivka, Ukraine's general staff said.",
     [("Russian", "Russia", "country", "RU"), ("Kostiantynivka", "Kostyantynivka", "city", "UA"),
      ("Ukraine", "Ukraine", "country", "UA")]),
    ("Israeli troops raided Tulkarm and Tulkarem camp in the occupied West Bank.",
     [("Israeli", "Israel", "country", "IL"), ("Tulkarm", "Ţūlkarm", "city", "PS"),
      ("Tulkarem", "Ţūlkarm", "city", "PS"),
      ("West Bank", "Palestinian Territory", "country", "PS")]),
    ("A drone strike near Nabatieh in southern Lebanon killed two people.",
     [("Nabatieh", "Nabatîyé et Tahta", "city", "LB"), ("Lebanon", "Lebanon", "country", "LB")]),
    ("Ecuador declared a state of emergency in Guayaquil and Durán.",
     [("Ecuador", "Ecuador", "country", "EC"), ("Guayaquil", "Guayaquil", "city", "EC"),
      ("Durán", "Eloy Alfaro", "city", "EC")]),
    # towns under 15,000 of the front (towns.tsv), where their country is named
    ("Ukraine's troops withdrew from Chasiv Yar and Vuhledar.",
     [("Ukraine", "Ukraine", "country", "UA"), ("Chasiv Yar", "Chasiv Yar", "city", "UA"),
      ("Vuhledar", "Vuhledar", "city", "UA")]),
    ("Gangs pushed into Mirebalais, Haiti's police said.",
     [("Mirebalais", "Mirebalais", "city", "HT"), ("Haiti", "Haiti", "country", "HT")]),
])
def test_war_towns_as_news_spells_them(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A Ukrainian drone hit an oil depot in Novorossiysk, the Black Sea port, overnight.",
     [("Ukrainian", "Ukraine", "country", "UA"), ("Novorossiysk", "Novorossiysk", "city", "RU")]),
    ("Rebels pushed south towards the city of Bukavu.", [("Bukavu", "Bukavu", "city", "CD")]),
    # ... not a person an apposition describes by a town's office
    ("Tyler, the city manager, said the budget was tight.", []),
    ("Jackson, the town's mayor, said the road would reopen.", []),
])
def test_a_town_its_sentence_calls_one_needs_no_country(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a news town lets in its province's small towns a war's words introduce: "strikes on", "towards"
    ("Kherson came under shelling, and Zaporizhzhia's governor reported strikes on Orikhiv.",
     [("Kherson", "Kherson", "city", "UA"), ("Zaporizhzhia", "Zaporizhzhya", "city", "UA"),
      ("Orikhiv", "Orikhiv", "city", "UA")]),
    ("Russian troops advanced towards Kupiansk, Kharkiv's regional governor said.",
     [("Russian", "Russia", "country", "RU"), ("Kupiansk", "Kupyansk", "city", "UA"),
      ("Kharkiv", "Kharkiv", "city", "UA")]),
])
def test_a_wars_words_introduce_a_news_towns_neighbours(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighting moved west to Kordofan.", [("Kordofan", "Kordofan", "region", "SD")]),
    ("Fighting in Rakhine has pushed thousands towards Bangladesh.",
     [("Rakhine", "Rakhine", "region", "MM"), ("Bangladesh", "Bangladesh", "country", "BD")]),
    ("Rebels seized the town in Shan state.", [("Shan state", "Shan State", "region", "MM")]),
    # Myanmar's regions of its central plains, named with "Region" as its states with "State" (the city of Sagaing,
    # the region's capital, is no row of "Sagaing Region"; "Mandalay Region" is not the city)
    ("Airstrikes displaced thousands in Sagaing Region, Myanmar.",
     [("Sagaing Region", "Sagaing Region", "region", "MM"), ("Myanmar", "Myanmar", "country", "MM")]),
    ("Fighting spread across Magway region and Mandalay Region.",
     [("Magway region", "Magway Region", "region", "MM"), ("Mandalay Region", "Mandalay Region", "region", "MM")]),
    # a region's "Regional" command or government is no surname of the city before it; Las Vegas's resort no city
    ("Myanmar's junta said the Sagaing Regional command lost two posts.",
     [("Myanmar", "Myanmar", "country", "MM"), ("Sagaing", "Sagaing", "city", "MM")]),
    ("Tickets for his residency at Mandalay Bay in Las Vegas sold out.", [("Las Vegas", "Las Vegas", "city", "US")]),
    ("Typhoon Kalmaegi slammed into Cebu, killing dozens.", [("Cebu", "Cebu", "region", "PH")]),
])
def test_regions_of_the_2020s_wars_and_storms(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


def test_a_town_named_twice_across_sentences_is_one_place() -> None:
    rows = found("The quake struck near Maragheh, 80 km from Tabriz. Maragheh's governor said 12 people were hurt.")
    assert rows == [("Maragheh", "Marāgheh", "city", "IR"), ("Tabriz", "Tabriz", "city", "IR"),
                    ("Maragheh", "Marāgheh", "city", "IR")]


@pytest.mark.parametrize(("text", "expected"), [
    # a town's noun of another's in the apposition makes it a person's: "the mayor of the city", "a resident of a town"
    ("Tyler, the mayor of the city, said the budget was tight.", []),
    ("Durant, a resident of the town, told reporters the water was brown.", []),
    ("Harlow, the MP for the town, said the hospital needed rebuilding.", []),
    ("Sutton, an MP in the capital, voted against the bill.", []),
    # ... and a town's noun that leads to its place by a compass word, which names its country for the others
    ("Uvira, the lakeside town south of Bukavu, fell to the rebels in December.",
     [("Uvira", "Uvira", "city", "CD"), ("Bukavu", "Bukavu", "city", "CD")]),
])
def test_a_towns_apposition_describes_the_town(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


def test_a_news_town_described_names_no_country_for_the_others() -> None:
    assert found("Barnes, the club's captain, said the city of Leeds deserved better.") == [
        ("Leeds", "Leeds", "city", "GB")]


@pytest.mark.parametrize(("text", "expected"), [
    # a person's "attacks on" and "towards" let in no town of the news town's state
    ("Speaking in Leeds, the manager dismissed the attacks on Barnes after the defeat.",
     [("Leeds", "Leeds", "city", "GB")]),
    ("In Leeds, fans' anger towards Barnes grew after the defeat.", [("Leeds", "Leeds", "city", "GB")]),
    # ... as a war's do: a weapon's attacks, a move towards
    ("Kherson was shelled, and Zaporizhzhia reported drone attacks on Orikhiv.",
     [("Kherson", "Kherson", "city", "UA"), ("Zaporizhzhia", "Zaporizhzhya", "city", "UA"),
      ("Orikhiv", "Orikhiv", "city", "UA")]),
])
def test_a_wars_words_are_no_persons_words(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


def test_a_surname_of_a_war_town_is_a_persons_after_a_given_name() -> None:
    assert found("Ecuador's Moisés Caicedo and Colombia's Jhon Durán both started.") == [
        ("Ecuador", "Ecuador", "country", "EC"), ("Colombia", "Colombia", "country", "CO")]


@pytest.mark.parametrize(("text", "expected"), [
    # the Horn's crisis towns news names alone, by a verb of war, in either spelling
    ("Al-Shabaab fighters attacked Kismayo on Sunday.", [("Kismayo", "Kismayo", "city", "SO")]),
    ("Al-Shabaab fighters attacked Kismaayo on Sunday.", [("Kismaayo", "Kismayo", "city", "SO")]),
    ("Tigrayan forces entered Mekelle.", [("Mekelle", "Mek'ele", "city", "ET")]),
    ("Clashes shook Gondar and Bosaso.", [("Gondar", "Gonder", "city", "ET"), ("Bosaso", "Bosaso", "city", "SO")]),
    ("Somaliland's army left Hargeisa.", [("Somaliland", "Somaliland", "region", "SO"),
                                          ("Hargeisa", "Hargeysa", "city", "SO")]),
])
def test_the_horns_crisis_towns_are_named_alone(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected
