"""A place's name that opens a street's or a square's is the street's, no mention of the town; London's streets of a
town's name are London."""

from __future__ import annotations

import pytest

from transforms.enrichments import places
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, str, str]]:
    """Return (text as written, name, country code) of every place found in a one-paragraph article."""
    rows = places.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["name"], rows["country_code"], strict=True))


@pytest.mark.parametrize(("text", "expected"), [
    ("Shoppers crowded Oxford Street and Regent Street before Christmas.",
     [("Oxford Street", "London", "GB"), ("Regent Street", "London", "GB")]),
    ("The premiere was held in Leicester Square on Thursday.", [("Leicester Square", "London", "GB")]),
    # a street of another town's name is the street's, wherever it is; the town named itself stays
    ("A lorry crashed on London Road in Leicester.", [("Leicester", "Leicester", "GB")]),
    ("Crowds gathered on Manchester Road in Leeds.", [("Leeds", "Leeds", "GB")]),
    # a boulevard runs through the district of its name; a street of the town's in lower case is the town's
    ("His star was laid on Hollywood Boulevard in Los Angeles.",
     [("Hollywood", "Hollywood", "US"), ("Los Angeles", "Los Angeles", "US")]),
    ("Oxford street parties drew thousands.", [("Oxford", "Oxford", "GB")]),
    # a headline's street word before another capitalised word is no street's: the country counts (it was none)
    ("Kenya Road Crash Kills 12", [("Kenya", "Kenya", "KE")]),
    ("India Road Deaths Hit Record High", [("India", "India", "IN")]),
    ("US, China Square Off Over Trade", [("US", "United States", "US"), ("China", "China", "CN")]),
    # a station of Paris named as France writes it: Paris (it was a person's before "Gare"), and "Gare" no quarter of
    # Paris's (it was a French city); the station's town counts, as a firm's does
    ("The Paris Gare de Lyon was closed for two hours.", [("Paris", "Paris", "FR"), ("Lyon", "Lyon", "FR")]),
    ("Police closed Paris Gare du Nord on Friday.", [("Paris", "Paris", "FR")]),
])
def test_a_street_of_a_towns_name_is_no_mention_of_the_town(text: str, expected: list) -> None:
    assert found(text) == expected
