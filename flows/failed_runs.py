"""A flow hook that records failed runs in the lake's `runs` table, so failures are queryable too."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from prefect.logging.loggers import flow_run_logger
from prefect.runtime import deployment

from flows.settings import Settings
from flows.user_errors import user_error
from warehouse import lake as lakes
from warehouse.tables import run_row

# Seconds the hook waits for the writer lock; a run that failed waiting for it should not wait again.
FAILED_ROW_LOCK_WAIT = 5.0


def record_failed_run(flow: Any, flow_run: Any, state: Any) -> None:
    """Prefect `on_failure`, `on_crashed` and `on_cancellation` hook: commit a FAILED (interrupted,
    CRASHED; cancelled from Prefect, CANCELLED) `runs` row for this flow run, counting the rows its
    batches committed before it ended (its files' counts are not known: null)."""
    logger = flow_run_logger(flow_run, flow)
    if isinstance(user_error(state), lakes.LakeBusyError):  # another run holds the lake: no row to add
        return
    parameters = dict(flow_run.parameters or {})
    settings = Settings.from_env()
    lake = parameters.get("lake") or settings.lake
    ended = datetime.now(UTC)
    try:
        # Under the writer lock like any commit (another run may hold it, e.g. the one this run waited
        # for): wait briefly, and if it stays busy, skip the row rather than race that run's manifest.
        with lakes.writer_lock(lake, min(settings.lock_timeout, FAILED_ROW_LOCK_WAIT)) as root:
            staged = run_row(
                root,
                run_id=str(flow_run.id),
                flow_name=flow.name,
                deployment=deployment.name or "cli",
                parameters=json.dumps(parameters, default=str),
                taxonomy_version=None,
                source=str(parameters.get("source") or settings.inbox),
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

    >>> from prefect.states import Cancelled, Crashed, Failed
    >>> [ended_state(s) for s in (Crashed(), Cancelled(), Failed())]
    ['CRASHED', 'CANCELLED', 'FAILED']
    """
    if state.is_crashed():
        return "CRASHED"
    return "CANCELLED" if state.is_cancelled() else "FAILED"
