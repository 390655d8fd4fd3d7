"""The report page of a tiny lake: what it says, and what it does in a real browser (headless Chromium)."""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from html import unescape

import pytest

from tests.browser import chromium_path, visit
from tests.warehouse import report_lake
from tests.warehouse.report_lake import ECONOMY, SOCIETY, WAR, add_article, add_old_article, make_report_lake
from transforms.formats import FormatError, ReadOptions, read_articles
from transforms.formats.base import THEMELAKE_REPORT
from transforms.report.page import render_page
from warehouse import lake as lakes
from warehouse.report import Window, read_report
from warehouse.report_files import report_page, write_page


def page_of(lake, window: Window | None = None) -> str:
    window = window or Window()
    report = read_report(lake, window)
    return render_page(report.sections, lake=report.lake, made_at=report.made_at,
                       since=window.since, until=window.until)


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    return make_report_lake(tmp_path_factory.mktemp("report-page"))


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


def test_the_places_table_says_how_many_paragraphs_in_other_languages_it_leaves_out(tmp_path) -> None:
    # A French article naming Paris has no label of the English taxonomy: its place was left out of the table unsaid.
    lake = make_report_lake(tmp_path)
    add_article(lake, "news/retraites.txt", "Retraites\n\nLe gouvernement a annoncé hier à Paris une réforme des "
                "retraites très contestée par les syndicats.\n", date(2026, 1, 7))
    html = page_of(lake)
    assert "Paris" not in re.sub(r"<p class=\"note\">.*?</p>", "", html.split('<section id="places">')[1])
    assert "Not counted: 1 paragraph naming a place in 1 article in another language than English (fr)" in html



def _note(html: str, section: str) -> str:
    return " ".join(html.split(f'<section id="{section}">')[1].split('<p class="note">')[1].split("</p>")[0].split())


def test_the_examples_and_places_say_what_their_numbers_are(lake) -> None:
    # Each example ended "score 2.00" and the places table counted "paragraphs", neither saying what they were.
    html = page_of(lake)
    assert "the score under each is the sum of its evidence's weights for the theme" in _note(html, "why")
    assert "score 2.00" in html.split('<section id="why">')[1]
    places = _note(html, "places")
    assert "paragraphs is how many of the theme's paragraphs name the place" in places and "ISO code" in places



def test_a_lake_without_semantic_evidence_is_not_told_of_it(lake) -> None:
    # The note over what carries each theme spoke of semantic evidence, and its legend showed a blue "semantic",
    # for a lake whose labels have none.
    report = read_report(lake, Window())
    assert "semantic evidence" in _note(page_of(lake), "evidence")
    sections = {**report.sections, "evidence": [r for r in report.sections["evidence"] if r["kind"] != "semantic"],
                "examples": [e for e in report.sections["examples"]
                             if all(ev["kind"] != "semantic" for ev in e["evidence"])]}
    html = render_page(sections, lake=report.lake, made_at=report.made_at, since=None, until=None)
    assert "semantic" not in _note(html, "evidence") and "semantic" not in _note(html, "why")
    spec = html.split('id="spec-evidence">')[1].split("</script>")[0]
    assert '"matched term"' in spec and '"semantic"' not in spec


def test_the_last_runs_time_names_its_zone(lake) -> None:
    # The header said "made ... UTC", but the last run's "2026-03-10 09:00" named no zone: a reader in New York
    # read it as theirs.
    stat = page_of(lake).split("</span></div>\n  </div>")[0].rsplit('<div class="stat">', 1)[1]
    assert stat == "<b>2026-03-10 09:00</b><span>last run (UTC): ingest-articles, completed"


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


def test_the_glance_says_how_many_paragraphs_without_a_theme_are_in_other_languages(tmp_path, lake) -> None:
    # A lake of English, Arabic, Chinese and Russian news said "40% of paragraphs with a theme" and no more: the
    # paragraphs without one were the other languages', which the taxonomy does not label, not English news missed.
    mixed = make_report_lake(tmp_path / "mixed", languages={"quiet.txt": "de"})
    overview = page_of(mixed).split('<section id="overview">')[1].split("</section>")[0]
    assert "Of the 8 paragraphs without a theme, 2 are in 1 article in another language than English (de)." in overview
    assert "without a theme," not in page_of(lake)


def test_the_co_occurrence_note_says_what_a_blank_cell_is(lake) -> None:
    # The square's diagonal is blank, and so is a pair of themes that share no paragraph: the note said neither.
    section = page_of(lake).split('<section id="cooccurrence">')[1].split("</section>")[0]
    assert "a blank cell, none" in section and "a theme is not paired with itself" in section


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


def need_chromium() -> None:
    if chromium_path() is None:
        if os.environ.get("CI"):  # .ci/run installs chromium: a CI run must not pass by skipping this
            pytest.fail("no chromium in CI: .ci/run should have installed it")
        pytest.skip("no chromium on this machine (apt-get install chromium; .ci/run installs it)")
    pytest.importorskip("playwright", reason="playwright is in the test extras: pip install -e '.[test]'")


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



