"""A story whose headline names a crime or a verdict strongly is crime, whoever its people are: a fund manager's,
a crypto founder's or a footballer's conviction was economy or sport by the listed terms of their
trades ("hedge fund", "banker", "cryptocurrency", "footballer", "Premier League"), which outvoted crime's
"found guilty", "jailed for" and "sentenced to" two or three to one (`transforms.headline_themes`)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.transforms.default_taxonomy_checks import article_primary
from warehouse.taxonomy_files import read_taxonomy

ARTS, CRIME, ECONOMY, SPORT = "medtop:01000000", "medtop:02000000", "medtop:04000000", "medtop:15000000"

FUND_MANAGER = (
    "Former hedge fund manager found guilty of defrauding investors of $300m",
    "A former hedge fund manager has been convicted of securities fraud and wire fraud after a three-week trial in "
    "Manhattan, where prosecutors said he lied to investors about the value of his fund's assets for years. The "
    "banker, who ran the Connecticut-based fund until its collapse in 2023, faces up to 20 years in prison when he "
    "is sentenced in April.",
)


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(
    ("headline", "body"),
    [FUND_MANAGER,
     ("Crypto exchange founder sentenced to 15 years for customer fraud",
      "The founder of a collapsed cryptocurrency exchange has been sentenced to 15 years in prison for stealing more "
      "than $1bn of customer deposits. A federal judge in New York said the former chief executive had shown no "
      "remorse for losses that wiped out the savings of thousands of small investors, and ordered him to forfeit "
      "$800m."),
     ("Premier League footballer convicted of assault after nightclub fight",
      "A Premier League footballer has been found guilty of assault occasioning actual bodily harm after punching a "
      "man outside a nightclub in Manchester city centre last summer. The 27-year-old midfielder, who denied the "
      "charge, was told by the judge at Manchester Crown Court that he would be sentenced next month and that all "
      "options remained open."),
     ("Championship striker jailed for causing death by dangerous driving",
      "A Championship striker has been jailed for five years after admitting causing the death of a pedestrian by "
      "dangerous driving. The 24-year-old forward was driving at more than twice the speed limit when his car hit a "
      "61-year-old woman on a crossing in Sheffield, the city's crown court heard.")],
)
def test_a_conviction_in_the_headline_is_crime_whoever_is_convicted(iptc, headline: str, body: str) -> None:
    # Each was economy or sport, 2 to 3 times crime's score: there the other themes now count 0.45 of their weight.
    assert article_primary(iptc, headline, body) == CRIME


def test_the_headline_decides_not_a_verdict_further_down(iptc) -> None:
    # The same verdict and sentence only in the body: the people's theme still leads, as it did before the rule.
    headline = "Former hedge fund manager's Connecticut fund collapses owing investors $300m"
    assert article_primary(iptc, headline, FUND_MANAGER[1]) == ECONOMY


@pytest.mark.parametrize(
    ("headline", "body", "theme"),
    [("Adolescence review: a boy, a killing and a nation's unease in four single takes",
      "Netflix's four-part drama follows a 13-year-old arrested for the murder of a classmate, each episode filmed in "
      "one continuous shot. Stephen Graham is devastating as the father, and Owen Cooper, in his first screen role, "
      "gives one of the performances of the year in a harrowing interview-room scene.", ARTS),
     ("Liverpool sign Florian Wirtz from Bayer Leverkusen in British record deal",
      "Liverpool have completed the signing of Germany midfielder Florian Wirtz from Bayer Leverkusen for a fee that "
      "could rise to £116m, a British transfer record.", SPORT)],
)
def test_stories_whose_headline_names_no_crime_strongly_keep_their_theme(iptc, headline, body, theme) -> None:
    assert article_primary(iptc, headline, body) == theme


def test_only_a_theme_that_outranks_meaning_leads_from_the_headline(iptc) -> None:
    # Which themes lead from the headline is the taxonomy's `outranks_meaning` key: with crime's taken off, the fund
    # manager's conviction is economy's again, by his trade.
    plain = replace(iptc, themes=tuple(replace(t, outranks_meaning=False) for t in iptc.themes))
    assert article_primary(plain, *FUND_MANAGER) == ECONOMY


def test_a_taxonomy_of_terms_alone_leads_from_the_headline_too(iptc) -> None:
    # With `semantic = false` the labeller is the term matcher alone: the headline's verdict still makes it crime,
    # and without crime's key the fund manager's trade makes it economy.
    terms = replace(iptc, semantic=None)
    plain = replace(terms, themes=tuple(replace(t, outranks_meaning=False) for t in terms.themes))
    assert (article_primary(terms, *FUND_MANAGER), article_primary(plain, *FUND_MANAGER)) == (CRIME, ECONOMY)
