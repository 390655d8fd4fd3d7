"""The bundled taxonomy on a firm's name beside another story's strong words, acquittals and television programmes
named after verdicts: by the themes' descriptions, an AI model's olympiad medal is science (research), an acquittal
crime (courts and trials), and a drama called "Found Guilty" arts (television)."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import primary, term_evidence
from warehouse.taxonomy_files import read_taxonomy

ARTS, CRIME, ECONOMY, SCIENCE = "medtop:01000000", "medtop:02000000", "medtop:04000000", "medtop:13000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


def test_only_economy_outranks_names(iptc) -> None:
    # A firm's deals, stakes and shareholders make its name the buyer's; a medal or a verdict does not.
    assert [theme.id for theme in iptc.themes if theme.outranks_names] == [ECONOMY]


def test_an_ai_model_s_olympiad_medal_is_science(iptc) -> None:
    # It was sport, 13.5 points against 11.2: "Google" counted half beside sport's "gold medal", and neither
    # DeepMind nor the olympiad of mathematics was a listed science term.
    assert primary(
        iptc, "Google DeepMind AI wins gold medal at maths olympiad",
        "An artificial intelligence model built by Google DeepMind solved five of six problems at the International "
        "Mathematical Olympiad, a score that would have earned a gold medal, the company said.",
    ) == SCIENCE


@pytest.mark.parametrize(
    ("headline", "body"),
    [("Kevin Spacey found not guilty of sexual offences",
      "The actor Kevin Spacey has been found not guilty of nine sexual offences against four men by a jury at "
      "Southwark Crown Court. The Oscar-winning star of American Beauty and House of Cards wept in the dock as the "
      "verdicts were read out after a four-week trial, and thanked the jury outside court."),
     ("A$AP Rocky found not guilty of assault with a firearm",
      "A jury in Los Angeles found the rapper A$AP Rocky not guilty of two counts of assault with a semiautomatic "
      "firearm, over a 2021 shooting in Hollywood of a former friend. The musician hugged his partner Rihanna as the "
      "verdict was read.")],
)
def test_an_acquittal_is_crime_as_a_conviction_is(iptc, headline: str, body: str) -> None:
    # Both were arts by "actor", "Oscar", "rapper" and "Hollywood": "not guilty" weighed 0.9, a verdict's 1.7 only
    # when guilty, so crime's strong word did not outrank the meaning of the defendant's trade.
    assert primary(iptc, headline, body) == CRIME


def test_a_drama_named_after_a_verdict_is_arts(iptc) -> None:
    # It was crime, 6.4 points against 5.2, by its title's "found guilty": "four-part drama" now names the programme.
    assert primary(
        iptc, "Review: Found Guilty, ITV",
        "In Found Guilty, ITV's new four-part drama, Sheridan Smith plays a mother whose teenage son is accused of a "
        "stabbing. The writing is sharp and the cast superb, though the final episode strains belief.",
    ) == ARTS


@pytest.mark.parametrize(
    ("text", "theme", "term"),
    [("SoftBank takes $2bn stake in Intel", ECONOMY, "stake in"),
     ("Netflix's six-part series follows a family", ARTS, "part series"),
     ("Channel 4's reality series restages a trial", ARTS, "reality series"),
     ("The jury acquitted of all charges the former officer", CRIME, "acquitted of")],
)
def test_the_new_phrases_are_found(iptc, text: str, theme: str, term: str) -> None:
    assert term in term_evidence(iptc, text, theme)
