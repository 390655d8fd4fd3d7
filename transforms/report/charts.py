"""The report's charts as Vega-Lite specs (built with altair), from the rows of warehouse/report's sections.

Each function takes a section's rows and returns a spec (a dict) with its data inlined, or None
when there is nothing to draw; the page embeds the specs and renders them with the Vega bundle.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any, Literal

import altair as alt

from transforms.report.legends import ROWS_TITLE_PIXELS, legend_above, names_pixels, slanted_names_pixels
from transforms.report.shares import share_text
from transforms.report.theme_labels import THEME_LABEL_ANGLE, theme_label_expr, theme_lines, theme_step

Row = Mapping[str, Any]
KIND_LABELS = {"term": "matched term", "semantic": "semantic"}
# The colours of the page's <mark>s for the two kinds of evidence (templates/report.html.j2).
KIND_COLOURS = {"term": "#f2c12e", "semantic": "#6aaed6"}
WIDTH = 720
# A source's name on the sources chart: lines of about 220 pixels (Vega's 10-pixel labels), each this tall.
SOURCE_LINE_CHARS = 36
SOURCE_LINE_PIXELS = 12


def theme_label_settings(themes: Sequence[str]) -> dict[str, Any]:
    """Return the label settings of an axis, legend or header of theme names: each written whole, a long one
    on several lines (theme_labels.py). A limit in pixels cut the bundled taxonomy's "disaster, accident and
    emergency incident" at 180, and at 260 a longer name of another taxonomy."""
    expr = theme_label_expr(themes)
    return {"labelLimit": 0, "labelExpr": expr if expr is not None else alt.Undefined}


def _slanted_theme_axis(themes: Sequence[str]) -> alt.Axis:
    """Return an x axis of theme names drawn slanted (their room per theme: theme_labels.theme_step), its title
    at the axis's left end: centred under a chart wider than a phone, "theme" was off the screen until the chart's
    box was scrolled, and the slanted names under the cells said nothing of what they were."""
    return alt.Axis(labelAngle=THEME_LABEL_ANGLE, titleAnchor="start", titleAlign="left",
                    **theme_label_settings(themes))


def json_value(value: Any) -> Any:
    """Return a value the spec's JSON can hold: dates as ISO strings, NaN and infinities as null
    (the page's JSON.parse refuses `Infinity`, and the chart would not draw).

    >>> json_value(date(2026, 1, 5)), json_value(3), json_value(float("inf"))
    ('2026-01-05', 3, None)
    """
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value.isoformat() if isinstance(value, date | datetime) else value


def inline_data(rows: Sequence[Row], columns: Sequence[str]) -> alt.Data:
    return alt.Data(values=[{c: json_value(r[c]) for c in columns} for r in rows])


# Vega asks d3 for at most (span / tickMinStep) + 1 ticks, and d3 steps those by 0.5 over a span of
# 1 or 2: counts of at most 2 read "0 1 1 2 2" (0.5 and 1.5 rounded by the format). Up to this
# count the ticks are the whole numbers themselves.
WHOLE_TICKS_UP_TO = 5


# Counts as the page's tables write them: whole, thousands separated ("1,800", where the axis read "1800").
COUNT_FORMAT = ",d"


def _whole_values(most: int, least: int = 0) -> list[int] | Any:
    return list(range(int(least), int(most) + 1)) if most - least <= WHOLE_TICKS_UP_TO else alt.Undefined


def count_axis(most: int) -> alt.Axis:
    """Return an axis of counts up to `most` that shows whole numbers only, each once.

    >>> count_axis(2).to_dict()["values"], "values" in count_axis(40).to_dict()
    ([0, 1, 2], False)
    """
    return alt.Axis(format=COUNT_FORMAT, tickMinStep=1, values=_whole_values(most))


def count_legend(rows: Sequence[Row], field: str = "paragraphs", **settings: Any) -> alt.Legend:
    """Return a heatmap's colour legend of counts: whole numbers only (the co-occurrence of a small lake read
    "1.0 1.5 2.0"), thousands separated.

    >>> count_legend([{"paragraphs": 1}, {"paragraphs": 2}]).to_dict()["values"]
    [1, 2]
    """
    counts = [r[field] for r in rows]
    return counts_legend(min(counts), max(counts), **settings)


