"""The report's sources section: a chart to compare sources, or a line where there is one."""

from __future__ import annotations

from datetime import date

from transforms.report.page import make_charts


def _sections(sources: list[str], folders: int) -> dict:
    cell = {"source_kind": "folder", "theme": "science", "rank": 1, "paragraphs": 4, "share": 1.0}
    return {
        "over_time": {"rows": [{"period": date(2026, 1, 5), "theme": "science", "rank": 1, "paragraphs": 4,
                                "articles": 2}], "grain": "week", "dated_by": {"published": 2},
                      "charted_by": "published", "left_out": 0},
        "by_source": {"rows": [{**cell, "source": s} for s in sources], "sources": len(sources), "shown": 25},
        "overview": {"sites": 0, "folders": folders},
        "cooccurrence": [],
        "evidence": [],
    }


def test_one_source_is_said_in_a_line_not_drawn_as_a_one_row_chart() -> None:
    # A lake of one folder drew a heatmap of one row under "Themes by source": the top themes' table again.
    (chart,) = [c for c in make_charts(_sections(["tech"], 1)) if c.id == "by-source"]
    assert chart.spec is None and "one top-level folder, tech" in chart.note
    (two,) = [c for c in make_charts(_sections(["tech", "sport"], 2)) if c.id == "by-source"]
    assert two.spec is not None and "one top-level folder" not in two.note


def test_one_labelled_source_of_several_still_says_whom_it_leaves_out() -> None:
    (chart,) = [c for c in make_charts(_sections(["tech"], 3)) if c.id == "by-source"]
    assert chart.spec is None and chart.note.endswith("2 more sources have no paragraph labelled with these themes.")


def test_the_page_s_note_over_a_heatmap_of_one_theme_speaks_of_counts_not_shares() -> None:
    # The chart of one theme is coloured by its count; the page's line above it still spoke of the theme's share.
    sections = _sections(["tech", "sport"], 2)
    second = {**sections["over_time"]["rows"][0], "period": date(2026, 1, 12)}
    sections["over_time"]["rows"].append(second)
    (chart,) = [c for c in make_charts(sections) if c.id == "over-time"]
    assert chart.spec is not None and "share" not in chart.note and "its colour" in chart.note
    sections["over_time"]["rows"].append({**second, "theme": "sport", "rank": 2})
    (two,) = [c for c in make_charts(sections) if c.id == "over-time"]
    assert "share" in two.note


def test_one_source_of_files_directly_in_the_ingested_folder_reads_as_that_folder_s_files() -> None:
    # Files straight in the ingested folder have no top-level folder: the line read "from one top-level folder,
    # (top level of flat/)", a folder named in words no folder has.
    (chart,) = [c for c in make_charts(_sections(["(top level of flat/)"], 1)) if c.id == "by-source"]
    assert chart.spec is None and "top-level folder" not in chart.note and "((" not in chart.note
    assert "files directly in flat/" in chart.note
