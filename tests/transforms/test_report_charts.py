"""The report's Vega-Lite specs: data inlined, the right mark, nothing drawn from no rows."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date, timedelta

import pytest
import vl_convert

from transforms.report import charts, time_chart
from transforms.report.theme_labels import theme_lines


def row(period: date, theme: str, rank: int, paragraphs: int) -> dict:
    return {"period": period, "theme": theme, "rank": rank, "paragraphs": paragraphs, "articles": paragraphs}


def _line_and_dots(spec: dict | None) -> tuple[dict, dict]:
    assert spec is not None
    line, dots = spec["layer"]
    return line, dots


def test_themes_over_time_is_a_line_per_theme_with_iso_dates_inlined() -> None:
    rows = [row(date(2026, 1, 1), "war", 1, 2), row(date(2026, 2, 1), "war", 1, 0)]
    spec = time_chart.over_time_chart(rows, "month", "month published")
    line, dots = _line_and_dots(spec)
    assert line["mark"]["type"] == "line" and dots["mark"]["type"] == "point"
    assert [v["period"] for v in _values(spec)] == ["2026-01-01", "2026-02-01"]
    assert line["encoding"]["x"]["title"] == "month published"


def _values(spec: dict | None) -> list[dict]:
    assert spec is not None
    return next(iter(spec["datasets"].values())) if "datasets" in spec else spec["data"]["values"]


@pytest.mark.parametrize("grain", ["day", "week"])
def test_days_and_weeks_are_a_heatmap_of_themes_coloured_by_their_share_of_the_period(grain) -> None:
    # Ten lines at a week, each rising from zero and falling back, crossed one another every few weeks.
    weeks = [date(2026, 1, 5), date(2026, 1, 12), date(2026, 1, 19)]
    rows = [row(weeks[0], "war", 1, 3), row(weeks[0], "trade", 2, 1), row(weeks[1], "war", 1, 0),
            row(weeks[1], "trade", 2, 0), row(weeks[2], "war", 1, 0), row(weeks[2], "trade", 2, 5)]
    spec = time_chart.over_time_chart(rows, grain, f"{grain} published")
    assert spec is not None
    cells, numbers = spec["layer"]
    assert cells["mark"]["type"] == "rect" and numbers["mark"]["type"] == "text"
    assert cells["encoding"]["y"]["field"] == "theme" and cells["encoding"]["y"]["sort"] == ["war", "trade"]
    assert cells["encoding"]["color"]["field"] == "share" and cells["encoding"]["color"]["scale"]["domain"] == [0, 1]
    assert numbers["encoding"]["text"]["field"] == "paragraphs"
    # A cell where a theme has labels, none on its zeros; each period's shares add up to the whole.
    assert {(v["period"], v["theme"]): v["share"] for v in _values(spec)} == {
        ("2026-01-05", "war"): 0.75, ("2026-01-05", "trade"): 0.25, ("2026-01-19", "trade"): 1.0}
    # The quiet week keeps its column: a gap in the news, not left out.
    assert [d["date"] for d in cells["encoding"]["x"]["scale"]["domain"]] == [5, 12, 19]


def test_months_and_longer_keep_a_line_per_theme() -> None:
    rows = [row(date(2026, m, 1), "war", 1, m) for m in (1, 2, 3)]
    line, dots = _line_and_dots(time_chart.over_time_chart(rows, "month", "month published"))
    assert line["mark"]["type"] == "line"


@pytest.mark.parametrize(("grain", "unit"), [("day", "utcyearmonthdate"), ("week", "utcyearmonthdate"),
                                             ("month", "utcyearmonth"),
                                             ("quarter", "utcyearquarter"), ("year", "utcyear")])
def test_periods_are_shown_as_the_grain_they_count(grain, unit) -> None:
    spec = time_chart.over_time_chart([row(date(2000, 1, 1), "war", 1, 2), row(date(2026, 1, 1), "war", 1, 1)],
                                  grain, f"{grain} published")
    assert spec is not None
    first, tipped = spec["layer"][0], next(layer for layer in spec["layer"] if "tooltip" in layer["encoding"])
    assert first["encoding"]["x"]["timeUnit"] == unit
    assert tipped["encoding"]["tooltip"][0]["timeUnit"] == unit and tipped["encoding"]["tooltip"][0]["title"] == grain


def test_one_period_draws_no_chart() -> None:
    # A folder ingested in one go (no publication dates) is one day: its bar per theme only repeated the top
    # themes' table beside it (the page says so in the chart's place: periods.one_period_note).
    assert time_chart.over_time_chart([row(date(2026, 1, 5), "war", 1, 2), row(date(2026, 1, 5), "trade", 2, 1)],
                                  "week", "week ingested") is None


def test_a_day_axis_has_a_column_for_each_day_counted_named_as_the_page_writes_days() -> None:
    # Over a few days Vega's own ticks fell at noon too ("12 PM"), between the days counted.
    rows = [row(date(2026, 11, d), "war", 1, n) for d, n in ((23, 1), (24, 0), (25, 2))]
    spec = time_chart.over_time_chart(rows, "day", "day published")
    assert spec is not None
    x = spec["layer"][0]["encoding"]["x"]
    assert [v["date"] for v in x["scale"]["domain"]] == [23, 24, 25] and "%b %-d, %Y" in x["axis"]["labelExpr"]


def test_evidence_bars_colour_matched_terms_and_semantic_evidence_apart() -> None:
    rows = [{"theme": "society", "rank": 1, "kind": k, "term": t, "mentions": 1, "weight": 1.0}
            for k, t in (("term", "poverty"), ("semantic", "afford"))]
    spec = charts.evidence_chart(rows)
    assert spec is not None
    colour = spec["spec"]["encoding"]["color"]
    assert colour["scale"]["domain"] == ["matched term", "semantic"]


@pytest.mark.parametrize(("kinds", "legend", "colours"), [
    (["term"], ["matched term"], ["#f2c12e"]),
    (["semantic"], ["semantic"], ["#6aaed6"]),
    (["semantic", "term"], ["matched term", "semantic"], ["#f2c12e", "#6aaed6"]),
])
def test_the_evidence_legend_names_only_the_kinds_of_evidence_there_are(kinds, legend, colours) -> None:
    # A lake labelled without the semantic layer got a blue "semantic" in the legend, and no bar of it.
    rows = [{"theme": "war", "rank": 1, "kind": k, "term": f"word{i}", "mentions": 1, "weight": 1.0}
            for i, k in enumerate(kinds)]
    spec = charts.evidence_chart(rows)
    assert spec is not None
    scale = spec["spec"]["encoding"]["color"]["scale"]
    assert scale["domain"] == legend and scale["range"] == colours  # each kind keeps its colour, as on the page


def _tooltips(spec: dict) -> list:
    found = []
    for key, value in spec.items():
        if key == "tooltip":
            found += value if isinstance(value, list) else [value]
        elif isinstance(value, dict):
            found += _tooltips(value)
        elif isinstance(value, list):
            found += [t for v in value if isinstance(v, dict) for t in _tooltips(v)]
    return found


def test_every_tooltip_names_its_value_in_words_and_writes_counts_as_the_tables_do() -> None:
    # A chart's tooltip read its data's field names ("paragraphs", "kind", "weight", "source"), and "1800".
    period_rows = [row(date(2026, 1, 5), "war", 1, 1800), row(date(2026, 1, 12), "war", 1, 3)]
    source_rows = [{"source": "news", "source_kind": "folder", "theme": "war", "rank": 1, "paragraphs": 1800,
                    "share": 0.5}]
    pair_rows = [{"theme_a": "war", "rank_a": 1, "theme_b": "trade", "rank_b": 2, "paragraphs": 1800}]
    evidence_rows = [{"theme": "war", "rank": 1, "kind": "term", "term": "troops", "mentions": 1800, "weight": 2.5}]
    specs = {"over time": time_chart.over_time_chart(period_rows, "week", "week published"),
             "by source": charts.by_source_chart(source_rows, "top-level folder (no site known)"),
             "co-occurrence": charts.cooccurrence_chart(pair_rows), "evidence": charts.evidence_chart(evidence_rows)}
    for name, spec in specs.items():
        assert spec is not None
        tips = _tooltips(spec)
        assert tips and all(isinstance(t, dict) and t.get("title") for t in tips), (name, tips)
        for tip in tips:
            if tip["field"] in ("paragraphs", "articles", "mentions"):
                assert tip["format"] == ",d", (name, tip)
    source_tips = [t["title"] for t in _tooltips(specs["by source"])]
    assert source_tips[0] == "top-level folder (no site known)" and "labelled paragraphs" in source_tips
    assert "weight" not in [t["title"] for t in _tooltips(specs["evidence"])]


def test_no_rows_no_chart() -> None:
    assert time_chart.over_time_chart([], "week", "x") is None
    assert charts.by_source_chart([], "source") is None
    assert charts.cooccurrence_chart([]) is None
    assert charts.evidence_chart([]) is None


def _three_line_themes() -> list[str]:
    return [f"economy, business and finance: markets, banks, trade and the cost of living in 200{n}" for n in range(4)]


# (The time chart's one-period bars had such an axis too: one period now draws no chart.)
@pytest.mark.parametrize("make", ["by_source", "cooccurrence"])
def test_theme_names_of_three_lines_on_an_angled_axis_leave_room_for_their_lines(make: str) -> None:
    import math

    from transforms.report.theme_labels import theme_lines

    themes = _three_line_themes()
    assert {len(theme_lines(t)) for t in themes} == {3}
    if make == "by_source":
        spec = charts.by_source_chart([{"source": "bbc", "theme": t, "rank": n, "paragraphs": 5, "share": 0.25}
                                       for n, t in enumerate(themes)], "site")
    else:
        spec = charts.cooccurrence_chart([{"theme_a": a, "rank_a": i, "theme_b": b, "rank_b": j, "paragraphs": 2}
                                          for i, a in enumerate(themes) for j, b in enumerate(themes) if a != b])
    assert spec is not None
    angle = json.dumps(spec).split('"labelAngle": ')[1].split(",")[0]
    per_theme = spec["width"] / len(themes)
    # Across the labels' slant, each name's three lines of 10-pixel text (12 pixels a line) must fit before the
    # next name's: at 48 pixels a theme, the last line of one ran into the first of the next.
    assert per_theme * math.sin(math.radians(abs(float(angle)))) >= 3 * 12, (per_theme, angle)


def test_the_cooccurrence_axes_say_which_two_themes_a_cell_pairs() -> None:
    # Both axes were untitled: two lists of the same names, with nothing to say a cell counts paragraphs of both.
    pair = {"theme_a": "war", "rank_a": 1, "theme_b": "trade", "rank_b": 2, "paragraphs": 2}
    spec = charts.cooccurrence_chart([pair, {**pair, "theme_a": "trade", "rank_a": 2, "theme_b": "war", "rank_b": 1}])
    assert spec is not None
    encoding = spec["layer"][0]["encoding"] if "layer" in spec else spec["encoding"]
    assert (encoding["x"]["title"], encoding["y"]["title"]) == ("theme", "with theme")
    assert [tip["title"] for tip in encoding["tooltip"][:2]] == ["theme", "with theme"]


def test_a_top_theme_that_shares_no_paragraph_keeps_its_row_and_column_in_the_square() -> None:
    # The square listed only the themes of some pair: a top theme that shared nothing was missing, unsaid.
    pair = {"theme_a": "war", "rank_a": 1, "theme_b": "trade", "rank_b": 3, "paragraphs": 2}
    rows = [pair, {**pair, "theme_a": "trade", "rank_a": 3, "theme_b": "war", "rank_b": 1}]
    spec = charts.cooccurrence_chart(rows, ["war", "sport", "trade"])
    assert spec is not None
    encoding = spec["layer"][0]["encoding"]
    assert encoding["x"]["scale"]["domain"] == encoding["y"]["scale"]["domain"] == ["war", "sport", "trade"]


def test_a_long_site_name_is_written_whole_on_lines_its_row_has_room_for() -> None:
    # Cut at 220 pixels, two long sites of one group read the same: "the-long-regional-newspaper-of-…".
    north = "the-long-regional-newspaper-of-record-for-the-northern-territories.example.co.uk"
    south = north.replace("northern", "southern")
    rows = [{"source": s, "theme": "politics", "rank": 1, "paragraphs": 3, "share": 0.5, "source_kind": "site"}
            for s in (north, south, "bbc.co.uk")]
    spec = charts.by_source_chart(rows, "site")
    assert spec is not None
    axis = spec["layer"][0]["encoding"]["y"]["axis"]
    assert axis["labelLimit"] == 0
    for site in (north, south):
        lines = json.loads(axis["labelExpr"].split(f"{json.dumps(site)} ? ", 1)[1].split(" : ", 1)[0])
        assert "".join(lines) == site and len(lines) > 1
    one_line = charts.by_source_chart([{**r, "source": f"site{i}.example"} for i, r in enumerate(rows)], "site")
    assert one_line is not None and spec["height"] > one_line["height"]  # rows as tall as their names' lines


def test_a_screen_reader_hears_each_evidence_bars_word_and_kind() -> None:
    # Vega's text of each bar, made from the titles, read "evidence: semantic; ... found as: semantic": the legend's
    # "evidence" (the kind) overwrote the tooltip's "evidence" (the word), so no bar said which word it was.
    rows = [{"theme": "politics", "rank": 1, "kind": k, "term": "election", "mentions": n, "weight": 1.0}
            for k, n in (("term", 3), ("semantic", 1))]
    spec = charts.evidence_chart(rows)
    assert spec is not None
    field = spec["spec"]["encoding"]["description"]["field"]
    assert [v[field] for v in spec["data"]["values"]] == [
        "politics: election, matched term, 3 mentions", "politics: election, semantic evidence, 1 mention"]


def _x_axes(spec: dict) -> list[str]:
    return [layer["encoding"]["x"].get("axis", {}).get("orient", "bottom") for layer in spec["layer"]]


def test_a_big_cooccurrence_square_names_its_columns_above_it_too() -> None:
    # With `--top 40` the square was some 2,600 pixels tall and its columns were named only at its foot.
    themes = [f"theme {i}" for i in range(charts.COLUMN_NAMES_TWICE_FROM)]
    pairs = [{"theme_a": a, "rank_a": i, "theme_b": b, "rank_b": j, "paragraphs": 1}
             for i, a in enumerate(themes) for j, b in enumerate(themes) if a != b]
    big = charts.cooccurrence_chart(pairs)
    assert big is not None and sorted(_x_axes(big)) == ["bottom", "top"]
    assert big["resolve"]["axis"]["x"] == "independent"  # two axes drawn, one scale: the same columns
    small = charts.cooccurrence_chart([p for p in pairs if p["rank_a"] < 3 and p["rank_b"] < 3])
    assert small is not None and _x_axes(small) == ["bottom", "bottom"]  # a small square keeps its names once


def test_a_screen_reader_hears_each_time_mark_without_the_axis_title() -> None:
    # Vega's text for a dot began with the time axis's title ("month published (3 articles without a publication date
    # left out): ..."), on every dot; a line was read as its first point alone.
    title = "month published (3 articles without a publication date left out)"
    rows = [row(date(2026, 1, 1), "war", 1, 2), row(date(2026, 2, 1), "war", 1, 0),
            row(date(2026, 2, 1), "trade", 2, 3)]
    line, dots = _line_and_dots(time_chart.over_time_chart(rows, "month", title))
    assert line["encoding"]["description"]["field"] == "line_said"
    assert dots["encoding"]["description"]["field"] == "said"
    values = _values(time_chart.over_time_chart(rows, "month", title))
    said = {(v["theme"], v["period"]): v["said"] for v in values}
    assert said["war", "2026-01-01"].startswith("war, January 2026: ")
    assert all(title not in v["said"] and title not in v["line_said"] for v in values)
    assert {v["line_said"] for v in values if v["theme"] == "war"} == {
        "war: labelled paragraphs per month, some in 1 of 2 months, most in January 2026 (2)"}
    # A heatmap's cell says its theme, week and counts too.
    weekly = [{**r, "period": date(2026, 1, 5 + 7 * (r["period"].month - 1))} for r in rows]
    cells = time_chart.over_time_chart(weekly, "week", "week published")
    assert cells is not None and cells["layer"][0]["encoding"]["description"]["field"] == "said"
    assert "war, Jan 5 – 11, 2026: 2 labelled paragraphs in 2 articles" in {v["said"] for v in _values(cells)}

def test_a_heatmap_row_is_as_tall_as_its_longest_theme_name_written_on_lines() -> None:
    # A theme's name of three lines (another taxonomy's) ran over its neighbours' at 26 pixels a row.
    long = ("disaster, accident and emergency incident, including industrial accidents and transport disasters "
            "at sea")
    lines = len(theme_lines(long))
    assert lines == 3
    weeks = [date(2026, 1, 5), date(2026, 1, 12)]
    rows = [row(w, t, rank, 1) for w in weeks for rank, t in enumerate((long, "economy", "war"), 1)]
    spec = time_chart.over_time_chart(rows, "week", "week published")
    assert spec is not None and spec["height"] / 3 >= lines * time_chart.THEME_LINE_PIXELS
    short = time_chart.over_time_chart([{**r, "theme": r["theme"][:20]} for r in rows], "week", "week published")
    assert short is not None and short["height"] < spec["height"]


def test_a_heatmap_of_one_theme_is_coloured_by_its_count_and_its_legend_says_so() -> None:
    # One theme: its share of every week's labels was 100 %, every cell the same blue.
    weeks = [date(2026, 1, 5), date(2026, 1, 12), date(2026, 1, 19)]
    rows = [row(weeks[0], "war", 1, 1), row(weeks[1], "war", 1, 8), row(weeks[2], "war", 1, 3)]
    spec = time_chart.over_time_chart(rows, "week", "week published")
    assert spec is not None
    cells, numbers = spec["layer"]
    colour = cells["encoding"]["color"]
    assert colour["field"] == "paragraphs" and colour["scale"]["domain"] == [0, 8]
    assert colour["legend"]["title"] == ["labelled paragraphs"]  # its lines, as every legend drawn above its chart
    assert "share" not in json.dumps(numbers["encoding"]["color"])
    assert "share" not in time_chart.over_time_note("week", "week published", themes=1)
    # Two themes keep their shares.
    two = time_chart.over_time_chart([*rows, row(weeks[0], "trade", 2, 2)], "week", "week published")
    assert two is not None and two["layer"][0]["encoding"]["color"]["field"] == "share"


def _luminance(colour: str) -> float:
    rgb = {"white": (255, 255, 255), "black": (0, 0, 0)}.get(colour) or tuple(map(int, re.findall(r"\d+", colour)))
    linear = [c / 255 / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _drawn_cells(spec: dict | None) -> list[tuple[str, str, float]]:
    """Each heatmap cell as the browser draws it: its number, its fill, and the number's contrast on it."""
    assert spec is not None
    svg = vl_convert.vegalite_to_svg(spec)
    fills = re.findall(r'aria-roledescription="rect mark" d="[^"]*" fill="([^"]+)"', svg)
    marks = "".join(re.findall(r'class="mark-text role-mark[^"]*"[^>]*>(.*?)</g>', svg))
    numbers = re.findall(r'<text[^>]*fill="([^"]+)"[^>]*>([\d,]+)</text>', marks)
    assert len(fills) == len(numbers)
    drawn = []
    for fill, (ink, number) in zip(fills, numbers, strict=True):
        light, dark = sorted((_luminance(fill), _luminance(ink)), reverse=True)
        drawn.append((number, fill, (light + 0.05) / (dark + 0.05)))
    return drawn


