"""A number alone is read by `bare_number` as by every branch of `amount_reading.parse`."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.enrichments.amount_bare import NUMBER_ALONE, bare_number
from transforms.enrichments.amount_hedges import hedge_before
from transforms.enrichments.amount_pattern import AMOUNT
from transforms.enrichments.amount_reading import parse, read_match

# What a number alone may have around it: the words `no_amount` reads (dates, ages, labels, times, addresses,
# tallies), HTML references of currencies, rates' words, a thousands dot before "Euro", Indian digit groups, hedges.
_PIECES = st.sampled_from([
    "5", "12", "2004", "1,200", "10,20,300", "1.500", "0.5", "07", "the", "people", "May", "aged", "at", "No",
    "Channel", "Astros", "Pirates", "Street", "pm", "years", "old", "per dollar", "to the euro", "Euro", "euros",
    "&#163;", "&euro;",
    "&#36;", "about", "up to", "over", "under", "Under", "dialled", "Section", "and", ",", ".", "(", ")", ";", "-",
    "\n", "yen", "fell to", "Seoul", "Halo", "ſ",
])


def _both(text: str) -> list[tuple[object, object]]:
    """Return (bare_number, read_match) of each number alone in the text, with its hedge, read as `amounts.rows` reads
    it (its paragraph the whole text)."""
    pairs = []
    for at in range(len(text)):
        matched = AMOUNT.match(text, at)
        if matched is None or matched.lastindex != NUMBER_ALONE:
            continue
        hedge = hedge_before(text, text[::-1], at) if text[at - 1: at].isspace() else None
        bounds = (0, len(text))
        pairs.append((bare_number(text, matched, hedge, bounds), read_match(text, matched, hedge, bounds)))
    return pairs


@pytest.mark.parametrize("text", [
    "Some 5 people died", "In May 2004 the", "&#163;12 each", "&euro;1.500 Euro", "1.500 Euro were paid",
    "the yen fell to 160 per dollar", "10,20,300 listed", "aged 14 and 16", "at 10 last night", "No 10 said",
    "Astros 10, Pirates 5", "12 Downing Street", "call 07 now", "under 5 children", "the England Under 21 squad",
])
def test_a_number_alone_reads_as_every_branch_reads_it(text: str) -> None:
    pairs = _both(text)
    assert pairs, text  # each has a number alone
    assert all(fast == general for fast, general in pairs)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=14).map(" ".join))
def test_bare_number_is_the_general_reading(text: str) -> None:
    assert all(fast == general for fast, general in _both(text))


def test_parse_reads_a_number_alone_by_the_shortcut_and_the_rest_by_every_branch() -> None:
    text = "5 people paid $5m"
    alone, money = AMOUNT.match(text, 0), AMOUNT.match(text, 14)
    assert alone is not None and money is not None and alone.lastindex == NUMBER_ALONE != money.lastindex
    assert parse(text, alone, None) == (5.0, None, False)
    assert parse(text, money, None) == read_match(text, money, None) == (5e6, "USD", False)
