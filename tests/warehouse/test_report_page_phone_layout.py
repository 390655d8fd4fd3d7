"""A phone's width: the header's facts wrap between them, a theme's group row is read whole, a chart says it scrolls."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.browser import visit
from tests.warehouse.report_lake import make_report_lake
from tests.warehouse.report_page import need_chromium
from transforms.report.page import render_page
from warehouse.report import Window, read_report
from warehouse.report_files import write_page

LONG_LAKE = "/home/editor/projects/newsroom-archive-2026/autumn-wire-coverage/lake"


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    return make_report_lake(tmp_path_factory.mktemp("layout"))


def page_at(lake, tmp_path, taxonomy: str = "iptc-media-topics"):
    """The test lake's page, its taxonomy named as the bundled one is: a name of hyphenated words."""
    report = read_report(lake, Window())
    themes = report.sections["themes"]
    named = {**themes, "taxonomy": {**themes["taxonomy"], "name": taxonomy, "version": "b18a317a77ba"}}
    html = render_page({**report.sections, "themes": named}, lake=LONG_LAKE, made_at=report.made_at,
                       since=None, until=None)
    return html, write_page(tmp_path / "report.html", html)


# Each of the header's facts: its text, how many lines its words take (a box starting 8 px or more below the one
# before: a name's code and its label differ by a pixel or two), and whether it stays on the screen.
_FACTS = """() => [...document.querySelectorAll('header .meta .fact')].map(f => ({
    text: f.textContent.replace(/\\s+/g, ' ').trim(),
    lines: (() => { const r = document.createRange(); r.selectNodeContents(f);
                    const tops = [...r.getClientRects()].map(x => x.top).sort((a, b) => a - b);
                    return tops.filter((t, i) => i === 0 || t > tops[i - 1] + 8).length; })(),
    within: f.getBoundingClientRect().right <= document.documentElement.clientWidth }))"""


@pytest.mark.slow
@pytest.mark.parametrize("width", [320, 390, 1280])
def test_the_headers_facts_wrap_between_them_never_inside_a_word(lake, tmp_path, width) -> None:
    # At 390 px the header's facts ran on as one sentence over three lines, broken inside the taxonomy's hyphenated
    # name ("taxonomy iptc-" / "media-topics, version …"): each fact is a labelled item on one line of its own.
    need_chromium()
    _, page = page_at(lake, tmp_path)
    facts: Any = visit(page, probe=_FACTS, width=width).probed
    labels = [f["text"].split(" ")[0] for f in facts]
    assert labels == ["Lake", "taxonomy", "version", "articles", "made"], facts
    assert "iptc-media-topics" in facts[1]["text"], facts
    assert all(f["lines"] == 1 and f["within"] for f in facts), facts


def test_the_headers_facts_say_what_they_did(lake, tmp_path) -> None:
    # Laid out as items, the header still reads as it did: the lake, the taxonomy and its version, the dates, made.
    html, _ = page_at(lake, tmp_path)
    header = re.sub(r"<[^>]+>", "", html.split("<header>")[1].split("</header>")[0])
    said = " ".join(header.split())
    assert "Lake …/autumn-wire-coverage/lake taxonomy iptc-media-topics version b18a317a77ba articles dated any time" \
        in said, said


# Each theme group row's text (a theme's name and its count) against its table box's visible part, at the box's start
# and after scrolling it to its end.
_GROUPS = """() => [...document.querySelectorAll('div.table')].filter(d => d.querySelector('tr.theme-group')).map(d => {
    const seen = () => { const box = d.getBoundingClientRect(), right = Math.min(box.right, innerWidth);
        return [...d.querySelectorAll('tr.theme-group th')].map(th => {
            const r = document.createRange(); r.selectNodeContents(th); const rects = [...r.getClientRects()];
            const within = rects.every(x => x.left >= box.left - 1 && x.right <= right + 1);
            return {text: th.textContent, within}; }); };
    const start = seen(); d.scrollLeft = d.scrollWidth; const end = seen(); d.scrollLeft = 0;
    return {label: d.getAttribute('aria-label'), scrolls: d.scrollWidth > d.clientWidth + 1, start, end}; })"""


@pytest.mark.slow
@pytest.mark.parametrize("width", [320, 390])
def test_a_theme_group_rows_text_wraps_within_what_a_phone_shows(lake, tmp_path, width) -> None:
    # A group row spans its table's width: at a phone's width its text ran under the screen's edge ("economy, business
    # and finance of its 480 articl…"). It wraps within the box's visible width, and stays there as the table scrolls.
    need_chromium()
    _, page = page_at(lake, tmp_path)
    tables: Any = visit(page, probe=_GROUPS, width=width).probed
    assert any(t["scrolls"] for t in tables), "no grouped table scrolls at a phone's width: the test sees no cut"
    for t in tables:
        assert all(g["within"] for g in t["start"] + t["end"]), t


