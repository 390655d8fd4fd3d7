"""Ranges of amounts: a low end written "one"."""

from __future__ import annotations

import pytest

from transforms.enrichments import amounts
from transforms.enrichments.batch import ParagraphBatch


def found(text: str) -> list[tuple[str, float, str | None, str | None]]:
    rows = amounts.rows(ParagraphBatch([text], ["p"], ["a"]))
    assert all(text[a:b] == t for a, b, t in zip(rows["start"], rows["end"], rows["text"], strict=True))
    return list(zip(rows["text"], rows["value"], rows["unit"], rows["object"], strict=True))


@pytest.mark.parametrize(
    "in_words, in_digits",
    [
        ("Between one and two million people fled.", "Between 1 and 2 million people fled."),
        ("It cost between one and two billion dollars.", "It cost between 1 and 2 billion dollars."),
        ("It takes one to two weeks.", "It takes 1 to 2 weeks."),
        ("Prices rose one to three per cent.", "Prices rose 1 to 3 per cent."),
        ("From one to two million people.", "From 1 to 2 million people."),
    ],
)
def test_a_range_whose_low_end_is_one_reads_as_in_digits(in_words: str, in_digits: str) -> None:
    words, digits = found(in_words), found(in_digits)
    assert len(words) == 2
    assert [(v, u, o) for _, v, u, o in words] == [(v, u, o) for _, v, u, o in digits]


@pytest.mark.parametrize("text", ["One to watch is Smith.", "They met one and two at a time.",
                                  "It was one to one.", "Between one and the other."])
def test_one_without_a_range_after_it_is_still_no_amount(text: str) -> None:
    assert [t for t, *_ in found(text)] in ([], ["two"])


@pytest.mark.parametrize("text", ["We meet from one to 3pm.", "Open between one and 2pm daily.",
                                  "The show runs from one to 12 June.", "He walked from one to 10 Downing Street.",
                                  "Output went from one to 2004 levels.", "The score went from one to 3-1."])
def test_one_before_a_number_that_is_no_amount_is_still_no_amount(text: str) -> None:
    assert found(text) == []  # no high end to pair "one" with: a time, a date, an address, a year, a score


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Damage was estimated at between $10 and $20 million, insurers said.",
         [("$10", 1e7, "USD"), ("$20 million", 2e7, "USD")]),
        ("Bids ranged from $5 to $7 billion.", [("$5", 5e9, "USD"), ("$7 billion", 7e9, "USD")]),
        ("It cost £3m to £5m.", [("£3m", 3e6, "GBP"), ("£5m", 5e6, "GBP")]),  # each end its own scale
        ("Tickets cost £3 to £5.", [("£3", 3, "GBP"), ("£5", 5, "GBP")]),
        ("Sales fell from $500 to $2 million.", [("$500", 500, "USD"), ("$2 million", 2e6, "USD")]),  # no range
    ],
)
def test_a_low_end_with_the_high_ends_currency_takes_its_scale(text: str, expected: list) -> None:
    assert [(t, v, u) for t, v, u, _ in found(text)] == expected


@pytest.mark.parametrize(
    "with_pct, with_sign",
    [
        ("Shares rose 3-5 pct.", "Shares rose 3-5%."),
        ("Shares rose 3-5 pct on Monday.", "Shares rose 3-5% on Monday."),
        ("Growth of 2.5 - 3 Pct is seen.", "Growth of 2.5 - 3% is seen."),
    ],
)
def test_a_range_in_pct_reads_as_a_range_in_percent(with_pct: str, with_sign: str) -> None:
    # It gave no amount at all, as "3-1" gives none: one row per end, as "3-5%" gives.
    pct, sign = found(with_pct), found(with_sign)
    assert len(pct) == 2
    assert [(v, u, o) for _, v, u, o in pct] == [(v, u, o) for _, v, u, o in sign]
