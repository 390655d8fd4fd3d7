"""Headlines of a headline-only feed whose everyday words gave the wrong theme: heavy snow closing schools was economy
by the meaning of "closes", a storm of 2025-26 by its name had no label at all, and a theft admitted or charged was
politics or science by what was stolen and from whom. The new terms stay silent in their other senses."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary
from transforms.labeller import labeller_for
from warehouse.taxonomy_files import read_taxonomy

CRIME, HEALTH, WEATHER = "medtop:02000000", "medtop:07000000", "medtop:17000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    ("headline", "theme"),
    [("Heavy snow closes schools across Cumbria", WEATHER),
     ("Heavy snow and ice disrupt travel across northern Scotland", WEATHER),
     ("Storm Amy batters Scotland", WEATHER),
     ("Storm Benjamin: travel chaos in northern France", WEATHER),
     ("Council worker admits stealing £200,000 from care fund", CRIME),
     ("Former bank clerk admits stealing from elderly customers", CRIME),
     ("Teenager charged with stealing moped in Leeds", CRIME)],
)
def test_an_everyday_headline_gets_its_theme(iptc, headline: str, theme: str) -> None:
    assert article_primary(iptc, headline, "") == theme


@pytest.mark.parametrize(
    ("headline", "theme"),
    [("Minister faces storm of criticism over Gaza remarks", WEATHER),
     ("Jon Snow to front new Channel 4 documentary", WEATHER),
     ("Waiting list for a table at Noma reopens", HEALTH),
     ("Council housing waiting list tops 20,000 in Bristol", HEALTH),
     ("Messi steals the show as Inter Miami win", CRIME),
     # a performer "charged with" or "accused of" stealing the show, the limelight or the spotlight is praised, not
     # charged; the TV network A&E is no emergency department
     ("Olivia Colman all but charged with stealing the show in the National's Lear", CRIME),
     ("Debutant accused of stealing the limelight at the Brit Awards", CRIME),
     ("True-crime series Intervention returns to the A&E channel", HEALTH)],
)
def test_the_new_terms_stay_silent_in_their_other_senses(iptc, headline: str, theme: str) -> None:
    labels = labeller_for(iptc).label_columns([headline], articles=["a"]).labels(iptc)
    assert theme not in {label.theme_id for label in labels}
