"""The `themelake` command: parse arguments, call a flow or a warehouse function, print."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markdown import Markdown
from rich.markup import escape
from rich.table import Table

from flows.artifacts import summary_markdown
from flows.progress import batch_bar
from flows.settings import Settings
from flows.summary_text import plain_text
from transforms.taxonomy import TaxonomyError
from warehouse.catalog import QueryError, query
from warehouse.lake import LakeError, read_manifest
from warehouse.sources import SourceError, resolve_source
from warehouse.taxonomy_files import read_taxonomy, read_taxonomy_text

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Article files → paragraphs → theme labels → Parquet tables you query with DuckDB.",
)
out = Console()
err = Console(stderr=True)
_SETTINGS = Settings.from_env()

LakeOption = Annotated[str, typer.Option("--lake", help="Lake folder (env THEMELAKE_LAKE).")]
TaxonomyOption = Annotated[
    str | None, typer.Option("--taxonomy", help="Taxonomy TOML file (default: bundled IPTC Media Topics).")
]

FieldOption = Annotated[
    list[str] | None,
    typer.Option(
        "--field",
        help="Records files (.jsonl .json .csv): NAME=FIELD maps a field of the file to id, title, text, "
        "published_at, url, authors, site or language (repeatable); without it common names are recognised.",
    ),
]


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def fail(message: str, code: int = 2) -> None:
    """Print one line for the user and exit non-zero: errors they can fix get no traceback."""
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def ready_to_write(lake: str) -> None:
    """Before a flow that writes `lake`: a configured Prefect API must answer; another run's writer
    lock is waited for here, said once, before Prefect starts; then the temporary API is started,
    tied to this process (flows/api_server.py). Each problem is one line and exit code 2."""
    from flows.api_server import ApiError, check_api, ensure_api
    from warehouse.lake import WAITING_FOR_LOCK, wait_for_writer_lock

    try:
        check_api()
        wait_for_writer_lock(
            lake, Settings.from_env().lock_timeout, on_wait=lambda: err.print(WAITING_FOR_LOCK, highlight=False)
        )
        ensure_api()
    except (ApiError, LakeError) as error:
        fail(str(error))


@app.command()
def run(
    source: Annotated[
        str,
        typer.Argument(
            help="Folder of article files (.txt .md .html .jsonl .json .csv, each also .gz), read recursively, "
            "or one file (env THEMELAKE_INBOX)."
        ),
    ] = _SETTINGS.inbox,
    lake: LakeOption = _SETTINGS.lake,
    taxonomy: TaxonomyOption = _SETTINGS.taxonomy,
    batch_size: Annotated[int, typer.Option(min=1, help="Files per batch task.")] = _SETTINGS.batch_size,
    runner: Annotated[
        str, typer.Option(help="Where batch tasks run: local (a process per core) or dask.")
    ] = _SETTINGS.runner,
    dask_address: Annotated[
        str | None, typer.Option(help="tcp://HOST:PORT of a Dask scheduler; without it, a LocalCluster.")
    ] = _SETTINGS.dask_address,
    compact: Annotated[
        bool, typer.Option(help="Compact the lake afterwards when 16+ unsorted files have gathered in a table.")
    ] = True,
    enrich: Annotated[
        bool, typer.Option(help="Find places, amounts and tone in the paragraphs (later: `themelake enrich`).")
    ] = True,
    field: FieldOption = None,
    include: Annotated[
        list[str] | None, typer.Option("--include", help="Read only files matching this glob (repeatable).")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", help="Do not read files matching this glob (repeatable).")
    ] = None,
    report: Annotated[
        bool, typer.Option("--report", help="Write the lake's report page at the end (lake/reports/latest.html).")
    ] = False,
) -> None:
    """Ingest a folder of articles (or one file) into the lake (runs the `ingest-articles` flow)."""
    from transforms.formats.fields import MappingError, parse_field_options

    try:
        parse_field_options(field or [])
        resolve_source(source)
        read_taxonomy(taxonomy)
        read_manifest(lake)  # a lake of another schema version: say so before starting Prefect
    except (SourceError, TaxonomyError, LakeError, MappingError) as error:
        fail(str(error))
    ready_to_write(lake)
    from flows.runners import RunnerError, task_runner

    try:
        from flows.ingest import ingest_articles  # imports Prefect: only when a flow runs

        flow = ingest_articles.with_options(task_runner=task_runner(runner, dask_address))
    except RunnerError as error:
        fail(str(error))
    try:
        with batch_bar(out):
            summary = flow(
                source=source, lake=lake, taxonomy=taxonomy, batch_size=batch_size, compact=compact,
                enrich=enrich, fields=field, include=include, exclude=exclude, report=report,
            )
    except (SourceError, TaxonomyError, LakeError) as error:
        fail(str(error))
    print_summary(summary)


def print_summary(summary: dict) -> None:
    """Print the run's summary: the markdown of the run's artifact in the Prefect UI, rendered."""
    text = summary_markdown(summary)
    if out.is_terminal:
        out.print(Markdown(text))
    else:  # piped, captured or logged: plain text, never cut to a terminal's width
        sys.stdout.write(plain_text(text))


@app.command("query")
def query_command(
    sql: Annotated[
        str | None, typer.Argument(help="SQL over the views: articles, paragraphs, paragraph_themes, ...")
    ] = None,
    lake: LakeOption = _SETTINGS.lake,
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    sql_file: Annotated[
        Path | None, typer.Option("--sql-file", help="Read the SQL from a file (- for standard input).")
    ] = None,
) -> None:
    """Run SQL on the lake (read-only) and print the result."""
    if (sql is None) == (sql_file is None):
        fail("give the SQL either as an argument or with --sql-file, not both")
    if sql_file is not None:
        try:
            sql = sys.stdin.read() if str(sql_file) == "-" else sql_file.read_text("utf-8")
        except OSError as error:
            fail(f"cannot read {sql_file}: {error.strerror or error}")
    assert sql is not None
    try:
        result = query(lake, sql)
    except (QueryError, LakeError) as error:
        fail(str(error))
    rows = result.to_pylist()
    if format is Format.json:
        sys.stdout.write(json.dumps(rows, default=str, ensure_ascii=False) + "\n")
    elif format is Format.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(result.column_names)
        writer.writerows([[csv_value(row[c]) for c in result.column_names] for row in rows])
    else:
        cells = [["" if v is None else str(v) for v in row.values()] for row in rows]
        table = Table(*result.column_names)
        for values in cells:
            table.add_row(*values)
        # To a terminal, rich fits the table to its width; to a file or a pipe, nothing is cut or wrapped.
        (out if out.is_terminal else Console(width=table_width(result.column_names, cells))).print(table)


def csv_value(value: object) -> object:
    """Return a value for a CSV cell: lists and structs (evidence) as JSON, anything else as it is.

    >>> csv_value([{"term": "war", "start": 3}]), csv_value(2.5)
    ('[{"term": "war", "start": 3}]', 2.5)
    """
    if isinstance(value, (list, dict)):
        return json.dumps(value, default=str, ensure_ascii=False)
    return value


def table_width(names: list[str], cells: list[list[str]]) -> int:
    """Return the characters a rich table of these cells needs so that no cell is cut or wrapped."""
    widest = [len(n) for n in names]
    for values in cells:
        for i, value in enumerate(values):
            widest[i] = max(widest[i], max((len(line) for line in value.splitlines()), default=0))
    return sum(widest) + 3 * len(names) + 1  # a space either side of each cell, and the borders


@app.command()
def themes(
    taxonomy: TaxonomyOption = _SETTINGS.taxonomy,
    export: Annotated[bool, typer.Option("--export", help="Print the taxonomy file itself, to copy and edit.")] = False,
) -> None:
    """List the themes of a taxonomy, with their term counts."""
    try:
        if export:
            sys.stdout.write(read_taxonomy_text(taxonomy))
            return
        tax = read_taxonomy(taxonomy)
    except TaxonomyError as error:
        fail(str(error))
    table = Table("id", "name", "terms", title=f"{tax.name} (version {tax.version}, min score {tax.min_score})")
    for theme in tax.themes:
        table.add_row(theme.id, theme.name, str(len(theme.terms)))
    out.print(table)


def main() -> None:
    """Entry point of the `themelake` console script."""
    app()


import flows.cli_enrich  # noqa: E402,F401  (registers `themelake enrich`)
import flows.cli_labels  # noqa: E402,F401  (registers `themelake eval`, `learn`, `relabel`)
import flows.cli_lake  # noqa: E402,F401  (registers `themelake compact`)
import flows.cli_report  # noqa: E402,F401  (registers `themelake report`)
from flows import cli_ops  # noqa: E402,F401  (registers serve)