def _heatmaps(counts: Sequence[int]) -> dict[str, dict | None]:
    themes = [f"theme {n}" for n in range(len(counts))]
    weeks = [date(2026, 1, 5) + timedelta(weeks=n) for n in range(len(counts))]
    return {
        "by source": charts.by_source_chart([{"source": f"site{n % 2}.example", "theme": t, "rank": n,
                                              "paragraphs": c, "share": 0.5} for n, (t, c) in
                                             enumerate(zip(themes, counts, strict=True))], "site"),
        "co-occurrence": charts.cooccurrence_chart([{"theme_a": t, "rank_a": n, "theme_b": "war", "rank_b": 99,
                                                     "paragraphs": c} for n, (t, c) in
                                                    enumerate(zip(themes, counts, strict=True))]),
        "over time, one theme": time_chart.over_time_chart([row(w, "war", 1, c) for w, c in
                                                            zip(weeks, counts, strict=True)], "week", "week published"),
        # Two themes a week: the share of the week's labels runs from 1/(c+1) to c/(c+1).
        "over time, shares": time_chart.over_time_chart(
            [r for w, c in zip(weeks, counts, strict=True) for r in (row(w, "war", 1, c), row(w, "trade", 2, 1))],
            "week", "week published"),
    }


@pytest.mark.parametrize("chart", ["by source", "co-occurrence", "over time, one theme", "over time, shares"])
def test_every_heatmap_number_reads_on_its_cell(chart: str) -> None:
    # The numbers just above the middle of the scale were white on a light blue or orange (a contrast of 2.9 to 1,
    # where text asks 4.5), and a source's smallest count, however big, was white on the palest blue.
    for counts in (range(1, 21), (24, 36), (24, 36, 30, 24), (1, 1, 1)):
        for number, fill, contrast in _drawn_cells(_heatmaps(list(counts))[chart]):
            assert contrast >= 4.5, f"{chart}: {number} on {fill} reads at {contrast:.1f} to 1"


