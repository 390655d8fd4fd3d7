"""The report page in a newsroom reader's words: when the lake was last updated, themes without their codes in the
way, and tone's note one line before its table."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.browser import visit
from tests.warehouse.report_lake import make_report_lake
from tests.warehouse.report_page import need_chromium, page_of, section_of
from transforms.report.page import render_page
from warehouse.report import Window, read_report
from warehouse.report_files import write_page


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    return make_report_lake(tmp_path_factory.mktemp("report-page-plain-words"))


def _with_last_run(lake, **run) -> str:
    report = read_report(lake, Window())
    overview = {**report.sections["overview"], "last_run": {**report.sections["overview"]["last_run"], **run}}
    return render_page({**report.sections, "overview": overview}, lake=report.lake, made_at=report.made_at,
                       since=None, until=None)


def _header(html: str) -> str:
    return html.split("<header>")[1].split("</header>")[0]


def test_the_page_says_when_the_lake_was_last_updated_as_a_reader_would(lake) -> None:
    # The glance's last card read "2026-03-10 09:00 / last run (UTC): ingest-articles, completed": a flow's internal
    # name, and a time drawn as big as the article count, as if it were a figure of the news.
    html = page_of(lake)
    assert "ingest-articles" not in html and "<b>2026-03-10 09:00</b>" not in section_of(html, "overview")
    assert '<p class="meta" id="last-run">Last updated 10 Mar 2026, 09:00 UTC.</p>' in _header(html), _header(html)


def test_a_last_run_that_did_not_complete_is_said_so(lake) -> None:
    # The time of a failed run is not when the lake's figures were last brought up to date: it is told as a failure.
    ended = datetime(2026, 3, 11, 7, 5, tzinfo=UTC)
    header = _header(_with_last_run(lake, state="FAILED", ended_at=ended))
    assert "Last updated" not in header and "ingest-articles" not in header
    assert ">The last run failed, 11 Mar 2026, 07:05 UTC.<" in header, header


def test_no_run_recorded_says_none(lake) -> None:
    report = read_report(lake, Window())
    html = render_page({**report.sections, "overview": {**report.sections["overview"], "last_run": None}},
                       lake=report.lake, made_at=report.made_at, since=None, until=None)
    assert "Last updated" not in html and ">No run is recorded.<" in _header(html)


def test_top_themes_keep_their_ids_out_of_the_way_but_findable(lake) -> None:
    # An "id" column of medtop:04000000 codes meant nothing to an editor; a SQL user still finds each theme's id.
    report = read_report(lake, Window())
    themes = section_of(page_of(lake), "themes")
    assert "<th>id</th>" not in themes
    for theme in report.sections["themes"]["top"]:
        assert f'title="id: {theme["theme_id"]}"' in themes, theme


def test_the_tone_note_is_one_short_line_with_its_method_a_click_away(lake) -> None:
    # Six lines on a phone (VADER, GDELT, "−100 to 100") before the table: the reader needs the one line that says
    # how to read a mean; the method is kept for whoever opens it.
    tone = section_of(page_of(lake), "tone")
    before_table = tone.split('<div class="table"')[0]
    note = " ".join(re.sub(r"<details.*?</details>", "", before_table, flags=re.S).split())
    said = re.sub(r"<[^>]+>", "", note).strip()
    assert said and len(said) <= 120 and "VADER" not in said, said
    assert re.search(r"<details[^>]*>.*VADER.*</details>", before_table, flags=re.S), before_table


# A tap (a click) on each top theme's name: the text its cell shows then, and the page's width.
_TAPPED = """() => [...document.querySelectorAll('#themes td.theme-name')].map(td => {
    td.querySelector('summary')?.click();
    return [td.innerText, document.documentElement.scrollWidth <= document.documentElement.clientWidth]; })"""


@pytest.mark.slow
def test_a_phone_shows_a_themes_id_on_a_tap_of_its_name(lake, tmp_path) -> None:
    # A theme's id was a tooltip (the pointer resting on its name), which a phone's finger never raises: a SQL user on
    # a phone could not read it. A tap on the name shows it, and a long id does not widen the page.
    need_chromium()
    report = read_report(lake, Window())
    top = report.sections["themes"]["top"]
    long_ids = [{**t, "theme_id": f"urn:example:a-taxonomy-of-long-ids:themes:{t['theme_id']}-0400000000"}
                for t in top]
    html = render_page({**report.sections, "themes": {**report.sections["themes"], "top": long_ids}},
                       lake=report.lake, made_at=report.made_at, since=None, until=None)
    tapped: Any = visit(write_page(tmp_path / "report.html", html), probe=_TAPPED, width=320).probed
    assert len(tapped) == len(top), tapped
    for (text, narrow), theme in zip(tapped, long_ids, strict=True):
        assert theme["name"] in text and theme["theme_id"] in text.replace("\n", "") and narrow, (text, theme)
