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


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


def fail(message: str, code: int = 2) -> None:
    """Print one line for the user and exit non-zero: errors they can fix get no traceback."""
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@app.command()
def run(
    source: Annotated[
        str, typer.Argument(help="Folder of .txt/.md article files, read recursively (env THEMELAKE_INBOX).")
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
    report: Annotated[
        bool, typer.Option("--report", help="Write the lake's report page at the end (lake/reports/latest.html).")
    ] = False,
) -> None:
    """Ingest a folder of articles into the lake (runs the `ingest-articles` flow)."""
    try:
        resolve_source(source)
        read_taxonomy(taxonomy)
        read_manifest(lake)  # a lake of another schema version: say so before starting Prefect
    except (SourceError, TaxonomyError, LakeError) as error:
        fail(str(error))
    from flows.runners import RunnerError, task_runner

    try:
        from flows.ingest import ingest_articles  # imports Prefect: only when a flow runs

        flow = ingest_articles.with_options(task_runner=task_runner(runner, dask_address))
    except RunnerError as error:
        fail(str(error))
    try:
        with batch_bar(out):
            summary = flow(
                source=source, lake=lake, taxonomy=taxonomy, batch_size=batch_size, compact=compact, report=report
            )
    except (SourceError, TaxonomyError, LakeError) as error:
        fail(str(error))
    print_summary(summary)


def print_summary(summary: dict) -> None:
    """Print the run's summary: the same markdown as the run's artifact in the Prefect UI."""
    text = summary_markdown(summary)
    if out.is_terminal:
        out.print(Markdown(text))
    else:  # piped or captured: the markdown itself, never cut to a terminal's width
        sys.stdout.write(text)


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
        writer.writerows([[row[c] for c in result.column_names] for row in rows])
    else:
        table = Table(*result.column_names)
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row.values()))
        out.print(table)


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


import flows.cli_labels  # noqa: E402,F401  (registers `themelake eval`, `learn`, `relabel`)
import flows.cli_lake  # noqa: E402,F401  (registers `themelake compact`)
import flows.cli_report  # noqa: E402,F401  (registers `themelake report`)
from flows import cli_ops  # noqa: E402,F401  (registers serve)
