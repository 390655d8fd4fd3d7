"""A nation's adjective opening a firm's name that ends at a company's suffix or before its shares (the firm), a
short sentence of firms' names (no headline), a body "of" a nation's life "and" more (the nation), a saint's town
written with a hyphen before a long name's particle (no such town), Mahikeng and Lake Geneva."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.place_rows import found


@pytest.mark.parametrize("text", [
    "Indian Oil Corp raised prices on Tuesday.",
    "French Connection shares fell 5% on Monday.",
    "Standard Life and Scottish Widows merged.",
])
def test_a_nations_adjective_opening_a_firms_name_is_the_firm(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "code"), [
    ("Iraqi Oil Ministry officials said output rose.", "IQ"),
    ("The British Museum shares its collection online.", "GB"),
    ("Chinese A shares rose on Monday.", "CN"),
    ("Swiss National Bank raised rates.", "CH"),
    ("Philippine Rail Cars Crash Into Ravine", "PH"),
    ("British Airways to shed Qantas", "GB"),  # a headline keeps its short words in lower case
])
def test_a_states_body_a_market_and_a_headline_keep_the_nation(text: str, code: str) -> None:
    assert [row[3] for row in found(text)] == [code]


def test_a_body_of_a_nations_life_and_culture_names_the_nation() -> None:
    assert found("Visitors to the Museum of Irish Life and Culture rose.") == [
        ("Irish", "Ireland", "country", "IE")]


@pytest.mark.parametrize(("text", "rows"), [
    ("Tourists flocked to San Pedro de Atacama in the desert.",
     [("San Pedro de Atacama", "San Pedro de Atacama", "city", "CL")]),
    # a long name the gazetteer lacks opens with no town of its saint's name (Côte d'Ivoire's "San-Pédro")
    ("Tourists stayed in San Pedro de Ycuamandiyú on Monday.", []),
    ("Heavy rain hit San Pedro, Ivory Coast.", [("San Pedro", "San-Pédro", "city", "CI"),
                                                ("Ivory Coast", "Ivory Coast", "country", "CI")]),
])
def test_a_saints_town_before_a_long_names_particle_is_the_long_name(text: str, rows: list[tuple]) -> None:
    assert found(text) == rows


def test_mahikeng_is_south_africas_north_west_capital() -> None:
    assert found("Protesters gathered in Mahikeng on Friday.") == [("Mahikeng", "Mafikeng", "city", "ZA")]


def test_lake_geneva_is_a_shared_lake_not_the_city() -> None:
    assert found("A ferry sank on Lake Geneva on Sunday.") == []
    assert found("Talks in Geneva resumed.") == [("Geneva", "Geneva", "city", "CH")]


def test_san_pedro_sula_is_honduras_named_alone() -> None:
    assert found("Gangs control San Pedro Sula.") == [("San Pedro Sula", "San Pedro Sula", "city", "HN")]
