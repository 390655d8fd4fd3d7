"""The report's figures on a lake: time to aggregate and render, page size, time to render in Chromium.

    .venv/bin/python -m benchmarks.report_page --lake /tmp/bbc-lake [--screenshot docs/report.png]

Prints one JSON line. The browser is Debian's chromium driven by Playwright (tests/browser.py),
with every request outside the file routed away; render time runs from navigation until every
chart has drawn its SVG.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from tests.browser import visit
from transforms.report.page import render_page, vega_bundle
from warehouse.report import Window, read_report
from warehouse.report_files import write_page


def measure(lake: str, top: int, screenshot: Path | None, clip_height: int | None) -> dict:
    """Return the report's timings and size for a lake (and save a screenshot when asked)."""
    started = time.perf_counter()
    vega_bundle()  # once per process: measured apart, as it does not grow with the lake
    bundle_s = time.perf_counter() - started
    started = time.perf_counter()
    report = read_report(lake, Window(top=top))
    aggregate_s = time.perf_counter() - started
    started = time.perf_counter()
    html = render_page(report.sections, lake=report.lake, made_at=report.made_at, since=None, until=None)
    render_s = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as folder:
        page = write_page(Path(folder) / "report.html", html)
        seen = visit(page, screenshot=screenshot, clip_height=clip_height)
    return {
        "lake": lake,
        "articles": report.sections["overview"]["articles"],
        "paragraphs": report.sections["overview"]["paragraphs"],
        "page_bytes": len(html.encode()),
        "bundle_s": round(bundle_s, 2),
        "aggregate_s": round(aggregate_s, 2),
        "template_s": round(render_s, 2),
        "browser_render_s": round(seen.render_s, 2),
        "charts": seen.charts,
        "charts_with_marks": seen.charts_with_marks,
        "remote_requests": len(seen.remote_requests),
        "console_errors": len(seen.errors),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lake", required=True)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--screenshot", type=Path, help="save a PNG of the page")
    parser.add_argument("--clip-height", type=int, help="screenshot only the page's first N pixels")
    args = parser.parse_args()
    print(json.dumps(measure(args.lake, args.top, args.screenshot, args.clip_height)))


if __name__ == "__main__":
    main()
