"""The bundled taxonomy on game actors who walk out (science by "video game" and "AI") and a water company's fine
(sport by the meaning of "fined" and "penalty")."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import article_primary, evidence_of_kind, term_evidence
from warehouse.taxonomy_files import read_taxonomy

ENVIRONMENT, LABOUR, SCIENCE, SPORT = "medtop:06000000", "medtop:09000000", "medtop:13000000", "medtop:15000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize(("headline", "body"), [
    ("Video game actors walk out over AI protections",
     "Members of the Sag-Aftra union who voice characters in video games went on strike on Friday after talks with "
     "publishers including Activision broke down over the use of artificial intelligence to copy their voices."),
    ("Video game voice actors strike over AI as talks with publishers collapse", ""),
])
def test_game_actors_who_walk_out_strike(iptc, headline: str, body: str) -> None:
    assert "video game" not in term_evidence(iptc, headline, SCIENCE)
    assert article_primary(iptc, headline, body) == LABOUR


def test_a_game_keeps_its_science_without_its_workers(iptc) -> None:
    assert "video game" in term_evidence(iptc, "Video game sales fall as players turn to phones", SCIENCE)


@pytest.mark.parametrize(("headline", "body"), [
    ("Thames Water fined £123m over sewage spills", ""),
    ("Water company handed record penalty for polluting rivers",
     "Southern Water was fined £90m after admitting thousands of illegal sewage discharges into rivers and seas in "
     "Kent, Hampshire and Sussex."),
])
def test_a_water_companys_fine_is_no_sport(iptc, headline: str, body: str) -> None:
    assert not {"fined", "penalty"} & evidence_of_kind(iptc, headline, SPORT, "semantic")
    assert article_primary(iptc, headline, body) == ENVIRONMENT


def test_a_clubs_fine_and_a_penalty_kick_stay_sport(iptc) -> None:
    assert article_primary(iptc, "Chelsea handed record fine by Uefa over finances", "") == SPORT
    assert "penalty" in term_evidence(iptc, "Kane sets record with penalty in win over Bayer", SPORT)
