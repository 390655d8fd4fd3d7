"""The tone table of the report page: each top theme's mean tone with a bar, the shares of its paragraphs
that read positive and negative, and what the page says when the lake has no tone (warehouse/report/tone.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

# What the tone section shows: the table, or why not.
TONE_SHOWN, NOT_ENRICHED, NOT_ENGLISH = "shown", "not_enriched", "not_english"
ALL_PARAGRAPHS = "all paragraphs"  # the table's last line: every paragraph of the window, labelled or not


@dataclass(frozen=True)
class ToneRow:
    """One line of the table: a theme (or all paragraphs), its paragraphs with a tone and how they read."""

    theme: str
    paragraphs: int
    mean: float | None
    positive: float  # share of the paragraphs with a tone above 0
    negative: float  # below 0
    bar: float  # the mean's bar, as a share of the widest (the line's |mean| over the largest |mean|)
    figure: str  # the mean as the table writes it (tone_figure)


def tone_status(all_paragraphs: Mapping[str, Any]) -> str:
    """Return what the section can show: the table; or, when no paragraph of the window has a tone, whether
    enrichment never ran on them (`--no-enrich`) or they are in other languages (tone reads English words).

    >>> tone_status({"paragraphs": 5, "untoned_english": 2})
    'shown'
    >>> tone_status({"paragraphs": 0, "untoned_english": 2}), tone_status({"paragraphs": 0, "untoned_english": 0})
    ('not_enriched', 'not_english')
    """
    if all_paragraphs["paragraphs"]:
        return TONE_SHOWN
    return NOT_ENRICHED if all_paragraphs["untoned_english"] else NOT_ENGLISH


NO_TONE = "\u2013"  # an en dash: a line without a tone
MINUS = "\u2212"  # the minus sign: a hyphen-minus ("-0.40") is a dash that reads as a hyphen


def tone_figure(mean: float | None) -> str:
    """Return a mean tone as the table writes it: signed with a minus sign or a plus, two decimals, and a mean
    that rounds to zero unsigned (it read "-0.00", a negative tone of nothing, for bbc-dev's economy).

    >>> tone_figure(-0.4), tone_figure(1.81), tone_figure(-0.001), tone_figure(0.004), tone_figure(None)
    ('−0.40', '+1.81', '0.00', '0.00', '–')
    """
    if mean is None:
        return NO_TONE
    figure = f"{abs(mean):.2f}"
    if figure == "0.00":
        return figure
    return (MINUS if mean < 0 else "+") + figure


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def tone_rows(rows: Sequence[Mapping[str, Any]], all_paragraphs: Mapping[str, Any]) -> list[ToneRow]:
    """Return the table's lines: each top theme with a tone, then all the window's paragraphs.

    >>> [(r.theme, r.bar, r.positive) for r in tone_rows(
    ...     [{"theme": "war", "paragraphs": 4, "mean_tone": -4.0, "positive": 1, "negative": 3},
    ...      {"theme": "sport", "paragraphs": 0, "mean_tone": None, "positive": 0, "negative": 0}],
    ...     {"paragraphs": 10, "mean_tone": 1.0, "positive": 6, "negative": 3})]
    [('war', 1.0, 0.25), ('all paragraphs', 0.25, 0.6)]
    """
    lines = [
        (r["theme"], r) for r in rows if r["paragraphs"]
    ] + [(ALL_PARAGRAPHS, all_paragraphs)]
    # A mean whose figure reads 0.00 draws no bar: as the widest, one of -0.003 drew a full red bar.
    means = [r["mean_tone"] if tone_figure(r["mean_tone"]) not in ("0.00", NO_TONE) else 0.0 for _, r in lines]
    widest = max(map(abs, means), default=0.0)
    return [
        ToneRow(
            theme=name,
            paragraphs=r["paragraphs"],
            mean=r["mean_tone"],
            positive=_share(r["positive"], r["paragraphs"]),
            negative=_share(r["negative"], r["paragraphs"]),
            bar=abs(mean) / widest if widest else 0.0,
            figure=tone_figure(r["mean_tone"]),
        )
        for (name, r), mean in zip(lines, means, strict=True)
    ]


def tone_scale(rows: Sequence[ToneRow]) -> str | None:
    """Return the largest mean that draws a bar, unsigned as the table writes it: the bars' column is headed
    with it at either end, so a bar reads as a mean (each bar was only a share of an unnamed widest); None
    when no line draws a bar.

    >>> tone_scale(tone_rows([{"theme": "war", "paragraphs": 4, "mean_tone": -3.674, "positive": 1, "negative": 3}],
    ...                      {"paragraphs": 10, "mean_tone": 1.0, "positive": 6, "negative": 3}))
    '3.67'
    >>> tone_scale(tone_rows([], {"paragraphs": 10, "mean_tone": 0.001, "positive": 6, "negative": 3})) is None
    True
    """
    widest = max((abs(r.mean) for r in rows if r.bar and r.mean is not None), default=None)
    return None if widest is None else f"{widest:.2f}"
