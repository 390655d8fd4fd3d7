"""`themelake report`: the lake's themes as one self-contained HTML page, registered on the main CLI app."""

from __future__ import annotations

import shlex
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from flows.cli.app import SETTINGS, LakeOption, app, err, fail, out, refuse_empty, whole_number
from flows.cli.day_option import day
from flows.cli.stdout import check_descriptor, is_stdout, write_stdout
from flows.counted import counted
from flows.report_output import missing_folder, refused_output


@app.command()
def report(
    lake: LakeOption = SETTINGS.lake,
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o",
            help="HTML file to write (default: LAKE/reports/<date>.html and latest.html; "
            "- or /dev/stdout: the page alone on stdout).",
            callback=refuse_empty("give a file to write the page to, or leave it out for LAKE/reports/"),
        ),
    ] = None,
    since: Annotated[
        date | None, typer.Option(parser=day, metavar="YYYY-MM-DD", help="Articles dated from this day on."),
    ] = None,
    until: Annotated[
        date | None,
        typer.Option(parser=day, metavar="YYYY-MM-DD", help="Articles dated up to this day (inclusive)."),
    ] = None,
    top: Annotated[
        int, typer.Option(callback=whole_number(1, 50), help="Themes the charts and examples show (1 to 50).")
    ] = 10,
) -> None:
    """Write one HTML page of charts and evidence that opens from disk (no Prefect API needed)."""
    from warehouse.catalog import QueryError
    from warehouse.lake import LakeError, existing_lake
    from warehouse.output_files import own_descriptor
    from warehouse.report_files import ReportPathError, check_output

    # `-o -`, `-o /dev/stdout` (or /dev/fd/1): the page written into this process's standard output
    # (flows/cli/stdout.py).
    check_descriptor(output)  # before the page is made
    to_stdout = is_stdout(output)
    if to_stdout:
        output = None
    if since and until and since > until:
        fail(f"--since {since:%Y-%m-%d} is after --until {until:%Y-%m-%d}: no article can be in that range")
    refused = refused_output(output)
    if refused and output is not None and Path(lake).is_dir():
        try:  # a lake's own file (`-o lake/_manifest.json`) is said to be one, before its suffix's kind
            check_output(output, lake)
        except (LakeError, ReportPathError) as error:
            fail(str(error))
    if refused:
        fail(refused)
    try:
        existing_lake(lake)
        if output is not None:
            check_output(output, lake)
    except (LakeError, ReportPathError) as error:
        fail(str(error))
    from warehouse.report import Window, read_report  # imports altair and the page template: only when a report is made
    from warehouse.report_files import report_page, save_report

    window = Window(since, until, top)
    made_folder = missing_folder(output)  # made with the page: said, as a file saved where the user looks is
    try:
        made = read_report(lake, window)
        if to_stdout:
            write_stdout(report_page(made).encode("utf-8"), "the report")
        else:
            paths = save_report(made, output)
    except (LakeError, QueryError, ReportPathError) as error:
        fail(str(error))
    # Not when the page itself went to a device, a pipe or a descriptor (`-o /dev/fd/2 2>> log`).
    if not to_stdout and (output is None or own_descriptor(output) is None) and paths[0].is_file():
        out.print(str(paths[0]), highlight=False, soft_wrap=True, markup=False)
    if made_folder is not None and made_folder.is_dir():
        # `-o /nonexistent-dir/x.html` made the folder in silence: a mistyped folder became a new one unnoticed.
        err.print(f"note: made the folder {made_folder} for the report", highlight=False, soft_wrap=True,
                  markup=False)
    note_empty_window(made.sections["overview"], since, until, lake)


def note_empty_window(overview: dict, since: date | None, until: date | None, lake: str) -> None:
    """Say on stderr when --since/--until hold none of the lake's articles, or the lake holds none: the page
    has no chart, only that notice, and the path printed alone read as a page of charts."""
    if overview["articles"]:
        return
    if not overview["lake_articles"]:
        # A lake whose files were all removed, and a run marked them deleted, is no new lake: "yet" misled.
        deleted = overview.get("deleted_articles") or 0
        held = (f"no articles: its {counted(deleted, 'article')} {'was' if deleted == 1 else 'were all'} deleted "
                "(their files gone from the folder a run read)") if deleted else "no articles yet"
        err.print(f"note: the lake holds {held}: the page has no charts; `themelake run SOURCE --lake "
                  f"{shlex.quote(lake)}` ingests some", highlight=False, soft_wrap=True, markup=False)
        return
    window = f"{since or '…'} to {until or '…'}"
    articles = f"{overview['lake_articles']:,} article{'' if overview['lake_articles'] == 1 else 's'}"
    err.print(f"note: none of the lake's {articles} is dated {window}: the page has no charts; "
              "widen the range (--since, --until)", highlight=False, soft_wrap=True, markup=False)

