"""Amounts: what a count or sum grew to in "m" is millions; a ratio's noun's verb in "-s" that is a plural noun too;
a span of ages after its people with "years" after it."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found

Row = tuple[float, str | None, str | None]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count or a sum grew to its "m": millions (they were metres)
        ("The firm grew to 12m in 3 years.", [(12e6, None, None), (3, None, "years")]),
        ("Membership has grown to 2.5m.", [(2.5e6, None, None)]),
        # ... not a thing that grows in length, a dimension's word, nor a race's distance
        ("The tree grew to 30m in 40 years.", [(30, "m", None), (40, None, "years")]),
        ("The wave grew to 12m high.", [(12, "m", None)]),
        ("She ran 400m in 50 seconds, the company said.", [(400, "m", None), (50, None, "seconds")]),
    ],
)
def test_what_grew_to_an_m_is_millions(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the ratio's noun's verb in "-s", told by the word after it (it counted "lives")
        ("One child in four lives in poverty.", [(25, "percent", "child")]),
        ("One adult in five lives alone.", [(20, "percent", "adult")]),
        ("One child in five dies.", [(20, "percent", "child")]),
        # ... the noun counted where a participle follows it, or no such verb is it
        ("One soldier in 10 lives lost was a volunteer.", [(10, None, "lives")]),
        ("He scored one goal in five games in May.", [(5, None, "games")]),
    ],
)
def test_a_ratios_verb_that_is_a_noun_too(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a span of ages after its people with "years" after it (they were two counts of years)
        ("Children between 5 and 11 years are eligible.", []),
        ("Patients between 40 and 74 years are invited for checks.", []),
        # ... not years of something or into something, nor a span after no people
        ("Workers between 5 and 10 years of service get a bonus.", [(5, None, "years"), (10, None, "years")]),
        ("Employees between 2 and 5 years into the job quit.", [(2, None, "years"), (5, None, "years")]),
        ("The scheme ran between 5 and 11 years.", [(5, None, "years"), (11, None, "years")]),
    ],
)
def test_a_span_of_ages_in_years_after_its_people(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)