@pytest.mark.parametrize("chart", ["by source", "co-occurrence"])
def test_a_count_is_drawn_in_the_same_colour_whatever_the_smallest_count(chart: str) -> None:
    # Coloured from the smallest count up, a source's 24 labelled paragraphs beside another's 36 were the palest
    # blue, a cell that looked empty; beside a 1, the same 24 was a mid blue.
    with_one = {n: fill for n, fill, _ in _drawn_cells(_heatmaps([1, 24, 36])[chart])}
    without = {n: fill for n, fill, _ in _drawn_cells(_heatmaps([24, 36])[chart])}
    assert without["24"] == with_one["24"] and without["36"] == with_one["36"]


# A Chinese or Japanese character is drawn about twice as wide as a Latin letter: a taxonomy's Japanese name of 37
# characters and no space was one line, 400 pixels wide, on every axis and over its evidence.
@pytest.mark.parametrize("name", ["自然災害、大雨、洪水、地震および避難を余儀なくされた人々への救助活動と支援",
                                  "经济、商业与金融：市场、银行、贸易和生活成本",
                                  "무력 분쟁, 전쟁 및 평화 협상과 그로 인해 피난한 사람들"])
def test_a_chinese_japanese_or_korean_theme_name_takes_lines_as_wide_as_a_latin_names(name: str) -> None:
    spec = charts.cooccurrence_chart([{"theme_a": a, "rank_a": i, "theme_b": b, "rank_b": j, "paragraphs": 2}
                                      for i, a in enumerate((name, "war")) for j, b in enumerate((name, "war"))
                                      if a != b])
    assert spec is not None
    expressions = re.findall(r'"labelExpr": ("(?:[^"\\]|\\.)*")', json.dumps(spec))
    lines = theme_lines(name)
    assert len(lines) >= 2 and "".join(lines).replace(" ", "") == name.replace(" ", "")  # whole, every character
    assert any(json.dumps(lines) in json.loads(e) for e in expressions), expressions  # the axes write those lines
    assert all(2 * len(line.replace(" ", "")) <= 44 for line in lines), lines  # 21 wide characters, about 250 px


