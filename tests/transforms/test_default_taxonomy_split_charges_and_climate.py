"""The bundled taxonomy on 2020s news it misread: a charge whose words are split by who brought it ("charged by
police with manslaughter"), driving offences, climate scientists' findings, and a podcast as a show, not a
technology."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import primary, term_evidence, themes
from warehouse.taxonomy_files import read_taxonomy

ARTS, CRIME, ENVIRONMENT, SCIENCE, SPORT = (
    "medtop:01000000", "medtop:02000000", "medtop:06000000", "medtop:13000000", "medtop:15000000")


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    ("text", "term"),
    [("Police have charged two teenagers with murder.", "with murder"),
     ("A man has been charged by West Midlands Police with manslaughter.", "with manslaughter"),
     ("She admitted causing death by dangerous driving.", "death by dangerous driving"),
     ("He was charged with careless driving.", "careless driving")],
)
def test_a_split_charge_and_a_driving_offence_are_crime_terms(iptc, text: str, term: str) -> None:
    # "charged with manslaughter" weighs 2.3; split by who brought the charge, only "manslaughter" (1.2) counted.
    assert term in term_evidence(iptc, text, CRIME)


def test_getting_away_with_murder_is_no_charge(iptc) -> None:
    assert "with murder" not in term_evidence(iptc, "The visitors' defence got away with murder all afternoon.", CRIME)


def test_an_article_of_a_split_manslaughter_charge_is_crime(iptc) -> None:
    assert primary(
        iptc, "Man charged after pedestrian dies in Leeds",
        "A 41-year-old man has been charged by West Yorkshire Police with manslaughter and dangerous driving after a "
        "woman was hit by a van on the Headrow. He was remanded in custody and will appear before magistrates.",
    ) == CRIME


@pytest.mark.parametrize(
    ("headline", "body"),
    [("Climate scientists say Antarctic sea ice at record low",
      "Climate scientists said the extent of sea ice around Antarctica had fallen to its lowest since satellite "
      "records began, as warming oceans and greenhouse gas emissions heat the Southern Ocean."),
     ("Glaciers in the Alps shrinking faster than ever, climate researchers find",
      "Climate researchers in Switzerland said the country's glaciers lost 4% of their volume this year, after a hot "
      "summer and a winter of little snow.")],
)
def test_an_article_of_climate_scientists_findings_is_environment(iptc, headline: str, body: str) -> None:
    # Their "scientists" (1.7 and science's meaning) made the climate's news science.
    assert primary(iptc, headline, body) == ENVIRONMENT


def test_scientists_of_other_fields_stay_science(iptc) -> None:
    assert primary(
        iptc, "Scientists grow human kidney tissue in the lab",
        "Scientists at a Cambridge laboratory said the tissue filtered blood like a real kidney in early experiments.",
    ) == SCIENCE


@pytest.mark.parametrize(
    ("headline", "body"),
    [("Comedy podcast wins top prize at audio awards",
      "A comedy podcast recorded in a Glasgow flat was named podcast of the year, with judges praising its writing."),
     ("Podcast about a missing teacher tops the charts",
      "The podcast, which follows a reporter's search for a teacher who vanished in 1982, has been downloaded "
      "30 million times, and a television series based on it is in production.")],
)
def test_an_article_of_a_podcast_show_is_arts(iptc, headline: str, body: str) -> None:
    # "podcast" weighed 2.3 for science, a word of 2004's technology news; a podcast of the 2020s is a show.
    assert primary(iptc, headline, body) == ARTS


def test_podcasting_as_a_technology_stays_science(iptc) -> None:
    assert SCIENCE in themes(
        iptc, "MP3 players are becoming a mainstream technology, with many owners taking part in podcasting.")


def test_an_article_of_killings_counted_is_crime(iptc) -> None:
    # "killings" was no term: the body's "the capital", "figures" and "fell" made such an article economy.
    assert primary(
        iptc, "Murder rate in Manchester falls to lowest in a decade",
        "The number of killings in the city fell to 21 last year, the lowest total since 2013, according to figures "
        "released by Greater Manchester Police on Monday.",
    ) == CRIME
    assert "killings" not in term_evidence(iptc, "Investors made a killing on the shares, killing the rally.", CRIME)


def test_an_article_of_the_warming_limit_is_environment(iptc) -> None:
    # The Paris agreement's limit and the carbon budget within it are the climate's figures: "budget" leaned to economy.
    assert primary(
        iptc, "Carbon budget for 1.5C will run out by 2030, climate report says",
        "The world can emit about 200 billion tonnes more of carbon dioxide if warming is to be held to 1.5C, the "
        "report by 50 researchers found; at today's rates that will be gone before the end of the decade.",
    ) == ENVIRONMENT
