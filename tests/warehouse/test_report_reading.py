"""What the report page tells the browser about reading it: its colour scheme and its examples' languages."""

from __future__ import annotations

import re

import pytest

from tests.warehouse.report_lake import make_report_lake
from transforms.report.page import render_page
from warehouse.report import Window, read_report


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return read_report(make_report_lake(tmp_path_factory.mktemp("report-reading")), Window())


def _page(report, **sections) -> str:
    return render_page({**report.sections, **sections}, lake=report.lake, made_at=report.made_at,
                       since=None, until=None)


def test_the_page_says_it_has_a_dark_scheme_so_no_browser_darkens_it_itself(report) -> None:
    # Chrome's auto dark mode recoloured the heatmaps' cells and not all their numbers (a white "1" on a pale
    # cell) and inverted the legends' ramps; it leaves alone a page that says it has dark colours of its own.
    page = _page(report)
    meta = re.search(r'<meta name="color-scheme" content="([^"]+)">', page)
    assert meta is not None and meta.group(1).split() == ["light", "dark"]
    dark = re.search(r"@media screen and \(prefers-color-scheme: dark\) \{(.*?)\n  \}", page, re.DOTALL)
    assert dark is not None and "div.chart {" in dark.group(1)  # the charts keep their light card


def test_an_examples_title_is_read_in_its_articles_language(report) -> None:
    rows = report.sections["examples"]
    title = "Центробанк повысил ключевую ставку до 16 процентов"
    page = _page(report, examples=[{**rows[0], "title": title, "language": "ru"}, *rows[1:]])
    assert re.search(rf'<a href="[^"]*"><bdi lang="ru">{title}</bdi></a>', page)
