"""The report page's charts (time, sources, co-occurrence, evidence): their notes, axes and titles, and how they
read at a phone's width (headless Chromium)."""

from __future__ import annotations

import re
from datetime import date, datetime
from html import unescape
from typing import Any

import pytest

from tests.browser import visit
from tests.warehouse import report_lake
from tests.warehouse.report_lake import ECONOMY, SOCIETY, WAR, add_article, add_old_article, make_report_lake
from tests.warehouse.report_page import need_chromium, page_of, section_note, section_of
from transforms.report.page import render_page
from warehouse.report import Window, read_report
from warehouse.report_files import write_page


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    return make_report_lake(tmp_path_factory.mktemp("report-page-charts"))


def test_a_lake_without_semantic_evidence_is_not_told_of_it(lake) -> None:
    # The note over what carries each theme spoke of semantic evidence, and its legend showed a blue "semantic",
    # for a lake whose labels have none.
    report = read_report(lake, Window())
    assert "semantic evidence" in section_note(page_of(lake), "evidence")
    sections = {**report.sections, "evidence": [r for r in report.sections["evidence"] if r["kind"] != "semantic"],
                "examples": [e for e in report.sections["examples"]
                             if all(ev["kind"] != "semantic" for ev in e["evidence"])]}
    html = render_page(sections, lake=report.lake, made_at=report.made_at, since=None, until=None)
    assert "semantic" not in section_note(html, "evidence") and "semantic" not in section_note(html, "why")
    spec = html.split('id="spec-evidence">')[1].split("</script>")[0]
    assert '"matched term"' in spec and '"semantic"' not in spec


@pytest.mark.slow
def test_the_sources_figure_says_what_it_counts_and_the_chart_says_whom_it_leaves_out(lake) -> None:
    # "3 sources" counted a site and two folders, and the chart of sources showed 2 of them, unsaid.
    html = page_of(lake)
    assert '<div class="stat" id="sources"><b>3</b><span>sources: 1 site, 2 top-level folders where none is known'\
        '</span></div>' in html
    assert "1 more source has no paragraph labelled with these themes." in html  # desk's quiet.txt


@pytest.mark.slow
def test_a_page_of_one_theme_says_co_occurrence_needs_two(lake) -> None:
    # It said "No two of the top themes share a paragraph" with one theme shown (`--top 1`).
    html = page_of(lake, Window(top=1))
    assert "Co-occurrence needs two themes; this page shows 1" in html and "No two of the top" not in html
    assert "Co-occurrence needs two" not in page_of(lake, Window(top=3))


def test_the_co_occurrence_note_says_what_a_blank_cell_is(lake) -> None:
    # The square's diagonal is blank, and so is a pair of themes that share no paragraph: the note said neither.
    section = page_of(lake).split('<section id="cooccurrence">')[1].split("</section>")[0]
    assert "a blank cell, none" in section and "a theme is not paired with itself" in section


@pytest.mark.slow
def test_count_axes_show_each_whole_number_once(tmp_path) -> None:
    # Counts of at most 2 had ticks every half: the axis read "0 1 1 2 2" (labels of 0.5 rounded).
    need_chromium()
    lake = make_report_lake(tmp_path / "lake", places=False)
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)))
    counts = [labels for title, labels in seen.axes if title in ("labelled paragraphs", "mentions")]
    assert counts and seen.errors == []
    for labels in counts:
        assert len(labels) == len(set(labels)), labels
        assert all(label.replace(",", "").isdigit() for label in labels), labels


# What each chart writes: its axes' and legends' titles and labels, and the numbers in its cells.
_CHART_WORDS = """() => [...document.querySelectorAll('[data-spec]')].map(h => ({chart: h.closest('section').id,
    titles: [...h.querySelectorAll('svg .role-axis-title text, svg .role-legend-title text')].map(t => t.textContent),
    legends: [...h.querySelectorAll('svg .role-legend-label text')].map(t => t.textContent),
    cells: [...h.querySelectorAll('svg .role-mark text')].map(t => t.textContent)}))"""


