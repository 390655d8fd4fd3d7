"""`themelake run`: ingest a folder of articles (or one file) into the lake."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from flows.cli.app import (
    SETTINGS,
    LakeOption,
    TaxonomyOption,
    app,
    err,
    fail,
    fail_api_gone,
    note_vectors,
    out,
    ready_to_write,
    refuse_empty,
    say_leftovers,
    say_waiting,
    whole_number,
)
from flows.cli.field_names import check_field_names
from flows.settings import RUNNERS, unknown_runner

RunFieldOption = Annotated[
    list[str] | None,
    typer.Option(
        "--field",
        help="Records files (.jsonl .json .csv .tsv): NAME=FIELD maps a field of the file to id, title, text, "
        "published_at, url, authors, site or language (repeatable), in the files that have FIELD; otherwise "
        "common names are recognised. "
        "Each file remembers the pairs it applied: a run without --field reads it with those, a new "
        "--field reads it again (a file without its FIELD keeps what it applied); --field auto goes back "
        "to the common names. Feeds (.rss .atom .xml) take none: RSS and Atom name their fields.",
        callback=check_field_names,
    ),
]

def not_given(ctx: typer.Context) -> bool:
    """Return True when the command line gave no SOURCE: the inbox setting's, or examples/articles."""
    # By the enum member's name: typer's click (a copy of its own since 0.25) has its own ParameterSource.
    return getattr(ctx.get_parameter_source("source"), "name", None) == "DEFAULT"


def source_left_out(source: str) -> str:
    """Return what to add to "source not found" when SOURCE was left out: whose folder that was, and how to
    name one (in a scratch folder, `themelake run` named examples/articles, a folder the user never gave)."""
    import os

    if os.environ.get("THEMELAKE_INBOX"):
        return ": SOURCE was left out, and THEMELAKE_INBOX names this one"
    return (": SOURCE was left out, and its default, the bundled examples' folder, is looked for in the current "
            "folder; give the folder or file of your articles, `themelake run path/to/articles`, "
            "or set THEMELAKE_INBOX")


# Ctrl-C once the flow has started: the run ends Crashed in Prefect; what its batches committed stays.
INTERRUPTED_IN_FLOW = "interrupted: the batches committed before Ctrl-C are in the lake; run again to go on"