@pytest.mark.parametrize("name", ["politique, économie et société", "الحرب والسلام ووقف إطلاق النار",
                                  "политика и государственное управление", "disaster, accident and emergency incident"])
def test_a_name_of_latin_arabic_or_cyrillic_letters_that_fits_keeps_one_line(name: str) -> None:
    assert theme_lines(name) == [name]


def test_a_japanese_name_breaks_after_its_middle_dots_and_a_latin_start_is_not_left_alone() -> None:
    # "株式市" | "場": a word cut in two where a "・" ended the item before it; "COVID-" alone on a line of six.
    assert theme_lines("インフレーション・金利・為替レート・株式市場・暗号資産の動向") == [
        "インフレーション・金利・為替レート・", "株式市場・暗号資産の動向"]
    assert len(theme_lines("COVID-19パンデミックと公衆衛生上の緊急事態への政府の対応")) == 2


def _legend_labels(spec: dict | None) -> list[str]:
    """The colour legend's labels as the browser draws them (Vega's SVG, as the page's Vega draws it)."""
    assert spec is not None
    svg = vl_convert.vegalite_to_svg(spec)
    legend = re.search(r'class="mark-text role-legend-label"[^>]*>(.*?)</g>', svg)
    assert legend is not None
    return re.findall(r">([^<]*)</text>", legend.group(1))


