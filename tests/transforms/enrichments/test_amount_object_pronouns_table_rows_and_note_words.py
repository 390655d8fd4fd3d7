"""Amounts: the twentieth round's rules reviewed and what it left: a sum's verb before an object pronoun after a
determiner; a flattened table's next row keeps its level; a note or a coin named by a number word hyphenated to its
currency; a hedge before a range whose low end has decimals."""

from __future__ import annotations

import pytest

from tests.transforms.enrichments.amount_rows import found

P = "percent"
Row = tuple[float, str | None, str | None]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an object pronoun after the word makes it a verb, a determiner before the sum or not (they counted the verb)
        ("The £20 gets them a seat.", [(20, "GBP", None)]),
        ("Paying the £20 puts you in the queue.", [(20, "GBP", None)]),
        ("The $10 buys you a coffee.", [(10, "USD", None)]),
        ("The €50 gets you a ticket.", [(50, "EUR", None)]),
        # ... not a relative clause's subject after the sum's noun, nor a determiner's clause after it
        ("The £20 fee you pay covers it.", [(20, "GBP", "fee")]),
        ("The $40 tickets you bought are void.", [(40, "USD", "tickets")]),
        ("A $5m hit the firm took was bigger.", [(5e6, "USD", "hit")]),
    ],
)
def test_a_sums_verb_before_an_object_pronoun(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a table's next row keeps its level, a capitalised word's or an acronym's (they lost 5, 3 and 60.20)
        ("France 3 -2%, Germany 5 +4%", [(3, None, None), (-2, P, None), (5, None, None), (4, P, None)]),
        ("Tokyo 5 +2%, Seoul 3 -1%", [(5, None, None), (2, P, None), (3, None, None), (-1, P, None)]),
        ("Brent 64.10 -1.2%, WTI 60.20 +0.8%", [(64.1, None, None), (-1.2, P, None), (60.2, None, None),
                                               (0.8, P, None)]),
        # ... not a name's numbers, which repeat its word: channels
        ("Radio 4 +3%, Radio 5 +2%", [(3, P, None), (2, P, None)]),
    ],
)
def test_a_tables_next_row_keeps_its_level(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a number word hyphenated to a dollar, a euro or a yen names a note's or a coin's worth (they were none)
        ("He handed over a five-dollar bill.", [(5, "USD", "bill")]),
        ("She found a ten-euro note on the floor.", [(10, "EUR", "note")]),
        ("A twenty-dollar bill was left on the table.", [(20, "USD", "bill")]),
        ("The one-euro coin.", [(1, "EUR", "coin")]),
        # ... in a title's capitals too, as its digits' "The 10-Dollar Bill" (they were none, read as a name)
        ("The Ten-Euro Note Heads to the Museum", [(10, "EUR", "note")]),
        ("Five-Dollar Footlong Is Back", [(5, "USD", "footlong")]),
        # ... "one" unhyphenated is still no amount of its own
        ("It fell below one dollar.", []),
        ("The Six Feet Under star", []),
        ("The dollar-cost average fell.", []),
    ],
)
def test_a_number_words_note(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a hedge opening a sentence before a rising pair whose low end has decimals is a range's (they read −0.5, −1)
        ("Roughly 0.25 -0.5% of staff will be cut.", [(0.25, None, None), (0.5, P, "staff")]),
        ("Generally 0.5 -1% of income is saved.", [(0.5, None, None), (1, P, "income")]),
        # ... not a falling pair, a level and its change, nor a name's level
        ("Roughly 1.75 -0.5% of staff", [(1.75, None, None), (-0.5, P, "staff")]),
        ("Lilly 812.50 -1.4% on the day", [(812.5, None, None), (-1.4, P, None)]),
    ],
)
def test_a_hedge_before_a_decimal_range(text: str, expected: list[Row]) -> None:
    assert [(pytest.approx(v), u, o) for v, u, o in expected] == found(text)
