"""The bundled taxonomy on news as councils, charities and local papers of 2025-26 write it: the waste a council
collects from the kerb (food and garden waste, what an anaerobic digestion plant takes) and older people alone or
homes too cold to heat (warm spaces, befriending, Age UK's appeals), by the themes' descriptions environment (waste)
and society (poverty, welfare), not the sport, science or politics their everyday words leant to."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, term_evidence
from warehouse.taxonomy_files import read_taxonomy

ENVIRONMENT, SOCIETY = "medtop:06000000", "medtop:14000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    ("headline", "body", "theme"),
    [  # sport by "start" and "march": a council's new bin round is waste's news
        ("Weekly food waste collections start in March",
         "From Monday 2 March 2026 every household in the district will have its food waste collected weekly, the "
         "council has announced. Each home will receive a 23-litre kerbside caddy and a kitchen caddy with a roll of "
         "liners. Food scraps will be sent to an anaerobic digestion plant near Shrewsbury, cutting the amount going "
         "to landfill.", ENVIRONMENT),
        # science by "spaces" and "phone": rooms kept warm for those who cannot heat their homes are poverty's
        ("Warm spaces open across the borough this winter",
         "Residents who are struggling to heat their homes can find a warm, welcoming place to spend the day at 23 "
         "libraries, community centres and churches across the borough from Monday 1 December. The council's cost of "
         "living team said hot drinks, phone charging and advice on benefits and debt will be available.", SOCIETY),
        # science by "phone" (politics by "uk" in a shorter form): a charity's appeal for older people living alone
        ("Age UK appeal: no one should have no one this Christmas",
         "Age UK is asking people to spare an hour a week to phone an older person who lives alone. The charity says "
         "more than a million older people in England can go a month without speaking to a friend, neighbour or "
         "family member, and its telephone friendship service has a waiting list of 2,000 this winter.", SOCIETY),
    ],
)
def test_waste_collected_and_winter_poverty_get_their_theme(iptc, headline: str, body: str, theme: str) -> None:
    assert article_primary(iptc, headline, body) == theme


@pytest.mark.parametrize(
    "text",
    ["Warm bank holiday weekend ahead for most, with highs of 27C in London on Sunday.",
     "Voting age UK: ministers confirm votes at 16 for next general election.",
     "Retirement age UK: what the rise to 67 means for you.",
     "Legal drinking age UK: should it rise to 21, as in the United States?",
     "Driving age UK: learners could wait until 18 for a full licence.",
     "Working age UK: who the ONS counts, and why it matters.",
     "Crocodiles bask on the warm bank of the Zambezi as tourists watch from the boats.",
     "Swans nested on the warm banks of the Thames this spring."],
)
def test_a_warm_bank_holiday_a_rivers_bank_and_an_age_a_law_sets_are_no_welfare(iptc, text: str) -> None:
    assert term_evidence(iptc, text, SOCIETY) == set()