@app.command()
def run(
    ctx: typer.Context,
    source: Annotated[
        str,
        typer.Argument(
            metavar="SOURCE",  # as the errors write it: `themelake run SOURCE --lake LAKE`
            # Every suffix of transforms.formats.SUFFIXES (a test keeps them in step): --help imports no reader.
            help="Folder of article files (.txt .md .markdown .html .htm .xhtml .jsonl .ndjson .json .csv .tsv .rss "
            ".atom .xml .nitf .newsml .eml .mht .mhtml, each also .gz), read recursively, or one file "
            "(env THEMELAKE_INBOX).",
            callback=refuse_empty("give a folder or file of articles, or leave it out for THEMELAKE_INBOX, "
                                  "else examples/articles"),
        ),
    ] = SETTINGS.inbox,
    lake: LakeOption = SETTINGS.lake,
    taxonomy: TaxonomyOption = SETTINGS.taxonomy,
    batch_size: Annotated[
        int, typer.Option(callback=whole_number(1), help="Files per batch task (at least 1).")
    ] = SETTINGS.batch_size,
    workers: Annotated[
        int | None,
        typer.Option(callback=whole_number(1), show_default=False,
                     help="Batch processes on this machine (env THEMELAKE_WORKERS; default: one per core, one for "
                     "a run of few files)."),
    ] = SETTINGS.workers,
    runner: Annotated[
        str,
        typer.Option(help="Where batch tasks run: local (a process per core, or --workers) or dask.",
                     callback=refuse_empty("give local or dask, or leave it out for THEMELAKE_RUNNER, else local")),
    ] = SETTINGS.runner,
    dask_address: Annotated[
        str | None,
        typer.Option(help="tcp://HOST:PORT of a Dask scheduler; without it, a LocalCluster.",
                     callback=refuse_empty("give tcp://HOST:PORT, or leave it out for THEMELAKE_DASK_ADDRESS, "
                                           "else a LocalCluster")),
    ] = SETTINGS.dask_address,
    compact: Annotated[
        bool, typer.Option(help="Compact the lake afterwards when 16+ unsorted files have gathered in a table.")
    ] = True,
    enrich: Annotated[
        bool, typer.Option(help="Find places, amounts and tone in the paragraphs (later: `themelake enrich`).")
    ] = True,
    field: RunFieldOption = None,
    include: Annotated[
        list[str] | None, typer.Option("--include", help="Read only files matching this glob (repeatable).",
                                       callback=refuse_empty("give a glob of the files to read ('*.jsonl')"))
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", help="Do not read files matching this glob (repeatable).",
                                       callback=refuse_empty("give a glob of the files to leave out ('drafts/*')"))
    ] = None,
    report: Annotated[
        bool, typer.Option("--report", help="Write the lake's report page at the end (lake/reports/latest.html).")
    ] = False,
) -> None:
    """Ingest a folder of articles (or one file): the `ingest-articles` flow, unless nothing changed."""
    from flows.progress import batch_bar
    from transforms.formats.field_options import MappingError
    from transforms.formats.mapping_text import run_mapping
    from transforms.taxonomy import TaxonomyError
    from warehouse.lake import LakeError, read_manifest
    from warehouse.sources import FileChoice, SourceError, resolve_source, without_lake
    from warehouse.taxonomy_files import read_taxonomy

    try:
        run_mapping(field or [])
        without_lake(FileChoice(), str(resolve_source(source)), lake)  # the lake cannot be the source
        note_vectors(read_taxonomy(taxonomy))
        read_manifest(lake)  # a lake of another schema version: say so before starting Prefect
    except (SourceError, TaxonomyError, LakeError, MappingError) as error:
        fail(str(error) + (source_left_out(source) if isinstance(error, SourceError) and not_given(ctx) else ""))
    if runner not in RUNNERS:  # said before a temporary API is started for nothing
        fail(unknown_runner(runner))
    parameters = {
        "source": source, "lake": lake, "taxonomy": taxonomy, "batch_size": batch_size, "compact": compact,
        "enrich": enrich, "fields": field, "include": include, "exclude": exclude, "report": report,
        "workers": workers,  # the flow's parameter (the warm start asks for as many): its `runs` row records it
    }
    from flows.unchanged_run import answer_unchanged_run

    work: list[tuple[int, bool]] = []  # files to read, and whether the whole listing was compared
    try:  # nothing to read: the run is recorded without Prefect (flows/unchanged_run.py)
        unchanged = answer_unchanged_run(
            parameters, on_wait=say_waiting, on_work=lambda *found: work.append(found), on_recover=say_leftovers
        )
    except (SourceError, LakeError) as error:
        fail(str(error))
    except KeyboardInterrupt:  # its one commit is whole or not made; the lock is let go
        fail("interrupted: nothing was half-written (the run is recorded, or not at all); run again", 130)
    if unchanged is not None:
        print_summary(unchanged, source, globs_given(include, exclude))
        return
    from flows.batch_pool import stop_batch_workers

    flow_started = False
    try:  # whatever ends the command early (exit 2, Ctrl-C), the batch workers started here end at once
        if runner == "local":  # they load what a batch needs while Prefect imports (flows/warm_start.py)
            from flows.warm_start import warm_start

            warm_start(parameters, *(work[0] if work else (None, False)))
        ready_to_write(lake)
        from flows.runners import RunnerError, task_runner

        try:
            from flows.flow_parameters import plain_parameters
            from flows.ingest import ingest_articles  # imports Prefect: only when a flow runs

            flow = plain_parameters(ingest_articles.with_options(task_runner=task_runner(runner, dask_address)))
        except RunnerError as error:
            fail(str(error))
        try:
            flow_started = True
            with batch_bar(out):
                summary = flow(
                    source=source, lake=lake, taxonomy=taxonomy, batch_size=batch_size, workers=workers,
                    compact=compact, enrich=enrich, fields=field, include=include, exclude=exclude, report=report,
                )
        except (SourceError, TaxonomyError, LakeError) as error:
            fail(str(error))
        except Exception as error:
            from flows.api_server import api_unreachable

            if api_unreachable(error):  # the API stopped mid-run: one line, no wait for its event queue
                stop_batch_workers()
                fail_api_gone(error)
            raise
        except KeyboardInterrupt:  # Ctrl-C: the run ended Crashed; what its batches committed stays
            stop_batch_workers()
            fail(INTERRUPTED_IN_FLOW, 130)
    except KeyboardInterrupt:  # before the flow started (Prefect's import, the API, the lock), or a second one
        stop_batch_workers()
        if flow_started:
            fail(INTERRUPTED_IN_FLOW, 130)
        fail("interrupted before the run started: nothing was written", 130)
    finally:
        stop_batch_workers()  # after a flow run, none are left: the flow stops its pool itself
    print_summary(summary, source, globs_given(include, exclude))


