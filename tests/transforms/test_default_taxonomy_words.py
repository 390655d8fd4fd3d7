"""The bundled taxonomy's everyday words of today's news for the themes no labeled corpus teaches."""

from __future__ import annotations

import dataclasses
from importlib import resources

import pytest

from transforms.labeller import label_texts
from transforms.matching.themes import label_paragraphs
from transforms.taxonomy import parse_taxonomy
from warehouse.taxonomy_files import read_taxonomy

ECONOMY, EDUCATION, HUMAN_INTEREST = "medtop:04000000", "medtop:05000000", "medtop:08000000"
LABOUR, LIFESTYLE, SOCIETY = "medtop:09000000", "medtop:10000000", "medtop:14000000"


@pytest.fixture(scope="module")
def iptc():
    text = resources.files("transforms").joinpath("taxonomies", "iptc-media-topics.toml").read_text("utf-8")
    return parse_taxonomy(text, "iptc-media-topics.toml")


@pytest.fixture(scope="module")
def iptc_with_vectors():
    return read_taxonomy()


def term_evidence(taxonomy, text: str, theme: str) -> set[str]:
    """The terms of `theme` found in `text`, whatever the score they add up to."""
    any_score = dataclasses.replace(taxonomy, min_score=0.01, min_share=0.0)
    return {e.term for label in label_paragraphs(any_score, [text]) if label.theme_id == theme
            for e in label.evidence if e.kind == "term"}


@pytest.mark.parametrize(
    "text",
    [
        "Japan's birth rate rises for the first time in a decade",
        "The fertility rate rise was too small to matter, demographers said.",
        "Police said the crime rate rise in the capital was driven by phone thefts.",
    ],
)
def test_a_rate_that_is_not_money_rising_is_no_rate_rise(iptc, text: str) -> None:
    # "rate rise" is the economy's word for a central bank's decision; in "birth rate rises" it is the
    # end of a society term, and labelled the headline economy.
    assert "rate rise" not in term_evidence(iptc, text, ECONOMY)


def test_an_interest_rate_rise_is_still_one(iptc) -> None:
    assert "rate rise" in term_evidence(iptc, "Mortgage holders brace for another rate rise", ECONOMY)


@pytest.mark.parametrize(
    ("text", "theme", "term"),
    [
        ("Dockworkers at ports on the East Coast walked off the job on Tuesday.", LABOUR, "dockworker"),
        ("Dockers in Rotterdam began a 48-hour work stoppage.", LABOUR, "work stoppage"),
        ("Thousands of international students face losing their places.", EDUCATION, "international student"),
        ("The government will cut student visas for postgraduate courses.", EDUCATION, "student visa"),
        ("South Korea's fertility rate fell to a record low.", SOCIETY, "fertility rate"),
        ("Demographers warn of a shrinking population in rural areas.", SOCIETY, "shrinking population"),
        ("New cafes have added oat lattes to their menus.", LIFESTYLE, "cafe"),
        ("The café on the square won its first Michelin star.", LIFESTYLE, "michelin star"),
        ("A metal detectorist found the ring in a field.", HUMAN_INTEREST, "metal detectorist"),
        ("She had lost her wedding ring forty years ago.", HUMAN_INTEREST, "wedding ring"),
    ],
)
def test_everyday_words_of_the_untaught_themes_are_their_terms(iptc, text: str, theme: str, term: str) -> None:
    assert term in term_evidence(iptc, text, theme)


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("Dockworkers at ports on the East Coast walked off the job on Tuesday.", LABOUR),
        ("New cafes have added oat lattes and matcha desserts to their menus as the craze spreads.", LIFESTYLE),
        ("Japan's birth rate rises for the first time in a decade", SOCIETY),
    ],
)
def test_their_paragraphs_get_the_theme(iptc_with_vectors, text: str, theme: str) -> None:
    # Without these terms the fitted themes' lean to everyday words ("dockworkers", "ports", "matcha", "rate",
    # "rises") labelled them science and disaster, sport, or economy and science, and not the theme.
    assert theme in {label.theme_id for label in label_texts(iptc_with_vectors, [text])}
