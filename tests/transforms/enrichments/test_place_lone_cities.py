"""A city under a million that is the one place of its name, named alone after a word that introduces a place."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.place_rows import found


@pytest.mark.parametrize(("text", "expected"), [
    ("Peel Regional Police said three men were arrested in Mississauga on Tuesday after a string of car thefts.",
     ("Mississauga", "CA")),
    ("The junta's jets struck a monastery near Sagaing, killing at least 20 people sheltering there.",
     ("Sagaing", "MM")),
    ("Police in Kisumu fired tear gas at protesters who blocked the main road into the city.", ("Kisumu", "KE")),
    ("Students in Rajshahi joined the protests on Wednesday, blocking the railway line for hours.",
     ("Rajshahi", "BD")),
    ("The new tram line in Tampere carried more than 20 million passengers in 2025.", ("Tampere", "FI")),
    ("Tourism in Arusha has recovered to 2019 levels, safari operators said on Thursday.", ("Arusha", "TZ")),
])
def test_a_city_of_one_name_is_kept_alone_after_a_place_word(text: str, expected: tuple[str, str]) -> None:
    assert [(name, code) for _, name, _, code in found(text)] == [expected]


@pytest.mark.parametrize("text", [
    "Lifeboat crews were called to Prestatyn beach after two paddleboarders were swept out.",  # 19,000 people
    "Growth in Asia slowed in 2025, the fund said.",  # the continent, no town of 23,000 in the Philippines
    '"We believe in Nigel," the party chairman told reporters.',  # a given name
    "There is great faith in Mary among the congregation, the bishop said.",
    "Investors piled into Metro after the retailer's upbeat forecast.",  # a firm's
    '"In Commonwealth nations we share a history," she said.',
    "N.Korea Hurls Abuse at Bush, Calls Him Human Trash",  # after "at": a person's
    "Scissor Sisters triumph at Brits",  # ... an event's
    "In Santos Laguna's win on Saturday, the visitors scored twice late.",  # a longer name's first word
    "Orlando Bloom was seen at the premiere in Tromso with his daughter.",  # one of `people`; a town of 42,000
    "Crowds in Hamilton waited for hours.",  # several Hamiltons: the article must say which
])
def test_no_lone_city_where_the_name_is_small_a_word_a_person_or_several_places(text: str) -> None:
    assert not [row for row in found(text) if row[2] == "city"]


@pytest.mark.parametrize("text", [
    # "in" and "into" after a word that takes a firm, a person or a cause there, not a place
    "Shareholders who invested in Hitachi saw the stock fall 5%.",
    "National Amusements holds a controlling stake in Paramount after the deal.",
    "Investors lost confidence in Bata after the shoemaker's losses.",
    "Demand for shares in Asahi rose after the results.",
    "Regulators opened an inquiry into Hitachi over the contracts.",
    # "into" after buying or money: a firm's shares
    "Sony bought into Paramount in the 1990s.",
    "Pension funds have poured money into Paramount since the merger.",
    "Investors are buying into Hitachi again.",
    # a possessive before a person's work: a writer's, not a city's
    "Critics praised the wit in Pushkin's letters.",
    "Readers find hope in Pushkin's poetry.",
    # a headline in Title Case, whose capitals say nothing of a name
    "New Twist In Saga",
    "Guests Hurt In Wedding",
    # a given name, a season's, a currency's, a determiner's, capitalised
    "Fans have lost faith in David after three defeats, the manager said.",
    "The vote is due in Spring 2026, officials said.",
    "Turkey's woes deepened as the slide in Lira went on.",
    "Analysts see a recovery in Most of the markets this year.",
])
def test_no_lone_city_after_a_firms_word_in_a_headline_or_of_a_word(text: str) -> None:
    assert not [row for row in found(text) if row[2] == "city"]


@pytest.mark.parametrize(("text", "expected"), [
    # the guards leave a place's own "in": a verb of moving or living, a noun of a place's people or things
    ("Flooding in Kisumu forced thousands from their homes on Monday.", ("Kisumu", "KE")),
    ("He invested years of his life in teaching, and settled in Tampere in 2019.", ("Tampere", "FI")),
    ("Confidence is high among traders in Rajshahi after the harvest.", ("Rajshahi", "BD")),
    # ... and "into" after a verb of moving, "in" after buying, a possessive before a place's own things
    ("Money poured into Kisumu after the floods.", ("Kisumu", "KE")),
    ("Troops moved into Mariupol on Friday.", ("Mariupol", "UA")),
    ("Maize bought in Kisumu costs more this year.", ("Kisumu", "KE")),
    ("Traders in Kisumu's markets raised prices.", ("Kisumu", "KE")),
])
def test_a_lone_city_after_in_is_kept_beside_such_words(text: str, expected: tuple[str, str]) -> None:
    assert [(name, code) for _, name, _, code in found(text)] == [expected]


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # a Title Case headline's lone city is the body's, where the body introduces it as a place
    (("Floods In Kisumu", "Flooding in Kisumu forced thousands from their homes."),
     [("Kisumu", "KE"), ("Kisumu", "KE")]),
    (("Floods In Kisumu Leave Thousands Homeless", "Flooding in Kisumu forced thousands from their homes."),
     [("Kisumu", "KE"), ("Kisumu", "KE")]),
    (("Gunmen Kill Three In Rajshahi", "Police in Rajshahi said the attack began at night."),
     [("Rajshahi", "BD"), ("Rajshahi", "BD")]),
    # ... but not where only the headline names it: its capitals say nothing of a name ("Guests Hurt In Wedding")
    (("Guests Hurt In Wedding", "Three guests were hurt at a wedding in Kisumu."), [("Kisumu", "KE")]),
    (("Floods In Kisumu",), []),
])
def test_a_headlines_lone_city_is_kept_where_its_body_introduces_it(
        paragraphs: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    assert [(name, code) for _, name, _, code in found(*paragraphs)] == expected
