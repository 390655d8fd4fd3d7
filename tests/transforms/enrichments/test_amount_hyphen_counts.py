"""A count hyphenated to the noun it counts ("a 12-member jury") is read; other compound adjectives stay none."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, float, str | None, str | None]]:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["text"], rows["value"], rows["unit"], rows["object"], strict=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A 12-member jury was sworn in on Monday.", [("12-member", 12, None, "members")]),
        ("The 40-page report was published on Tuesday.", [("40-page", 40, None, "pages")]),
        ("A three-judge panel heard the appeal.", [("three-judge", 3, None, "judges")]),
        ("The 27-nation bloc agreed.", [("27-nation", 27, None, "nations")]),
        ("Ten-man Celtic held on.", [("Ten-man", 10, None, "men")]),
        ("The 2,000-bed hospital opened.", [("2,000-bed", 2000, None, "beds")]),
        ("Labour's Twenty-Five-Point Plan", [("Twenty-Five-Point", 25, None, "points")]),
        # a span's, an age's or a score's compound is none, and so is a kind of thing named by its count
        ("A five-year-old girl was rescued from the river.", []),
        ("Arsenal sealed the 3-2 win in stoppage time.", []),
        ("He signed a six-year contract.", []),
        ("It is three-party politics now.", []),
        ("Sales of seven-seat vehicles rose.", []),
        ("He was named in the 32-strong squad.", []),
        ("It was a 40-page-long document.", []),
    ],
)
def test_a_hyphenated_count_of_a_things_parts(text: str, expected: list) -> None:
    assert found(text) == [(t, pytest.approx(v), u, o) for t, v, u, o in expected]
