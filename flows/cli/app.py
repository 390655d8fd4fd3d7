"""The typer app every command registers on, and what the commands share: options, output, errors.

It imports no command module (flows/cli/main.py does), and nothing heavy: see flows/cli/__init__.py.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from flows.cli.field_names import check_field_names
from flows.cli.lake_option import EMPTY_LAKE as EMPTY_LAKE  # re-exported: the commands take --lake from here
from flows.cli.lake_option import LakeOption as LakeOption
from flows.cli.lake_option import command_lake, forget_command_lake
from flows.cli.lake_option import lake_folder as lake_folder
from flows.cli.reader_stops import reader_stopped
from flows.cli.usage_errors import OneLineUsage
from flows.settings import Settings, SettingsError

if TYPE_CHECKING:
    from transforms.taxonomy import Taxonomy
    from warehouse.lake_lock import Leftovers

app = typer.Typer(
    cls=OneLineUsage,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Article files → paragraphs → theme labels → Parquet tables you query with DuckDB.",
)


def show_version(wanted: bool) -> None:
    """`themelake --version`: the installed version, and the commit of the checkout that runs, if it is one."""
    if not wanted:
        return
    from importlib.metadata import PackageNotFoundError, version

    try:
        installed = version("themelake")
    except PackageNotFoundError:  # a source tree that is not installed
        installed = "unknown"
    from warehouse.tables import source_commit  # the commit the `runs` table records, so the two agree

    commit = source_commit()
    typer.echo(f"themelake {installed}" + (f" (commit {commit[:12]})" if commit else ""))
    raise typer.Exit()


@app.callback()
def themelake(
    version: Annotated[
        bool, typer.Option("--version", help="Show themelake's version and exit.", is_eager=True, callback=show_version)
    ] = False,
) -> None:
    """Article files → paragraphs → theme labels → Parquet tables you query with DuckDB."""
    forget_command_lake()  # the last command's lake (a process runs many in the tests) is not this one's


class OutConsole(Console):
    """A rich Console for standard output: a reader that stops early (`themes | head -1`) ends the
    command as any output's does (flows/cli/stdout.py), where rich exited 1."""

    def on_broken_pipe(self) -> None:
        reader_stopped()


out = OutConsole()
err = Console(stderr=True)
try:
    SETTINGS = Settings.from_env()
except SettingsError as _error:  # read as the CLI loads: even `--help` would show a traceback
    err.print(f"[bold red]error:[/] {escape(str(_error))}", highlight=False, soft_wrap=True)
    raise SystemExit(2) from None


def refuse_empty(hint: str) -> Callable[[typer.CallbackParam, Any], Any]:
    """Return an option's callback that stops, in one line ending with `hint`, on an empty value.

    An empty value is an unset shell variable (`--lake "$LAKE"`) far more often than a choice: read as
    unset it would write to ./lake, read as a path it is the current folder; either is a lake or file
    the user did not name. (An empty THEMELAKE_* variable is unset: flows/settings.py.) An argument
    is named as such: `run ""` read the default inbox, `learn ""` said `error: : no labeled articles`.
    """

    def check(param: typer.CallbackParam, value: Any) -> Any:
        if value == "" or (isinstance(value, list) and "" in value):  # a repeatable option's values too
            # An argument by its metavar, as its help and Click's "Missing argument 'DIR'" name it.
            argument = param.param_type_name == "argument"
            name = f"the {param.human_readable_name} argument" if argument else "/".join(param.opts)
            fail(f"{name} is empty: {hint}")
        return value

    return check


def whole_number(low: int, high: int | None = None) -> Callable[[typer.CallbackParam, Any], Any]:
    """Return a number option's callback that stops, in one line, on a value below `low` (or above `high`).

    In place of typer's `min=`/`max=`, whose refusal was Click's, in a box: "Invalid value for
    '--batch-size': -1 is not in the range x>=1." The words are those a flow says of a parameter
    (flows/flow_checks.py): `--batch-size is -1: give a whole number of at least 1`.
    """

    def check(param: typer.CallbackParam, value: Any) -> Any:
        if value is not None and (value < low or (high is not None and value > high)):
            wanted = f"of at least {low:,}" if high is None else f"from {low:,} to {high:,}"
            fail(f"{'/'.join(param.opts)} is {value}: give a whole number {wanted}")
        return value

    return check


EMPTY_TAXONOMY = "give a taxonomy file, or leave it out for THEMELAKE_TAXONOMY, else the bundled one"


TaxonomyOption = Annotated[
    str | None,
    typer.Option(
        "--taxonomy", help="Taxonomy TOML file (default: bundled IPTC Media Topics).",
        callback=refuse_empty(EMPTY_TAXONOMY),
    ),
]

FieldOption = Annotated[
    list[str] | None,
    typer.Option(
        "--field",
        help="Records files (.jsonl .json .csv .tsv): NAME=FIELD maps a field of the file to id, title, text, "
        "published_at, url, authors, site or language (repeatable); without it common names are recognised. "
        "Feeds (.rss .atom .xml) take none.",
        callback=check_field_names,
    ),
]


