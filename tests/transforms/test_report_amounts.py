"""The report's amounts table: each line's kind of amount named as a reader names it."""

from __future__ import annotations

import pytest

from transforms.report.amounts import amount_rows


def line(what: str, kind: str, median: float, largest: float) -> dict:
    return {"theme": "sport", "what": what, "kind": kind, "mentions": 3, "articles": 2, "median": median,
            "largest": largest}


@pytest.mark.parametrize(("what", "named"), [("m", "metres (m)"), ("t", "tonnes (t)"), ("yd", "yards (yd)"),
                                             ("km/h", "kilometres per hour (km/h)"), ("nmi", "nautical miles (nmi)")])
def test_a_measures_unit_symbol_is_named_in_words(what, named) -> None:
    # bbc-dev's sport read "m ... 100 m ... 10,000 m" under economy's "GBP 194m": metres read as millions.
    [row] = amount_rows([line(what, "measure", 100, 10_000)])
    assert row.what == named and row.median == f"100 {what}"


@pytest.mark.parametrize(("what", "kind"), [("GBP", "money"), ("percent", "measure"), ("acre", "measure"),
                                            ("troops", "count"), ("m", "count")])
def test_currencies_words_and_counted_things_are_shown_as_written(what, kind) -> None:
    [row] = amount_rows([line(what, kind, 2, 5)])
    assert row.what == what
