"""Which of the matcher's hits count: the longest of overlapping hits, acronyms only in capitals, distance terms
only where they are not amounts of money, and terms only outside their theme's exclusion phrases."""

from __future__ import annotations

import re

import numpy as np

from transforms.matching.lexsort_ints import lexsort_ints
from transforms.matching.search_text import search_text


def longest_first(hits: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """Return each hit's rank in text order among the hits kept when the longest hit wins, else -1.

    In text order, longer first, a hit ending inside the reach of an earlier one is dropped,
    unless it has the very span of the last kept hit (a lower-case and an acronym key alike).
    """
    order = hits[lexsort_ints((hits, start[hits] - end[hits], start[hits]))]
    s_ord, e_ord = start[order], end[order]
    reach = np.empty_like(e_ord)
    if len(e_ord):
        reach[0] = -1
        np.maximum.accumulate(e_ord[:-1], out=reach[1:])
    keep = e_ord > reach
    for i in (np.flatnonzero((s_ord[1:] == s_ord[:-1]) & (e_ord[1:] == e_ord[:-1])) + 1).tolist():
        keep[i] = keep[i - 1]
    rank = np.full(len(start), -1, dtype=np.int64)
    rank[order[keep]] = np.arange(int(keep.sum()))
    return rank


CURRENCY_SIGNS = frozenset("$£€¥₹₽₩")


CURRENCY_AFTER = re.compile(
    r"\s+(?:euros?|dollars?|pounds?|sterling|yen|yuan|renminbi|francs?|rupees?|roubles?|rubles?|pesos?|"
    r"kronor|kronur|krona|krone|zloty|rand|reais)\b",
    re.IGNORECASE,
)


def amounts_of_money(joined: str, start: np.ndarray, end: np.ndarray, distance: np.ndarray) -> np.ndarray:
    """Return which hits of distance terms are amounts of money: right after a
    currency sign ("£100m") or right before a currency's name ("400m euros")."""
    money = np.zeros(len(start), dtype=bool)
    for i in np.flatnonzero(distance).tolist():
        money[i] = (start[i] > 0 and joined[start[i] - 1] in CURRENCY_SIGNS) or bool(
            CURRENCY_AFTER.match(joined, int(end[i]))
        )
    return money


def same_case(text: str, form: str) -> bool:
    """Return True when text reads as `form` with its case kept (an acronym in capitals)."""
    return text == form or search_text(text, lower=False) == form


def terms_outside_exclusions(
    ent_theme: np.ndarray, rows: np.ndarray, excl_rows: np.ndarray, hit: np.ndarray, ent: np.ndarray,
    start: np.ndarray, end: np.ndarray, span: int,
) -> np.ndarray:
    """Return the term rows that are not inside an exclusion phrase of their own theme (`ent_theme`: an entry's
    theme; `span`: more than any offset, so a (theme, offset) pair is one integer)."""
    where = ent_theme[ent[rows]] * span + start[hit[rows]]
    order = np.argsort(where, kind="stable")
    where = where[order]
    x_theme = ent_theme[ent[excl_rows]]
    x_start, x_end = start[hit[excl_rows]], end[hit[excl_rows]]
    lo = np.searchsorted(where, x_theme * span + x_start, side="left")
    hi = np.searchsorted(where, x_theme * span + x_end, side="right")
    # Each exclusion against the term rows of its theme that start within it (sorted rows lo:hi), as
    # numpy pairs: a row inside the phrase (it ends by the phrase's end) is dropped.
    count = hi - lo
    phrase = np.repeat(np.arange(len(lo)), count)
    j = np.arange(len(phrase)) - np.repeat(np.cumsum(count) - count, count) + np.repeat(lo, count)
    dropped = np.zeros(len(rows), dtype=bool)
    dropped[order[j[end[hit[rows]][order][j] <= x_end[phrase]]]] = True
    return rows[~dropped]
