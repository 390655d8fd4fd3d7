"""The time chart's axis title: its date alone, under the axis, every word of it seen in the chart's box."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from tests.browser import visit
from tests.warehouse.report_lake import add_article, make_report_lake
from tests.warehouse.report_page import need_chromium, page_of, page_with_theme_named
from transforms.report.page import make_charts
from warehouse.report import Window, read_report
from warehouse.report_files import write_page

# The time chart's axis titles: each line's text and its left and right edges; the chart's box's edges, and the left
# edge of its first column of cells.
_TIME_TITLE = """() => { const box = document.querySelector('#over-time div.chart').getBoundingClientRect();
    const lines = [...document.querySelectorAll('#over-time svg.marks .role-axis-title text')].flatMap(t => {
        const spans = t.querySelectorAll('tspan');
        return [...(spans.length ? spans : [t])].map(s => { const r = s.getBoundingClientRect();
            return {text: s.textContent, left: Math.round(r.left), right: Math.round(r.right)}; }); });
    const cells = [...document.querySelectorAll('#over-time svg.marks .mark-rect path')];
    return {left: Math.round(box.left), right: Math.round(box.right), lines,
            first_cell: Math.round(Math.min(...cells.map(c => c.getBoundingClientRect().left)))}; }"""


@pytest.fixture(scope="module")
def long_titled_lake(tmp_path_factory):
    # Unlabelled articles dated before and after the labelled weeks (a wire feed's other languages, say) make the
    # axis's title name them, beside the articles without a publication date it leaves out: some 170 characters.
    lake = make_report_lake(tmp_path_factory.mktemp("report-time-title"))
    for n, day in enumerate((date(2025, 11, 3), date(2026, 6, 1))):
        add_article(lake, f"weather/day{n}.txt", f"Weather {n}\n\nMild and dry all weekend.\n", day)
    return lake


def _time_axis_titles(spec: Any) -> list[Any]:
    """Every x encoding's title in a chart's spec, its layers' too."""
    if isinstance(spec, dict):
        x = spec.get("encoding", {}).get("x", {})
        return ([x["title"]] if "title" in x else []) + [t for v in spec.values() for t in _time_axis_titles(v)]
    return [t for v in spec for t in _time_axis_titles(v)] if isinstance(spec, list) else []


def test_the_time_axis_is_titled_by_its_date_alone_and_the_note_says_what_it_leaves_out(long_titled_lake) -> None:
    # The axis's title named what the chart leaves out, some 170 characters: at 1280 pixels it was wrapped on three
    # lines at the chart's bottom left, the note's words again. The axis says what its columns are; the note, once,
    # what is left out.
    chart = next(c for c in make_charts(read_report(long_titled_lake, Window()).sections) if c.id == "over-time")
    assert set(_time_axis_titles(chart.spec)) == {"week published"}, _time_axis_titles(chart.spec)
    assert "(3 articles without a publication date left out; " in chart.note, chart.note
    assert "before the first or after the last labelled paragraph, left out)" in chart.note, chart.note


@pytest.mark.slow
@pytest.mark.parametrize("width", [1280, 390, 320])
def test_the_time_axis_title_starts_under_the_axis_and_is_seen_in_the_charts_box(long_titled_lake, tmp_path,
                                                                                  width: int) -> None:
    # Drawn from the chart's left edge, under the rows' names, the title sat at the chart's bottom left at 1280
    # pixels, not under the weeks it names: it starts under the axis, its first column, and a phone sees it whole.
    need_chromium()
    page = page_of(long_titled_lake)
    seen: Any = visit(write_page(tmp_path / "report.html", page), probe=_TIME_TITLE, width=width).probed
    assert [line["text"] for line in seen["lines"]] == ["week published"], seen
    line = seen["lines"][0]
    assert seen["first_cell"] - 1 <= line["left"] and line["right"] <= seen["right"], seen


# A theme's name of 61 characters in capitals, written on two lines left of the rows: the widest names the axis title
# is drawn beside.
CAPITALS = "WORLD MARKETS, MONEY, WAGES, WEALTH, PRICES AND THE BANKS TOO"


@pytest.mark.slow
@pytest.mark.parametrize("width", [320, 390])
def test_the_time_axis_title_is_seen_whole_at_a_phones_width_beside_a_long_theme_name_in_capitals(
        long_titled_lake, tmp_path, width: int) -> None:
    # Its lines started right of the rows' names, and were as long as a guess of 5.5 pixels a character allowed:
    # capitals are 7.6, and the lines ran out of the box by 80 pixels at 390 (at 320, with any names).
    need_chromium()
    page = page_with_theme_named(long_titled_lake, tmp_path, CAPITALS)
    seen: Any = visit(page, probe=_TIME_TITLE, width=width).probed
    lines = seen["lines"]
    assert [line["text"] for line in lines] == ["week published"], seen
    assert all(seen["left"] <= line["left"] and line["right"] <= seen["right"] for line in lines), seen


# Every chart's axis titles (the charts' own, svg.marks), each with its chart's box, the box unscrolled.
_AXIS_TITLES = """() => [...document.querySelectorAll('div.chart')].flatMap(h => {
    const box = h.getBoundingClientRect();
    return [...h.querySelectorAll('svg.marks .role-axis-title text')].map(t => { const r = t.getBoundingClientRect();
        return {chart: h.closest('section').id, text: t.textContent, left: Math.round(r.left),
                right: Math.round(r.right), box: [Math.round(box.left), Math.round(box.right)]}; }); })"""


@pytest.mark.slow
def test_every_charts_axis_titles_are_seen_in_its_box_at_a_phones_width(long_titled_lake, tmp_path) -> None:
    # A chart wider than a phone scrolls in its box; its axis's title "theme", centred under it, was off the screen
    # until the box was scrolled: the slanted names under the cells said nothing of what they were.
    need_chromium()
    page = page_of(long_titled_lake)
    titles: Any = visit(write_page(tmp_path / "report.html", page), probe=_AXIS_TITLES, width=390).probed
    assert {t["chart"] for t in titles} >= {"over-time", "by-source", "cooccurrence"}, titles
    cut = [t for t in titles if not t["box"][0] <= t["left"] <= t["right"] <= t["box"][1]]
    assert not cut, cut


# The time heatmap's legend: each text's left and right edges (its title and the ramp's labels), and the chart's box.
_LEGEND = """() => { const box = document.querySelector('#over-time div.chart').getBoundingClientRect();
    return {left: Math.round(box.left), right: Math.round(box.right),
            texts: [...document.querySelectorAll('#over-time svg.marks .role-legend text')].map(t => {
                const r = t.getBoundingClientRect();
                return [t.textContent, Math.round(r.left), Math.round(r.right)]; })}; }"""


@pytest.mark.slow
@pytest.mark.parametrize("width", [320, 390])
def test_the_time_heatmaps_legend_is_seen_whole_in_the_charts_box(long_titled_lake, tmp_path, width: int) -> None:
    # Under the plot, right of the rows' names, the legend's title and ramp were cut at a 320-pixel box's right
    # edge: "share of th" and the ramp to 60%; beside a long name in capitals, at 390 too.
    need_chromium()
    page = page_with_theme_named(long_titled_lake, tmp_path, CAPITALS)
    seen: Any = visit(page, probe=_LEGEND, width=width).probed
    said = [text for text, _, _ in seen["texts"]]
    assert "share of the week's labelled paragraphs" in " ".join(said) and "100%" in said, seen
    assert all(seen["left"] <= left and right <= seen["right"] for _, left, right in seen["texts"]), seen