# Every chart box that scrolls: its shades' layer (whether each shows, where the left one starts against the box, the
# right one's distance from the box's right edge, whether the layer spans the drawing), at the box's start and scrolled
# to its end; the width of the rows' names kept at its left, and its card's colour.
_CHARTS = """() => [...document.querySelectorAll('div.chart')].filter(d => d.scrollWidth > d.clientWidth + 1).map(d => {
    const layer = d.querySelector(':scope > div.chart-edges > div');
    const names = d.querySelector(':scope > div.row-names > div');
    const seen = () => { if (!layer) return null;
        const box = d.getBoundingClientRect(), l = layer.getBoundingClientRect();
        const before = getComputedStyle(layer, '::before'), after = getComputedStyle(layer, '::after');
        return {left: +before.opacity, right: +after.opacity, leftAt: l.left + parseFloat(before.left) - box.left,
                rightGap: Math.abs(l.right - (box.left + d.clientWidth)),
                spans: l.height >= d.querySelector('svg.marks').getBoundingClientRect().height - 1,
                above: +getComputedStyle(layer.parentElement).zIndex > (names ? 1 : 0) }; };
    const start = seen(); d.scrollLeft = d.scrollWidth; d.dispatchEvent(new Event('scroll')); const end = seen();
    return {label: d.getAttribute('aria-label'), names: names ? names.offsetWidth : 0, start, end,
            card: getComputedStyle(d).backgroundColor}; })"""


@pytest.mark.slow
@pytest.mark.parametrize("width", [320, 390])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_chart_cut_at_a_phones_edge_shows_a_shade_where_it_scrolls(lake, tmp_path, width, scheme) -> None:
    # A chart wider than a phone (the time line, the heatmaps) had its shades as its box's background, under the
    # drawing: a heatmap's cells reaching the right edge covered the right one, the rows' names kept at the left edge
    # covered the left one. The shades lie over the drawing and the names, the left one at the names' right edge, each
    # shown while the chart goes on that way. The card is white in light and dark alike.
    need_chromium()
    _, page = page_at(lake, tmp_path)
    charts: Any = visit(page, probe=_CHARTS, width=width, color_scheme=scheme).probed
    assert charts, "no chart scrolls at a phone's width: the test no longer sees the cut"
    assert any(c["names"] for c in charts), "no scrolling chart keeps its rows' names: the left shade is not seen"
    for c in charts:
        start, end = c["start"], c["end"]
        assert start and end, c
        assert (start["left"], start["right"], end["left"], end["right"]) == (0, 1, 1, 0), c
        assert start["rightGap"] <= 1 and abs(end["leftAt"] - c["names"]) <= 1, c
        assert start["spans"] and start["above"], c
        assert c["card"] == "rgb(255, 255, 255)", c


# Every chart box after the window's resize: whether it scrolls, its shades' layer's width against the box's, and
# whether the right shade is on.
_RESIZED = """() => [...document.querySelectorAll('div.chart')].map(d => {
    const layer = d.querySelector(':scope > div.chart-edges > div');
    return {scrolls: d.scrollWidth > d.clientWidth + 1, box: d.clientWidth,
            layer: layer ? layer.getBoundingClientRect().width : null, right: d.hasAttribute('data-more-right')}; })"""


@pytest.mark.slow
@pytest.mark.parametrize(("width", "resize_to"), [(390, 844), (390, 320), (1280, 390)],
                         ids=["phone turned sideways", "narrower phone", "window narrowed to a phone"])
def test_a_charts_shades_follow_its_box_when_the_window_is_resized(lake, tmp_path, width, resize_to) -> None:
    # The layer was measured once: a phone turned sideways kept its 362-pixel layer, the right shade shown mid-chart
    # though the chart no longer scrolled; a window narrowed until a chart scrolled had no shade on it at all.
    need_chromium()
    _, page = page_at(lake, tmp_path)
    charts: Any = visit(page, probe=_RESIZED, width=width, resize_to=resize_to).probed
    assert charts and (resize_to > width or any(c["scrolls"] for c in charts)), charts
    for c in charts:
        if c["scrolls"]:
            assert c["layer"] is not None and abs(c["layer"] - c["box"]) <= 1 and c["right"], c
        else:
            assert not c["right"], c


# The top themes' first four columns (rank, name, paragraphs, articles): each cell's right edge against the box's,
# and each name's cell against its longest word drawn whole.
_TOP_THEMES = """() => { const box = document.querySelector('#themes div.table');
    const edge = box.getBoundingClientRect().right;
    const rows = [...box.querySelectorAll('tr')];
    const out = Math.max(...rows.flatMap(r => [...r.children].slice(0, 4).map(c => c.getBoundingClientRect().right)));
    const names = [...box.querySelectorAll('td.theme-name summary')].map(s => {
        const word = document.createElement('span'); word.style.whiteSpace = 'nowrap';
        const longest = s.textContent.split(/\\s+/).sort((a, b) => b.length - a.length)[0];
        word.textContent = longest; s.appendChild(word); const w = word.getBoundingClientRect().width; word.remove();
        return {name: s.textContent, word: w, cell: s.getBoundingClientRect().width}; });
    return {edge, out, names}; }"""


@pytest.mark.slow
@pytest.mark.parametrize("width", [320, 390])
def test_a_phone_sees_each_top_themes_paragraphs_and_articles(lake, tmp_path, width) -> None:
    # On a 390-pixel phone the articles column was off the box's right edge while the note under the table quotes
    # articles: the rank, the name (its words whole) and both counts are seen, six-digit counts included.
    need_chromium()
    report = read_report(lake, Window())
    themes = report.sections["themes"]
    top = [{**t, "paragraphs": 123_456 + t["paragraphs"], "articles": 12_345 + t["articles"]} for t in themes["top"]]
    html = render_page({**report.sections, "themes": {**themes, "top": top}}, lake=LONG_LAKE,
                       made_at=report.made_at, since=None, until=None)
    seen: Any = visit(write_page(tmp_path / "report.html", html), probe=_TOP_THEMES, width=width).probed
    assert seen["out"] <= seen["edge"] + 0.5, seen
    assert seen["names"] and all(n["cell"] >= n["word"] - 0.5 for n in seen["names"]), seen
