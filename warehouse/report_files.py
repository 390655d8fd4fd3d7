"""Where report pages go and how they are written: lake/reports/<date>.html and latest.html, or a named file.

write_report composes the three steps (aggregate, render, write) for the CLI; the report-lake
flow runs the same steps as two tasks.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from warehouse import storage
from warehouse.lake import CATALOG, DATA, LOCK, MANIFEST, resolve_lake

if TYPE_CHECKING:  # the page's modules import altair: `themelake --help` must not wait for it
    from warehouse.report import LakeReport, Window

REPORTS = "reports"
LATEST = "latest.html"


class ReportPathError(ValueError):
    """The report cannot be written where asked; the message names the path and why."""


# The lake's own files: a page written over one of them (`-o lake/_manifest.json`) ruins the lake.
_LAKE_OWN = (MANIFEST, CATALOG, LOCK, DATA)


def check_output(path: str | os.PathLike[str], lake: str | os.PathLike[str] | None = None) -> Path:
    """Return a report file's absolute path, or raise ReportPathError when its folder cannot be made or
    written in, or when it is one of the `lake`'s own files (its manifest, catalog, lock or data)."""
    if storage.is_url(path):  # it read as a local path: "folder /work/s3:/lakes/a/reports does not exist"
        raise ReportPathError(f"cannot write the report to {path}: a report is written to a local file (-o FILE)")
    name = Path(path).expanduser()
    if lake is not None and not storage.is_url(lake):
        root = resolve_lake(lake).resolve()
        target = name.resolve()
        if any(target == root / own or (root / own) in target.parents for own in _LAKE_OWN):
            raise ReportPathError(
                f"cannot write the report to {path}: it is one of the lake's own files; "
                f"give another name (the lake's pages go in {root / REPORTS})"
            )
    if name.exists() and not name.is_dir() and not name.is_file():  # /dev/stdout, a pipe: written into
        if not os.access(name, os.W_OK):
            raise ReportPathError(f"cannot write the report to {path}: permission denied")
        return name
    target = name.resolve()
    if target.is_dir():
        raise ReportPathError(f"cannot write the report to {path}: it is a folder, give a file name (-o report.html)")
    # A missing folder is made when the page is written (`-o reports/2026/may.html`, as the lake's own
    # reports/ is); what can stop it is said now, before the lake is read: a file where a folder goes,
    # or a folder this user cannot write in.
    folder = _nearest_existing(target.parent)
    if not folder.is_dir():
        raise ReportPathError(f"cannot write the report to {path}: {folder} is a file, not a folder")
    if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
        raise ReportPathError(f"cannot write the report to {path}: permission denied")
    return target


def _nearest_existing(folder: Path) -> Path:
    """Return `folder`, or its nearest parent that exists."""
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder


def write_page(path: str | os.PathLike[str], html: str, lake: str | os.PathLike[str] | None = None) -> Path:
    """Write a page whole (warehouse.output_files: a reader never sees half a page; a link is written
    through, a device or pipe such as /dev/stdout written into), never over one of `lake`'s own files;
    return where it went."""
    from warehouse.output_files import OutputError, write_files_whole

    target = check_output(path, lake)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)  # `-o reports/2026/may.html`: made as needed
    except OSError as error:  # a read-only disk: what the check above cannot see
        raise ReportPathError(f"cannot write the report to {path}: {error.strerror or error}") from None
    try:
        [target] = write_files_whole([(path, html.encode("utf-8"))])
    except OutputError as error:  # a read-only or full disk, a folder that went away: the user's to fix
        raise ReportPathError(f"cannot write the report to {path}: {error.reason}") from None
    return target


def write_lake_page(lake: str | os.PathLike[str], html: str, day: date) -> tuple[Path, Path]:
    """Write a page as the lake's reports/<day>.html and reports/latest.html; return both paths
    (a lake on object storage: both objects' paths, each written in one PUT)."""
    if storage.is_url(lake):
        return _write_store_pages(str(lake), html.encode("utf-8"), day)
    folder = resolve_lake(lake) / REPORTS
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:  # a read-only lake, or a file named reports
        raise ReportPathError(
            f"cannot write the report into {folder}: {error.strerror or error}; write it elsewhere with -o FILE"
        ) from None
    from warehouse.output_files import OutputError, write_files_whole

    data = html.encode("utf-8")
    try:  # both written before either is renamed into place (warehouse.output_files)
        dated, latest = write_files_whole([(folder / f"{day.isoformat()}.html", data), (folder / LATEST, data)])
    except OutputError as error:
        raise ReportPathError(f"cannot write {error.path}: {error.reason}; write it elsewhere with -o FILE") from None
    return dated, latest


def _write_store_pages(lake: str, data: bytes, day: date) -> tuple[Path, Path]:
    # A PUT is whole or not made (warehouse.storage): a reader of latest.html gets the old page or the
    # new one. The dated page first, so latest.html never names a day whose page is missing. A scheduled
    # `report-lake` on a lake in a bucket writes where a local lake's pages go, with no -o to give.
    folder = storage.url_path(lake) / REPORTS
    pages = (folder / f"{day.isoformat()}.html", folder / LATEST)
    for page in pages:
        try:
            storage.write_bytes(page, data)
        except OSError as error:  # refused (read-only credentials), a missing bucket
            reason = error.strerror or error.__class__.__name__
            raise ReportPathError(
                f"cannot write the report to {page}: {reason}; write it to a local file with -o FILE"
            ) from None
    return pages


def report_page(report: LakeReport) -> str:
    """Return the HTML page of a lake's report."""
    from transforms.formats.report_pages import GENERATOR
    from transforms.report.page import render_page
    from warehouse.tables import THEMELAKE_VERSION

    return render_page(
        report.sections, lake=report.lake, made_at=report.made_at, since=report.window.since, until=report.window.until,
        generator=f"{GENERATOR} {THEMELAKE_VERSION}",  # the page says who made it: a later run does not read it
    )


def save_report(report: LakeReport, output: str | os.PathLike[str] | None) -> list[Path]:
    """Write a report's page to `output`, else to the lake's reports/<date>.html and latest.html; return the paths."""
    html = report_page(report)
    if output:
        return [write_page(output, html, report.lake)]
    return list(write_lake_page(report.lake, html, report.made_at.date()))


def write_report(
    lake: str | os.PathLike[str], window: Window, output: str | os.PathLike[str] | None = None
) -> list[Path]:
    """Aggregate a lake's report, render its page and write it (see save_report); return the paths written."""
    from warehouse.report import read_report

    return save_report(read_report(lake, window), output)
