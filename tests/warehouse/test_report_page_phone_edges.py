"""A phone's edges: a table that scrolls says so; a long lake path neither fills the header nor runs off it."""

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

# A lake where a newsroom keeps it: four folders deep, each name long enough to fill a phone's line.
LONG_LAKE = "/home/editor/projects/newsroom-archive-2026/autumn-wire-coverage/lake"
# The same without hyphens: a browser breaks a word after a hyphen, never inside a name of letters alone.
UNHYPHENATED_LAKE = "/home/editor/projects/newsroomarchive2026/autumnwirecoverage/lake"


@pytest.fixture(scope="module")
def lake(tmp_path_factory):
    return make_report_lake(tmp_path_factory.mktemp("edges"))


def page_at(lake, tmp_path, shown_lake: str = LONG_LAKE):
    report = read_report(lake, Window())
    html = render_page(report.sections, lake=shown_lake, made_at=report.made_at, since=None, until=None)
    return html, write_page(tmp_path / "report.html", html)


def test_the_header_shows_the_lakes_last_two_parts_and_the_command_the_whole_path(lake, tmp_path) -> None:
    html, _ = page_at(lake, tmp_path)
    header = html.split("<header>")[1].split("</header>")[0]
    assert f'<code title="{LONG_LAKE}">…/autumn-wire-coverage/lake</code>' in header, header
    commands = re.findall(r"<code>(themelake [^<]*(?:<wbr>[^<]*)*)</code>", html)
    assert commands and all(LONG_LAKE in c.replace("<wbr>", "") for c in commands), commands


@pytest.mark.parametrize("shown", ["lake", "/srv/lake", "data\\lake", "/srv/lake/", "\\\\server\\share\\lake"])
def test_a_short_lake_path_is_shown_whole(lake, tmp_path, shown) -> None:
    html, _ = page_at(lake, tmp_path, shown)
    assert f">{shown}</code>" in html.split("<header>")[1].split("</header>")[0]


# Every table box that scrolls: its background's layers and what they are attached to, and the page's colour there.
_TABLES = """() => [...document.querySelectorAll('div.table')].filter(d => d.scrollWidth > d.clientWidth + 1).map(d => {
    const style = getComputedStyle(d);
    return {label: d.getAttribute('aria-label'), image: style.backgroundImage, attachment: style.backgroundAttachment,
            page: getComputedStyle(d.closest('main')).backgroundColor}; })"""


@pytest.mark.slow
@pytest.mark.parametrize("width", [320, 390])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_table_cut_at_a_phones_edge_shows_a_shade_where_it_scrolls(lake, tmp_path, width, scheme) -> None:
    # At a phone's width the tables were cut at the screen's edge mid-word ("2,000 accour"), nothing saying they
    # scrolled. Each scrolling box has a shade on its edges (scroll) covered, where nothing is beyond, by the page's
    # own colour (local): a cover of another colour than the page's would show as a stripe.
    need_chromium()
    _, page = page_at(lake, tmp_path)
    tables: Any = visit(page, probe=_TABLES, width=width, color_scheme=scheme).probed
    assert tables, "no table scrolls at a phone's width: the test no longer sees the cut"
    for t in tables:
        layers = re.findall(r"(linear|radial)-gradient\(", t["image"])
        assert layers == ["linear", "linear", "radial", "radial"], t
        assert t["attachment"].replace(" ", "") == "local,local,scroll,scroll", t
        assert t["image"].count(t["page"]) == 2, t  # each cover starts with the page's colour


# Where each text line of the header's lake and of the themes' note's command starts: the characters that begin a
# new line (their top below the one before them), with the character before each, and whether it stays on the screen.
_BREAKS = """() => ['header .meta code', '#theme-ids code'].map(where => document.querySelector(where)).map(code => {
    const text = code.textContent, breaks = []; let top = null;
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT); let i = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let k = 0; k < node.length; k++, i++) {
            const range = document.createRange(); range.setStart(node, k); range.setEnd(node, k + 1);
            const rect = range.getBoundingClientRect();
            if (rect.width === 0) continue;
            if (top !== null && rect.top > top + 2) breaks.push(text[i - 1]);
            top = rect.top;
        }
    }
    const right = Math.max(...[...code.getClientRects()].map(r => r.right));
    return {text, breaks, within: right <= document.documentElement.clientWidth}; })"""


@pytest.mark.slow
@pytest.mark.parametrize("width", [320, 390])
@pytest.mark.parametrize("shown_lake", [LONG_LAKE, UNHYPHENATED_LAKE])
def test_a_long_lake_path_is_one_header_line_and_breaks_only_between_its_parts(lake, tmp_path, width,
                                                                                 shown_lake) -> None:
    # The lake's full path took two or three of the header's lines on a phone, and in the themes' note the command's
    # path, one word to the browser, ran past the screen's edge when no hyphen let it break.
    need_chromium()
    _, page = page_at(lake, tmp_path, shown_lake)
    probed: Any = visit(page, probe=_BREAKS, width=width).probed
    header, command = probed
    assert header["text"] == "…/" + "/".join(shown_lake.split("/")[-2:]) and header["breaks"] == [], header
    assert shown_lake in command["text"] and command["breaks"] and command["within"], command
    assert all(before in "/ -" for before in command["breaks"]), command  # a hyphen joins words; a break after it reads
