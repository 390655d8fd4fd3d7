"""A big co-occurrence square's rows' title ("with theme") drawn clear of the column names slanted over the square."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser import visit
from tests.warehouse.report_lake import make_report_lake
from tests.warehouse.report_page import need_chromium
from transforms.report.page import render_page
from warehouse.report import Window, read_report
from warehouse.report_files import write_page

# The rows' title's box, every column name's box of the x axes (the top one's over the square) and the legend's.
_TITLE_AND_NAMES = """() => { const svg = document.querySelector('#cooccurrence svg.marks');
    const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
    const titles = [...svg.querySelectorAll('.role-axis-title text')];
    const rows = titles.find(t => t.textContent === 'with theme');
    const names = [...svg.querySelectorAll('.role-axis')].filter(a => a.querySelector('.role-axis-title text')
        ?.textContent === 'theme' || !a.querySelector('.role-axis-title')).flatMap(a =>
        [...a.querySelectorAll('.role-axis-label text')]);
    const legend = svg.querySelector('.role-legend');
    return {title: rows ? box(rows) : null, names: names.map(t => [t.textContent, ...box(t)]),
            legend: [...legend.querySelectorAll('text, .role-legend-gradient path')].map(box)}; }"""


def _overlaps(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _square_of(themes: int, long: bool = True) -> list[dict[str, Any]]:
    names = [f"{'conflict, war and peace in region' if long else 'theme'} {i}" for i in range(themes)]
    return [{"theme_a": a, "rank_a": i, "theme_b": b, "rank_b": j, "paragraphs": 1 + (i * j) % 7}
            for i, a in enumerate(names) for j, b in enumerate(names) if a != b]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return read_report(make_report_lake(tmp_path_factory.mktemp("report-cooccurrence-title")), Window())


@pytest.mark.slow
@pytest.mark.parametrize(("themes", "width"), [(16, 320), (16, 1280), (12, 390), (4, 320)])
def test_the_rows_title_is_drawn_clear_of_the_column_names(report, tmp_path, themes: int, width: int) -> None:
    # From 12 themes the square names its columns over it too, slanted up from its top edge; "with theme", drawn
    # just above the square's top-left corner, sat among them (bbc-dev's 16 themes, at 320 pixels and at 1280).
    need_chromium()
    html = render_page({**report.sections, "cooccurrence": _square_of(themes)}, lake=report.lake,
                       made_at=report.made_at, since=None, until=None)
    seen: Any = visit(write_page(tmp_path / "report.html", html), probe=_TITLE_AND_NAMES, width=width).probed
    assert seen["title"] and len(seen["names"]) >= 2 * themes if themes >= 12 else seen["names"], seen
    assert not [name for name in seen["names"] if _overlaps(seen["title"], name[1:])], seen
    assert not [part for part in seen["legend"] if _overlaps(seen["title"], part)], seen  # nor under the legend
