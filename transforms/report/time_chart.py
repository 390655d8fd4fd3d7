"""The report's chart of themes over time: a heatmap of themes by period (days, weeks), or a line per theme
(months and longer), as a Vega-Lite spec built with altair (the page renders it with its Vega bundle)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

import altair as alt

from transforms.report.axis_title import left_pixels, time_axis_title
from transforms.report.charts import (
    COUNT_FORMAT,
    WHITE_FROM,
    WIDTH,
    Row,
    count_axis,
    count_tip,
    counts_legend,
    inline_data,
    theme_label_settings,
    theme_order,
)
from transforms.report.legends import legend_above
from transforms.report.periods import WEEK_FORMAT
from transforms.report.shares import share_text
from transforms.report.theme_labels import THEME_LABEL_ANGLE, theme_lines
from transforms.report.time_marks import dot_said, lines_said

# The grains drawn as a heatmap, themes by periods, each cell coloured by the theme's share of its period's
# labels: at a week, news comes in bursts, and ten lines rising from zero and falling back to it crossed one
# another every few weeks (the examples' eleven weeks: a tangle in which no theme could be followed). Months
# and longer keep a line per theme, where a theme's course over years is what a reader looks for.
HEATMAP_GRAINS = ("day", "week")
# A heatmap's row per theme, and its least width per period (a date label drawn slanted fits in it).
HEATMAP_ROW_PIXELS = 26
# ... taller where a theme's name is written on lines (theme_labels.theme_lines): a line of Vega's 10-pixel labels,
# and a gap. At 26 pixels a row, a name of three lines (another taxonomy's) ran over its neighbours' names.
THEME_LINE_PIXELS = 12
HEATMAP_COLUMN_PIXELS = 24


def over_time_chart(rows: Sequence[Row], grain: str, date_title: str) -> dict | None:
    """Return the chart of labelled paragraphs per theme per period: a heatmap at a day or a week, lines for
    longer periods; None without two periods. `date_title` is the time axis's title (periods.date_axis_title).

    Articles all dated within one period (a lake ingested in one go, none with a publication date) make
    none: a line needs two points, and a bar per theme only repeated the top themes' table (periods.one_period_note).
    """
    if len({r["period"] for r in rows}) < 2:
        return None
    if grain in HEATMAP_GRAINS:
        return over_time_heatmap(rows, grain, date_title)
    return over_time_lines(rows, grain, date_title)


def over_time_note(grain: str, date_title: str, themes: int = 2) -> str:
    """Return the line above the chart: what it counts, and for a heatmap what a cell's number and colour say
    (of `themes` charted: one theme's colour is its count, heatmap_colour).

    >>> over_time_note("month", "month published")
    'Labelled paragraphs per month published.'
    >>> over_time_note("week", "week ingested (publication date unknown)")  # doctest: +NORMALIZE_WHITESPACE
    "Labelled paragraphs per week ingested (publication date unknown) and theme, the number in each cell; its colour,
    the theme's share of the week's labelled paragraphs (of these themes); a blank cell, none."
    """
    if grain not in HEATMAP_GRAINS:
        return f"Labelled paragraphs per {date_title}."
    if themes == 1:  # heatmap_colour: a count's colour
        return f"Labelled paragraphs per {date_title}, the number in each cell and its colour; a blank cell, none."
    return (f"Labelled paragraphs per {date_title} and theme, the number in each cell; its colour, the theme's share "
            f"of the {grain}'s labelled paragraphs (of these themes); a blank cell, none.")


def period_shares(rows: Sequence[Row]) -> list[float]:
    """Return each row's share of its period's labelled paragraphs (of the themes charted; 0 in a period of none).

    >>> from datetime import date
    >>> period_shares([{"period": date(2026, 1, 5), "paragraphs": n} for n in (3, 1)] + [{"period": date(2026, 1, 12),
    ...               "paragraphs": 0}])
    [0.75, 0.25, 0.0]
    """
    totals: dict[Any, int] = {}
    for r in rows:
        totals[r["period"]] = totals.get(r["period"], 0) + r["paragraphs"]
    return [r["paragraphs"] / totals[r["period"]] if totals[r["period"]] else 0.0 for r in rows]


def over_time_heatmap(rows: Sequence[Row], grain: str, date_title: str) -> dict:
    """Return a heatmap of themes (rows) by periods (columns): a cell's colour, the theme's share of the period's
    labelled paragraphs; its number, the theme's paragraphs; no cell where it has none."""
    themes = theme_order(rows)
    time_unit = TIME_UNITS[grain]
    shares = period_shares(rows)
    # The tooltip's share is written here, not by Vega's ".0%", which read "100%" for some but not all of a week's.
    said = [{**r, "share": share, "share_said": share_text(share), "said": dot_said(r, grain)}
            for r, share in zip(rows, shares, strict=True)]
    data = inline_data([r for r in said if r["paragraphs"] > 0],
                       ["period", "theme", "paragraphs", "articles", "share", "share_said", "said"])
    periods = sorted({r["period"] for r in rows})
    # Every period has its column, one without labels too (a quiet week is a gap, not left out).
    title = time_axis_title(date_title, themes)
    axis = alt.Axis(labelExpr=f"utcFormat(datum.value, '{WEEK_FORMAT}')", labelAngle=THEME_LABEL_ANGLE,
                    labelOverlap=True, **title["axis"])
    x = alt.X("period:O", timeUnit=time_unit, title=title["title"], axis=axis,
              scale=alt.Scale(domain=[alt.DateTime(year=p.year, month=p.month, date=p.day, utc=True) for p in periods]))
    y = alt.Y("theme:N", sort=themes, title=None, axis=alt.Axis(**theme_label_settings(themes)))
    base = alt.Chart(data).encode(x=x, y=y)
    share = f"share of the {grain}'s labelled paragraphs"
    tooltip = [alt.Tooltip("period:T", timeUnit=time_unit, title=grain, format=WEEK_FORMAT),
               alt.Tooltip("theme:N", title="theme"), count_tip("paragraphs", "labelled paragraphs"),
               *([] if len(themes) == 1 else [alt.Tooltip("share_said:N", title=share)]),
               count_tip("articles", "articles")]
    colour, dark_cell = heatmap_colour(rows, len(themes), share, themes)
    cells = base.mark_rect().encode(color=colour, tooltip=tooltip, description=alt.Description("said:N"))
    # The numbers are the cells' own, which a screen reader hears from each cell: not said twice.
    numbers = base.mark_text(fontSize=10, aria=False).encode(
        text=alt.Text("paragraphs:Q", format=COUNT_FORMAT),
        color=alt.condition(dark_cell, alt.value("white"), alt.value("black")),
    )
    width = max(WIDTH, HEATMAP_COLUMN_PIXELS * len(periods))
    lines = max(len(theme_lines(theme)) for theme in themes)
    row = max(HEATMAP_ROW_PIXELS, THEME_LINE_PIXELS * lines + 8)
    return (cells + numbers).properties(width=width, height=row * len(themes)).to_dict()


def heatmap_colour(rows: Sequence[Row], themes: int, share: str, names: Sequence[str] = ()) -> tuple[alt.Color, str]:
    """Return a heatmap cell's colour, and the test of a cell dark enough for white numbers (`WHITE_FROM`).

    Several themes: the theme's share of the period's labelled paragraphs. One theme: its count, from 0 to the
    busiest period's; its share was 100 % in every cell, one colour that said nothing.
    """
    if themes == 1:
        most = max((r["paragraphs"] for r in rows), default=0) or 1
        # Whole counts, each once: a lake of one theme, two paragraphs a day at most, read "0 1 1 2 2". Above the
        # chart from its left edge, as the shares' legend: under the plot it began right of the theme's name, and
        # a 320-pixel phone's box cut its ramp and last count (the examples' `--top 1` page).
        legend = counts_legend(0, most, **legend_above("labelled paragraphs", left_pixels(names)))
        scale = alt.Scale(scheme="blues", domain=[0, most])
        dark_from = most * WHITE_FROM["blues"]
        return alt.Color("paragraphs:Q", scale=scale, legend=legend), f"datum.paragraphs >= {dark_from}"
    # Above the chart from its left edge (left of the rows' names, as the time axis's title), not under the plot:
    # there it began right of the names, and a 320-pixel phone's box cut it at "share of th" and 60% (its title
    # and ramp some 210 pixels, beside names of 150). From the edge it has the box's 292 pixels, whatever the names.
    legend = alt.Legend(format=".0%", values=[0, 0.25, 0.5, 0.75, 1], **legend_above(share, left_pixels(names)))
    # From a share of 0 up: a theme with one paragraph in a busy week is the palest blue, still seen against
    # the page (the scheme's lightest is no white), and its number says it is there.
    return (alt.Color("share:Q", scale=alt.Scale(scheme="blues", domain=[0, 1]), legend=legend),
            f"datum.share >= {WHITE_FROM['blues']}")


# How a period's date is shown, per grain (warehouse/report/over_time.py): a week by its first day,
# a decade or a century by its first year.
TIME_UNITS: dict[str, Literal["utcyearmonthdate", "utcyearmonth", "utcyearquarter", "utcyear"]] = {
    "day": "utcyearmonthdate", "week": "utcyearmonthdate", "month": "utcyearmonth", "quarter": "utcyearquarter",
    "year": "utcyear", "decade": "utcyear", "century": "utcyear",
}
DAY_GRAINS = ("day", "week")  # periods named by a day: "Sep 7, 2026" (WEEK_FORMAT)


def period_axis(rows: Sequence[Row], grain: str, **settings: Any) -> alt.Axis:
    """Return the time axis: for weeks, a tick at the start of each week counted; for days, one a day.

    Vega's own ticks fell on Sundays, or every other day over a few weeks, while the weeks start
    on Monday (DuckDB's date_trunc): each label named a day no period starts on. Too many labels
    to fit are thinned by Vega (labelOverlap), still on the weeks' first days. Over a few days, its
    own ticks would fall at noon too ("12 PM").

    >>> from datetime import date
    >>> period_axis([{"period": date(2026, 1, 5)}], "week").to_dict()["values"]
    [{'date': 5, 'month': 1, 'utc': True, 'year': 2026}]
    """
    if grain not in DAY_GRAINS:
        return alt.Axis(**settings)
    periods = sorted({r["period"] for r in rows})
    return alt.Axis(values=[alt.DateTime(year=p.year, month=p.month, date=p.day, utc=True) for p in periods],
                    format=WEEK_FORMAT, **settings)


def over_time_lines(rows: Sequence[Row], grain: str, date_title: str) -> dict | None:
    """Return a line chart of labelled paragraphs per theme per period (a dot where there are any)."""
    themes = theme_order(rows)
    # The periods are UTC dates (warehouse/report/over_time.py): read in UTC, whatever the viewer's zone.
    time_unit = TIME_UNITS.get(grain, "utcyearmonthdate")
    # What a screen reader says of each mark (time_marks): Vega's own text repeated the axis's title on every dot.
    lines = lines_said(rows, grain)
    said = [{**r, "said": dot_said(r, grain), "line_said": lines[r["theme"]]} for r in rows]
    data = inline_data(said, ["period", "theme", "paragraphs", "articles", "said", "line_said"])
    count = alt.Y("paragraphs:Q", title="labelled paragraphs", axis=count_axis(max(r["paragraphs"] for r in rows)))
    # The legend goes under the line, not beside it: right of 720 pixels, a phone showed the lines without it.
    legend = alt.Legend(orient="bottom", direction="vertical", columns=1, **theme_label_settings(themes))
    colour = alt.Color("theme:N", sort=themes, title="theme", legend=legend)
    when = alt.Tooltip("period:T", timeUnit=time_unit, title=grain,
                       format=WEEK_FORMAT if grain in DAY_GRAINS else alt.Undefined)
    tooltip = [when, alt.Tooltip("theme:N", title="theme"),
               count_tip("paragraphs", "labelled paragraphs"), count_tip("articles", "articles")]
    # The lines' legend is under the chart, not left of the axis: the title's room is the axis's own (no names).
    title = time_axis_title(date_title)
    base = alt.Chart().encode(
        x=alt.X("period:T", timeUnit=time_unit, title=title["title"], axis=period_axis(rows, grain, **title["axis"])),
        y=count, color=colour,
    )
    # A dot where a theme has labels, none on its zeros: a dot on each of a century's 121 years and ten themes drew
    # a band of beads over the axis, under the few years that had articles.
    dots = base.mark_point(filled=True, opacity=1).encode(tooltip=tooltip, description=alt.Description("said:N"))
    dots = dots.transform_filter("datum.paragraphs > 0")
    line = base.mark_line().encode(description=alt.Description("line_said:N"))
    return alt.layer(line, dots, data=data).properties(width=WIDTH, height=300).to_dict()
