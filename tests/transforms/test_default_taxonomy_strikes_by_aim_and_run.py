"""The bundled taxonomy on a strike's aim and its run: by the themes' descriptions a strike aimed deep inside another
country is war (the military), not labour (unions and strikes), and a strike named by how long it runs ("a week-long
strike") is labour, as a strike named by its days or hours is."""

from __future__ import annotations

import pytest

from tests.transforms.default_taxonomy_checks import term_evidence, themes
from warehouse.taxonomy_files import read_taxonomy

CONFLICT, LABOUR, SPORT = "medtop:16000000", "medtop:09000000", "medtop:15000000"


@pytest.fixture(scope="module")
def iptc():
    return read_taxonomy()


@pytest.mark.parametrize("text", [
    "Biden moves to authorize strikes deep inside Russia",
    "The White House will authorize strikes deep inside Russia with US-made missiles, officials said.",
    "Kyiv says its drones carried out strikes far inside Russia, hitting an airfield near Engels.",
])
def test_a_strike_deep_inside_a_country_is_war_not_labour(iptc, text: str) -> None:
    # Each was labour's (or nothing's) by labour's "strike" (1.7): the strike's aim, deep inside a country, now names
    # conflict's attack, which wins the overlap as the longer phrase.
    found = themes(iptc, text)
    assert CONFLICT in found and LABOUR not in found


@pytest.mark.parametrize("text", [
    "Union leaders and ministers argued over the strike deep into the night.",
    "The walkout by Boeing machinists, a strike deep into its second month, has halted 737 production.",
    "Teachers in Chicago vowed to strike deep into the school year if the district refused to budge.",
])
def test_a_strike_running_deep_into_a_time_stays_labour(iptc, text: str) -> None:
    # "deep into" says how far into a time as often as into a country ("deep into the night", "deep into its second
    # month"): as conflict's phrase it outranked labour's "strike" in each, a walkout read as an attack (the first two
    # still lean to politics and education by "minister" and "teacher", each theme's own listed term).
    assert "strike" in term_evidence(iptc, text, LABOUR) and CONFLICT not in themes(iptc, text)


@pytest.mark.parametrize("text", [
    "Junior doctors in England begin a week-long strike in their dispute with the government",
    "Video game performers end year-long strike after deal on AI protections",
])
def test_a_strike_named_by_its_run_is_labour_evidence(iptc, text: str) -> None:
    # "week-long strike" and "year-long strike" were labour's bare "strike" alone; named by its run, as "a five-day
    # strike" is, the strike is a phrase of labour's of its own.
    assert {"week long strike", "year long strike"} & term_evidence(iptc, text, LABOUR)


@pytest.mark.parametrize(("text", "not_theme"), [
    ("Salah won it with a stunning long-range strike in the 89th minute at Anfield.", CONFLICT),
    ("Rashford's long strike from 30 yards flew into the top corner.", LABOUR),
])
def test_a_footballers_long_strike_is_a_shot(iptc, text: str, not_theme: str) -> None:
    # A long-range strike alone named a war (1.7) and a bare "long strike" a walkout (2.3): each is a shot here.
    assert SPORT in themes(iptc, text) and not_theme not in themes(iptc, text)


@pytest.mark.parametrize("text", [
    "Unions call a week-long strike at the port of Felixstowe",
    "Nurses on strike outside St Thomas' hospital as talks fail",
])
def test_a_union_s_strike_stays_labour(iptc, text: str) -> None:
    assert LABOUR in themes(iptc, text)
