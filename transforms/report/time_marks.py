"""What a screen reader says of the time chart's marks: each dot its theme, period and counts, each line its theme and
its course, in the words the page writes periods with (`periods.period_label`).

Vega's own text for a mark is built from the encodings' titles: every dot began with the time axis's title, which
names the chart's date and what it leaves out ("week published (3 articles without a publication date left out):
Jan 5, 2026; ..."), repeated on every dot, and said its week twice (the tooltip's too); each line was read as its first
point only ("... Jan 5, 2026; labelled paragraphs: 0; theme: society" for a line that rises later).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from transforms.report.periods import period_label

Row = Mapping[str, Any]


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def dot_said(row: Row, grain: str) -> str:
    """Return what a screen reader says of one dot: its theme, its period and its counts.

    >>> from datetime import date
    >>> dot_said({"theme": "society", "period": date(2026, 1, 5), "paragraphs": 2, "articles": 1}, "week")
    'society, Jan 5 – 11, 2026: 2 labelled paragraphs in 1 article'
    """
    paragraphs, articles = _count(row["paragraphs"], "labelled paragraph"), _count(row["articles"], "article")
    return f"{row['theme']}, {period_label(row['period'], grain)}: {paragraphs} in {articles}"


def lines_said(rows: Sequence[Row], grain: str) -> dict[str, str]:
    """Return what a screen reader says of each theme's line: its theme, how many periods it has labels in, and
    its highest point.

    >>> from datetime import date
    >>> rows = [{"theme": "war", "period": date(2026, m, 1), "paragraphs": n} for m, n in ((1, 0), (2, 3), (3, 1))]
    >>> lines_said(rows, "month")["war"]
    'war: labelled paragraphs per month, some in 2 of 3 months, most in February 2026 (3)'
    """
    periods = {row["period"] for row in rows}
    plural = "centuries" if grain == "century" else f"{grain}s"
    said: dict[str, str] = {}
    for theme in dict.fromkeys(row["theme"] for row in rows):
        own = [row for row in rows if row["theme"] == theme]
        labelled = sum(1 for row in own if row["paragraphs"])
        top = max(own, key=lambda row: (row["paragraphs"], -row["period"].toordinal()))
        said[theme] = (f"{theme}: labelled paragraphs per {grain}, some in {labelled:,} of {len(periods):,} {plural}, "
                       f"most in {period_label(top['period'], grain)} ({top['paragraphs']:,})")
    return said
