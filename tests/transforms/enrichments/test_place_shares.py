"""A small town's name before "shares" is a listed firm's ("Santos shares fell"), a market city's is its market's."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, str]]:
    """Return (text as written, country code) of every place found in one paragraph."""
    rows = places.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    # the Australian gas producer, though a Sao Paulo dateline names Brazil, Santos's country
    ("SAO PAULO, May 5 (Reuters) - Santos shares fell 4% in Sydney after the Australian gas producer cut its "
     "output forecast.", [("SAO PAULO", "BR"), ("Sydney", "AU"), ("Australian", "AU")]),
    ("SAO PAULO (Reuters) - Brazil's Santos's share price rose 2%.", [("SAO PAULO", "BR"), ("Brazil", "BR")]),
])
def test_a_small_towns_name_before_its_shares_is_a_firm(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # exchanges' cities: capitals, cities of a million, news towns
    ("LONDON, March 3 (Reuters) - London shares fell 1% as miners slid.", [("LONDON", "GB"), ("London", "GB")]),
    ("Mumbai shares closed higher on Friday, led by banks.", [("Mumbai", "IN")]),
    ("Colombo shares hit a record as Sri Lanka's rupee firmed.", [("Colombo", "LK"), ("Sri Lanka", "LK")]),
    ("Wellington shares were flat as New Zealand's central bank held rates.",
     [("Wellington", "NZ"), ("New Zealand", "NZ")]),
    # the port and the club
    ("SAO PAULO (Reuters) - Dockworkers in Santos, Brazil's biggest port, walked out over pay.",
     [("SAO PAULO", "BR"), ("Santos", "BR"), ("Brazil", "BR")]),
    ("Santos beat Flamengo 2-1 in Sao Paulo on Sunday.", [("Santos", "BR"), ("Sao Paulo", "BR")]),
])
def test_a_market_city_or_a_town_in_other_words_is_kept(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