def counts_legend(least: int, most: int, **settings: Any) -> alt.Legend:
    """Return a colour legend of counts from `least` to `most`: whole numbers, each once, thousands separated.

    >>> counts_legend(0, 2, title="labelled paragraphs").to_dict()["values"]
    [0, 1, 2]
    """
    return alt.Legend(format=COUNT_FORMAT, tickMinStep=1, values=_whole_values(most, least), **settings)


def count_tip(field: str, title: str) -> alt.Tooltip:
    return alt.Tooltip(f"{field}:Q", title=title, format=COUNT_FORMAT)


def theme_order(rows: Sequence[Row], name: str = "theme", rank: str = "rank") -> list[str]:
    return [t for _, t in sorted({(r[rank], r[name]) for r in rows})]


def by_source_chart(rows: Sequence[Row], source_title: str) -> dict | None:
    """Return a heatmap of labelled paragraphs per source and theme, or None without rows."""
    if not rows:
        return None
    themes = theme_order(rows)
    sources = list(dict.fromkeys(r["source"] for r in rows))
    # A source's name is written whole, a long one on lines of SOURCE_LINE_CHARS (a site's name broken after its
    # "." or "-"), each row as tall as the longest name's lines: cut at 220 pixels, two long sites of one group
    # ("the-long-regional-newspaper-of-record-for-the-north..." and "...-for-the-south...") read the same.
    expr = theme_label_expr(sources, SOURCE_LINE_CHARS)
    lines = max(len(theme_lines(s, SOURCE_LINE_CHARS)) for s in sources)
    # The share is written here, not by Vega's ".1%": 1,999 of 2,000 read "100.0%" (transforms/report/shares.py).
    said = [{**r, "share_said": share_text(r["share"])} for r in rows]
    base = alt.Chart(inline_data(said, ["source", "theme", "paragraphs", "share_said"])).encode(
        x=alt.X("theme:N", sort=themes, title="theme", axis=_slanted_theme_axis(themes)),
        # The sources' title heads their names, above them: written up the side, "site (top-level folder where none
        # is known)" was taller than a few sources' rows and pushed the chart down.
        y=alt.Y("source:N", sort=sources, title=source_title,
                axis=alt.Axis(labelLimit=0, labelExpr=expr if expr is not None else alt.Undefined, titleAngle=0,
                              titleAlign="right", titleBaseline="bottom", titleX=0, titleY=-6)),
    )
    heat = base.mark_rect().encode(
        # The legend above the chart from its left edge (legends.py): right of the plot, off a phone's box.
        color=alt.Color("paragraphs:Q", scale=count_scale(rows, "blues"), title="labelled paragraphs",
                        legend=count_legend(rows, **legend_above("labelled paragraphs", names_pixels(
                            sources, SOURCE_LINE_CHARS, source_title), ROWS_TITLE_PIXELS))),
        tooltip=[alt.Tooltip("source:N", title=source_title), alt.Tooltip("theme:N", title="theme"),
                 count_tip("paragraphs", "labelled paragraphs"),
                 alt.Tooltip("share_said:N", title="share of the source's labelled paragraphs")],
    )
    text = base.mark_text(fontSize=10).encode(text=alt.Text("paragraphs:Q", format=COUNT_FORMAT),
                                              color=count_colour(rows, "blues"))
    width = max(240, theme_step(themes, 60) * len(themes))
    row = max(22, SOURCE_LINE_PIXELS * lines + 8)
    return (heat + text).properties(width=width, height=max(80, row * len(sources))).to_dict()


# Where a colour scheme turns dark enough for white numbers: black reads below it and white from it, each at 4.5 to
# 1 or better (text's contrast in WCAG), measured on Vega's schemes. From the middle of the scale, white was drawn
# on a light blue or orange, 2.9 to 1.
Scheme = Literal["blues", "oranges"]
WHITE_FROM: dict[Scheme, float] = {"blues": 0.75, "oranges": 0.81}


