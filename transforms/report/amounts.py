"""The amounts table of the report page: each kind of amount a theme reports, its count, median and largest, as
people read them ("GBP 9.5bn", "12,000 troops", "35%"), from warehouse/report/amounts.py's rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from transforms.enrichments.amount_units import SPELT_UNITS

MONEY = "money"  # warehouse.report.amounts.MONEY: transforms do not import the warehouse
SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))  # the scale words of the amounts the lake reads ("$4.5bn")
# The units the lake writes as words, not symbols (`transforms.enrichments.amount_pattern.PERCENTAGE_POINT`,
# `amount_units`' "acre" and "ton"), with their plurals: "2 percentage points", not "2 percentage point".
PLURAL_UNITS = {"percentage point": "percentage points", "acre": "acres", "ton": "tons"}
MEASURE = "measure"  # warehouse.report.amounts.MEASURE
# Each unit symbol the lake writes, by its first spelling (transforms.enrichments.amount_units): sport's "m"
# read as millions beside "GBP 194m", and "t", "yd" or "mi" were codes to guess. A unit whose code is a word
# of its own ("acre", "ton") needs no name.
_SPELLINGS: dict[str, list[str]] = {}
for _word, _code in SPELT_UNITS.items():
    _SPELLINGS.setdefault(_code, []).append(_word)
UNIT_NAMES = {code: next((w for w in words if "-" not in w), words[0])  # "nautical miles", not "nautical-miles"
              for code, words in _SPELLINGS.items() if code not in words}


@dataclass(frozen=True)
class AmountRow:
    """One line of the table: a theme's kind of amount, how often it is mentioned and in how many articles."""

    theme: str
    what: str
    mentions: int
    articles: int
    median: str  # the typical amount (no total: one kind's amounts are unrelated sums or tellings of one figure)
    largest: str


def compact_number(value: float) -> str:
    """Return a number as news writes it: millions and up with a scale word, others in full with commas.

    >>> compact_number(4.5e9), compact_number(9_475_759_781_166.9), compact_number(2e6), compact_number(12000)
    ('4.5bn', '9.5tn', '2m', '12,000')
    >>> compact_number(0.8), compact_number(18436.54), compact_number(-3.25)
    ('0.8', '18,437', '-3.25')
    """
    for scale, word in SCALES:
        if abs(value) >= scale:
            return f"{value / scale:,.1f}".removesuffix(".0") + word
    if value == int(value) or abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def amount_text(value: float, what: str, kind: str) -> str:
    """Return an amount of a kind as read: money after its currency's code, a percentage with its sign, any
    other unit or counted object after the number.

    >>> amount_text(4.5e9, "USD", "money"), amount_text(35, "percent", "measure"), amount_text(12000, "troops", "count")
    ('USD 4.5bn', '35%', '12,000 troops')
    >>> amount_text(0.6, "GBP", "money"), amount_text(64.5, "CAD", "money"), amount_text(49, "USD", "money")
    ('GBP 0.60', 'CAD 64.50', 'USD 49')
    >>> amount_text(2, "percentage point", "measure"), amount_text(1, "percentage point", "measure")
    ('2 percentage points', '1 percentage point')
    """
    number = compact_number(value)
    if kind == MONEY:
        # pence and cents as money is written, "GBP 0.60" (60p), "USD 1.25": "GBP 0.6" read as a slip
        return f"{what} {value:,.2f}" if abs(value) < 1000 and value != int(value) else f"{what} {number}"
    if what == "percent":
        return f"{number}%"
    return f"{number} {what if number == '1' else PLURAL_UNITS.get(what, what)}"


def what_label(what: str, kind: str) -> str:
    """Return what a line of the table counts as a reader names it: a measure's unit symbol with its name.

    >>> what_label("m", "measure"), what_label("mph", "measure"), what_label("acre", "measure")
    ('metres (m)', 'miles per hour (mph)', 'acre')
    >>> what_label("GBP", "money"), what_label("percent", "measure"), what_label("troops", "count")
    ('GBP', 'percent', 'troops')
    """
    name = UNIT_NAMES.get(what) if kind == MEASURE else None
    return f"{name} ({what})" if name else what


def amount_rows(rows: Sequence[Mapping[str, Any]]) -> list[AmountRow]:
    """Return the table's lines for the section's rows."""
    return [
        AmountRow(
            theme=r["theme"],
            what=what_label(r["what"], r["kind"]),
            mentions=r["mentions"],
            articles=r["articles"],
            median=amount_text(r["median"], r["what"], r["kind"]),
            largest=amount_text(r["largest"], r["what"], r["kind"]),
        )
        for r in rows
    ]
