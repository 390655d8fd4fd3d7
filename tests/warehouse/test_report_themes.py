"""The report's top themes: since when each is published (report_lake.py's table gives the days)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.warehouse.report_lake import ECONOMY, SOCIETY, WAR, make_report_lake
from transforms.report.page import render_page
from warehouse.report import Window, read_report


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return read_report(make_report_lake(tmp_path_factory.mktemp("report-themes")), Window())


def _page(report, themes) -> str:
    sections = {**report.sections, "themes": themes}
    return render_page(sections, lake=report.lake, made_at=report.made_at, since=None, until=None)


def test_each_top_theme_has_its_first_and_latest_publication_day_leaving_out_the_undated(report) -> None:
    # The page told which themes lead, not since when. War: war1 and war2 (port.txt has no publication date).
    top = report.sections["themes"]["top"]
    assert {t["name"]: (t["first_published"], t["latest_published"]) for t in top} == {
        WAR: ("2026-01-05", "2026-01-06"), ECONOMY: ("2026-01-20", "2026-01-20"), SOCIETY: ("2026-03-02", "2026-03-02"),
    }
    themes = report.sections["themes"]
    table = _page(report, themes).split('<section id="themes">')[1].split("</table>")[0]
    assert "<th>published</th>" in table
    assert '<td class="days">2026-01-05 to 2026-01-06</td>' in table and '<td class="days">2026-01-20</td>' in table


def test_a_page_of_undated_articles_has_no_published_column(report) -> None:
    themes = report.sections["themes"]
    undated = {**themes, "top": [{**t, "first_published": None, "latest_published": None} for t in themes["top"]]}
    page = _page(report, undated)
    assert "<th>published</th>" not in page and 'id="themes-published"' not in page
    mixed = {**themes, "top": [{**t, "first_published": None, "latest_published": None} if t["name"] == WAR else t
                               for t in themes["top"]]}
    assert '<td class="days">\u2013</td>' in _page(report, mixed)  # a theme of undated articles: a dash


def test_a_window_of_one_themes_articles_says_co_occurrence_has_one_theme_to_pair(tmp_path_factory) -> None:
    # Its note said "this page shows 1 (--top)": the articles of the first week of January are all war news.
    lake = make_report_lake(tmp_path_factory.mktemp("report-one-theme"))
    week = read_report(lake, Window(date(2026, 1, 1), date(2026, 1, 7)))
    assert week.sections["overview"]["labelled_themes"] == 1
    note = _page(week, week.sections["themes"]).split('<section id="cooccurrence">')[1].split("</section>")[0]
    assert f"the only theme these articles are labelled with is {WAR}." in note and "--top" not in note
    cut = read_report(lake, Window(top=1))  # three themes, one shown
    assert cut.sections["overview"]["labelled_themes"] == 3
    note = _page(cut, cut.sections["themes"]).split('<section id="cooccurrence">')[1].split("</section>")[0]
    assert "--top" in note and "1 of the 3 themes" in note
