"""Place names inside a mountain's or an event's name: what a reader of paragraph_places relies on."""

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
    ("paragraphs", "expected"),
    [
        # a headline in capitals let St Helens, England, through; Mt. Washington was the US capital
        (("Mount St Helens Rumbles Again", "Ash fell on towns in England."), [("England", "region", "GB")]),
        (("Mt. Washington is in New Hampshire.",), [("New Hampshire", "region", "US")]),
        # a mountain named as its country is in it; the town is still a town
        (("Mount Kenya is snowless.",), [("Kenya", "country", "KE")]),
        (("St Helens hosted the final in England.",), [("St Helens", "city", "GB"), ("England", "region", "GB")]),
    ],
)
def test_a_name_after_mount_is_a_mountain_not_a_town(paragraphs: tuple[str, ...], expected: list) -> None:
    assert found(*paragraphs) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "Mt." town before its state: the gazetteer's town spelt out there ("Mount Vernon"), and the state a mention
        ("He grew up in Mt. Vernon, N.Y., in the US.",
         [("Mt. Vernon", "city", "US"), ("N.Y.", "region", "US"), ("US", "country", "US")]),
        ("Mt. Washington, N.H., had snow.", [("N.H.", "region", "US")]),
    ],
)
def test_a_town_named_after_a_mount_keeps_its_state(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the US names Athens, Georgia's country, but the Olympics were Greece's
        (("NEW YORK (AP) - The US team at the Athens Olympics won.",),
         [("NEW YORK", "US"), ("US", "US"), ("Athens", "GR")]),
        (("INDIANAPOLIS, United States : Athens Olympic star Michael Phelps swam.",),
         [("INDIANAPOLIS", "US"), ("United States", "US"), ("Athens", "GR")]),
        (("Radcliffe put her failure at the Athens  Olympics behind her, the US press said.",),
         [("Athens", "GR"), ("US", "US")]),
        # every mention of the host's name in the article
        (("The US relay team won gold in Athens.", "The Athens Games closed on Sunday."),
         [("US", "US"), ("Athens", "GR"), ("Athens", "GR")]),
        # a state after the name still says which
        (("ATHENS, Ga. (AP) - The US team at the Athens Olympics won.",),
         [("ATHENS", "US"), ("Ga.", "US"), ("US", "US"), ("Athens", "GR")]),
    ],
)
def test_an_event_named_after_a_capital_is_in_that_capital(paragraphs: tuple[str, ...], expected: list) -> None:
    assert [(written, code) for written, _, code in found(*paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # both Hyderabads are cities of millions: the article's country still says which hosts the event
        ("Pakistan hosted the Hyderabad Summit with Hyderabad officials.",
         [("Pakistan", "PK"), ("Hyderabad", "PK"), ("Hyderabad", "PK")]),
        ("India hosted the Hyderabad Summit.", [("India", "IN"), ("Hyderabad", "IN")]),
    ],
)
def test_an_event_named_after_two_famous_cities_is_in_the_one_its_article_names(paragraph: str,
                                                                                 expected: list) -> None:
    assert [(written, code) for written, _, code in found(paragraph)] == expected


