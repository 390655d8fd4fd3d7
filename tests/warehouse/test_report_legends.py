"""The heatmaps' colour legends at a phone's width: each seen whole in its chart's box, without scrolling it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser import visit
from tests.warehouse.report_lake import ECONOMY, make_report_lake
from tests.warehouse.report_page import need_chromium, page_with_theme_named, renamed
from transforms.report.page import render_page
from warehouse.report import Window, read_report
from warehouse.report_files import write_page

# A theme's long name in capitals: the widest rows' names (co-occurrence) and slanted columns (both charts).
CAPITALS = "WORLD MARKETS, MONEY, WAGES, WEALTH, PRICES AND THE BANKS TOO"

# A chart's legend: each text's edges (its title's and the ramp's labels), the ramp's, and the chart's box.
_LEGEND = """(section) => { const box = document.querySelector(`#${section} div.chart`).getBoundingClientRect();
    const edges = e => { const r = e.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.right)]; };
    const legend = document.querySelector(`#${section} svg.marks .role-legend`);
    return {left: Math.round(box.left), right: Math.round(box.right),
            texts: [...legend.querySelectorAll('text')].map(t => [t.textContent, ...edges(t)]),
            ramp: edges(legend.querySelector('.role-legend-gradient path'))}; }"""


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    return make_report_lake(tmp_path_factory.mktemp("report-legends"))


@pytest.mark.slow
@pytest.mark.parametrize("width", [320, 390])
@pytest.mark.parametrize(("section", "title"), [("by-source", "labelled paragraphs"),
                                                ("cooccurrence", "shared paragraphs")])
def test_a_heatmaps_legend_is_seen_whole_in_its_charts_box(lake, tmp_path, section: str, title: str,
                                                             width: int) -> None:
    # Right of the heatmap, some 500 pixels wide, its legend was off a 320-pixel phone's box (bbc-dev's by-source
    # legend at 800 to 904 pixels, its co-occurrence's at 693 to 792): read only by scrolling the chart sideways.
    need_chromium()
    page = page_with_theme_named(lake, tmp_path, CAPITALS)
    seen: Any = visit(page, probe=f"() => ({_LEGEND})('{section}')", width=width).probed
    said = [text for text, _, _ in seen["texts"]]
    assert title in said and len(said) >= 2, seen  # its title and the counts it ramps to
    edges = [(left, right) for _, left, right in seen["texts"]] + [tuple(seen["ramp"])]
    assert all(seen["left"] <= left and right <= seen["right"] for left, right in edges), seen


@pytest.mark.slow
@pytest.mark.parametrize("width", [320, 390])
def test_a_one_theme_time_heatmaps_legend_is_seen_whole_in_its_charts_box(lake, tmp_path, width: int) -> None:
    # A time heatmap of one theme is coloured by its counts, its legend under the plot right of the theme's name:
    # at 320 pixels the examples' `--top 1` page drew its last count past the box's edge, a long name further still.
    need_chromium()
    report = read_report(lake, Window())
    over_time = report.sections["over_time"]
    one = {**over_time, "rows": [r for r in over_time["rows"] if r["theme"] == ECONOMY]}
    html = render_page(renamed({**report.sections, "over_time": one}, ECONOMY, CAPITALS), lake=report.lake,
                       made_at=report.made_at, since=None, until=None)
    page = write_page(tmp_path / "report.html", html)
    seen: Any = visit(page, probe=f"() => ({_LEGEND})('over-time')", width=width).probed
    said = [text for text, _, _ in seen["texts"]]
    assert "labelled paragraphs" in said and len(said) >= 2, seen
    edges = [(left, right) for _, left, right in seen["texts"]] + [tuple(seen["ramp"])]
    assert all(seen["left"] <= left and right <= seen["right"] for left, right in edges), seen
