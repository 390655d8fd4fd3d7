"""The report page of a tiny lake as a whole: what it says, and what it does in a real browser (headless Chromium):
offline, keyboard, print, screen reader, dark mode, a page with nothing to chart."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.browser import visit
from tests.warehouse.report_lake import ECONOMY, SOCIETY, WAR, make_report_lake
from tests.warehouse.report_page import need_chromium, page_of
from transforms.formats import FormatError, ReadOptions, read_articles
from transforms.formats.base import THEMELAKE_REPORT
from warehouse import lake as lakes
from warehouse.report import Window, read_report
from warehouse.report_files import report_page, write_page


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    return make_report_lake(tmp_path_factory.mktemp("report-page-page"))


@pytest.mark.slow
def test_page_shows_themes_evidence_marks_and_taxonomy_with_no_remote_script(lake) -> None:
    html = page_of(lake)
    for name in (WAR, ECONOMY, SOCIETY):
        assert name in html
    assert '<mark title="war">war</mark> goes on and <mark title="troops">troops</mark>' in html
    assert '<mark class="semantic" title="afford">afford</mark>' in html
    assert 'href="https://example.org/war1"' in html and 'href="file:///in/desk/commentary/port.txt"' in html
    assert "report test" in html and "no places recorded" not in html.lower()
    assert "Kyiv" in html and "Geneva" in html
    assert "(ingested; publication date unknown)" in html
    assert "<b>1</b><span>file quarantined, and 1 record</span>" in html  # one file and one record, apart
    assert "week published (3 articles without a publication date left out)" in html
    assert not re.search(r"<script[^>]+src=", html) and "cdn.jsdelivr" not in html
    assert len(html) < 5_000_000


@pytest.mark.slow
def test_the_page_says_themelake_made_it_and_a_run_over_it_does_not_read_it_as_an_article(lake) -> None:
    # `themelake run LAKE/reports` read the report's pages as articles, their counts and quotes labelled.
    html = report_page(read_report(lake, Window()))
    generator = re.search(r'<meta name="generator" content="([^"]*)">', html)
    assert generator is not None and re.fullmatch(r"themelake \S+", generator.group(1))
    with pytest.raises(FormatError) as raised:
        read_articles(html.encode(), "html", ReadOptions())
    assert raised.value.reason == THEMELAKE_REPORT and generator.group(1) in raised.value.detail


@pytest.mark.slow
def test_every_box_that_scrolls_can_take_the_keyboards_focus_and_is_named(lake) -> None:
    # Safari gives a scrolling box no focus of its own: its keyboard users could not scroll a wide table or chart.
    boxes = re.findall(r'<div class="(?:table|chart)"[^>]*>', page_of(lake))
    assert len(boxes) >= 8  # five tables, the quarantine's two, and the charts
    for box in boxes:
        assert 'tabindex="0"' in box and 'role="region"' in box and re.search(r'aria-label="[^"]+"', box), box


@pytest.mark.slow
def test_page_says_no_places_recorded_when_there_are_none(tmp_path) -> None:
    assert "No places recorded" in page_of(make_report_lake(tmp_path, places=False))


@pytest.mark.parametrize(
    ("case", "says"),
    [
        ("empty", "The lake holds no articles yet"),
        ("unlabelled", "No paragraph of these articles has a theme label"),
        # Articles in a language the taxonomy does not declare: relabelling with it would label none of them.
        # The lake does not know which languages its taxonomy declares: the notice does not say it is English's.
        ("unlabelled French", "They are in other languages than English (fr: 7 articles)"),
        ("window", "No article in the lake is dated 2025-01-01 to 2025-01-31"),
    ],
)
@pytest.mark.slow
def test_pages_without_anything_to_chart_say_why(tmp_path, case, says) -> None:
    if case == "empty":
        lakes.commit(tmp_path, {})
        html = page_of(tmp_path)
    elif case == "unlabelled":
        html = page_of(make_report_lake(tmp_path, labels=False))
        assert "other languages than English (" not in html
    elif case == "unlabelled French":
        html = page_of(make_report_lake(tmp_path, labels=False, language="fr"))
        assert "relabel --taxonomy FILE" in html and "If this taxonomy's are not theirs" in html
    else:
        html = page_of(make_report_lake(tmp_path), Window(date(2025, 1, 1), date(2025, 1, 31)))
    assert says in html
    assert "data-spec" not in html and "<mark" not in html


@pytest.mark.slow
def test_report_renders_in_chromium_offline_without_errors(lake, tmp_path) -> None:
    need_chromium()
    page = write_page(tmp_path / "report.html", page_of(lake))
    seen = visit(page, screenshot=tmp_path / "report.png")
    assert seen.charts == 4  # over time, by source, co-occurrence, evidence terms
    assert seen.charts_rendered == seen.charts and seen.charts_with_marks == seen.charts
    assert seen.remote_requests == [] and seen.errors == []
    for name in (WAR, ECONOMY, SOCIETY):
        assert name in seen.text
    assert "Tone by theme" in seen.text and "USD 4.5bn" in seen.text  # the enrichments' tables, drawn
    assert seen.marks >= 10  # the examples' evidence, 2 per war example alone
    assert (tmp_path / "report.png").stat().st_size > 10_000


# How wide the page is drawn, and how wide each chart's box and its drawing are.
_WIDTHS = """() => ({page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth,
    charts: [...document.querySelectorAll('[data-spec]')].map(h => [h.clientWidth, h.scrollWidth])})"""


@pytest.mark.slow
def test_a_chart_wider_than_the_window_scrolls_in_its_box_not_the_page(lake, tmp_path) -> None:
    # Vega-Embed made each chart's box as wide as its drawing: a wide chart (many themes, a narrow
    # window) ran out of the page's column and the whole page scrolled sideways.
    need_chromium()
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_WIDTHS, width=700)
    widths = seen.probed
    assert widths["page"] <= widths["window"], widths
    assert any(drawn > box for box, drawn in widths["charts"]), widths  # the time line is wider: it scrolls


# On paper, as wide as A4 within Chromium's margins: which chart or table boxes are cut, and whether the
# evidence's highlights and tone's bars (background colours, which print drops unless told) are printed.
_PRINTED = """() => ({cut: [...document.querySelectorAll('div.chart, div.table')]
        .filter(box => box.scrollWidth > box.clientWidth + 1).map(box => box.closest('section').id),
    page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth,
    colours: [...document.querySelectorAll('mark, .tone-bar i')].map(e => getComputedStyle(e).printColorAdjust)})"""


@pytest.mark.slow
def test_a_printed_page_cuts_no_chart_or_table_and_keeps_its_highlights(lake, tmp_path) -> None:
    # Printed, the charts and tables wider than the paper were cut at its edge (a box that scrolls on
    # screen cannot on paper): the time line's last weeks, the heatmaps' legends; and the evidence's
    # <mark>s and tone's bars, background colours, were printed blank.
    need_chromium()
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_PRINTED, width=718, media="print")
    printed = seen.probed
    assert printed["cut"] == [] and printed["page"] <= printed["window"], printed
    assert printed["colours"] and set(printed["colours"]) == {"exact"}, printed["colours"]


_CHART_NAMES = """() => [...document.querySelectorAll('div.chart')].map(
  d => [d.closest('section').querySelector('h2').textContent, d.getAttribute('aria-label')])"""


@pytest.mark.slow
def test_a_screen_reader_is_told_what_each_chart_shows(lake, tmp_path) -> None:
    # Every chart's name was "Vega visualization": a screen reader heard four charts of that name.
    need_chromium()
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_CHART_NAMES)
    assert len(seen.probed) == 4
    for heading, label in seen.probed:
        assert label.startswith(f"{heading}: ") and len(label) > len(heading) + 20  # its heading and its note


# Every text the page draws in HTML (not a heatmap cell's number, which reads on its cell's colour), and each chart's
# axis and legend text on its card: its contrast with the background it sits on (the nearest opaque one).
_CONTRASTS = r"""() => {
  const parse = c => {
    const v = (c.match(/rgba?\(([^)]+)\)/) || [, ''])[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
    return v.length ? (v.length > 3 ? v : [...v, 1]) : null;
  };
  const linear = x => { x /= 255; return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; };
  const lum = ([r, g, b]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  const ground = el => {
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0.5) return c;
    }
    return [255, 255, 255, 1];
  };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const seen = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('svg, .visually-hidden') || !el.getClientRects().length) continue;
    if ([...el.childNodes].some(t => t.nodeType === 3 && t.textContent.trim()))
      seen.push([el.textContent.trim().slice(0, 40), ratio(parse(getComputedStyle(el).color), ground(el))]);
  }
  for (const t of document.querySelectorAll('div.chart svg text'))
    if (!t.closest('.role-mark'))
      seen.push([t.textContent, ratio(parse(getComputedStyle(t).fill), ground(t.closest('div.chart')))]);
  return {seen, page: getComputedStyle(document.querySelector('main')).backgroundColor};
}"""


@pytest.mark.slow
def test_a_reader_who_prefers_dark_gets_a_dark_page_whose_every_text_reads(lake, tmp_path) -> None:
    need_chromium()
    path = write_page(tmp_path / "page.html", page_of(lake))
    for scheme, dark in (("dark", True), ("light", False)):
        probed = visit(path, probe=_CONTRASTS, color_scheme=scheme).probed
        assert isinstance(probed, dict) and len(probed["seen"]) > 100
        red, green, blue = (int(v) for v in probed["page"][4:-1].split(", ")[:3])
        assert (red + green + blue < 3 * 64) is dark, (scheme, probed["page"])
        faint = [(text, round(r, 2)) for text, r in probed["seen"] if r < 4.5]
        assert not faint, (scheme, faint[:10])
