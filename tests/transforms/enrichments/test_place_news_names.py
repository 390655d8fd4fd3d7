"""Places news names that the gazetteer lacked or misread: islands, airports, Ghana's colonial name, small towns,
Welsh and Scottish counties, the English Channel."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(*paragraphs: str) -> list[tuple[str, str, str, str]]:
    """Return (text as written, row name, kind, country code) of every place found in one article's paragraphs."""
    batch = ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))], ["a"] * len(paragraphs))
    rows = places.rows(batch)
    return list(zip(rows["text"], rows["name"], rows["kind"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    # islands are their regions, named alone; their main towns were cities that need their country named
    ("Firefighters battled blazes on Corsica and Crete.",
     [("Corsica", "Corsica", "region", "FR"), ("Crete", "Crete", "region", "GR")]),
    ("Tourism on Zanzibar has recovered; flights to Okinawa resumed.",
     [("Zanzibar", "Zanzibar", "region", "TZ"), ("Okinawa", "Okinawa", "region", "JP")]),
    ("Ferries to Gozo were cancelled as gales hit.", [("Gozo", "Gozo", "region", "MT")]),
    # the DRC's eastern provinces of its wars
    ("M23 rebels seized Goma, the capital of North Kivu, and advanced into South Kivu.",
     [("Goma", "Goma", "city", "CD"), ("North Kivu", "North Kivu", "region", "CD"),
      ("South Kivu", "South Kivu", "region", "CD")]),
    ("British holidaymakers were stuck in Majorca and Tenerife.",
     [("British", "United Kingdom", "country", "GB"), ("Majorca", "Majorca", "region", "ES"),
      ("Tenerife", "Tenerife", "region", "ES")]),
    # the Falklands by Argentina's name for them
    ("Argentina renewed its claim to the Malvinas.",
     [("Argentina", "Argentina", "country", "AR"), ("Malvinas", "Falkland Islands", "country", "FK")]),
    # the islands of a country of two: its country, as "Antigua" is
    ("Passengers stranded in Trinidad were flown home via St Kitts.",
     [("Trinidad", "Trinidad and Tobago", "country", "TT"), ("St Kitts", "Saint Kitts and Nevis", "country", "KN")]),
    # ... but a town of the name with its country after it is that town
    ("He was born in Trinidad, Cuba.", [("Trinidad", "Trinidad", "city", "CU"), ("Cuba", "Cuba", "country", "CU")]),
])
def test_islands_news_names_alone_are_places(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # an island's name is a town's where the article names that town's country, not the island's
    (("Tourists in Cuba flock to Trinidad, a colonial town south of Havana.",), ("city", "CU")),
    (("Floods cut off Trinidad, capital of the Bolivian department of Beni.",), ("city", "BO")),
    (("Cuba's tourism ministry said visitor numbers fell.", "In Trinidad, hotel occupancy halved."), ("city", "CU")),
    # ... but the island's country beside its own names, in a list of countries and on a fixture's side
    (("Cuban doctors arrived in Trinidad to help Trinidad and Tobago's hospitals.",), ("country", "TT")),
    (("Cuba and Trinidad signed a trade deal.",), ("country", "TT")),
    (("Cuba beat Trinidad 2-1 in the qualifier in Havana.",), ("country", "TT")),
    # ... after a fixture's result, and acting beside a third country with no word of place before it
    (("Cuba drew 1-1 with Trinidad in Havana in a World Cup qualifier.",), ("country", "TT")),
    (("Cuba lost 2-1 to Trinidad in the qualifier.",), ("country", "TT")),
    (("Venezuela and Cuba have deepened ties, while Trinidad has sought to restart gas exports.",), ("country", "TT")),
    # ... while a story of Cuba alone keeps its town, in a list of its towns or an apposition
    (("Havana and Trinidad were hit by the hurricane in Cuba.",), ("city", "CU")),
    (("Cuba's colonial towns draw tourists.", "Trinidad, a Unesco site, saw record visitors."), ("city", "CU")),
    # ... and so does a story that names a third country, where it is listed beside a town of its country or a town's
    # noun stands before it
    (("Mexico sent aid to Cuba, where Havana and Trinidad were flooded.",), ("city", "CU")),
    (("Mexico sent aid to Cuba, where Trinidad and Cienfuegos were flooded.",), ("city", "CU")),
    (("Bolivia's Beni capital Trinidad was flooded, and Brazil and Peru sent aid.",), ("city", "BO")),
])
def test_an_islands_name_is_a_town_of_the_articles_country(paragraphs: tuple[str, ...],
                                                            expected: tuple[str, str]) -> None:
    assert [(kind, code) for text, _, kind, code in found(*paragraphs) if text == "Trinidad"] == [expected]