def test_an_event_named_after_a_town_leaves_the_town_to_its_articles_support() -> None:
    # Warwick, England, is smaller than Warwick, Rhode Island: alone it would be the American one
    assert found("Unions backed the Warwick Conference in England.") == [
        ("Warwick", "city", "GB"), ("England", "region", "GB")]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a town news names alone hosts a show or a meeting named after it, whatever country the article names
        (("Aston Martin will unveil the car at the Geneva Motor Show.", "Its US dealers in Detroit were pleased."),
         [("Geneva", "CH"), ("US", "US"), ("Detroit", "US")]),
        (("The film won a prize at the Venice Film Festival.", "It opens in New York next week."),
         [("Venice", "IT"), ("New York", "US")]),
        # a fashion week is its city's though the city's name is a person's too ("Paris Hilton")
        (("Victoria Beckham showed her collection at Paris Fashion Week.",), [("Paris", "FR")]),
        # ... that mention only: the article's support still reads the town's other mentions
        (("Police in Geneva, Illinois, said the fair was cancelled.",),
         [("Geneva", "US"), ("Illinois", "US")]),
    ],
)
def test_a_news_towns_show_or_meeting_is_in_that_town(paragraphs: tuple[str, ...], expected: list) -> None:
    assert [(written, code) for written, _, code in found(*paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a town's name before a capitalised word is a person's, a prize's or a band's, even after "of"
        (("NEW YORK - Howard Stern has long had two words for the FCC.",), ["NEW YORK"]),
        (("The Aviator, a film biography of Howard Hughes, leads the US box office.",), ["US"]),
        (("Ray had earned him a Golden Globe in the US.",), ["US"]),
        (("Britain's youngest-ever Davis Cup player will face the US.",), ["Britain", "US"]),
        (("Russian president Vladimir Putin visited New Delhi.",), ["Russian", "New Delhi"]),  # the people list
        # ... but not before a title, an event or one of the place's own nouns
        (("Speaking in Harrogate Mr Kennedy said Britain needed a credible party.",), ["Harrogate", "Britain"]),
        (("Loughborough Council in England said.",), ["Loughborough", "England"]),
        (("Police in Howard County in the US said.",), ["US"]),  # a US county is no town of its name
        # and a larger city's name lends itself to the clubs and landmarks in it, which are the place
        # (Chelsea, the club written alone, is no place: places.toml's `clubs`)
        (("Manchester United beat Chelsea in England.",), ["Manchester", "England"]),
    ],
)
def test_a_towns_name_before_a_capitalised_word_is_a_persons_or_a_things(paragraphs: tuple[str, ...],
                                                                          expected: list[str]) -> None:
    assert [written for written, _, _ in found(*paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a day or a month after a town is a date, "I" the next clause's subject: no surname
        (("A tornado hit Galveston Tuesday, Texas officials said.",), ["Galveston", "Texas"]),
        (("GALVESTON Oct. 18 (AP) - A storm hit the US coast.",), ["GALVESTON", "US"]),
        (("When I lived in Galveston I learned to sail in the US.",), ["Galveston", "US"]),
        # its own state or country without a comma, as feeds write it
        (("Flooding in Galveston Texas closed roads in the US.",), ["Galveston", "Texas", "US"]),
        (("Officials in Hickory North Carolina said the plant would close.",), ["Hickory", "North Carolina"]),
        (("Flooding in Nelson New Zealand closed roads.",), ["Nelson", "New Zealand"]),
        # ... but not another country's region ("Clive England" is a person), nor a region's own prefix
        (("Clive England scored for New Zealand.",), ["England", "New Zealand"]),
        (("Liz Shimek starts a break trailed by Central Connecticut State in the US.",), ["Connecticut", "US"]),
    ],
)
def test_a_towns_name_before_a_date_or_its_own_state_is_the_town(paragraphs: tuple[str, ...],
                                                                  expected: list[str]) -> None:
    assert [written for written, _, _ in found(*paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a town's council, its members of parliament and its club stand in it
        ("Harrogate Council said the plan for the UK would fail.", ["Harrogate", "UK"]),
        ("The Loughborough MP said the plan for the UK would fail.", ["Loughborough", "UK"]),
        ("On his return to Nelson he staged the first game: Nelson Town met the college side in New Zealand.",
         ["Nelson", "Nelson", "New Zealand"]),
        ("Sheffield Council raised its taxes, the papers in England said.", ["Sheffield", "England"]),
        # a university often bears a person's name, not its town's
        ("Students at Howard University marched for the vote in the US.", ["US"]),
    ],
)
def test_a_towns_council_members_and_club_are_the_town(paragraph: str, expected: list[str]) -> None:
    assert [written for written, _, _ in found(paragraph)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # in a headline in Title Case every word is capitalised: the article says whether the town is one
        (("Floods Hit Hickory Homes Again", "The storm hit Hickory, in North Carolina, in the US."),
         ["Hickory", "Hickory", "North Carolina", "US"]),
        (("Green Tosses 3 Touchdown Passes", "Trent Green threw three touchdown passes in the US game."), ["US"]),
        (("Rebels Attack in Central Iraq and the North", "Rebels attacked towns in central Iraq and the US."),
         ["Iraq", "Iraq", "US"]),
        # a headline's town before its verb is the town where its article names its state, unless the article
        # reads the name as a person's
        (("Galveston Braces", "The storm nears the Texas coast."), ["Galveston", "Texas"]),
        (("Galveston Braces for Storm", "The storm nears the Texas coast."), ["Galveston", "Texas"]),
        (("Galveston Braces For Hurricane Ike", "The storm nears the Texas coast."), ["Galveston", "Texas"]),
        # ... else the word after it may as well be a plural: a prize's, a person's name
        (("Golden Globes", "The awards in the US."), ["US"]),
        (("Golden Globes nominations", "The awards in the US."), ["US"]),
        (("Golden Globes for Aviator", "The awards in the US."), ["US"]),
        (("Storm hits", "By Howard Jones", "The US braced."), ["US"]),
        (("Galveston Braces", "The storm nears the US coast."), ["US"]),
        (("Green Tosses for 300 Yards", "Trent Green threw in the US game."), ["US"]),
        (("Golden Globes Honour Aviator", "The awards in the US."), ["US"]),
    ],
)
def test_a_towns_name_in_a_title_case_headline_is_the_town_its_article_names(paragraphs: tuple[str, ...],
                                                                            expected: list[str]) -> None:
    assert [written for written, _, _ in found(*paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # an article of the Olympic Games: a host city's bare name is the host, though the story names the US
        (("Tyler Hamilton, who won an Olympic gold medal for the United States in Athens, was fired.",),
         [("United States", "US"), ("Athens", "GR")]),
        (("Hamilton Loses Ride", "The US Olympic champion won gold in Athens."), [("US", "US"), ("Athens", "GR")]),
        (("Gatlin won the closest 100m final in Games history in Athens.", "American Olympic stars were named."),
         [("Athens", "GR"), ("American", "US")]),
        # ... but a state after it still says which, and an article of no Olympics is left to its support
        (("An Olympic hopeful from Athens, Ga., trains in the US.",), [("Athens", "US"), ("Ga.", "US"), ("US", "US")]),
        (("The US relay team won gold in Athens.",), [("US", "US"), ("Athens", "US")]),
        # an athlete of the Games, and the Games in capitals, say so too
        (("Yesterday the Olympian trained in Athens for the US.",), [("Athens", "GR"), ("US", "US")]),
        (("Olympians from the US arrived in Athens.",), [("US", "US"), ("Athens", "GR")]),
        (("US OLYMPIC TEAM LANDS", "The US team landed in Athens."), [("US", "US"), ("US", "US"), ("Athens", "GR")]),
        # a lower-case word after "Olympic" is of the Games, though its Title Case is no Games' word
        (("She won Olympic air rifle gold in Athens for the US.",), [("Athens", "GR"), ("US", "US")]),
        (("The Olympic national team played in Athens for the US.",), [("Athens", "GR"), ("US", "US")]),
        (("The Olympic mountain bike race in Athens drew the US team.",), [("Athens", "GR"), ("US", "US")]),
    ],
)
def test_an_olympic_hosts_name_in_an_article_of_the_olympics_is_the_host(paragraphs: tuple[str, ...],
                                                                        expected: list) -> None:
    assert [(written, code) for written, _, code in found(*paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a summit is its own mention's host: the article's support says what its other mentions are
        (("The Athens Summit of Georgia business leaders met in Athens, in the US.",),
         [("Athens", "GR"), ("Georgia", "US"), ("Athens", "US"), ("US", "US")]),
        (("Pakistan hosted the Hyderabad Summit with Hyderabad officials.",),
         [("Pakistan", "PK"), ("Hyderabad", "PK"), ("Hyderabad", "PK")]),
        # a sporting event's host is every mention of its name's
        (("The Athens Games closed.", "The US relay team won gold in Athens."),
         [("Athens", "GR"), ("US", "US"), ("Athens", "GR")]),
    ],
)
def test_a_meetings_host_is_its_own_mentions_a_sporting_events_every_mentions(paragraphs: tuple[str, ...],
                                                                             expected: list) -> None:
    assert [(written, code) for written, _, code in found(*paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a name of the people list before an event's word is the place, not a first name
        ("Kenteris won 200m gold at the 2000 Sydney Olympics.", [("Sydney", "AU")]),
        ("Hewitt advances to Round 3 at Paris Masters", [("Paris", "FR")]),
        ("She drove the London to Sydney Marathon.", [("London", "GB"), ("Sydney", "AU")]),
        ("The US joined the Paris Summit.", [("US", "US"), ("Paris", "FR")]),
        # ... but before a word that only starts an event's name, a person's
        ("Paris Grand wrote to the US.", [("US", "US")]),
    ],
)
def test_a_persons_name_before_an_events_word_is_the_place(paragraph: str, expected: list) -> None:
    assert [(written, code) for written, _, code in found(paragraph)] == expected


