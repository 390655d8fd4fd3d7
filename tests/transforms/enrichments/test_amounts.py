"""Amounts: numbers with what they count, and the numbers that are not amounts of anything."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[float, str | None, str | None, bool]]:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    return list(zip(rows["value"], rows["unit"], rows["object"], rows["approximate"], strict=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("There are roughly 12,000 North Korean troops in Russia.", (12000, None, "troops", True)),
        ("The deal is worth $4.5bn.", (4.5e9, "USD", None, False)),
        ("Growth was 3.2% last quarter.", (3.2, "percent", None, False)),
        ("The flood displaced two million people.", (2e6, None, "people", False)),
        ("Police arrested dozens of protesters.", (24, None, "protesters", True)),
        ("A third of voters stayed at home.", (100 / 3, "percent", "voters", False)),
        ("Profits rose to £600m.", (6e8, "GBP", None, False)),
        ("The fine was 11m euros.", (1.1e7, "EUR", None, False)),
        ("Each postcard costs 80p.", (0.8, "GBP", None, False)),
        ("Up to 250 screens will change.", (250, None, "screens", True)),
        ("She won the 60m hurdles.", (60, "m", "hurdles", False)),
        ("Some 300 families fled.", (300, None, "families", True)),
    ],
)
def test_amounts_with_value_unit_object_and_hedge(text: str, expected: tuple) -> None:
    [(value, unit, obj, approximate)] = found(text)
    assert value == pytest.approx(expected[0])
    assert (unit, obj, approximate) == expected[1:]


def test_offsets_and_text_are_the_amount_as_written() -> None:
    text = "Officials said about 5,000 homes lost power."
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    assert rows["text"] == ["about 5,000"]
    assert text[rows["start"][0]:rows["end"][0]] == "about 5,000"


@pytest.mark.parametrize(
    "text",
    [
        "The law was passed in 2004.",  # a year
        "The vote is on 12 January.",  # a date
        "It happened on January 12.",  # a date
        "The meeting starts at 10:30.",  # a time
        "The shop opens at 3pm.",  # a time
        "Doors close at 9 pm.",  # a time
        "She finished second in the final.",  # an ordinal
        "It was his 21st birthday.",  # an ordinal
        "Call 0800 123 4567 for help.",  # a phone number
        "Call +44 20 7946 0000 now.",  # a phone number
        "Chelsea beat Arsenal 2-1 on Sunday.",  # a score
        "The tie ended 3–0.",  # a score with an en dash
        "He spoke outside No 10.",  # a numbered name
        "Article 50 was triggered.",  # a numbered name
        "The G8 met in June.",  # a name with a digit
        "A 34-year-old man was held.",  # an age
        "Slater, 35, joins the cast.",  # an age
        "It is unsuitable for children under seven.",  # an age limit
        "This is one of the best.",  # "one" alone
    ],
)
def test_not_amounts(text: str) -> None:
    assert found(text) == []


def test_one_pass_over_many_paragraphs_keeps_them_apart() -> None:
    batch = ParagraphBatch(["Sales rose 5%.", "No numbers here.", "It cost £3bn."], ["p1", "p2", "p3"], ["a", "a", "b"])
    rows = amounts.rows(batch)
    assert rows["paragraph_id"] == ["p1", "p3"] and rows["article_id"] == ["a", "b"]
    assert rows["start"] == [11, 8]