def test_an_airport_is_its_town_without_its_country_named() -> None:
    assert found("Flights from Heathrow and Gatwick were delayed for hours.") == [
        ("Heathrow", "London", "city", "GB"), ("Gatwick", "Crawley", "city", "GB")]
    # ... and names its country for the article's small towns, as a city of a million does
    assert found("Trains from Gatwick to Horsham were cancelled.")[-1] == ("Horsham", "Horsham", "city", "GB")


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # Ghana's colonial name where the article names Ghana or its towns
    (("In 1957 the Gold Coast became the first colony in Africa to win independence, as Ghana.",),
     [("Gold Coast", "region", "GH"), ("Ghana", "country", "GH")]),
    (("Accra was the capital of the Gold Coast.",), [("Accra", "city", "GH"), ("Gold Coast", "region", "GH")]),
    # Queensland's city otherwise, named alone or beside Australia's places
    (("Surfers on the Gold Coast were warned of sharks.",), [("Gold Coast", "city", "AU")]),
    (("The Gold Coast hosted the Commonwealth Games.", "Ghana sent a team of 60 to Australia."),
     [("Gold Coast", "city", "AU"), ("Ghana", "country", "GH"), ("Australia", "country", "AU")]),
    # ... and the Games' host where its article names the Commonwealth Games, though it names Ghana alone
    (("Ghana's athletes won three medals at the 2018 Commonwealth Games on the Gold Coast.",),
     [("Ghana", "country", "GH"), ("Gold Coast", "city", "AU")]),
    (("Ghana's sprinters trained on the Gold Coast.", "They won two golds at the Commonwealth Games."),
     [("Ghana", "country", "GH"), ("Gold Coast", "city", "AU")]),
])
def test_the_gold_coast_is_ghanas_where_its_article_names_ghana(paragraphs: tuple[str, ...],
                                                                 expected: list[tuple[str, str, str]]) -> None:
    assert [(text, kind, code) for text, _, kind, code in found(*paragraphs)] == expected


