"""A region or country after a city and ", " or " in ": the country of the city and of a list before it."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, str, str, str]]:
    """Return (text as written, name, kind, country code) of every place found in one paragraph."""
    rows = places.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["name"], rows["kind"], rows["country_code"], strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in" a region or country after a city says which city, as ", " does, and for each city of a list before
        # it that has a place there: Scotland's Perth, not Australia's larger one
        ("Floods hit Perth and Dundee in Scotland.",
         [("Perth", "city", "GB"), ("Dundee", "city", "GB"), ("Scotland", "region", "GB")]),
        ("Floods hit Perth, Dundee and Aberdeen, Scotland.",
         [("Perth", "city", "GB"), ("Dundee", "city", "GB"), ("Aberdeen", "city", "GB"), ("Scotland", "region", "GB")]),
        ("Floods hit Perth and Glasgow in Scotland.",  # Glasgow and Scotland have one place each
         [("Perth", "city", "GB"), ("Glasgow", "city", "GB"), ("Scotland", "region", "GB")]),
        ("He grew up in Perth in Scotland.", [("Perth", "city", "GB"), ("Scotland", "region", "GB")]),
        ("He moved to Perth in Western Australia.", [("Perth", "city", "AU"), ("Western Australia", "region", "AU")]),
        # not past a word that is no list's, nor where a city of the list has no place there
        ("He flew from Perth to London in England.",
         [("Perth", "city", "AU"), ("London", "city", "GB"), ("England", "region", "GB")]),
        ("Talks in London, Paris and Athens, Georgia, ended.",
         [("London", "city", "GB"), ("Paris", "city", "FR"), ("Athens", "city", "US"), ("Georgia", "region", "US")]),
        # a country's name before a country's is a list of countries, not a town of its name there (Cuba's
        # Venezuela), but for a country's other name that is the town's ("Trinidad, Cuba")
        ("Ministers from Venezuela, Cuba and Trinidad met in Caracas.",
         [("Venezuela", "country", "VE"), ("Cuba", "country", "CU"), ("Trinidad", "country", "TT"),
          ("Caracas", "city", "VE")]),
        ("Venezuela, Cuba sign oil deal", [("Venezuela", "country", "VE"), ("Cuba", "country", "CU")]),
        ("He was born in Trinidad, Cuba.", [("Trinidad", "city", "CU"), ("Cuba", "country", "CU")]),
    ],
)
def test_a_region_after_in_or_a_comma_decides_the_cities_of_the_list_before_it(text: str, expected: list) -> None:
    assert [(written, kind, code) for written, _, kind, code in found(text)] == expected