@pytest.mark.parametrize("most", [1, 2, 3, 5, 40, 1500])
def test_a_heatmap_of_one_theme_writes_its_legends_counts_whole_and_each_once(most: int) -> None:
    # A lake of one theme, two paragraphs a day at most: its legend read "0 1 1 2 2" (0.5 and 1.5 rounded).
    days = [date(2026, 10, 1), date(2026, 10, 2), date(2026, 10, 3)]
    spec = time_chart.over_time_chart([row(days[0], "sport", 1, most), row(days[1], "sport", 1, 0),
                                       row(days[2], "sport", 1, 1)], "day", "day published")
    labels = _legend_labels(spec)
    assert len(labels) == len(set(labels)) >= 2, labels
    assert all(re.fullmatch(r"\d{1,3}(,\d{3})*", label) for label in labels), labels
    assert labels[0] == "0" and int(labels[-1].replace(",", "")) <= most


def test_the_heatmaps_tooltips_never_say_100_percent_of_a_share_of_some_but_not_all() -> None:
    # Vega's ".0%" and ".1%" wrote 1,998 of a week's 2,000 labelled paragraphs (or of a source's) as "100%".
    week = date(2026, 1, 5)
    over_time = time_chart.over_time_chart([row(week, "war", 1, 1998), row(week, "trade", 2, 2),
                                            row(date(2026, 1, 12), "war", 1, 3)], "week", "week published")
    by_source = charts.by_source_chart([{"source": "bbc", "theme": t, "rank": n, "paragraphs": p, "share": p / 2000}
                                        for n, (t, p) in enumerate((("war", 1998), ("trade", 2)))], "site")
    for spec in (over_time, by_source):
        said = {v["theme"]: v["share_said"] for v in _values(spec) if v.get("period", "2026-01-05") == "2026-01-05"}
        assert said == {"war": "99.9%", "trade": "0.1%"}, said
        assert "share_said" in json.dumps(spec["layer"][0]["encoding"]["tooltip"])
