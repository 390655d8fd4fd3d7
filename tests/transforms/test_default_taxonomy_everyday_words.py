"""The bundled taxonomy on the everyday words of the untaught themes' news, and reporting words that are no theme."""

from __future__ import annotations

import dataclasses

import pytest

from tests.transforms.default_taxonomy_checks import evidence_of_kind as evidence
from transforms.labeller import label_texts
from transforms.rollup import primary_themes, rollup
from warehouse.taxonomy_files import read_taxonomy

ARTS, CRIME, ENVIRONMENT, HEALTH = "medtop:01000000", "medtop:02000000", "medtop:06000000", "medtop:07000000"
HUMAN_INTEREST, LIFESTYLE, SCIENCE, SPORT = "medtop:08000000", "medtop:10000000", "medtop:13000000", "medtop:15000000"
WEATHER = "medtop:17000000"
SOCIETY, RELIGION, POLITICS = "medtop:14000000", "medtop:12000000", "medtop:11000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    ("text", "theme", "term"),
    [
        ("Catalytic converter thefts soar.", CRIME, "catalytic converter"),
        ("Police seize a record haul of cocaine.", CRIME, "haul of cocaine"),
        ("A man was arrested on suspicion of murder.", CRIME, "arrested on suspicion"),
        ("Gunmen abducted 30 passengers.", CRIME, "abduct"),
        ("Ocean warming is bleaching reefs.", ENVIRONMENT, "ocean warming"),
        ("A marine heatwave hit the Mediterranean.", ENVIRONMENT, "marine heatwave"),
        ("Hedgehogs are now vulnerable to extinction.", ENVIRONMENT, "vulnerable to extinction"),
        ("The water firm was fined £90m.", ENVIRONMENT, "water firm"),
        ("Untreated sewage flowed into the bay.", ENVIRONMENT, "untreated sewage"),
        ("Sea lice spread from salmon farms.", ENVIRONMENT, "sea lice"),
        ("Shops may no longer hand out plastic bags.", ENVIRONMENT, "plastic bag"),
        ("Hedgehog numbers fell by a third.", ENVIRONMENT, "hedgehog"),
        ("Venice charges day-trippers €5.", LIFESTYLE, "day tripper"),
        ("Run clubs are the new nightclubs.", LIFESTYLE, "run club"),
        ("Quiet luxury is this year's look.", LIFESTYLE, "quiet luxury"),
        ("A one-pan pasta for busy weeknights.", LIFESTYLE, "one pan"),
        ("Plan your itinerary before you fly.", LIFESTYLE, "itinerary"),
        ("Wear sunscreen every day.", LIFESTYLE, "sunscreen"),
        ("A ten-minute workout you can do at home.", LIFESTYLE, "workout"),
        ("Pilates classes are booked out.", LIFESTYLE, "pilates"),
        ("The waiting list for routine treatment grew.", HEALTH, "routine treatment"),
        ("Physiotherapists say stretching helps.", HEALTH, "physiotherapist"),
        ("Archaeologists published the archaeology of the site.", SCIENCE, "archaeology"),
        ("The cave painting is 45,000 years old.", SCIENCE, "cave painting"),
        ("A missing tortoise came home.", HUMAN_INTEREST, "tortoise"),
        ("Sunny, with a chance of showers later.", WEATHER, "chance of showers"),
    ],
)
def test_everyday_words_of_untaught_themes_are_their_terms(iptc, text: str, theme: str, term: str) -> None:
    # Each theme listed its topic's names ("recipe", "wildlife", "extinction") but not the words its stories
    # are told in: a dish, a warming sea, a species' grade on a red list, a stolen car part.
    assert term in evidence(iptc, text, theme, "term")


@pytest.mark.parametrize(
    ("other_sense", "own_sense", "theme", "word"),
    [
        ("Figures show the number of patients waiting has fallen.", "The show was watched by eight million viewers.",
         ARTS, "show"),
        ("Prices hit a record high in March.", "The band's new record went straight to number one.", ARTS, "record"),
        ("A run club meets every Saturday in the park.", "The club's run of wins ended on Saturday.", SPORT, "club"),
        ("Satellite data showed an area the size of Qatar cleared of forest.", "The satellite was launched on Monday.",
         SCIENCE, "satellite"),
        # a rough sleeper sleeps on the street, not in golf's rough; the cardinals' election of a pope is the church's
        ("Number of rough sleepers in London hits record high", "His drive found the rough on the 18th hole.",
         SPORT, "rough"),
        ("Cardinals gather in the Sistine Chapel to elect a new pope", "Voters will elect a new president in May.",
         POLITICS, "elect"),
    ],
)
def test_a_reporting_word_is_not_its_themes_meaning(iptc, other_sense: str, own_sense: str, theme: str,
                                                    word: str) -> None:
    # "Figures show", "a record high", a social run club and the satellite a forest story cites are no show, no
    # music record, no sports club and no space technology: their theme excludes the phrase, its meaning too.
    assert word not in evidence(iptc, other_sense, theme, "semantic") | evidence(iptc, other_sense, theme, "term")
    assert word in evidence(iptc, own_sense, theme, "semantic") | evidence(iptc, own_sense, theme, "term")