def test_only_an_events_whole_name_keeps_a_town_from_a_persons_reading() -> None:
    # "Grand" starts "Grand Prix", not "Grand Piano": Howard, Wisconsin, lends its name to a firm
    assert [w for w, _, _ in found("Howard Grand Piano Co. expanded in the US.")] == ["US"]
    assert [w for w, _, _ in found("Warwick Film Festival opened in England.")] == ["Warwick", "England"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # an athlete's home town stated with its state: the article's bare mentions of it are that town's
        (("The Olympic runner from Athens, Ga., returned home to Athens with gold for the US.",),
         [("Athens", "US"), ("Ga.", "US"), ("Athens", "US"), ("US", "US")]),
        (("An Olympic rower from Vancouver, Wash., won gold for the US. Vancouver cheered.",),
         [("Vancouver", "US"), ("Wash.", "US"), ("US", "US"), ("Vancouver", "US")]),
        # ... but a host stated in its own country is still the host
        (("The US won Olympic gold in Athens, Greece. Athens cheered.",),
         [("US", "US"), ("Athens", "GR"), ("Greece", "GR"), ("Athens", "GR")]),
    ],
)
def test_an_olympic_articles_home_town_with_its_state_keeps_its_bare_mentions(paragraphs: tuple[str, ...],
                                                                              expected: list) -> None:
    assert [(written, code) for written, _, code in found(*paragraphs)] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # "The Olympian" is Olympia, Washington's newspaper: its Vancouver is Washington's
        (("The mill in Vancouver would close, The Olympian reported.", "Jobs in the US."),
         [("Vancouver", "US"), ("US", "US")]),
        # ... and the Olympian gods are the myth's: no Games, so Athens is left to its article
        (("The Olympian gods of Athens were feared in the US.",), [("Athens", "US"), ("US", "US")]),
        (("Tourists in Athens hear of an Olympian god, in the US.",), [("Athens", "US"), ("US", "US")]),
    ],
)
def test_the_olympian_newspaper_and_gods_name_no_games(paragraphs: tuple[str, ...], expected: list) -> None:
    assert [(written, code) for written, _, code in found(*paragraphs)] == expected


