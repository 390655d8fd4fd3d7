"""The bundled taxonomy on news whose subject is a crime: its figures, charges and verdicts, not crime as a side
topic or in another sense (a murder mystery, a footballer's killer instinct)."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import primary, term_evidence, themes
from warehouse.taxonomy_files import read_taxonomy

ARTS, CRIME, POLITICS, SPORT = "medtop:01000000", "medtop:02000000", "medtop:11000000", "medtop:15000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    "headline",
    [
        "Murder rate in Glasgow at its lowest since records began",
        "Homicide rate in Chicago falls for third year",
        "Knife crime hits record high in Scotland",
        "Man stabbed to death in Cork",
        "Pensioner beaten to death in his home",
    ],
)
def test_a_headline_of_crime_news_is_crime(iptc, headline: str) -> None:
    # "murder" and "crime" weigh 0.9 under the theme's 0.85: such headlines had no crime label at all.
    assert CRIME in themes(iptc, headline)


@pytest.mark.parametrize(
    ("text", "term"),
    [("A murder investigation was launched.", "murder investigation"),
     ("He is on trial for second-degree murder.", "second degree murder"),
     ("The Metropolitan Police said two men were held.", "metropolitan police")],
)
def test_words_of_crime_news_are_crime_terms(iptc, text: str, term: str) -> None:
    assert term in term_evidence(iptc, text, CRIME)


def test_the_statistics_office_is_no_politics(iptc) -> None:
    # "Knife crime hits record high", with the Office for National Statistics' figures, was politics by its name.
    assert POLITICS not in themes(iptc, "The Office for National Statistics said offences rose by 7% in the year.")


def test_an_article_of_crime_figures_is_crime(iptc) -> None:
    assert primary(
        iptc, "Knife crime reaches highest level on record",
        "Offences involving a blade rose by 4% to 51,000 in the year to June, the Office for National Statistics said.",
    ) == CRIME


@pytest.mark.parametrize(
    ("headline", "body", "theme"),
    [("Murder mystery sequel tops the box office",
      "The new Agatha Christie adaptation took $30m in its opening weekend as the detective solved a killing.", ARTS),
     ("Striker shows killer instinct in derby win",
      "He scored twice in the second half as his side won 3-0 to go top of the Premier League.", SPORT)],
)
def test_crime_words_in_other_senses_keep_their_theme(iptc, headline: str, body: str, theme: str) -> None:
    # The phrases above are crime's subject; a review's murder mystery or a striker's killer instinct is not.
    assert primary(iptc, headline, body) == theme
