"""The report page's theme names on the charts: written whole, on lines that fit a phone (headless Chromium)."""

from __future__ import annotations

import pytest

from tests.browser import visit
from tests.warehouse.report_lake import make_report_lake
from tests.warehouse.report_page import need_chromium, page_with_theme_named


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    return make_report_lake(tmp_path_factory.mktemp("report-page-theme_names"))


_LEGENDS = """() => [...document.querySelectorAll('[data-spec] svg .role-legend-label text')].map(t => t.textContent)"""


@pytest.mark.slow
def test_the_taxonomys_longest_theme_name_is_written_whole_on_the_charts(lake, tmp_path) -> None:
    # "disaster, accident and emergency incident", a theme of the bundled taxonomy, was cut to
    # "disaster, accident and emergency inci…" under the bars, heatmaps and in the legend.
    need_chromium()
    long_name = "disaster, accident and emergency incident"
    seen = visit(page_with_theme_named(lake, tmp_path, long_name), probe=_LEGENDS)
    labels = [label for _, labels in seen.axes for label in labels] + seen.probed
    assert labels.count(long_name) >= 4, labels  # the time line's legend, by source, co-occurrence's two axes
    assert not [label for label in labels if label.endswith("…")], labels


# Every text a chart draws, its lines joined by spaces, with its chart and its right edge; and the window's width.
_CHART_TEXTS = """() => ({window: document.documentElement.clientWidth,
    texts: [...document.querySelectorAll('[data-spec] svg text')].map(t => [
        t.closest('section').id,
        t.querySelectorAll('tspan').length ? [...t.querySelectorAll('tspan')].map(s => s.textContent).join(' ')
                                           : t.textContent,
        Math.round(t.getBoundingClientRect().right)])})"""


@pytest.mark.slow
def test_a_theme_name_longer_than_a_label_is_written_whole_on_lines_that_fit_a_phone(lake, tmp_path) -> None:
    # Names wider than 260 pixels were cut with "…" on every chart: two themes alike in their first words
    # could not be told apart, and the evidence's headings ran off a phone's screen.
    need_chromium()
    long_name = "armed conflict, wars, ceasefires, peace talks and the people displaced by them"
    seen = visit(page_with_theme_named(lake, tmp_path, long_name), probe=_CHART_TEXTS, width=390)
    drawn, window = seen.probed["texts"], seen.probed["window"]
    whole = [chart for chart, text, _ in drawn if text == long_name]
    # the time line's legend, by source, co-occurrence's two axes, the evidence's heading
    assert sorted(set(whole)) == ["by-source", "cooccurrence", "evidence", "over-time"] and len(whole) >= 5, drawn
    assert not [text for _, text, _ in drawn if text.endswith("…")], drawn
    assert all(right <= window for chart, text, right in drawn if chart == "evidence" and text == long_name), drawn


# The page's width, and where each text naming the theme ends: its heading over the examples (tables scroll in
# their boxes) and the charts' (a label of several lines is one text).
_NAMED = """(name) => ({page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth,
    html: [...document.querySelectorAll('h3')].filter(e => e.textContent.includes(name)).map(e => {
        const text = document.createRange(); text.selectNodeContents(e);
        return [e.tagName, Math.round(text.getBoundingClientRect().right)]; }),
    charts: [...document.querySelectorAll('[data-spec] svg text')].filter(t => t.textContent === name)
        .map(t => [t.closest('section').id, Math.round(t.getBoundingClientRect().right)])})"""


@pytest.mark.slow
def test_a_theme_name_of_one_long_word_is_broken_to_fit_a_phone(lake, tmp_path) -> None:
    # A one-word name of 66 characters was kept whole: its heading over the examples ran past a phone's screen
    # (the page scrolled sideways), so did its heading over its evidence and its line in the time line's legend.
    need_chromium()
    name = "economy_business_and_finance_markets_banks_trade_and_cost_of_livin"
    page = page_with_theme_named(lake, tmp_path, name)
    seen = visit(page, probe=f"() => ({_NAMED})({name!r})", width=390)
    named, window = seen.probed, seen.probed["window"]
    assert named["page"] <= window, named
    assert len(named["html"]) == 1 and all(right <= window for _, right in named["html"]), named
    charts = {chart for chart, _ in named["charts"]}
    assert {"over-time", "evidence"} <= charts, named  # drawn whole, on lines
    assert all(right <= window for chart, right in named["charts"] if chart in ("over-time", "evidence")), named
