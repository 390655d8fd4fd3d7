"""Open a report page in headless Chromium (Debian's `chromium`, driven by Playwright) and see what it did.

Playwright never downloads a browser here: it drives the system's chromium through
`executable_path`. Every request is routed: only file:// (and data:/blob: URLs the page makes
itself) may load; anything else is recorded and aborted, so a page that reaches for a CDN fails.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Playwright is imported where a browser runs; mypy needs its clip's type
    from playwright.sync_api import FloatRect

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
LAUNCH_ARGS = [
    "--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")


def chromium_path() -> str | None:
    """Return the system's Chromium (THEMELAKE_CHROMIUM, else one on PATH), or None."""
    given = os.environ.get("THEMELAKE_CHROMIUM")
    if given:
        return given if Path(given).exists() else None
    return next((found for name in CHROMIUM_NAMES if (found := shutil.which(name))), None)


@dataclass
class PageVisit:
    """What a page did in the browser: charts drawn, marks, requests, console errors, time to render."""

    charts: int = 0
    charts_rendered: int = 0
    charts_with_marks: int = 0
    marks: int = 0
    text: str = ""
    render_s: float = 0.0
    remote_requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # Each chart axis's title and the labels it shows, in the order drawn (the charts' own, svg.marks: not the
    # copy of a scrolling chart's row names the page lays over it).
    axes: list[tuple[str, list[str]]] = field(default_factory=list)
    probed: object = None  # what the `probe` JavaScript function returned


_AXES = """() => [...document.querySelectorAll('[data-spec] svg.marks .role-axis')].map(axis => [
    axis.querySelector('.role-axis-title text')?.textContent ?? '',
    [...axis.querySelectorAll('.role-axis-label text')].map(t => t.textContent),
])"""


def visit(
    page_path: Path, screenshot: Path | None = None, timeout_s: float = 60, clip_height: int | None = None,
    probe: str | None = None, width: int = 1200, media: str | None = None, color_scheme: str = "light",
    resize_to: int | None = None,
) -> PageVisit:
    """Load a page from disk, wait for every chart to render (or fail), and return what happened;
    `probe`, a JavaScript function, is run on the drawn page and its result kept (under `media`,
    "print" or "screen", when given; the reader preferring `color_scheme`, light or dark), after the window is
    made `resize_to` pixels wide when given (a phone turned sideways, a window narrowed)."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if executable is None:
        raise RuntimeError("no chromium found")
    seen = PageVisit()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=LAUNCH_ARGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": width, "height": 900},
                                          color_scheme=color_scheme)  # type: ignore[arg-type]

            def route(r):  # type: ignore[no-untyped-def]
                if r.request.url.startswith(LOCAL_SCHEMES):
                    r.continue_()
                else:
                    seen.remote_requests.append(r.request.url)
                    r.abort()

            def remote_request(r):  # type: ignore[no-untyped-def]
                if not r.url.startswith(LOCAL_SCHEMES):
                    seen.remote_requests.append(r.url)

            context.route("**/*", route)
            page = context.new_page()
            page.on("request", remote_request)
            page.on("console", lambda m: seen.errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: seen.errors.append(str(e)))
            started = time.perf_counter()
            page.goto(page_path.resolve().as_uri(), wait_until="load")
            page.wait_for_function(
                "() => [...document.querySelectorAll('[data-spec]')]"
                ".every(h => h.dataset.rendered === 'true' || h.textContent.startsWith('chart failed'))",
                timeout=timeout_s * 1000,
            )
            seen.render_s = time.perf_counter() - started
            seen.charts = page.locator("[data-spec]").count()
            seen.charts_rendered = page.locator("[data-rendered=true] svg.marks").count()
            seen.charts_with_marks = page.evaluate(
                "() => [...document.querySelectorAll('[data-spec]')]"
                ".filter(h => h.querySelectorAll('svg .role-mark path, svg .role-mark text').length > 0).length"
            )
            seen.marks = page.locator("mark").count()
            seen.text = page.inner_text("body")
            seen.axes = [(title, labels) for title, labels in page.evaluate(_AXES)]
            if resize_to is not None:
                page.set_viewport_size({"width": resize_to, "height": 900})
                page.wait_for_timeout(300)  # the page's resize observers run before the next frames
            if media is not None:
                page.emulate_media(media=media)  # type: ignore[arg-type]
            seen.probed = page.evaluate(probe) if probe else None
            if screenshot is not None:
                clip: FloatRect | None = (
                    {"x": 0, "y": 0, "width": width, "height": clip_height} if clip_height else None
                )
                page.screenshot(path=str(screenshot), full_page=True, clip=clip)
        finally:
            browser.close()
    return seen
