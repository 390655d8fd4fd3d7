"""A nation's adjective that names an ethnic people names no nation: "ethnic Tajik fighters", "Iraqi Turkmen", "Uzbek
militias in Afghanistan"; the nation's state stays its own ("Uzbek President", "Tajik troops", "Uzbekistan's")."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(*paragraphs: str) -> list[tuple[str, str]]:
    """Return (text as written, country code) of every place found in one article's paragraphs."""
    rows = places.rows(ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))],
                                      ["a"] * len(paragraphs)))
    return list(zip(rows["text"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # after "ethnic", any nation's adjective is a people's
    (("Ethnic Tajik fighters in northern Afghanistan took the town.",), [("Afghanistan", "AF")]),
    (("Troops besieged an ethnic Turkish city in northern Iraq.",), [("Iraq", "IQ")]),
    # a people's name after another nation's adjective
    (("The Iraqi Turkmen community in Kirkuk protested.",), [("Iraqi", "IQ"), ("Kirkuk", "IQ")]),
    (("Syrian Turkmen fighters near Aleppo were shelled.",), [("Syrian", "SY"), ("Aleppo", "SY")]),
    # ... and alone, in an article of a country where the people is a minority
    (("Uzbek militias in Afghanistan's Jowzjan province clashed with the Taliban.",), [("Afghanistan", "AF")]),
    (("Turkmen parties in Kirkuk rejected the vote.", "Iraq's parliament met in Baghdad."),
     [("Kirkuk", "IQ"), ("Iraq", "IQ"), ("Baghdad", "IQ")]),
])
def test_a_peoples_name_is_no_nation(paragraphs: tuple[str, ...], expected: list) -> None:
    assert found(*paragraphs) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # the nation's state, or an article that names the nation
    (("Uzbek President Shavkat Mirziyoyev visited Kabul.",), [("Uzbek", "UZ"), ("Kabul", "AF")]),
    (("Tajik troops guarded the border with Afghanistan.",), [("Tajik", "TJ"), ("Afghanistan", "AF")]),
    (("Uzbekistan sent aid to Afghanistan.", "The Uzbek convoy crossed the bridge."),
     [("Uzbekistan", "UZ"), ("Afghanistan", "AF"), ("Uzbek", "UZ")]),
    # ... and where no country of the people's minorities is named
    (("Turkmen gas flows to China.",), [("Turkmen", "TM"), ("China", "CN")]),
    (("Kyrgyz and Tajik border guards clashed.",), [("Kyrgyz", "KG"), ("Tajik", "TJ")]),
])
def test_a_nations_adjective_of_its_state_stays_the_nation(paragraphs: tuple[str, ...], expected: list) -> None:
    assert found(*paragraphs) == expected
