"""A theft of what a show owns (its costumes, its takings) is crime though the idiom "stealing the show" is not. A race
meeting's news by the racecard's words (a horse named after a storm, the going, a race's furlongs), an
outbreak's body that counts cases and people who fell ill, and a firm's results against the market's forecasts: each
was another theme by a name or the meaning of everyday words. The new terms stay silent in their other senses."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, themes
from transforms.labeller import labeller_for
from warehouse.taxonomy_files import read_taxonomy

ARTS, CRIME, ECONOMY, HEALTH, POLITICS, SPORT = (
    "medtop:01000000", "medtop:02000000", "medtop:04000000", "medtop:07000000", "medtop:11000000", "medtop:15000000")


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    ("headline", "body", "theme"),
    [("Storm Bert lands the 3.30 at Kempton",
      "Storm Bert, trained by Nicky Henderson and ridden by Nico de Boinville, won the two-mile novice hurdle at "
      "Kempton by three lengths on good to soft going.", SPORT),
     ("Going changed to soft at Sandown",
      "The going at Sandown was changed to soft, heavy in places, after overnight rain, and the clerk of the course "
      "said the seven-furlong handicap would go ahead as planned.", SPORT),
     ("Measles cases double in London",
      "The number of confirmed cases in the capital has doubled since September, officials said, with most among "
      "children under five who had not had both doses.", HEALTH),
     ("Norovirus closes wards at Royal Infirmary",
      "Three wards were shut to new admissions on Monday after patients and staff fell ill, and visitors were asked "
      "to stay away until further notice.", HEALTH)],
)
def test_an_article_gets_its_theme_from_its_own_words(iptc, headline: str, body: str, theme: str) -> None:
    assert article_primary(iptc, headline, body) == theme


@pytest.mark.parametrize(
    "headline",
    ["Stagehand charged with stealing the show's costumes from the Palladium",
     "Burglars stole the show's props from a van in Leeds"],
)
def test_stealing_what_a_show_owns_is_a_theft(iptc, headline: str) -> None:
    assert article_primary(iptc, headline, "") == CRIME


@pytest.mark.parametrize(
    ("text", "theme"),
    [("Microsoft beats forecasts as cloud sales soar", ECONOMY),
     ("Oracle's earnings beat analysts' expectations on software revenue", ECONOMY)],
)
def test_a_firm_s_results_against_forecasts_are_economy_s_story(iptc, text: str, theme: str) -> None:
    labels = labeller_for(iptc).label_columns([text], articles=["a"]).labels(iptc)
    assert max(labels, key=lambda label: label.score).theme_id == theme


@pytest.mark.parametrize(
    ("text", "theme"),
    [  # a "final furlong" of an awards race is the idiom; Turkey's Grand National Assembly its parliament
     ("Oscars race enters the final furlong with three films level", SPORT),
     ("Erdogan addresses the Grand National Assembly on budget", SPORT),
     # the police count confirmed cases of fraud: "confirmed cases" alone is no health label
     ("Police confirmed cases of fraud at the branch had risen", HEALTH)],
)
def test_the_new_terms_stay_silent_in_their_other_senses(iptc, text: str, theme: str) -> None:
    assert theme not in themes(iptc, text)


def test_turkey_s_parliament_is_politics(iptc) -> None:
    assert POLITICS in themes(iptc, "Erdogan addresses the Grand National Assembly on budget")
    assert ARTS in themes(iptc, "Oscars race enters the final furlong with three films level")
