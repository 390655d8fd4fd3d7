"""A place's name opening an institution's name after another place's possessive: the possessor's country's or none."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, str]]:
    """Return (text as written, country code) of every place found in one paragraph."""
    rows = places.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    # York has no place in Canada: York University is Toronto's, no mention of England's York
    ("Students at Toronto's York University went on strike over pay.", [("Toronto", "CA")]),
    ("Toronto\u2019s York University cut 200 jobs.", [("Toronto", "CA")]),
    # ... Waterloo has one: the possessor says which
    ("Graduates of Ontario's Waterloo University found jobs.", [("Ontario", "CA"), ("Waterloo", "CA")]),
    ("Ohio's Miami University won.", [("Ohio", "US"), ("Miami", "US")]),
    # ... but only before an institution's noun, and not after a country's possessive
    ("Toronto's York office opened.", [("Toronto", "CA"), ("York", "GB")]),
    ("China's Hong Kong University said.", [("China", "CN"), ("Hong Kong", "HK")]),
    ("He studied at the University of York.", [("York", "GB")]),
])
def test_a_possessive_place_before_an_institution_sets_its_names_country(text: str, expected: list) -> None:
    assert found(text) == expected