@pytest.mark.parametrize(
    ("headline", "body", "theme"),
    [
        ("Waiting list for hospital treatment hits 7.7 million",
         "The number of people waiting for routine treatment in England has reached a new high, with nearly 400,000 "
         "waiting more than a year, figures show.", HEALTH),
        ("Hedgehogs declared vulnerable to extinction in Britain",
         "The hedgehog has been added to the red list of British mammals at risk, with numbers in rural areas "
         "falling by up to a third in a decade as hedgerows disappear.", ENVIRONMENT),
        ("Oldest known cave painting of animals found in Indonesia",
         "The image of a wild pig, painted at least 45,500 years ago on the wall of a cave on Sulawesi, is the "
         "earliest known artwork depicting the animal world, researchers say.", SCIENCE),
        ("This one-pan pasta is ready in 20 minutes",
         "Cherry tomatoes, garlic and basil simmer with the noodles for an easy weeknight dinner.", LIFESTYLE),
    ],
)
def test_an_article_of_untaught_news_gets_its_theme(iptc, headline: str, body: str, theme: str) -> None:
    # Were health by arts' "hits", "list" and "show", environment by science's "extinction", science by arts'
    # "painting" and "artwork", and a recipe by science's lean of "minutes" and "noodles".
    roles = ("title", "body")
    labels = label_texts(iptc, [headline, body])
    rows = [("a", roles[label.paragraph], label.theme_id, label.score) for label in labels]
    assert primary_themes(rollup(rows)) == {"a": theme}


@pytest.mark.parametrize(
    ("text", "theme", "term"),
    [
        ("Arctic sea ice shrank to its second-lowest extent.", ENVIRONMENT, "sea ice"),
        ("Drained peatland releases carbon.", ENVIRONMENT, "peatland"),
        ("Peat bogs cover a fifth of Scotland.", ENVIRONMENT, "peat bog"),
        ("The conclave begins on Wednesday.", RELIGION, "conclave"),
    ],
)
def test_polar_ice_peat_and_a_conclave_are_their_themes_terms(iptc, text: str, theme: str, term: str) -> None:
    # Climate news measures the polar seas' ice and restores drained bogs; a pope is elected in a conclave.
    assert term in evidence(iptc, text, theme, "term")


@pytest.mark.parametrize(
    ("headline", "body", "theme"),
    [
        ("Number of rough sleepers in London hits record high",
         "Outreach workers counted 4,780 people sleeping on the streets between July and September, up a fifth on "
         "last year.", SOCIETY),
        ("Peat bogs in Wales to be restored in £40m scheme",
         "Rewetting drained peatland will lock away carbon and bring back wading birds, conservation groups say.",
         ENVIRONMENT),
    ],
)
def test_an_article_of_rough_sleeping_or_peat_gets_its_theme(iptc, headline: str, body: str, theme: str) -> None:
    # Were sport by golf's "rough" (1.75 points, the cap) and science by "scheme"'s and "40m"'s lean.
    roles = ("title", "body")
    labels = label_texts(iptc, [headline, body])
    rows = [("a", roles[label.paragraph], label.theme_id, label.score) for label in labels]
    assert primary_themes(rollup(rows)) == {"a": theme}


@pytest.mark.parametrize("text", [
    "Cardinals gathered in the Sistine Chapel as the conclave opened.",
    "The papal conclave to choose Francis's successor begins on Wednesday.",
    "The conclave of cardinals elected the first American pope.",
    "Smoke rose from the chimney as the cardinals' conclave ended on its second day.",
])
def test_a_conclave_of_cardinals_is_religion(iptc, text: str) -> None:
    assert RELIGION in {label.theme_id for label in label_texts(iptc, [text])}


@pytest.mark.parametrize("text", [
    "The conclave begins on Wednesday.",
    "Hedge fund managers held a conclave at a former monastery in the Alps.",
    "Party elders met in a conclave, and their faith in the leader was shaken.",
])
def test_a_bare_conclave_is_no_religion(iptc, text: str) -> None:
    # a conclave is as much a party's, bankers' or tech chiefs' closed meeting: without a pope's or cardinals' word
    # it does not reach religion's min_score, even where every theme over it is kept (min_share 0)
    every_theme = dataclasses.replace(iptc, min_share=0.0)
    assert RELIGION not in {label.theme_id for label in label_texts(every_theme, [text])}