def test_small_towns_of_news_are_kept_where_their_country_is_named() -> None:
    assert found("A fishing boat sank off Oban.", "The Scottish coastguard said the crew were safe.")[0] == (
        "Oban", "Oban", "city", "GB")
    assert found("Wildfires forced the evacuation of Flin Flon, on the Manitoba border.")[0] == (
        "Flin Flon", "Flin Flon", "city", "CA")


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # the ferry ports news names alone, with no country named
    (("A fishing trawler sank off Oban on Tuesday night.",), [("Oban", "Oban", "city", "GB")]),
    (("Sailings from Holyhead were cancelled as the storm hit.",), [("Holyhead", "Holyhead", "city", "GB")]),
    (("Police cleared a migrant camp in Calais on Tuesday.",), [("Calais", "Calais", "city", "FR")]),
    # towns under 15,000 of firms, teams and tourists, where their country or state is named
    (("IBM, based in Armonk, New York, said revenue rose.",),
     [("Armonk", "Armonk", "city", "US"), ("New York", "New York", "region", "US")]),
    (("The Patriots beat the Jets in Foxborough, Massachusetts.",),
     [("Foxborough", "Foxborough", "city", "US"), ("Massachusetts", "Massachusetts", "region", "US")]),
    (("Tourists flock to Queenstown, New Zealand's adventure capital.",),
     [("Queenstown", "Queenstown", "city", "NZ"), ("New Zealand", "New Zealand", "country", "NZ")]),
    # ... and alone in a story that names its country and not a larger namesake's (South Africa's Queenstown)
    (("New Zealand's ski season opened early after heavy snow.", "In Queenstown, hotels reported full bookings."),
     [("New Zealand", "New Zealand", "country", "NZ"), ("Queenstown", "Queenstown", "city", "NZ")]),
    (("Queenstown was flooded, South Africa's weather service said.",),
     [("Queenstown", "Queenstown", "city", "ZA"), ("South Africa", "South Africa", "country", "ZA")]),
    # the Falklands' capital by its name of the war, the gazetteer's Stanley, not County Durham's larger one
    (("Port Stanley, capital of the Falkland Islands, marked the anniversary.",),
     [("Port Stanley", "Stanley", "city", "FK"), ("Falkland Islands", "Falkland Islands", "country", "FK")]),
    # ... a name of no other place, kept as the ferry ports are, though its story names only the war's two sides
    (("Port Stanley was retaken by British forces in June 1982.",),
     [("Port Stanley", "Stanley", "city", "FK"), ("British", "United Kingdom", "country", "GB")]),
])
def test_towns_news_names_that_the_cities_over_15000_lack(paragraphs: tuple[str, ...],
                                                           expected: list[tuple[str, str, str, str]]) -> None:
    assert found(*paragraphs) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Wales's and Scotland's counties are the UK's regions, as England's are
    ("Mr Marshall, who lives in Tenby, Pembrokeshire, said the refinery had closed.",
     [("Pembrokeshire", "Pembrokeshire", "region", "GB")]),
    ("Floods in Powys and Fife closed roads.", [("Powys", "Powys", "region", "GB"), ("Fife", "Fife", "region", "GB")]),
    # Taiwan's county, whose seat the gazetteer names "Hualien City"
    ("A magnitude 6.1 earthquake struck near Hualien.", [("Hualien", "Hualien", "region", "TW")]),
    # the Channel is no mention of the UK; English fans are
    ("Migrants crossed the English Channel as English fans flew home.",
     [("English", "United Kingdom", "country", "GB")]),
    # a person who spoke, not Nebraska's city
    ("Lincoln spoke at Gettysburg, Pennsylvania, in 1863.",
     [("Gettysburg", "Gettysburg", "city", "US"), ("Pennsylvania", "Pennsylvania", "region", "US")]),
])
def test_regions_seas_and_speakers(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a seat's town of one place is it, though the article names no country
    ("Apple, based in Cupertino, reported quarterly revenue of $94bn.", [("Cupertino", "Cupertino", "city", "US")]),
    ("Protests outside the group's headquarters in Ramallah continued.",
     [("Ramallah", "Ramallah", "city", "PS")]),
    # ... not a town of several places, nor one named elsewhere in the sentence
    ("A charity based in Richmond said donations fell.", []),
    # (a city of 50,000 or more and its name's only place is kept alone after "in" anyway: `place_lone_cities`)
    ("Apple reported revenue in Cupertino.", [("Cupertino", "Cupertino", "city", "US")]),
])
def test_a_seats_town_needs_no_country(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


def test_a_town_named_like_a_word_before_based_is_the_town() -> None:
    assert found("Shares in the Derby-based engine maker rose in the UK.") == [
        ("Derby", "Derby", "city", "GB"), ("UK", "United Kingdom", "country", "GB")]
    assert found("Derby winner Desert Crown was retired in England.") == [("England", "England", "region", "GB")]


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence opens with a word capitalised: a word's compound, no town ("University" is Florida's census place)
    ("University-based researchers in the US said the drug failed.", [("US", "United States", "country", "US")]),
    ("Mission-based charities in Canada received grants.", [("Canada", "Canada", "country", "CA")]),
    # an island's name as a given name, a car's and a cake's, and the Channel in lower case
    ("Spain's foreign minister Trinidad Jimenez met her Moroccan counterpart.",
     [("Spain", "Spain", "country", "ES"), ("Moroccan", "Morocco", "country", "MA")]),
    ("Sales of the Seat Ibiza rose 4% in Germany.", [("Germany", "Germany", "country", "DE")]),
    ("She served tea and Madeira cake in Bristol, England.",
     [("Bristol", "Bristol", "city", "GB"), ("England", "England", "region", "GB")]),
    ("Small boats crossed the English channel overnight.", []),
    # a council area's name as a surname; not after a body's capitals
    ("Stuart Fife, a lawyer, said the ruling was wrong.", []),
    ("NHS Fife said waiting times rose in Scotland.",
     [("Fife", "Fife", "region", "GB"), ("Scotland", "Scotland", "region", "GB")]),
])
def test_news_names_in_other_senses_are_no_places(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected


def test_a_seat_opening_its_sentence_needs_no_country() -> None:
    assert found("Based in Cupertino, Apple employs thousands.") == [("Cupertino", "Cupertino", "city", "US")]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # Australia's state where its article names Australia or its places
    (("Bushfires forced thousands to flee in Victoria's Gippsland region as it hit 44C in Melbourne.",),
     [("Victoria", "region", "AU"), ("Melbourne", "city", "AU")]),
    (("New South Wales and Victoria were hit by floods.",),
     [("New South Wales", "region", "AU"), ("Victoria", "region", "AU")]),
    # ... not where it names no Australian place, nor as a person's or a firm's name beside one
    (("His daughter Victoria, a lobbyist, denounced the bill.",), []),
    (("Victoria Beckham flew to Sydney.",), [("Sydney", "city", "AU")]),
    (("Victoria's Secret opened a store in Sydney.",), [("Sydney", "city", "AU")]),
    # ... and another country's Victoria where the article names that country
    (("Police in Victoria said the ferry sank.", "Canada's coast guard searched for survivors."),
     [("Victoria", "city", "CA"), ("Canada", "country", "CA")]),
    # ... and no state of Australia where the article names Australia and another Victoria's country (not the US,
    # which most stories name)
    (("Canadian police in Victoria arrested an Australian tourist.",),
     [("Canadian", "country", "CA"), ("Australian", "country", "AU")]),
    (("Victoria, the capital of Seychelles, hosted Australia's navy.",),
     [("Seychelles", "country", "SC"), ("Australia", "country", "AU")]),
    # ... but Gozo's town (`towns.tsv`) where the article names Malta, as a town news names is where its country is
    # named (`pointed_namesake`), though Hong Kong's Victoria is larger and the article names Australia too
    (("An Australian diver died off Gozo, Malta's sister island, police in Victoria said.",),
     [("Australian", "country", "AU"), ("Gozo", "region", "MT"), ("Malta", "country", "MT"),
      ("Victoria", "city", "MT")]),
    (("Victoria, the capital of Gozo, was decorated for the feast.",),
     [("Victoria", "city", "MT"), ("Gozo", "region", "MT")]),
    (("Victoria's premier said Australia and the US agreed.",),
     [("Victoria", "region", "AU"), ("Australia", "country", "AU"), ("US", "country", "US")]),
])
def test_victoria_is_australias_state_where_its_article_names_australia(
        paragraphs: tuple[str, ...], expected: list[tuple[str, str, str]]) -> None:
    assert [(text, kind, code) for text, _, kind, code in found(*paragraphs)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Landslides cut the roads to Darjeeling after heavy rain in West Bengal.",
     [("Darjeeling", "Dārjiling", "city", "IN"), ("West Bengal", "West Bengal", "region", "IN")]),
    ("Protests spread from Beograd to Novi Sad.",
     [("Beograd", "Belgrade", "city", "RS"), ("Novi Sad", "Novi Sad", "city", "RS")]),
    ("Floodwaters isolated Longreach in central-west Queensland for a week.",
     [("Longreach", "Longreach", "city", "AU"), ("Queensland", "Queensland", "region", "AU")]),
    ("Kiruna's church was moved five kilometres east as the mine swallowed the old town.",
     [("Kiruna", "Kiruna", "city", "SE")]),
    # Norway's Arctic towns in a list: Alta is Norway's, as Tromsø's neighbour, and Hammerfest a town of no other name
    ("Hotels in Tromsø, Alta and Hammerfest were fully booked for the aurora season.",
     [("Tromsø", "Tromsø", "city", "NO"), ("Alta", "Alta", "city", "NO"), ("Hammerfest", "Hammerfest", "city", "NO")]),
    ("Hammerfest festival returns to Wales in March with ten metal bands.", [("Wales", "Wales", "region", "GB")]),
    # the tea, the film and a pruner are no towns where no country or state of theirs is named
    ("She ordered a pot of Darjeeling and two scones.", []),
    ("Wes Anderson's The Darjeeling Limited returns to cinemas.", []),
    ("The Longreach pruner costs $40.", []),
])
def test_towns_of_the_2020s_news_by_the_names_news_writes(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    assert found(text) == expected