@pytest.mark.slow
def test_the_charts_titles_and_counts_read_as_the_pages_tables_do(lake, tmp_path) -> None:
    # The sources' axis was titled "source" under a note saying sites and folders, the heatmap's legend
    # "paragraphs" for labelled paragraphs; counts read "1800" where the tables write "1,800", and a
    # legend of counts 1 and 2 read "1.0 1.5 2.0".
    need_chromium()
    report = read_report(lake, Window())
    sections = {**report.sections, "by_source": {**report.sections["by_source"], "rows": [
        {**r, "paragraphs": r["paragraphs"] * 1_000} for r in report.sections["by_source"]["rows"]]}}
    html = render_page(sections, lake=report.lake, made_at=report.made_at, since=None, until=None)
    seen = visit(write_page(tmp_path / "report.html", html), probe=_CHART_WORDS)
    charts = {c["chart"]: c for c in seen.probed}
    sources = "site (top-level folder where none is known)"  # as the chart's note says
    assert sorted(charts["by-source"]["titles"]) == ["labelled paragraphs", sources, "theme"], charts["by-source"]
    assert "source" not in charts["by-source"]["titles"] and "paragraphs" not in charts["by-source"]["titles"]
    cells = charts["by-source"]["cells"]
    assert cells and all(re.fullmatch(r"\d{1,3}(,\d{3})+", cell) for cell in cells), cells
    assert all(re.fullmatch(r"\d{1,3}(,\d{3})*", label) for label in charts["by-source"]["legends"]), charts
    assert sorted(charts["cooccurrence"]["titles"]) == ["shared paragraphs", "theme", "with theme"], charts
    legend = charts["cooccurrence"]["legends"]
    assert legend and all(label.isdigit() for label in legend) and len(legend) == len(set(legend)), legend


@pytest.mark.slow
def test_each_theme_s_evidence_is_drawn_on_its_own_scale(tmp_path) -> None:
    # One scale for every theme: beside a theme whose term was mentioned 20 times, a theme's 1 or 2
    # mentions drew bars a few pixels long, and its axis was at the foot of the grid, rows below.
    need_chromium()
    lake = make_report_lake(tmp_path / "lake", places=False)
    for n in range(6):
        add_article(lake, f"news/front{n}.txt", "Front\n\nThe war, the war, the troops and the war.\n",
                    date(2026, 1, 8))
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)))
    mentions = [[int(label.replace(",", "")) for label in labels] for title, labels in seen.axes if title == "mentions"]
    assert len(mentions) == 3 and seen.errors == [], seen.axes  # one axis per theme: war, economy, society
    assert max(mentions[0]) >= 18 and max(mentions[2]) <= 5, mentions  # "war": 18 mentions in the new six


@pytest.mark.slow
def test_the_week_axis_names_the_weeks_it_counts(lake, tmp_path) -> None:
    # Weeks start on Monday (DuckDB's date_trunc), but Vega put week ticks on Sundays: each label
    # named the day before a point, a day no period starts on.
    need_chromium()
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)))
    weeks = [labels for title, labels in seen.axes if title.startswith("week ")]
    assert weeks and weeks[0], seen.axes
    for label in weeks[0]:
        day = datetime.strptime(label, "%b %d, %Y")
        assert day.weekday() == 0, weeks[0]  # a Monday
        assert label == f"{day:%b} {day.day}, {day.year}", weeks[0]  # "Jan 5, 2026", as the page's text writes it


@pytest.mark.slow
def test_a_century_of_years_dots_only_the_years_with_labels(tmp_path) -> None:
    # One article of 1900 beside 2026's: a dot on each of 127 years and three themes drew a band of beads over the
    # axis, under the few years that had articles.
    need_chromium()
    lake = make_report_lake(tmp_path / "lake", places=False)
    add_old_article(lake, date(1900, 3, 1))
    report = read_report(lake, Window())
    rows = report.sections["over_time"]["rows"]
    assert report.sections["over_time"]["grain"] == "year" and len(rows) > 300
    html = render_page(report.sections, lake=report.lake, made_at=report.made_at, since=None, until=None)
    seen = visit(write_page(tmp_path / "report.html", html),
                 probe="() => document.querySelectorAll('#over-time svg .mark-symbol.role-mark path').length")
    assert seen.probed == sum(1 for r in rows if r["paragraphs"]), seen.probed


# Where the time chart's legend writes its labels, and its theme names, against the window's width.
_LEGEND = """() => ({window: document.documentElement.clientWidth,
    rights: [...document.querySelectorAll('#over-time svg .role-legend-label text')]
        .map(t => Math.round(t.getBoundingClientRect().right)),
    themes: [...document.querySelectorAll('#over-time svg.marks .role-axis-label text')]
        .filter(t => t.textContent.length && !/[0-9]/.test(t.textContent))
        .map(t => Math.round(t.getBoundingClientRect().right))})"""


