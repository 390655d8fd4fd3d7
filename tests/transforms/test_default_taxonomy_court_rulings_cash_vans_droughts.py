"""2026 news the bundled taxonomy misread: a court's ruling told by its bench ("a five-judge bench ruled") was politics
and sport, "Armed men rob cash van in Durban" economy by "cash", and "Drought hits northern Kenya herders" arts by
"hits". A bench of judges is the court, a cash van robbed is crime, a drought a disaster; a team's bench, a first name
and a side's goal drought keep their themes."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, themes
from warehouse.taxonomy_files import read_taxonomy

CRIME, DISASTER, SPORT, LABOUR = "medtop:02000000", "medtop:03000000", "medtop:15000000", "medtop:09000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


def test_a_ruling_of_a_bench_of_judges_is_the_courts_story_not_sports(iptc) -> None:
    ruling = ("The Supreme Court struck down the electoral bonds scheme as unconstitutional, "
              "a five-judge bench ruled.")
    found = themes(iptc, ruling)
    assert CRIME in found
    assert SPORT not in found


@pytest.mark.parametrize(
    "ruling",
    ["Judges declared unconstitutional the decree extending the president's term.",
     "Court strikes down Texas abortion ban"],
)
def test_a_law_struck_down_by_a_court_is_the_courts_story(iptc, ruling: str) -> None:
    assert article_primary(iptc, ruling, "") == CRIME
    assert LABOUR not in themes(iptc, ruling)  # a court's "strikes down" is no walkout


@pytest.mark.parametrize(
    ("headline", "theme"),
    [("Armed men rob cash van in Durban", CRIME),
     ("Gunmen rob security van in Johannesburg", CRIME),
     ("Drought hits northern Kenya herders", DISASTER),
     ("Severe drought grips Sicily as reservoirs run dry", DISASTER)],
)
def test_a_robbed_cash_van_or_a_drought_gets_its_theme(iptc, headline: str, theme: str) -> None:
    assert article_primary(iptc, headline, "") == theme


@pytest.mark.parametrize(
    ("headline", "theme"),
    [("Substitute on the bench scored twice in ten minutes", SPORT),
     ("Striker ends goal drought as Celtic beat Rangers", SPORT),
     ("England end 20-year title drought at Twickenham", SPORT)],
)
def test_a_teams_bench_and_a_sides_drought_keep_their_theme(iptc, headline: str, theme: str) -> None:
    assert article_primary(iptc, headline, "") == theme


def test_rob_before_a_dutch_surname_is_a_first_name_not_a_robbery(iptc) -> None:
    assert CRIME not in themes(iptc, "Rob van Dam returns to the ring")
