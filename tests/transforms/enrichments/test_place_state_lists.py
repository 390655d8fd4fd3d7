"""Regions listed before one plural "states": each is its state, though the gazetteer names some only with "State"."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, str, str]]:
    """Return (text as written, row name, country code) of every place found in a one-paragraph article."""
    rows = places.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["name"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    # Shan was no mention: the gazetteer names it "Shan State", Shan alone being a people and a surname
    ("Fighting has intensified in Shan and Kachin states, Myanmar's junta admitted.",
     [("Shan", "Shan State", "MM"), ("Kachin", "Kachin", "MM"), ("Myanmar", "Myanmar", "MM")]),
    ("Rescuers reached villages in Rakhine and Chin states after Cyclone Mocha.",
     [("Rakhine", "Rakhine", "MM"), ("Chin", "Chin State", "MM")]),
    # ... and Nigeria's states the same way ("Plateau State")
    ("Gunmen attacked villages in Plateau and Benue states, police said.",
     [("Plateau", "Plateau State", "NG"), ("Benue", "Benue", "NG")]),
    # a state with its own word stays as it was
    ("Aid reached Chin State on Monday.", [("Chin State", "Chin State", "MM")]),
    # no list of places before the word, or the word no plural "states": nothing added
    ("Lawyers for Shan and Trust states argued.", []),
    ("Mr Shan and Mr Kachin stated their case.", []),
])
def test_each_region_listed_before_a_shared_states_is_its_state(text: str, expected: list) -> None:
    assert found(text) == expected