# Ctrl-C during enrich, relabel or compact: each makes one commit, whole or not at all.
# A Ctrl-C that lands after the commit (while the summary is made) leaves the work done: run again,
# the command does only what is left (nothing, then).
INTERRUPTED_ONE_COMMIT = (
    "interrupted: nothing was half-written (its one commit is made whole, or not at all); "
    "run it again: it does only what is left"
)
# Ctrl-C while waiting for another writer's lock, or while the temporary API starts (it ended silently).
INTERRUPTED_BEFORE_START = "interrupted before it started: nothing was written"


def fail(message: str, code: int = 2) -> None:
    """Print one line for the user and exit non-zero: errors they can fix get no traceback."""
    message = command_lake().said_of(message)  # every command's "no lake" line, wherever it checks the lake
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def note_vectors(taxonomy: Taxonomy) -> None:
    """Print on stderr, as a note, which themes of a taxonomy its vectors file gives no vector (made from
    their text) and which of its vectors are of no theme (not used): a copy of the bundled taxonomy
    with a theme added or taken out."""
    from transforms.taxonomy_semantic import vectors_note

    said = vectors_note(taxonomy)
    if said:
        err.print(f"note: {said}", highlight=False, soft_wrap=True, markup=False)


def fail_api_gone(error: Exception) -> None:
    """Say in one line that the Prefect API stopped answering during a flow run, then end the process
    at once: Prefect's exit handlers would try to send the run's events to the API that is gone, one
    every few seconds (hundreds of them: tens of minutes), before the process could end."""
    from prefect.settings import PREFECT_API_URL

    message = (
        f"the Prefect API at {PREFECT_API_URL.value()} stopped answering during the run "
        f"({type(error).__name__}: {' '.join(str(error).split()) or 'no answer'}): what the run committed "
        "is in the lake (its `runs` row too, if it got that far); Prefect may show the run as running; "
        "start the server again, and run again to finish"
    )
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(1)


def say_waiting() -> None:
    """Say, once a command, that it waits for another run's writer lock.

    A run looks for work under the lock, then waits for it again before its flow starts (ready_to_write): with
    two runs started at once, each found the other's lock at both and said so twice. The command's lake keeps
    whether it was said (flows/cli/lake_option.py: every command that waits for a lock takes --lake)."""
    from warehouse.lake_lock import WAITING_FOR_LOCK

    lake = command_lake()
    if lake.said_waiting:
        return
    lake.said_waiting = True
    err.print(WAITING_FOR_LOCK, highlight=False)


def say_leftovers(leftovers: Leftovers) -> None:
    """Say, once, how many files of a killed or failed run the lock's recovery removed (as `compact` says it)."""
    from flows.leftovers_text import leftovers_line

    err.print(leftovers_line(leftovers), highlight=False, soft_wrap=True, markup=False)


def run_lake_flow(lake: str, load: Callable[[], Callable[..., Any]], errors: tuple[type[Exception], ...],
                  **parameters: Any) -> Any:
    """Run a flow that writes `lake` in one commit (enrich, relabel, compact) and return what it returns:
    `load` imports it (Prefect's import, only when a flow runs) once the lake is ready to write (the
    API checked, another writer's lock waited for); `errors` are the user's to fix, one line each.
    Ctrl-C is one line and exit code 130, before the flow starts or during it."""
    try:  # Ctrl-C while waiting for another writer's lock or for the API: nothing was written yet
        ready_to_write(lake)
        flow = load()
    except KeyboardInterrupt:
        fail(INTERRUPTED_BEFORE_START, 130)
    try:
        return flow(lake=lake, **parameters)
    except errors as error:
        fail(str(error))
    except KeyboardInterrupt:  # its one commit is whole or not made; the lock is let go
        fail(INTERRUPTED_ONE_COMMIT, 130)


def ready_to_write(lake: str) -> None:
    """Before a flow that writes `lake`: a configured Prefect API must answer; another run's writer
    lock is waited for here, said once, before Prefect starts; then the temporary API is started,
    tied to this process (flows/api_server.py), and the CLI says once what that cost. Prefect's
    client gives up on an API that stopped answering after a few seconds (`bound_client_retries`).
    Each problem is one line and exit code 2."""
    from flows.api_server import ApiError, bound_client_retries, check_api, ensure_api
    from warehouse.lake import LakeError
    from warehouse.lake_lock import wait_for_writer_lock
    from warehouse.os_errors import is_transient

    try:
        check_api()
        bound_client_retries()
        try:
            wait_for_writer_lock(lake, Settings.from_env().lock_timeout, on_wait=say_waiting)
        except OSError as error:
            if not is_transient(error):
                raise
            # A store that failed once (a timeout): no refusal to say here; the flow checks the lake
            # again, and its writes are tried again on such errors (flows/retries.py).
        started = ensure_api()
    except (ApiError, LakeError) as error:
        fail(str(error))
    from flows.heartbeats import skip_heartbeat_join

    skip_heartbeat_join()
    if started is not None:
        err.print(
            f"started a temporary Prefect API for this run ({started:.1f} s); to keep one up: "
            "`prefect server start --background`, then `export PREFECT_API_URL=http://127.0.0.1:4200/api`",
            highlight=False, soft_wrap=True,
        )
