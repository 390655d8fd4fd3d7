"""Two towns whose largest namesakes share a country (that country's), a peer's title, a football championship's and a
boot's name (no place), "Corporation" after a firm's goods (the firm), a saint's town named in full (kept alone)."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.place_rows import found


@pytest.mark.parametrize("text", [
    "Scientists published studies of faults near Wellington and Christchurch on Monday.",
    "The quake was felt in Wellington and Christchurch.",
])
def test_two_towns_whose_largest_namesakes_share_a_country_are_there(text: str) -> None:
    assert [(row[0], row[3]) for row in found(text)] == [("Wellington", "NZ"), ("Christchurch", "NZ")]


def test_two_towns_whose_largest_namesakes_lie_apart_stay_unsettled() -> None:
    # England's Stafford is its largest, California's Lancaster its: the pair says no one country
    assert found("Police in Stafford and Lancaster made arrests.") == []


@pytest.mark.parametrize(("text", "codes"), [
    ("The Duke of Wellington visited Leeds.", ["GB"]),
    ("The Duke of Edinburgh opened the hall.", []),
    ("Wellington boots sold out in America.", ["US"]),
    ("Uruguay beat Paraguay in a Copa America qualifier.", ["UY", "PY"]),
])
def test_a_peers_title_a_boot_and_a_championship_name_no_place(text: str, codes: list[str]) -> None:
    assert [row[3] for row in found(text)] == codes


@pytest.mark.parametrize(("text", "codes"), [
    ("The Prince of Wales visited Cardiff.", ["GB", "GB"]),  # a realm's title speaks for the country
    ("The King of Spain visited Madrid.", ["ES", "ES"]),
    ("Officials in Wellington, New Zealand, said.", ["NZ", "NZ"]),
])
def test_a_realms_title_and_a_town_stay_places(text: str, codes: list[str]) -> None:
    assert [row[3] for row in found(text)] == codes


@pytest.mark.parametrize(("text", "codes"), [
    ("Indian Oil Corporation raised prices.", []),
    ("British Broadcasting Corporation staff went on strike.", ["GB"]),
])
def test_corporation_after_a_firms_goods_ends_a_firms_name(text: str, codes: list[str]) -> None:
    assert [row[3] for row in found(text)] == codes


@pytest.mark.parametrize(("text", "code"), [
    ("Floods hit Santiago del Estero province.", "AR"),
    ("Storms battered San José de Ocoa.", "DO"),
    ("Pilgrims walked to Santiago de Compostela.", "ES"),
])
def test_a_saints_town_named_in_full_is_kept_alone(text: str, code: str) -> None:
    assert [row[3] for row in found(text)] == [code]


def test_a_saints_short_name_still_needs_its_country() -> None:
    assert found("Storms battered San Pedro.") == []  # a dozen towns'


def test_a_pairs_country_settles_the_articles_other_mentions_of_them() -> None:
    rows = found("Scientists mapped a fault beneath Wellington harbour.",
                 "The Government will fund studies of faults near Wellington and Christchurch.")
    assert [(row[0], row[3]) for row in rows] == [("Wellington", "NZ"), ("Wellington", "NZ"), ("Christchurch", "NZ")]