def print_summary(summary: dict, source: str, globs: str = "") -> None:
    """Print the run's summary: the markdown of the run's artifact in the Prefect UI, rendered, after its
    warnings (a glob or `--field` pair that matched nothing): the summary is the command's last word."""
    from flows.artifacts import summary_markdown

    warnings = [*summary.get("glob_warnings", []), *summary.get("field_warnings", [])]
    if summary.get("without_flow_run"):  # a flow run's log said them, as it ran: once is enough
        for warning in warnings:
            err.print(f"warning: {warning}", highlight=False, soft_wrap=True, markup=False)
    said = nothing_listed(summary, source, globs)
    if said:
        err.print(f"warning: {said}", highlight=False, soft_wrap=True, markup=False)
    text = summary_markdown(summary | {"glob_warnings": [], "field_warnings": []})
    if out.is_terminal:
        from rich.markdown import Markdown  # and markdown-it: 0.04 to 0.1 s, for a terminal only

        out.print(Markdown(text))
    else:  # piped, captured or logged: plain text, never cut to a terminal's width
        from flows.summary_text import plain_text

        sys.stdout.write(plain_text(text))


def globs_given(include: list[str] | None, exclude: list[str] | None) -> str:
    """Return the --include and --exclude options as given, quoted as a shell would take them again.

    >>> globs_given(["*.txt", "wires/*"], ["drafts"])
    "--include '*.txt' --include 'wires/*' with --exclude drafts"
    >>> globs_given(None, ["*.txt"]), globs_given(None, None)
    ("--exclude '*.txt'", '')
    """
    import shlex

    given = [" ".join(f"{option} {shlex.quote(glob)}" for glob in globs or [])
             for option, globs in (("--include", include), ("--exclude", exclude))]
    return " with ".join(part for part in given if part)


def nothing_listed(summary: dict, source: str, globs: str = "") -> str | None:
    """Return the warning for a run whose source listed no file at all, None otherwise.

    A mistyped or unmounted folder that exists but is empty ran a whole flow and printed a summary of
    zeros, nothing saying why: a glob that matched nothing, or a single file the globs leave out, has its
    own line already.

    >>> nothing_listed({"files_seen": 0, "files_deleted": 0}, "inbox")
    'inbox holds no file to read (hidden files and folders are left out): the run read nothing'
    >>> nothing_listed({"files_seen": 0, "files_deleted": 1}, "inbox").split(": ")[-1]
    'the run read nothing, and marked the 1 file it read before as deleted'
    >>> nothing_listed({"files_seen": 0}, "inbox", "--include '*.txt' with --exclude 'wires/*'")
    "--include '*.txt' with --exclude 'wires/*' leave out every file of inbox: the run read nothing"
    >>> nothing_listed({"files_seen": 0}, "inbox", "--exclude '*.txt'").split(" of ")[0]
    "--exclude '*.txt' leaves out every file"
    >>> nothing_listed({"files_seen": 2}, "inbox"), nothing_listed({"files_seen": 0, "glob_warnings": ["x"]}, "in")
    (None, None)
    """
    from flows.counted import counted

    if summary.get("files_seen") or summary.get("glob_warnings") or summary.get("source_left_out"):
        return None
    deleted = summary.get("files_deleted") or 0
    gone = f", and marked the {counted(deleted, 'file')} it read before as deleted" if deleted else ""
    if globs:  # every glob matched a file (else its own line said so): the folder holds files, all left out
        # Named as given: of several of each, which undid which is the user's to see.
        import shlex

        leave = "leave" if len(shlex.split(globs)) > 2 else "leaves"  # more than one option and its glob
        return f"{globs} {leave} out every file of {source}: the run read nothing{gone}"
    return f"{source} holds no file to read (hidden files and folders are left out): the run read nothing{gone}"