def count_scale(rows: Sequence[Row], scheme: Scheme) -> alt.Scale:
    """Return a heatmap's colour scale of counts, from 0 to the largest: a count has its colour whatever the smallest
    is (from the smallest up, a source's 24 labelled paragraphs beside another's 36 were the palest blue, a cell that
    looked empty)."""
    return alt.Scale(scheme=scheme, domain=[0, max(r["paragraphs"] for r in rows)])


def count_colour(rows: Sequence[Row], scheme: Scheme) -> Any:
    """Return a heatmap's number colour: white where its cell is dark enough (`WHITE_FROM`), black elsewhere."""
    dark_from = max(r["paragraphs"] for r in rows) * WHITE_FROM[scheme]
    return alt.condition(f"datum.paragraphs >= {dark_from}", alt.value("white"), alt.value("black"))


COOCCURRENCE_TITLES = ("theme", "with theme")  # a cell's column and row: paragraphs labelled with both
# From this many themes the co-occurrence square is taller than a screen: its columns are named at its top too.
COLUMN_NAMES_TWICE_FROM = 12


def cooccurrence_chart(rows: Sequence[Row], top: Sequence[str] = ()) -> dict | None:
    """Return a heatmap of paragraphs shared by two themes, or None when none share one; each of `top` (rank order)
    has a row and column, blank if it shares none (one was left off the square, unsaid: the examples' sport)."""
    if not rows:
        return None
    themes = theme_order(rows, "theme_a", "rank_a")
    themes += [t for t in theme_order(rows, "theme_b", "rank_b") if t not in themes]
    themes = [*top, *(t for t in themes if t not in top)]
    domain = alt.Scale(domain=themes)
    # The axes say what a cell pairs, as its tooltip does: untitled, two lists of the same names gave no hint
    # that a cell counts paragraphs of both. The rows' title heads their names, as the sources' title does.
    # A big square names its columns over it too, slanted up from its top edge: the rows' title goes above them
    # (just over the square's corner it was drawn among them, bbc-dev's 16 themes), and the legend above it.
    top_names = slanted_names_pixels(themes) if len(themes) >= COLUMN_NAMES_TWICE_FROM else 0
    base = alt.Chart(inline_data(rows, ["theme_a", "theme_b", "paragraphs"])).encode(
        x=alt.X("theme_a:N", sort=themes, scale=domain, title=COOCCURRENCE_TITLES[0], axis=_slanted_theme_axis(themes)),
        y=alt.Y("theme_b:N", sort=themes, scale=domain, title=COOCCURRENCE_TITLES[1],
                axis=alt.Axis(titleAngle=0, titleAlign="right", titleBaseline="bottom", titleX=0,
                              titleY=-6 - top_names, **theme_label_settings(themes))),
    )
    # The legend above the chart from its left edge (legends.py), over the rows' title and a big square's top axis.
    above = ROWS_TITLE_PIXELS + top_names
    legend = count_legend(rows, **legend_above("shared paragraphs",
                                               names_pixels(themes, title=COOCCURRENCE_TITLES[1]), above))
    heat = base.mark_rect().encode(
        color=alt.Color("paragraphs:Q", scale=count_scale(rows, "oranges"), title="shared paragraphs",
                        legend=legend),
        tooltip=[alt.Tooltip("theme_a:N", title=COOCCURRENCE_TITLES[0]),
                 alt.Tooltip("theme_b:N", title=COOCCURRENCE_TITLES[1]),
                 count_tip("paragraphs", "shared paragraphs")],
    )
    # Black on the darkest oranges could not be read (the lake's commonest pairs).
    text = base.mark_text(fontSize=10).encode(text=alt.Text("paragraphs:Q", format=COUNT_FORMAT),
                                              color=count_colour(rows, "oranges"))
    side = max(160, theme_step(themes, 48) * len(themes))
    if len(themes) < COLUMN_NAMES_TWICE_FROM:
        return (heat + text).properties(width=side, height=side).to_dict()
    # A big square (`--top 40`: some 2,600 pixels) named its columns only at its foot, a few screens below the
    # first rows: they are named above it too, as a spreadsheet's frozen header would be.
    top_axis = alt.Axis(orient="top", labelAngle=-THEME_LABEL_ANGLE, **theme_label_settings(themes))
    text = text.encode(x=alt.X("theme_a:N", sort=themes, scale=domain, title=COOCCURRENCE_TITLES[0], axis=top_axis))
    return (heat + text).resolve_axis(x="independent").properties(width=side, height=side).to_dict()