@pytest.mark.slow
def test_the_time_charts_legend_and_theme_names_show_at_a_phones_width(lake, tmp_path) -> None:
    # The legend stood right of the 720-pixel line: on a phone it was off the screen, the lines' colours unnamed
    # unless the chart was scrolled sideways, away from its axis. The weeks' heatmap names its three themes at
    # the left of its rows, and its colour scale under them.
    need_chromium()
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_LEGEND, width=390)
    shown = seen.probed
    assert shown["rights"] and all(right <= shown["window"] for right in shown["rights"]), shown
    assert len(shown["themes"]) == 3 and all(right <= shown["window"] for right in shown["themes"]), shown


# A chart's box scrolled to its far right: the row names seen in it (drawn inside the box, and inside the copy's
# own box where one is cut), and whether the box scrolls at all.
_ROW_NAMES_SCROLLED = """(id) => { const box = document.querySelector('#' + id + ' div.chart');
    box.scrollLeft = box.scrollWidth; const b = box.getBoundingClientRect();
    const seen = [...box.querySelectorAll('svg .role-axis-label text')].filter(t => {
        const r = t.getBoundingClientRect(), cut = t.closest('.row-names > div');
        const c = cut ? cut.getBoundingClientRect() : b;
        return r.width > 0 && r.left >= Math.max(b.left, c.left) - 1 && r.right <= Math.min(b.right, c.right) + 1; });
    return {scrolls: box.scrollWidth > box.clientWidth, seen: [...new Set(seen.map(t => t.textContent))]}; }"""


@pytest.mark.slow
@pytest.mark.parametrize("chart", ["over-time", "by-source"])
def test_a_heatmap_scrolled_on_a_phone_still_names_its_rows(lake, tmp_path, chart) -> None:
    # At 390 pixels the weeks' heatmap scrolls in its box, and its theme names scrolled away with its cells: the
    # last weeks' cells were seen with no theme named beside them; so were the sources' rows.
    need_chromium()
    report = read_report(lake, Window())
    section, name = {"over-time": ("over_time", "theme"), "by-source": ("by_source", "source")}[chart]
    names = {r[name] for r in report.sections[section]["rows"]}
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=f"() => ({_ROW_NAMES_SCROLLED})({chart!r})",
                 width=390)
    assert seen.probed["scrolls"], seen.probed  # else the test says nothing
    assert names and names <= set(seen.probed["seen"]), (names, seen.probed)


# Each heatmap's copy of its rows' names against the chart's own names, in the order drawn: their texts, and how far
# (in pixels) each copy stands from its row; and the colour gradients the charts' legends fill with, by whether the
# element their url names is in a copy (hidden on paper).
_ROW_NAMES_BESIDE = """() => [...document.querySelectorAll('div.chart .row-names')].map(names => {
    const box = names.closest('div.chart'), top = t => t.getBoundingClientRect().top;
    const drawn = [...box.querySelectorAll('svg.marks .role-axis-label text')];
    const copied = [...names.querySelectorAll('.role-axis-label text')];
    const fills = [...box.querySelectorAll('svg.marks [fill^="url("]')]
        .map(e => /#([^)"']+)/.exec(e.getAttribute('fill'))[1]);
    return {names: copied.map(t => t.textContent), drawn: drawn.slice(0, copied.length).map(t => t.textContent),
            off: copied.map((t, i) => Math.round(top(drawn[i]) - top(t))),
            cut: copied.filter(t => { const r = t.getBoundingClientRect(), c = names.firstChild.getBoundingClientRect();
                return r.width > 0 && r.right <= c.right + 1 && (r.top < c.top - 1 || r.bottom > c.bottom + 1); })
                .map(t => t.textContent),
            copiedFills: fills.filter(id => document.getElementById(id)?.closest('.row-names'))}; })"""


@pytest.mark.slow
def test_a_heatmaps_copied_row_names_stand_beside_their_own_cells(tmp_path, monkeypatch) -> None:
    # The copy's names stood one row up (the chart's title's height), beside the cells of the theme above; and the
    # legends' gradients were the copy's (same ids, found first), which printed, where the copy is hidden, drew none.
    # A source's long name, wrapped on two lines in the last row, lost half its second line to the copy's edge.
    need_chromium()
    monkeypatch.setitem(report_lake.SITES, "news/trade.txt", "www.a-long-regional-news-publisher-name.co.uk")
    lake = make_report_lake(tmp_path / "lake")
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_ROW_NAMES_BESIDE, width=390)
    assert len(seen.probed) >= 2, seen.probed  # the by-source and co-occurrence heatmaps at least
    for chart in seen.probed:
        assert chart["names"] and chart["names"] == chart["drawn"], chart
        assert all(abs(off) <= 1 for off in chart["off"]), chart
        assert not chart["copiedFills"] and not chart["cut"], chart


