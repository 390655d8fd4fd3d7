"""A listed firm's worth, its cost drive and a share of its workforce cut are the firm's story, not its products'; an
outbreak named by its bacterium, or linked or traced to a food, is health; a town's guide to where to eat and stay is
lifestyle though the town is a racecourse's. The words the seventeenth round gave racing and results stay silent
where they are not: an antique gold cup, the going that gets tough, and rain, exams or bookmakers' odds that beat
forecasts."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, themes
from warehouse.taxonomy_files import read_taxonomy

ECONOMY, HEALTH, LIFESTYLE, SPORT = "medtop:04000000", "medtop:07000000", "medtop:10000000", "medtop:15000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    ("headline", "body", "theme"),
    [("Microsoft becomes second company worth $4tn", "", ECONOMY),
     ("Microsoft to cut 3% of workforce in cost drive", "", ECONOMY),
     ("Listeria outbreak linked to ready meals", "", HEALTH),
     ("E. coli outbreak traced to sandwich lettuce", "", HEALTH),
     ("Hepatitis A outbreak linked to frozen berries",
      "Twenty-three people fell ill after eating smoothies made with a batch of frozen berries now recalled from "
      "supermarkets, the Food Standards Agency said.", HEALTH),
     ("Cheltenham's best restaurants for a weekend away",
      "From tasting menus on the Promenade to a wine bar in Montpellier, the Regency town has plenty to keep food "
      "lovers happy.", LIFESTYLE)],
)
def test_an_article_gets_its_theme_from_its_own_words(iptc, headline: str, body: str, theme: str) -> None:
    assert article_primary(iptc, headline, body) == theme


@pytest.mark.parametrize(
    ("text", "theme"),
    [("A gold cup engraved with the king's initials sold at auction for £80,000", SPORT),
     ("When the going gets tough, the chancellor's allies say she will not back down", SPORT),
     ("Heavy rain beat forecasts across Cumbria as rivers burst their banks", ECONOMY),
     ("The team's points total beat forecasts from the bookmakers", ECONOMY)],
)
def test_racing_and_results_words_stay_silent_in_their_other_senses(iptc, text: str, theme: str) -> None:
    assert theme not in themes(iptc, text)


def test_the_race_is_still_sport(iptc) -> None:
    assert article_primary(iptc, "Galopin Des Champs wins second Cheltenham Gold Cup", "") == SPORT