def evidence_said(row: Row) -> str:
    """Return what a screen reader says of one evidence bar. Vega's own text, built from the encodings' titles,
    let the legend's "evidence" (the kind) overwrite the tooltip's "evidence" (the word): every bar read
    "evidence: semantic; ... found as: semantic", and never the word it stands for.

    >>> evidence_said({"theme": "politics", "term": "election", "kind": "semantic", "mentions": 1200})
    'politics: election, semantic evidence, 1,200 mentions'
    >>> evidence_said({"theme": "sport", "term": "goal", "kind": "term", "mentions": 1})
    'sport: goal, matched term, 1 mention'
    """
    kind = "semantic evidence" if row["kind"] == "semantic" else KIND_LABELS.get(row["kind"], row["kind"])
    mentions = row["mentions"]
    return f"{row['theme']}: {row['term']}, {kind}, {mentions:,} mention{'' if mentions == 1 else 's'}"


def evidence_chart(rows: Sequence[Row]) -> dict | None:
    """Return bar charts of each theme's top evidence terms, matched terms and semantic evidence coloured apart.

    Each theme has its own scale and axis: on one scale for all, a small theme's bars were a few pixels
    beside the first theme's hundreds, and the axis was at the grid's foot. Every scale reaches at least
    WHOLE_TICKS_UP_TO, so that a theme of one or two mentions is still ticked in whole numbers.
    """
    if not rows:
        return None
    themes = theme_order(rows)
    data = [{**r, "kind": KIND_LABELS.get(r["kind"], r["kind"]), "said": evidence_said(r)} for r in rows]
    # The legend names the kinds these themes have: it showed "semantic" in blue for a lake without any.
    kinds = [k for k in KIND_LABELS if any(r["kind"] == k for r in rows)]
    stacked: dict[tuple[str, str], int] = {}  # a term's bar: its matched and semantic mentions stacked
    for r in rows:
        stacked[r["theme"], r["term"]] = stacked.get((r["theme"], r["term"]), 0) + r["mentions"]
    bars = (
        alt.Chart()
        .mark_bar()
        .encode(
            x=alt.X("mentions:Q", title="mentions", axis=count_axis(max(WHOLE_TICKS_UP_TO, *stacked.values())),
                    scale=alt.Scale(domain=alt.DomainUnionWith(unionWith=[0, WHOLE_TICKS_UP_TO]))),
            y=alt.Y("term:N", sort="-x", title=None),
            color=alt.Color(
                "kind:N", title="evidence",
                scale=alt.Scale(domain=[KIND_LABELS[k] for k in kinds], range=[KIND_COLOURS[k] for k in kinds]),
                legend=alt.Legend(orient="top"),  # beside a phone's one column, it was off the screen
            ),
            description=alt.Description("said:N"),
            tooltip=[alt.Tooltip("theme:N", title="theme"), alt.Tooltip("term:N", title="evidence"),
                     alt.Tooltip("kind:N", title="found as"), count_tip("mentions", "mentions"),
                     alt.Tooltip("weight:Q", title="weight (summed over its mentions)", format=",.2f")],
        )
        .properties(width=260, height=alt.Step(14))
    )
    chart = alt.FacetChart(
        data=inline_data(data, ["theme", "term", "kind", "mentions", "weight", "said"]),
        spec=bars,
        facet=alt.Facet("theme:N", sort=themes, title=None,
                        header=alt.Header(labelFontWeight="bold", **theme_label_settings(themes))),
        columns=2,
    ).resolve_scale(x="independent", y="independent")
    return chart.to_dict()