def _renamed(value, old: str, new: str):  # type: ignore[no-untyped-def]
    """The sections with every value `old` (a theme's name) read `new`."""
    if isinstance(value, dict):
        return {k: _renamed(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [_renamed(v, old, new) for v in value]
    return new if value == old else value


def page_with_theme_named(lake, tmp_path, name: str):
    """Write the lake's report page with the economy theme renamed `name`; return its path."""
    report = read_report(lake, Window())
    html = render_page(_renamed(report.sections, ECONOMY, name), lake=report.lake, made_at=report.made_at,
                       since=None, until=None)
    return write_page(tmp_path / "report.html", html)


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


# Where each example's title link and date are drawn, and which way its paragraph runs.
_SOURCE_LINES = """() => [...document.querySelectorAll('#why blockquote')].map(quote => {
    const line = quote.querySelector('.source'), link = line.querySelector('a');
    const walk = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    let node, at = -1;
    while ((node = walk.nextNode()) && (at = node.data.search(/\\d{4}-\\d\\d-\\d\\d/)) < 0) {}
    const x = (i) => { const r = document.createRange(); r.setStart(node, at + i); r.setEnd(node, at + i + 1);
                       return r.getBoundingClientRect().left; };
    return {title: link.textContent, link: link.getBoundingClientRect().left, date_first: x(0), date_last: x(9),
            direction: getComputedStyle(quote.querySelector('p')).direction};
})"""


@pytest.mark.slow
def test_right_to_left_titles_and_paragraphs_keep_the_source_line_in_order(tmp_path) -> None:
    # An Arabic title took the date and source into its right-to-left run: the line read
    # "<source> · 01-03-2023 · <title>" for 2023-03-01, and the Arabic paragraph ran left to right.
    need_chromium()
    lake = make_report_lake(tmp_path / "lake", places=False)
    add_article(lake, "الأخبار/ar.txt", "حرب وتجارة\n\nالحرب تؤثر على التجارة: war and troops.\n", date(2023, 3, 1))
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_SOURCE_LINES)
    lines = {line["title"]: line for line in seen.probed}
    arabic, english = lines["حرب وتجارة"], lines["Border report"]
    for line in (arabic, english):
        assert line["link"] < line["date_first"] < line["date_last"], line  # title, then the date as written
    assert arabic["direction"] == "rtl" and english["direction"] == "ltr"


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


# How wide the page is drawn, and how many lines each theme name of a table takes.
_NARROW = """() => ({page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth,
    names: [...document.querySelectorAll('td.theme-name')].map(td => {
        const style = getComputedStyle(td);
        const text = td.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        return [td.textContent, Math.round(text / parseFloat(style.lineHeight))];
    })})"""


@pytest.mark.slow
def test_tables_at_a_phones_width_scroll_in_their_box_and_keep_theme_names_whole(lake, tmp_path) -> None:
    # At 420 px the top themes' table ran out of the column (the page scrolled sideways) and cut
    # "economy, business and finance" into three lines of a word or two.
    need_chromium()
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_NARROW, width=420)
    widths = seen.probed
    assert widths["page"] <= widths["window"], widths
    assert widths["names"] and all(lines <= 2 for _, lines in widths["names"]), widths["names"]
    assert dict(widths["names"])[ECONOMY] == 1



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



# Where the places' and amounts' counts are drawn: each row's first count (paragraphs, mentions) and its right edge.
_COUNTS = """() => ({window: document.documentElement.clientWidth,
    counts: [...document.querySelectorAll('#places tr, #amounts tr')].filter(tr => tr.querySelector('td.n'))
        .map(tr => [tr.closest('section').id, tr.querySelector('td.n').textContent,
                    Math.round(tr.querySelector('td.n').getBoundingClientRect().right)])})"""


@pytest.mark.slow
def test_the_places_and_amounts_counts_show_at_a_phones_width(lake, tmp_path) -> None:
    # Each row began with its theme's name, the same on five rows: at 390 px the name and the place (or
    # the kind of amount) filled the window, and the counts were off its edge, scrolled to one table at a time.
    need_chromium()
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_COUNTS, width=390)
    shown = seen.probed
    assert {section for section, _, _ in shown["counts"]} == {"places", "amounts"}, shown
    assert all(right <= shown["window"] for _, _, right in shown["counts"]), shown


def _dated_note(html: str) -> str:
    return " ".join(html.split('id="dated">')[1].split("</p>")[0].split())


def test_the_overview_speaks_of_publication_dates_and_counts_the_articles_without_one(tmp_path) -> None:
    # It said "Dated 2026-01-05 to 2026-03-10": the last day was the ingestion's of the undated articles.
    lake = make_report_lake(tmp_path)
    assert _dated_note(page_of(lake)) == ("Published 2026-01-05 to 2026-03-02; 3 of 7 articles have no publication"
                                          " date (dated by ingestion, 2026-03-10).")
    assert _dated_note(page_of(lake, Window(since=date(2026, 1, 1), until=date(2026, 1, 31)))) == (
        "Published 2026-01-05 to 2026-01-20; every article has a publication date.")
    assert _dated_note(page_of(lake, Window(since=date(2026, 3, 9)))) == (
        "No article has a publication date: all are dated by ingestion, 2026-03-10.")
    # Articles all published on one day: it said "Published 2026-01-05 to 2026-01-05".
    assert _dated_note(page_of(lake, Window(since=date(2026, 1, 5), until=date(2026, 1, 5)))) == (
        "Published on 2026-01-05; every article has a publication date.")


