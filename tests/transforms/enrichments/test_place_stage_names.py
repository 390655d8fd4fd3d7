"""Places: a country's name before a given name that ends a person's name is no place ("Samoa Joe"), while a firm's
word after it ("Kenya Airways") or a place word before it ("in Samoa Joe met") keeps the country."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.place_rows import found


@pytest.mark.parametrize("text", ["The Samoa Joe wrestler returned.", "Samoa Joe said he was ready."])
def test_a_country_opening_a_ring_name_is_no_place(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya Airways said profits rose.", [("Kenya", "KE")]),
    ("Samoa Joe Smith, a farmer, said.", [("Samoa", "WS")]),
    ("Storms in Samoa Joe said were rare.", [("Samoa", "WS")]),
    ('He called himself an "average American Joe".', [("American", "US")]),
])
def test_a_country_before_no_lone_given_name_stays_a_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(written, code) for written, _, _, code in found(text)] == expected