# Where the evidence chart writes each theme's name over its bars, against the window's width.
_FACETS = """() => ({window: document.documentElement.clientWidth,
    rights: [...document.querySelectorAll('#evidence svg .role-title-text, #evidence svg .role-legend-label')]
        .map(t => [t.textContent, Math.round(t.getBoundingClientRect().right)])})"""


@pytest.mark.slow
def test_every_themes_evidence_shows_at_a_phones_width(lake, tmp_path) -> None:
    # Two themes a row, 370 pixels each, and the legend beside them: a phone showed the first column's themes,
    # the others and the legend off its edge.
    need_chromium()
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_FACETS, width=390)
    facets = seen.probed
    assert {name for name, _ in facets["rights"]} == {WAR, ECONOMY, SOCIETY, "matched term", "semantic"}, facets
    assert all(right <= facets["window"] for _, right in facets["rights"]), facets


# The evidence chart's box (its width, and how wide its drawing is) and the right edges of its bars and axes.
_EVIDENCE_BOX = """() => { const h = document.querySelector('#evidence div.chart'), box = h.getBoundingClientRect();
    const parts = [...h.querySelectorAll('svg.marks .role-mark path, svg.marks .role-axis-label text')];
    return {box: Math.round(box.right), client: h.clientWidth, drawn: h.scrollWidth,
            right: Math.max(...parts.map(p => Math.round(p.getBoundingClientRect().right)))}; }"""


@pytest.mark.slow
def test_the_evidence_bars_fit_a_320_pixel_phone_without_scrolling(lake, tmp_path) -> None:
    # One column of themes, each 260 pixels of bars beside its terms: 346 pixels in a box of 292 at 320, the
    # longest bars and the axis's top counts ("500", "800") off the screen until the box was scrolled.
    need_chromium()
    seen: Any = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_EVIDENCE_BOX, width=320).probed
    assert seen["drawn"] <= seen["client"], seen
    assert seen["right"] <= seen["box"], seen


def test_articles_of_one_day_say_so_in_the_time_charts_place(lake) -> None:
    # Three articles ingested on one day, none published: a bar per theme repeated the top themes' table.
    over_time = section_of(page_of(lake, Window(since=date(2026, 3, 9))), "over-time")
    assert "data-spec" not in over_time
    said = " ".join(unescape(over_time).split())
    assert ("Labelled paragraphs per day ingested (publication date unknown): all in one day, Mar 10, 2026. "
            "A chart over time needs two days; the top themes above count each theme's.") in said
    # Two days: a chart of two columns.
    assert 'data-spec="spec-over-time"' in page_of(lake, Window(since=date(2026, 1, 5), until=date(2026, 1, 6)))


_TIME_MARKS = """() => [...document.querySelectorAll('#over-time svg [aria-roledescription]')]
  .filter(e => ['point', 'line mark', 'rect mark', 'text mark'].includes(e.getAttribute('aria-roledescription')))
  .map(e => [e.getAttribute('aria-roledescription'), e.getAttribute('aria-label')])"""


@pytest.mark.slow
def test_a_screen_reader_hears_each_time_mark_once_without_the_axis_title(lake, tmp_path) -> None:
    # Every dot's label began with the time axis's title, as long as a sentence ("week published (3 articles without a
    # publication date left out): Jan 5, 2026; ...; week: Jan 5, 2026; ..."), and a line was read as its first point.
    # The weeks' heatmap: each cell says its theme, week and counts, once (its number is not read again).
    need_chromium()
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_TIME_MARKS)
    axis_title = next(title for title, _ in seen.axes if title.startswith("week "))
    kinds = [kind for kind, _ in seen.probed]
    assert kinds and set(kinds) == {"rect mark"}, seen.probed
    for _, label in seen.probed:
        assert axis_title not in label and label.count("2026") == 1, label
        assert " labelled paragraph" in label and " – " in label, label  # "society, Jan 5 – 11, 2026: 2 ..."
