"""Datelines of wire copy: bare ones of well-known cities, their shapes, and labels that are none."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(*paragraphs: str) -> list[tuple[str, str]]:
    """Return (text as written, country code) of every place found in one article's paragraphs."""
    batch = ParagraphBatch(list(paragraphs), [f"p{i}" for i in range(len(paragraphs))], ["a"] * len(paragraphs))
    rows = places.rows(batch)
    return list(zip(rows["text"], rows["country_code"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city alone in a dateline is well known: its place, though the story names no country
        ("CINCINNATI (Reuters) - Jerome Bettis ran for 100 yards.", [("CINCINNATI", "US")]),
        ("THE HAGUE (Reuters) - The court heard the case.", [("THE HAGUE", "NL")]),
        ("GENEVA (Reuters) - Talks began on Monday.", [("GENEVA", "CH")]),
        ("BOSTON (CBS.MW) - Drug makers rose.", [("BOSTON", "US")]),
        ("MANCHESTER, Dec 15 (SW) - The club won.", [("MANCHESTER", "GB")]),  # its largest place
    ],
)
def test_a_bare_dateline_of_a_city_is_its_place_without_its_country(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "GAO: Outsourcing could hurt jobs.",  # three letters: an acronym, not Gao in Mali
        "CHARLOTTE - Michael Vick head-butted a player.",  # a person's name still needs its country named
        "READING - The club signed a striker.",  # a word still needs a word that introduces a place
    ],
)
def test_a_bare_dateline_that_may_be_no_place_still_needs_its_country(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LAGOS—Gunmen kidnapped 20 students.", [("LAGOS", "NG")]),
        ("SAN FRANCISCO -- Intel cut prices.", [("SAN FRANCISCO", "US")]),
        ("ATHENS : Crowds filled the stadium.", [("ATHENS", "GR")]),
        ("NEW YORK Oct. 18, 2004 - Shares rose.", [("NEW YORK", "US")]),
        ("JERUSALEM/GAZA (Reuters) - Talks resumed.", [("JERUSALEM", "IL"), ("GAZA", "PS")]),
        ("MUMBAI/NEW DELHI: The family met.", [("MUMBAI", "IN"), ("NEW DELHI", "IN")]),
        ("KAWASAKI, JAPAN (Reuters) - Engineers built a drive.", [("KAWASAKI", "JP"), ("JAPAN", "JP")]),
        ("RAMALLAH, WEST BANK - Arafat left.", [("RAMALLAH", "PS"), ("WEST BANK", "PS")]),
    ],
)
def test_the_shapes_of_wire_datelines(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker's label: a person's name that is no large place, or a first person after the colon
        ("CLINTON: The economy grew in the United States.", [("United States", "US")]),
        ("JACKSON: I am innocent, the singer told a court in the United States.", [("United States", "US")]),
        ("TONY EASTLEY: For years Malaysia's leader ruled.", [("Malaysia", "MY")]),
        # ... but a person's name that is a large place, the capital or a country is a dateline
        ("WASHINGTON: A US official said talks failed.", [("WASHINGTON", "US"), ("US", "US")]),
        ("SYDNEY: Shares rose.", [("SYDNEY", "AU")]),
        # a results line: a score after the colon, another team's after it (no dateline; the other team's town is
        # one news names alone, [ambiguity.news_towns])
        ("ATLANTA: 3 Miami: 2", [("Miami", "US")]),
        ("BOSTON: 4 Cleveland: 1 in the final game.", [("Cleveland", "US")]),
        ("NEW DELHI: 25 people were killed in India.", [("NEW DELHI", "IN"), ("India", "IN")]),
        # ... but a colon and a number later in a dateline's paragraph make no results line
        ("BAGHDAD: 25 people died. Police said: 3 more were hurt.", [("BAGHDAD", "IQ")]),
        ("PARIS: 3 arrested. Time: 14:00", [("PARIS", "FR")]),
    ],
)
def test_a_speakers_label_is_no_dateline(text: str, expected: list) -> None:
    assert found(text) == expected