@pytest.mark.parametrize(
    "paragraph",
    ["The Olympians from the US arrived in Athens.", "The Olympian, who won gold in Athens, flew to the US."],
)
def test_a_sentences_olympians_are_athletes_not_the_newspaper(paragraph: str) -> None:
    # only the singular within a sentence is the newspaper: these are the Games', so Athens is the host
    assert ("Athens", "GR") in [(written, code) for written, _, code in found(paragraph)]


def test_olympic_before_a_word_of_no_games_names_no_games() -> None:
    # the Olympic Peninsula is Washington State's: its Vancouver is the US's, not the 2010 host
    assert [(w, c) for w, _, c in found("Hikers on the Olympic Peninsula drove to Vancouver, then to the US.")] == [
        ("Vancouver", "US"), ("US", "US")]
    # ... in capitals too, at a headline's end
    headline = ("HIKERS ON THE OLYMPIC PENINSULA", "They drove to Vancouver, then to the US.")
    assert [(w, c) for w, _, c in found(*headline)] == [("Vancouver", "US"), ("US", "US")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a possessive after the event's name is still the event's
        ("The US team left before the Athens Olympics' closing ceremony.", [("US", "US"), ("Athens", "GR")]),
        ("The US team left before the Athens Olympics’ closing ceremony.", [("US", "US"), ("Athens", "GR")]),
        ("Kenteris skipped the Sydney Olympics' final.", [("Sydney", "AU")]),
        ("The US team, an Olympic squad, left; the Games' end came in Athens.", [("US", "US"), ("Athens", "GR")]),
    ],
)
def test_an_events_name_before_a_possessive_is_the_event(paragraph: str, expected: list) -> None:
    assert [(written, code) for written, _, code in found(paragraph)] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a nation's people after a US or Canadian city's name is a team's name: no India, no Canada
        ("The Cleveland Indians beat the Yankees in the US.", ["Cleveland", "US"]),
        ("The Montreal Canadians, as fans wrote it, lost in the US.", ["Montreal", "US"]),
        # ... and cricket's Mumbai Indians, of the Indian Premier League
        ("The Mumbai Indians beat the Chennai Super Kings.", ["Mumbai", "Chennai"]),
        # ... but the people themselves elsewhere, and after a name that is no North American city
        ("Indians in Delhi celebrated.", ["Indians", "Delhi"]),
        ("Asian Britons voted.", ["Britons"]),
        # ... and a people that is no team's nickname after a city is the city's community
        ("Miami Cubans cheered.", ["Miami", "Cubans"]),
        ("The Minneapolis Somalis protested.", ["Minneapolis", "Somalis"]),
        ("Many Toronto Italians voted.", ["Toronto", "Italians"]),
        ("New York Italians marched.", ["New York", "Italians"]),
        ("The Chicago Germans met.", ["Chicago", "Germans"]),
        ("Detroit Iraqis voted.", ["Detroit", "Iraqis"]),
        ("In Lebanon Syrians face eviction.", ["Lebanon", "Syrians"]),
        # ... and a team's nickname after another city is that city's community
        ("Toronto Indians celebrated Diwali in Canada.", ["Toronto", "Indians", "Canada"]),
    ],
)
def test_a_nations_people_after_a_north_american_city_is_a_teams_name(paragraph: str, expected: list[str]) -> None:
    assert [written for written, _, _ in found(paragraph)] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # "Mount" and a given name alone is an estate, a resort or a mountain named after a person
        ("Harrington won at Mount Juliet, the American two shots back.", ["American"]),
        # ... the town with its state after it, in every mention of its article
        ("A tornado hit Mount Juliet, Tenn., in the US.", ["Mount Juliet", "Tenn.", "US"]),
        ("A tornado hit Mount Juliet, Tennessee. Mount Juliet residents fled.",
         ["Mount Juliet", "Tennessee", "Mount Juliet"]),
        # ... and a Mount town of no given name, or one news writes alone, stays the town
        ("Floods hit Mount Prospect in the US.", ["Mount Prospect", "US"]),
        ("Police in Mount Vernon said a man was shot in the US.", ["Mount Vernon", "US"]),
        ("Mount Pearl council met on Monday in Newfoundland.", ["Mount Pearl", "Newfoundland"]),
        ("Mount Laurel council voted in the US.", ["Mount Laurel", "US"]),
    ],
)
def test_mount_and_a_given_name_is_no_town_without_its_state(paragraph: str, expected: list[str]) -> None:
    assert [written for written, _, _ in found(paragraph)] == expected


def test_mount_and_a_given_name_is_the_town_in_every_paragraph_of_an_article_that_states_it() -> None:
    article = ("A tornado hit Mount Juliet, Tenn., on Monday.", "Mount Juliet residents fled.")
    assert [written for written, _, _ in found(*article)] == ["Mount Juliet", "Tenn.", "Mount Juliet"]
    # ... not in another article of the batch
    batch = ParagraphBatch([article[0], "Harrington won at Mount Juliet."], ["p1", "p2"], ["a", "b"])
    assert places.rows(batch)["text"] == ["Mount Juliet", "Tenn."]
