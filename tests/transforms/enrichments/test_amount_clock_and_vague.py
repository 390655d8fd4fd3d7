"""A clock's time said in words is no amount ("a quarter to six", "twenty past eight"), and "scores of" is a vague
count ("Scores of homes": at least 40) only where no noun's phrase it is ("the test scores of pupils")."""

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
        # the hour after a clock's part, and the minutes before "past" and an hour (they counted 6, 9, 20 "past")
        ("The vote is expected at about a quarter to six this evening.", []),
        ("Polling stations close at half past nine tonight.", []),
        ("The train was due at twenty past eight but arrived late.", []),
        ("The bus leaves at ten to six on weekdays.", []),
        # a range's "to", a plural after "past", a number with a unit stay amounts
        ("The council cut its libraries from ten to six last year.", [("ten", 10, None, None), ("six", 6, None, None)]),
        ("Ten past winners of the Booker Prize signed the letter.", [("Ten", 10, None, "winners")]),
        ("Mortgage rates rose from five to six percent in a year.",
         [("five", 5, "percent", None), ("six percent", 6, "percent", None)]),
    ],
)
def test_a_clock_time_in_words_is_no_amount(text: str, expected: list) -> None:
    assert found(text) == [(t, pytest.approx(v), u, o) for t, v, u, o in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Scores of homes were flooded in Valencia after the downpour.", [("Scores of", 40, None, "homes")]),
        ("Storm Amy left scores of homes without power in Donegal.", [("scores of", 40, None, "homes")]),
        ("Gunmen injured scores of other Iraqis.", [("scores of", 40, None, "Iraqis")]),
        # a noun's phrase: a determiner's or a noun's scores, or a score's numbers
        ("The test scores of pupils in Wales fell again.", []),
        ("Their scores of late have been poor, the coach admitted.", []),
        ("Judges gave her scores of 9.5 and 9.7.", [("9.5", 9.5, None, None), ("9.7", 9.7, None, None)]),
    ],
)
def test_scores_of_is_a_vague_count_where_no_noun_owns_it(text: str, expected: list) -> None:
    assert found(text) == [(t, pytest.approx(v), u, o) for t, v, u, o in expected]
