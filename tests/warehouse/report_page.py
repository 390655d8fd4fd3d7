"""What the report page tests share: a tiny lake's page, its sections' notes, a browser to open it in."""

from __future__ import annotations

import os

import pytest

from tests.browser import chromium_path
from tests.warehouse.report_lake import ECONOMY
from transforms.report.page import render_page
from warehouse.report import Window, read_report
from warehouse.report_files import write_page


def page_of(lake, window: Window | None = None) -> str:
    window = window or Window()
    report = read_report(lake, window)
    return render_page(report.sections, lake=report.lake, made_at=report.made_at,
                       since=window.since, until=window.until)


def section_note(html: str, section: str) -> str:
    return " ".join(html.split(f'<section id="{section}">')[1].split('<p class="note">')[1].split("</p>")[0].split())


def need_chromium() -> None:
    if chromium_path() is None:
        if os.environ.get("CI"):  # .ci/run installs chromium: a CI run must not pass by skipping this
            pytest.fail("no chromium in CI: .ci/run should have installed it")
        pytest.skip("no chromium on this machine (apt-get install chromium; .ci/run installs it)")
    pytest.importorskip("playwright", reason="playwright is in the test extras: pip install -e '.[test]'")


def renamed(value, old: str, new: str):  # type: ignore[no-untyped-def]
    """The sections with every value `old` (a theme's name) read `new`."""
    if isinstance(value, dict):
        return {k: renamed(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [renamed(v, old, new) for v in value]
    return new if value == old else value


def page_with_theme_named(lake, tmp_path, name: str):
    """Write the lake's report page with the economy theme renamed `name`; return its path."""
    report = read_report(lake, Window())
    html = render_page(renamed(report.sections, ECONOMY, name), lake=report.lake, made_at=report.made_at,
                       since=None, until=None)
    return write_page(tmp_path / "report.html", html)


def dated_note(html: str) -> str:
    return " ".join(html.split('id="dated">')[1].split("</p>")[0].split())


def section_of(html: str, section: str) -> str:
    return html.split(f'<section id="{section}">')[1].split("</section>")[0]
