"""A flow hook that records failed runs in the lake's `runs` table, so failures are queryable too."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect.logging.loggers import flow_run_logger
from prefect.runtime import deployment

from flows.settings import Settings
from flows.user_errors import user_error
from warehouse import lake as lakes
from warehouse import lake_lock, storage
from warehouse.tables import run_row

# Seconds the hook waits for the writer lock; a run that failed waiting for it should not wait again.
FAILED_ROW_LOCK_WAIT = 5.0

# The batch processes each ingest run of this process chose (flow run id → processes), once it chose
# them: a crashed or failed run's row records them, as a completed run's does. Its row recorded
# `workers: null` (the parameter left out), though its batches had run in, say, two processes.
_RUN_WORKERS: dict[str, int] = {}


def remember_workers(run_id: str, workers: int) -> None:
    """Note the batch processes an ingest run chose, for its `runs` row should it fail or crash."""
    _RUN_WORKERS[run_id] = workers


def forget_workers(run_id: str) -> None:
    """Drop a run's noted batch processes (its own row, completed or not, is written)."""
    _RUN_WORKERS.pop(run_id, None)


def record_failed_run(flow: Any, flow_run: Any, state: Any) -> None:
    """Prefect `on_failure`, `on_crashed` and `on_cancellation` hook: commit a FAILED (interrupted,
    CRASHED; cancelled from Prefect, CANCELLED) `runs` row for this flow run, counting the rows its
    batches committed before it ended (its files' counts are not known: null)."""
    logger = flow_run_logger(flow_run, flow)
    if isinstance(user_error(state), lake_lock.LakeBusyError):  # another run holds the lake: no row to add
        return
    given = dict(flow_run.parameters or {})
    if "lake" in given and given["lake"] is not None and not str(given["lake"]).strip():
        # `--param lake=$UNSET` failed the run for naming no lake: its row went to the worker's default
        # lake (./lake, made for it if absent), the lake the check refuses to use in silence.
        logger.info("no `runs` row: the parameter lake is empty, so the run named no lake")
        return
    settings = Settings.from_env()
    parameters = resolved_parameters(flow, given, settings, _RUN_WORKERS.pop(str(flow_run.id), None))
    lake = parameters["lake"] if "lake" in parameters else settings.lake
    ended = datetime.now(UTC)
    try:
        # Under the writer lock like any commit (another run may hold it, e.g. the one this run waited
        # for): wait briefly, and if it stays busy, skip the row rather than race that run's manifest.
        with lake_lock.writer_lock(lake, min(settings.lock_timeout, FAILED_ROW_LOCK_WAIT)) as root:
            staged = run_row(
                root,
                run_id=str(flow_run.id),
                flow_name=flow.name,
                deployment=deployment.name or "cli",
                parameters=json.dumps(parameters, default=str),
                taxonomy_version=_taxonomy_version(parameters),
                source=source_folder(str(parameters.get("source") or settings.inbox)),
                counts=_committed(root, str(flow_run.id), logger),
                started=flow_run.start_time or ended,
                ended=ended,
                state=ended_state(state),
            )
            lakes.commit(root, {"runs": [staged]})
    except Exception as error:  # the lake itself may be what failed: say so, never mask the run's own error
        logger.warning("could not record the failed run in lake %s: %s", lake, error)
        return
    logger.info("recorded the failed run in lake %s", root)


def resolved_parameters(flow: Any, given: dict[str, Any], settings: Settings,
                        workers: int | None = None) -> dict[str, Any]:
    """Return a run's parameters as a COMPLETED row records them: every one of the flow's, the flow's
    own defaults and the settings' (source, lake, taxonomy, batch_size, workers) where none was given. A
    FAILED or CRASHED row held only those given, so `runs` could not say which lake or taxonomy such a
    run had used. `workers`: the batch processes the run chose, when it got so far (remember_workers)."""
    import inspect

    defaults = {
        name: p.default for name, p in inspect.signature(flow.fn).parameters.items()
        if p.default is not inspect.Parameter.empty
    }
    resolved = defaults | given
    for name, default in (("source", settings.inbox), ("lake", settings.lake), ("taxonomy", settings.taxonomy),
                          ("batch_size", settings.batch_size)):
        if name in resolved and not resolved[name]:
            resolved[name] = default
    if "workers" in resolved:  # the processes chosen, else those asked for (THEMELAKE_WORKERS), else not known
        resolved["workers"] = workers or resolved["workers"] or settings.workers
    return resolved


def source_folder(source: str) -> str:
    """Return the source as a completed run's row names it: absolute, links resolved (a URL as given).
    A failed run's row said `examples/articles`, the worker's default, relative to a folder it did not name.

    >>> source_folder("s3://news/inbox")
    's3://news/inbox'
    >>> source_folder("/inbox/../inbox")
    '/inbox'
    """
    if storage.is_url(source):
        return source
    return str(Path(source).expanduser().resolve())  # the folder may be missing: what failed the run


def _taxonomy_version(parameters: dict[str, Any]) -> str | None:
    """Return the version of the taxonomy a run was given (the bundled one for none), or None when the
    run has no taxonomy parameter or its file cannot be read (maybe what failed the run)."""
    if "taxonomy" not in parameters:
        return None
    from warehouse.taxonomy_files import read_taxonomy

    try:
        return read_taxonomy(parameters["taxonomy"]).version  # with its vectors, as a run reads it
    except Exception:  # noqa: BLE001 - a bad taxonomy is what failed such a run: the row says the run failed
        return None


def _committed(root: Any, run_id: str, logger: Any) -> dict[str, int]:
    """Return the rows the run committed (warehouse.tables.committed_counts), or none if they cannot be read."""
    from warehouse.tables import committed_counts

    try:
        return committed_counts(root, run_id)
    except Exception as error:  # a lake that cannot be read: the row still says the run failed
        logger.warning("could not count the failed run's rows in lake %s: %s", root, error)
        return {}


def ended_state(state: Any) -> str:
    """Return the `runs` state of a run that did not complete: CRASHED, CANCELLED or FAILED.

    A run cancelled by its runner (`themelake serve` stopped by SIGTERM or Ctrl+C) has its hook run
    while it is still Cancelling, after its process was ended; its row said FAILED.

    >>> from prefect.states import Cancelled, Cancelling, Crashed, Failed
    >>> [ended_state(s) for s in (Crashed(), Cancelled(), Cancelling(), Failed())]
    ['CRASHED', 'CANCELLED', 'CANCELLED', 'FAILED']
    """
    if state.is_crashed():
        return "CRASHED"
    return "CANCELLED" if state.is_cancelled() or state.is_cancelling() else "FAILED"
