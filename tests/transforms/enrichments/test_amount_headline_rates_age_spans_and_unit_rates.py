"""Amounts: a headline's bare currency before its rate per dollar; a span of ages after its people; a sum's rate per
one unit of goods, hyphenated; frequency adverbs, a half marathon and a note's Title Case verb are no objects."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found

Row = tuple[float, str | None, str | None]
PP = "percentage point"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline names its currency bare, first (they were no currency)
        ("Yen slides past 160 per dollar as Bank of Japan holds", [(160, "JPY", None)]),
        ("Yen Slides Past 160 Per Dollar As Bank Of Japan Holds", [(160, "JPY", None)]),
        ("Rupee Hits Record Low Of 89 Per Dollar", [(89, "INR", None)]),
        # ... as the body names it after "the"
        ("The yen weakened past 160 per dollar on Tuesday.", [(160, "JPY", None)]),
        # ... not a verb's "Won", nor a rate of no currency
        ("Won 2 Per Dollar Of Sales", []),
        ("The firm paid 100 per dollar of debt.", [(100, None, None)]),
    ],
)
def test_a_headlines_currency_and_its_rate(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a span of ages after the people it bounds (they were two bare counts)
        ("The scheme is open to citizens between 18 and 70.", []),
        ("The vote is open to residents between 16 and 80.", []),
        # ... not a span of what else is between, nor a count of people
        ("Prices ranged between 18 and 70.", [(18, None, None), (70, None, None)]),
        ("Between 18 and 70 people were hurt.", [(18, None, "people"), (70, None, "people")]),
        ("Residents between 5 and 10 miles away were evacuated.", [(5, "mi", None), (10, "mi", None)]),
    ],
)
def test_a_span_of_ages_after_its_people(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sum hyphenated to a rate per one unit of goods (they were none)
        ("They proposed a 10-cent-a-litre tax.", [(0.1, "USD", "tax")]),
        ("A 5-cent-a-bag levy starts in May.", [(0.05, "USD", "levy")]),
        ("Foster's A$4.17-a-share takeover proposal", [(4.17, "AUD", "proposal")]),
        # ... a time's rate as before; a bare number's hyphens no sum's
        ("a $15-an-hour job", [(15, "USD", "job")]),
        ("the 10-a-side game", []),
    ],
)
def test_a_sums_rate_per_unit_hyphenated(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a frequency adverb is no object (it was "twice")
        ("Policymakers still expect to cut rates by 25 basis points twice before the end of the year.",
         [(0.25, PP, None)]),
        # a half marathon is a marathon (it was "half")
        ("She ran a 21k half marathon.", [(21, "km", "marathon")]),
        # a note's Title Case verb where the headline ends (it was "returns")
        ("The Five-Dollar Bill Returns", [(5, "USD", "bill")]),
        # ... a plural before its verb is the noun; no note's noun keeps its plural
        ("The 100-Dollar Bill Sales Rose", [(100, "USD", "sales")]),
        ("The 20-Dollar Gift Cards", [(20, "USD", "cards")]),
    ],
)
def test_adverbs_halves_and_a_notes_verb_are_no_objects(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)