def _section(html: str, section: str) -> str:
    return html.split(f'<section id="{section}">')[1].split("</section>")[0]


def test_articles_of_one_day_say_so_in_the_time_charts_place(lake) -> None:
    # Three articles ingested on one day, none published: a bar per theme repeated the top themes' table.
    over_time = _section(page_of(lake, Window(since=date(2026, 3, 9))), "over-time")
    assert "data-spec" not in over_time
    said = " ".join(unescape(over_time).split())
    assert ("Labelled paragraphs per day ingested (publication date unknown): all in one day, Mar 10, 2026. "
            "A chart over time needs two days; the top themes above count each theme's.") in said
    # Two days: a chart of two columns.
    assert 'data-spec="spec-over-time"' in page_of(lake, Window(since=date(2026, 1, 5), until=date(2026, 1, 6)))


def test_one_article_without_a_publication_date_is_counted_in_good_english(tmp_path) -> None:
    # It said "1 of 7 article has no publication date".
    report = read_report(make_report_lake(tmp_path), Window())
    overview = {**report.sections["overview"], "articles_published": 6}
    html = render_page({**report.sections, "overview": overview}, lake=report.lake, made_at=report.made_at,
                       since=None, until=None)
    assert "; 1 of 7 articles has no publication date (dated by ingestion" in _dated_note(html)


def test_tone_figures_are_signed_with_a_minus_sign_and_none_reads_minus_zero(lake) -> None:
    # The table wrote "-0.40" with a hyphen-minus, and "-0.00" for a mean a little below zero (bbc-dev's economy).
    report = read_report(lake, Window())
    tone = report.sections["tone"]
    rows = [{**tone["rows"][0], "theme": f"t{i}", "mean_tone": mean} for i, mean in enumerate((-0.4, -0.001, 1.5))]
    html = render_page({**report.sections, "tone": {**tone, "rows": rows}}, lake=report.lake,
                       made_at=report.made_at, since=None, until=None)
    figures = re.findall(r'<td class="theme-name">t\d</td><td class="n">([^<]*)</td>', html)  # the mean, next
    assert figures == ["\u22120.40", "0.00", "+1.50"], figures


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


# The page's width, and the rightmost end of any example's text (its paragraph and its source line).
_EXAMPLES_RIGHT = """() => ({page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth,
    right: Math.max(...[...document.querySelectorAll('#why blockquote p, #why .source')].map(e => {
        const text = document.createRange(); text.selectNodeContents(e);
        return Math.round(text.getBoundingClientRect().right); }))})"""


@pytest.mark.slow
def test_a_long_url_in_an_example_wraps_at_a_phones_width(tmp_path) -> None:
    # A word longer than the window (a URL in a paragraph, a file's name in the source line; agnews-dev's tags
    # written as entities) ran past a phone's screen, and the whole page scrolled sideways.
    need_chromium()
    lake = make_report_lake(tmp_path / "lake", places=False)
    url = "https://www.example.org/world/war/" + "-".join(["ceasefire_talks_collapse"] * 6) + ".html"
    add_article(lake, "news/" + "x" * 70 + ".txt", f"War\n\nThe war goes on and troops advance, see {url} today.\n",
                date(2026, 1, 9))
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_EXAMPLES_RIGHT, width=390)
    shown = seen.probed
    assert url[:30] in seen.text and shown["page"] <= shown["window"], shown
    assert shown["right"] <= shown["window"], shown


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


_TONE_COLUMNS = """() => { const box = document.querySelector('#tone-table').parentElement.getBoundingClientRect();
  return [...document.querySelectorAll('#tone-table tr:first-child th')].map(
    th => [th.textContent, th.getBoundingClientRect().right <= box.right]); }"""


@pytest.mark.slow
def test_a_phone_shows_each_themes_mean_tone_without_scrolling(lake, tmp_path) -> None:
    # At 390 px the tone table showed the names and their paragraphs; the means were past the box's edge.
    need_chromium()
    seen = visit(write_page(tmp_path / "report.html", page_of(lake)), probe=_TONE_COLUMNS, width=390)
    shown = dict(seen.probed)
    assert shown["theme"] and shown["mean tone"], seen.probed


@pytest.mark.slow
def test_an_examples_paragraph_carries_its_articles_language(tmp_path) -> None:
    # Marked up as the page's English, a French paragraph was read aloud as English.
    html = page_of(make_report_lake(tmp_path, language="fr"))
    assert '<p dir="auto" lang="fr">' in html and '<p dir="auto">' not in html


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
