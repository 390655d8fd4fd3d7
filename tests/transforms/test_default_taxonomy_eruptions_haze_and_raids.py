"""2026 news whose everyday words gave the wrong theme: a volcano's eruption was science by the meaning of "volcano" and
"erupts", a city's haze politics by "singapore" and "standards", a flood's army rescue conflict by "army" and
"deployed", a headline's robbery economy by the shop robbed, and a drone attack that "hits" a depot arts. The new
terms and exclusions stay silent in their other senses ("Rob" the name, a row that erupts, a single that hits)."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary
from transforms.labeller import labeller_for
from warehouse.taxonomy_files import read_taxonomy

ARTS, CRIME, DISASTER, ENVIRONMENT = "medtop:01000000", "medtop:02000000", "medtop:03000000", "medtop:06000000"
CONFLICT = "medtop:16000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


def headline_themes(taxonomy, headline: str) -> set[str]:
    """The themes of a headline labelled as the pipeline labels an article of it alone."""
    labels = labeller_for(taxonomy).label_columns([headline], articles=["a"]).labels(taxonomy)
    return {label.theme_id for label in labels}


@pytest.mark.parametrize(
    ("headline", "body", "theme"),
    [("Volcano erupts again on Iceland's Reykjanes peninsula",
      "A volcano erupted again on Iceland's Reykjanes peninsula on Thursday, the Met Office said.", DISASTER),
     ("Haze returns", "Haze returned to Singapore on Friday as fires in Sumatra flared, pushing the 24-hour Pollutant "
      "Standards Index into the unhealthy range of 110.", ENVIRONMENT),
     ("Smog returns to Lahore as air quality index tops 400", "Schools were told to keep children indoors.",
      ENVIRONMENT),
     ("Floods in Sindh", "The federal government appealed for international help, and the army was deployed to "
      "evacuate families stranded on rooftops.", DISASTER),
     ("Landslide in Nepal", "Troops were deployed to rescue villagers cut off by the landslide.", DISASTER),
     ("Armed men rob jewellery shop in Leeds", "", CRIME),
     ("Gang robs bookmaker in Glasgow", "Staff were tied up during the raid.", CRIME)],
)
def test_a_story_of_2026_gets_its_theme(iptc, headline: str, body: str, theme: str) -> None:
    assert article_primary(iptc, headline, body) == theme


@pytest.mark.parametrize(
    "headline", ["Drone attack hits oil depot", "Rocket attack hits apartment block in Odesa",
                 "Missile strikes hit power stations in Kharkiv"],
)
def test_what_an_attack_hits_is_no_chart_hit(iptc, headline: str) -> None:
    themes = headline_themes(iptc, headline)
    assert CONFLICT in themes and ARTS not in themes


@pytest.mark.parametrize(
    ("headline", "theme"),
    [("Rob Lowe stars in new comedy series", CRIME),
     ("Rob Burrow's family opens MND centre in Leeds", CRIME),
     ("Row erupts over Budget leak", DISASTER),
     ("Orders flood in for new iPhone", DISASTER),
     ("Jimi Hendrix's Purple Haze tops guitar poll", ENVIRONMENT)],
)
def test_the_new_terms_stay_silent_in_their_other_senses(iptc, headline: str, theme: str) -> None:
    assert theme not in headline_themes(iptc, headline)


@pytest.mark.parametrize("headline", ["Adele's new single hits number one", "Smith's new album hits the shops"])
def test_a_record_that_hits_is_still_arts(iptc, headline: str) -> None:
    assert ARTS in headline_themes(iptc, headline)
