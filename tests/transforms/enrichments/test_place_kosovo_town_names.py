"""Places: Kosovo's towns by either of their two names, Serbian or Albanian, with or without accents, as English news
writes them ("The Kosovo town of Vucitrn", the gazetteer's Vushtrri), kept where the article names Kosovo."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.place_rows import found


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kosovo town of Vucitrn was quiet.", [("Kosovo", "Kosovo"), ("Vucitrn", "Vushtrri")]),
    ("Clashes in Gnjilane and Urosevac, Kosovo.", [("Gnjilane", "Gjilan"), ("Urosevac", "Ferizaj"),
                                                  ("Kosovo", "Kosovo")]),
    ("Police in Peja and Djakovica, Kosovo, arrested two.", [("Peja", "Pejë"), ("Djakovica", "Gjakovë"),
                                                             ("Kosovo", "Kosovo")]),
    ("Kosovo police patrolled Dečani.", [("Kosovo", "Kosovo"), ("Dečani", "Deçan")]),
])
def test_a_kosovo_town_is_found_by_its_other_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(written, name) for written, name, _, _ in found(text)] == expected


def test_a_kosovo_towns_other_name_needs_its_country_as_the_gazetteers_does() -> None:
    assert found("Drenas was quiet on Monday.") == []
