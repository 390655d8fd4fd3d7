"""A tally's number with no noun of its own counts its partner's: "by 320 votes to 207", "150 of the 225 seats"."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def objects(text: str) -> list[tuple[float, str | None]]:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["value"], rows["object"], strict=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        # a tally names its noun once: the second number counts it too (it counted nothing)
        ("The motion was carried by 320 votes to 207.", [(320, "votes"), (207, "votes")]),
        ("Labour won 412 seats, while the Conservatives took 121.", [(412, "seats"), (121, "seats")]),
        ("Trump won 312 electoral votes to Harris's 226.", [(312, "votes"), (226, "votes")]),
        ("Sanchez received 176 votes in favour and 171 against.", [(176, "votes"), (171, "votes")]),
        # a part names its noun after its whole: the part counts it too (it counted nothing)
        ("The ruling party won 150 of the 225 seats.", [(150, "seats"), (225, "seats")]),
        ("Three of the five nominees were British.", [(3, "nominees"), (5, "nominees")]),
        ("They have lost nine of their 14 matches.", [(9, "matches"), (14, "matches")]),
    ],
)
def test_a_tallys_number_without_a_noun_counts_its_partners(text: str, expected: list[tuple[float, str]]) -> None:
    assert objects(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a new subject's number, or the next sentence's, is its own (a number's noun left unsaid is not guessed)
        ("The company has 2,000 employees and revenue grew to 50.", [(2000, "employees"), (50, None)]),
        ("He scored 12 goals as his side won 3.", [(12, "goals"), (3, None)]),
        ("Police arrested 12 people. Officers released 4.", [(12, "people"), (4, None)]),
        # a range's ends and a measure's numbers are not read here
        ("Temperatures hit 40C while Paris saw 38.", [(40, None), (38, None)]),
        # a numbered name's number is no part of a whole (nor an amount: "Hall 25" is a fair's hall)
        ("Organisers built a home in Hall 25 of the 27 buildings.", [(27, "buildings")]),
        # a whole that counts nothing gives its part nothing
        ("Only four of the 12 whose backgrounds were known were Muslim.", [(4, None), (12, None)]),
    ],
)
def test_a_number_that_is_no_side_of_a_tally_keeps_its_own_object(
        text: str, expected: list[tuple[float, str | None]]) -> None:
    assert objects(text) == expected
