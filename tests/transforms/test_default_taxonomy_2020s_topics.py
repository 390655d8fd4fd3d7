"""The bundled taxonomy on 2020s news of health agencies and illnesses, AI rules, storms, small boats, courts,
elections, the cost of living and strikes."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import evidence_of_kind as evidence
from tests.transforms.default_taxonomy_checks import primary
from warehouse.taxonomy_files import read_taxonomy

CRIME, ECONOMY, ENVIRONMENT, HEALTH = "medtop:02000000", "medtop:04000000", "medtop:06000000", "medtop:07000000"
LABOUR, POLITICS, RELIGION, SCIENCE = "medtop:09000000", "medtop:11000000", "medtop:12000000", "medtop:13000000"
SOCIETY, SPORT, WEATHER = "medtop:14000000", "medtop:15000000", "medtop:17000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    ("text", "theme", "term"),
    [
        ("Whooping cough cases rose again in March.", HEALTH, "whooping cough"),
        ("Nine children died of invasive strep A infections.", HEALTH, "strep"),
        ("Scarlet fever is spreading in primary schools.", HEALTH, "scarlet fever"),
        ("The UKHSA said the risk was low.", HEALTH, "ukhsa"),
        ("The UK Health Security Agency published new figures.", HEALTH, "health security agency"),
        ("People who test positive must self-isolate for five days.", HEALTH, "self isolate"),
        ("She was self-isolating at home in Cardiff.", HEALTH, "self isolate"),
        ("The end of self-isolation rules was announced.", HEALTH, "self isolation"),
        ("RSV filled children's wards this winter.", HEALTH, "RSV"),
        ("A supercell passed over the town at dusk.", WEATHER, "supercell"),
        ("Lytton set a Canadian temperature record.", WEATHER, "temperature record"),
        ("White smoke rose above the chapel.", RELIGION, "white smoke"),
        ("Thousands marked Vaisakhi in Southall.", RELIGION, "vaisakhi"),
        ("The AI Act's rules apply from August.", SCIENCE, "ai act"),
        ("Makers of generative AI must label what it makes.", SCIENCE, "generative ai"),
        ("A deepfake of the candidate spread online.", SCIENCE, "deepfake"),
        ("More than 800 people crossed the Channel in small boats on Monday.", SOCIETY, "channel in small boat"),
        ("Small boat crossings rose by a fifth.", SOCIETY, "small boat crossing"),
        ("The asylum backlog fell to 90,000.", SOCIETY, "asylum backlog"),
        ("He spent 16 years in prison after a wrongful conviction.", CRIME, "wrongful conviction"),
        ("Biden needs Pennsylvania, the biggest swing state.", POLITICS, "swing state"),
        ("The exit poll points to a hung parliament.", POLITICS, "hung parliament"),
        ("The energy price cap rises in October.", ECONOMY, "price cap"),
        ("Food inflation eased to 4% in May.", ECONOMY, "food inflation"),
        ("The energy crisis doubled the bills of small firms.", ECONOMY, "energy crisis"),
        ("Campaigners won a judicial review of the decision.", CRIME, "judicial review"),
        ("OpenAI released a new version of its chatbot.", SCIENCE, "openai"),
        ("Bin workers began an all-out strike.", LABOUR, "all out strike"),
        ("Leaders arrived in Baku for the climate summit.", ENVIRONMENT, "climate summit"),
    ],
)
def test_words_of_2020s_news_are_their_themes_terms(iptc, text: str, theme: str, term: str) -> None:
    # The dev corpora are of 2004-05: no strep A, no small boats, no AI Act, no energy price cap. A longer listed
    # term that holds the word carries it as well ("whooping cough cases", an illness counted, swallows the illness).
    assert any(f" {term} " in f" {found} " for found in evidence(iptc, text, theme, "term"))


def test_an_asylum_backlog_is_no_politics_asylum(iptc) -> None:
    # "Asylum backlog falls as claims processed faster" was politics by "asylum" (0.7) and the Home Office.
    assert "asylum" not in evidence(iptc, "The asylum backlog fell by a third.", POLITICS, "term")


@pytest.mark.parametrize(
    "text",
    ["Hailstones the size of golf balls smashed car windscreens.",
     "Doctors found a tumour the size of a golf ball."],
)
def test_a_size_of_golf_balls_is_no_sport(iptc, text: str) -> None:
    # Hail "the size of golf balls" was sport's news by "golf" and "balls", term and meaning.
    assert not evidence(iptc, text, SPORT, "term") | evidence(iptc, text, SPORT, "semantic")


@pytest.mark.parametrize(
    ("headline", "body", "theme"),
    [
        ("Whooping cough cases rise fivefold in England",
         "The UK Health Security Agency said 2,793 cases were confirmed in January and urged pregnant women to get "
         "vaccinated to protect their newborn babies.", HEALTH),
        ("Asylum backlog falls as claims processed faster",
         "The number of people waiting for a first decision on their asylum claim fell to 90,000, Home Office "
         "figures showed.", SOCIETY),
        ("Countries agree to triple renewables by 2030 at climate summit",
         "Nearly 200 nations at the COP28 talks in Dubai backed a deal to transition away from fossil fuels in "
         "energy systems.", ENVIRONMENT),
    ],
)
def test_an_article_of_2020s_news_gets_its_theme(iptc, headline: str, body: str, theme: str) -> None:
    # Each was politics: "england" and "uk", the Home Office and "asylum", a summit's "countries agree".
    assert primary(iptc, headline, body) == theme
