"""The `report-lake` flow: aggregate the lake in DuckDB, render the page, write it, publish a link to it.

`themelake report` does the same steps without Prefect (warehouse.report_files.write_report), so
that a page takes seconds, not an API's start; scheduled and `ingest-articles --report` pages come
from this flow, with its link artifact.
"""

# No `from __future__ import annotations`: the flow's function is wrapped (`fails_in_one_line`), and
# Prefect reads its parameters' types from the annotations, which as strings it resolved in the
# wrapper's module, where `date` is not defined.
from datetime import date
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_link_artifact
from prefect.cache_policies import NO_CACHE

from flows.flow_checks import ParameterError, check_count, check_not_empty
from flows.flow_parameters import plain_parameters
from flows.parameter_types import typed_parameters
from flows.report_output import missing_folder, refused_output
from flows.settings import Settings
from flows.user_errors import fails_in_one_line
from warehouse import storage
from warehouse.lake import existing_lake
from warehouse.report import LakeReport, Window, read_report
from warehouse.report_files import check_output, save_report

DEFAULT_TOP = 10
MAX_TOP = 50  # as `themelake report --top` allows


@task(name="read-report", cache_policy=NO_CACHE)
def read_report_task(lake: str, window: Window) -> LakeReport:
    """Aggregate the report's sections in DuckDB over the lake's current views."""
    return read_report(lake, window)


@task(name="write-report", cache_policy=NO_CACHE)
def write_report_task(report: LakeReport, output: str | None) -> list[Path]:
    """Render the page and write it: to `output`, else to the lake's reports/<date>.html and latest.html."""
    return save_report(report, output)


@plain_parameters
@typed_parameters
@flow(name="report-lake", log_prints=False)
@fails_in_one_line
def report_lake(
    lake: str | None = None,
    output: str | None = None,
    since: date | None = None,
    until: date | None = None,
    top: int = DEFAULT_TOP,
) -> str:
    """Write the lake's report page and publish a link artifact to it; return the page's path.

    Args:
        lake: Lake folder (default: THEMELAKE_LAKE, else ./lake).
        output: HTML file to write (default: the lake's reports/<date>.html, copied to reports/latest.html).
        since: First day of publication (or ingestion, where unknown) of the articles shown.
        until: Last day (inclusive) of the articles shown.
        top: How many themes the charts and examples show.
    """
    check_not_empty("lake", lake)
    check_not_empty("output", output)
    check_count("top", top, 1, MAX_TOP)
    refused = refused_output(output, "output")  # as `themelake report -o themes.pdf` is refused
    if refused:
        raise ParameterError(refused)
    lake = lake or Settings.from_env().lake
    existing_lake(lake)  # a missing lake (a report scheduled before the first run) is one line, no traceback
    if output is not None:  # a folder that is not there: said before the lake is read, not in a task's traceback
        check_output(output, lake)
    report = read_report_task(lake, Window(since, until, top))
    made_folder = missing_folder(output)  # made with the page: logged, as `themelake report -o` says it
    paths = write_report_task(report, output)
    if made_folder is not None and made_folder.is_dir():
        # A deployment's `output` in a mistyped folder made that folder in silence, where the CLI says it.
        get_run_logger().info("made the folder %s for the report", made_folder)
    page = paths[-1]
    size = page.stat().st_size
    create_link_artifact(
        key="lake-report",
        link=str(page) if storage.is_url(page) else page.as_uri(),  # a lake's page in a bucket: its s3:// URL
        link_text=f"themelake report of {report.lake}",
        description=f"The lake's report page ({size / 1e6:.1f} MB), made {report.made_at:%Y-%m-%d %H:%M} UTC.",
    )
    get_run_logger().info("wrote the report to %s (%d bytes)", ", ".join(map(str, paths)), size)
    return str(paths[0])
