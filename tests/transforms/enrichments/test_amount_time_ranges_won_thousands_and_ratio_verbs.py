"""A range of two times after "from" is no amount ("from 9.30 to 11.00"), a level's range after a verb of change still
is; won after a thousands group before a conversion is KRW ("300,000 won ($220)"); "LONDON, Ontario (CP) —" is a
Canadian dateline; a ratio's whole in words before a verb that is also a plural noun is a share ("One home in ten
runs on solar")."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The meeting runs from 9.30 to 11.00 on Monday.", []),
        ("The session runs from 8.30 to 10.30 each day.", []),
        ("The launch window opens from 10.45 to 11.20 local time.", []),
        # a level's range after a verb of change or a market's noun stays two amounts
        ("Shares rose from 8.30 to 9.15 on Friday.", [8.3, 9.15]),
        ("Yields climbed from 4.25 to 4.75 this week.", [4.25, 4.75]),
        ("The stock traded from 7.45 to 8.10 on the day.", [7.45, 8.1]),
        # "to" alone before a time's form is no time
        ("The score went to 10.30 after the break.", [10.3]),
    ],
)
def test_a_range_of_two_times_is_no_amount(text: str, expected: list[float]) -> None:
    assert [v for v, _, _ in found(text)] == [pytest.approx(v) for v in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He was fined 300,000 won ($220) for the offence.", [(300000, "KRW"), (220, "USD")]),
        ("Tickets for the final start at 120,000 won ($85).", [(120000, "KRW"), (85, "USD")]),
        # the verb after a count of people, no conversion and no Korea: no currency
        ("About 300,000 won seats in the poll.", [(300000, None)]),
    ],
)
def test_won_after_a_thousands_group_before_a_conversion_is_the_currency(text: str, expected: list) -> None:
    assert [(v, u) for v, u, _ in found(text)] == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("LONDON, Ontario (CP) — The city will spend $40 million on transit.", "CAD"),
        ("LONDON, Ont. (CP) - The plant cost $12 million.", "CAD"),
        ("LONDON (Reuters) - The firm paid $5 million.", "USD"),
        ("LONDON, England - The firm paid $5 million.", "USD"),
    ],
)
def test_london_ontarios_dateline_is_canadas(text: str, expected: str) -> None:
    assert [u for _, u, _ in found(text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One home in ten runs on solar power.", (10, "percent", "home")),
        # a whole in digits before "runs" counts the runs
        ("He took one wicket in 30 runs in the innings.", (30, None, "runs")),
    ],
)
def test_a_ratios_whole_in_words_before_a_noun_like_verb_is_a_share(text: str, expected: tuple) -> None:
    assert found(text) == [(pytest.approx(expected[0]), expected[1], expected[2])]
