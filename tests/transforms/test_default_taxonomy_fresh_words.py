"""The bundled taxonomy on news of the 2020s: words of its stories, and everyday senses that are no theme."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import term_evidence, themes
from warehouse.taxonomy_files import read_taxonomy

CRIME, ENVIRONMENT, HUMAN_INTEREST = "medtop:02000000", "medtop:06000000", "medtop:08000000"
CONFLICT = "medtop:16000000"
LABOUR, LIFESTYLE, RELIGION, SCIENCE = "medtop:09000000", "medtop:10000000", "medtop:12000000", "medtop:13000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    ("text", "theme", "term"),
    [
        ("Man jailed over county lines drug network", CRIME, "county lines"),
        ("He admitted conspiracy to supply Class A drugs.", CRIME, "class a drugs"),
        ("A jury found the crypto founder guilty of wire fraud.", CRIME, "wire fraud"),
        ("Algal blooms have turned the river green.", ENVIRONMENT, "algal bloom"),
        ("Lynx could be reintroduced to the wild in Northumberland.", ENVIRONMENT, "reintroduced to the wild"),
        ("Water companies released sewage 460,000 times.", ENVIRONMENT, "water company"),
        ("The pub brought back its Sunday roast and carvery.", LIFESTYLE, "sunday roast"),
        # the singular possessive many writers use reads "farmer s market": a plural possessive's apostrophe
        # joins a phrase (transforms.matching.possessives), a singular one's "s" stays a word
        ("Stallholders at the farmer's market said trade was good.", LIFESTYLE, "farmer s market"),
        ("Lidos open through the winter for cold-water swimmers.", LIFESTYLE, "lido"),
        ("The GMB said members would walk out.", LABOUR, "GMB"),
        ("Staff will keep a four-day working week.", LABOUR, "four day working week"),
        ("Pilgrims filled St Peter's Square for the Mass.", RELIGION, "st peter s square"),
        ("The Vatican recognised a miracle attributed to his intercession.", RELIGION, "intercession"),
        ("She was reunited with her lost cat after five years.", HUMAN_INTEREST, "lost cat"),
        ("A record 13,200 people were seen sleeping rough in London.", "medtop:14000000", "sleeping rough"),
        ("MPs backed the assisted dying bill.", "medtop:14000000", "assisted dying"),
        ("Officers seized a firearm and ammunition.", CRIME, "firearm"),
        ("Thieves carried out a smash-and-grab raid on the jewellers.", CRIME, "smash and grab"),
        ("The family were evicted by their landlord.", "medtop:14000000", "evict"),
    ],
)
def test_words_of_2020s_stories_are_their_themes_terms(iptc, text: str, theme: str, term: str) -> None:
    assert term in term_evidence(iptc, text, theme)


@pytest.mark.parametrize(
    ("other_sense", "own_sense", "theme", "term"),
    [
        ("Fans crossed county lines to see the game.", "Police smashed a county lines gang.", CRIME, "county lines"),
        ("A scan at the vet found his microchip.", "A microchip shortage hit carmakers.", SCIENCE, "microchip"),
        ("Owners should keep their details on the microchip database.", "Hackers stole the customer database.",
         SCIENCE, "database"),
        ('"We are not robots," one picker said.', "The robot assembles cars.", SCIENCE, "robot"),
    ],
)
def test_a_word_in_another_sense_is_not_the_themes_term(iptc, other_sense: str, own_sense: str, theme: str,
                                                         term: str) -> None:
    # A US story's county lines are borders, a pet's microchip and its database are no computing, and a
    # striking worker who is "not a robot" speaks of pay.
    assert term not in term_evidence(iptc, other_sense, theme)
    assert term in term_evidence(iptc, own_sense, theme)


@pytest.mark.parametrize("text", ["Council reintroduces weekly bin collections",
                                  "The cafe has reintroduced its breakfast menu."])
def test_reintroduced_in_its_everyday_sense_is_no_environment(iptc, text: str) -> None:
    # "reintroduce" weighed 1.7 for environment (animals brought back), so a bin round was environment.
    # Animals brought back still are (below).
    assert ENVIRONMENT not in themes(iptc, text)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Beavers reintroduced to Dorset river", ENVIRONMENT),
        ("Algal blooms have turned stretches of the river green as manure washes off fields.", ENVIRONMENT),
        ("Sales of the Sunday roast have slumped as pubs raise prices, with a carvery now costing £12.", LIFESTYLE),
        ("The man who ran the county lines drug network was jailed for 12 years.", CRIME),
    ],
)
def test_their_2020s_paragraphs_get_the_theme(iptc, text: str, theme: str) -> None:
    # Before, the algae were sport and science, the roast economy alone.
    assert theme in themes(iptc, text)


def test_a_bomb_threat_is_conflict(iptc) -> None:
    # Conflict excluded "bomb threat", and once an excluded phrase silenced its theme's meaning as well as its
    # terms, agnews-dev's diverted flights had no conflict left (politics, economy): a threat of terror is news
    # of that theme, so the phrase is no longer excluded.
    assert CONFLICT in themes(iptc, "Flight Diverted to UK After Bomb Threat")


@pytest.mark.parametrize("text", [
    "Resident doctors have voted to strike again over pay.",
    "Nurses began a strike vote on Monday.",
    "Train drivers have voted for further strikes over pay.",
    "Members voted for industrial action by a large margin.",
])
def test_a_unions_ballot_is_no_elections_vote(iptc, text: str) -> None:
    assert not term_evidence(iptc, text, "medtop:11000000")
    assert term_evidence(iptc, "Voters will vote on Thursday.", "medtop:11000000")


SOCIETY = "medtop:14000000"


@pytest.mark.parametrize(
    ("text", "theme", "term", "beaten_theme", "beaten_term"),
    [
        ("He celebrated his 112th birthday with fish and chips.", LIFESTYLE, "fish and chip", SCIENCE, "chip"),
        ("The court heard challenges to the ban on ghost guns.", CRIME, "ghost gun", HUMAN_INTEREST, "ghost"),
    ],
)
def test_a_phrase_of_the_story_wins_over_its_words_in_another_theme(
        iptc, text: str, theme: str, term: str, beaten_theme: str, beaten_term: str) -> None:
    # A takeaway's chips are no computer chips, a home-made gun is no ghost of a human-interest story.
    assert term in term_evidence(iptc, text, theme)
    assert beaten_term not in term_evidence(iptc, text, beaten_theme)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        # homelessness, as its 2020s figures name it, was politics and economy by the councils and money beside it
        ("A record 123,000 homeless households in England are living in temporary accommodation, "
         "the government said.", SOCIETY),
        # a public-sector pay dispute was politics by its ministers alone
        ("Ministers said the 4% rise matched what the independent pay review body had recommended and urged "
         "the union to return to talks, warning that strikes would lengthen waiting lists.", LABOUR),
    ],
)
def test_the_untaught_themes_paragraphs_of_2020s_news_get_their_theme(iptc, text: str, theme: str) -> None:
    assert theme in themes(iptc, text)

