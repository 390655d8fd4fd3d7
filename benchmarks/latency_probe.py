"""The probe of benchmarks/latency.py: `themelake ARGV` run in this process, as the command runs it,
after wrapping a few functions with clocks (nothing else changes); the seconds spent in each, with the
times the process started and the CLI returned, are written to a JSON report.

    python -m benchmarks.latency_probe probe REPORT.json run SOURCE --lake LAKE

Phases nest (the flow-run creation is inside Prefect's engine), so they do not add up to the wall time.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]

_spent: dict[str, float] = defaultdict(float)


def _clocked(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(fn)
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            _spent[name] += time.perf_counter() - started

    return timed


def _clock(owner: Any, attribute: str, name: str) -> None:
    setattr(owner, attribute, _clocked(name, getattr(owner, attribute)))


def _clock_heartbeat_join(flow_engine: Any) -> None:
    """Time the end of Prefect's flow heartbeat context: its thread's join when the run ends."""
    heartbeats = flow_engine._send_heartbeats

    @contextmanager
    @wraps(heartbeats)  # flows/heartbeats.py reads its signature
    def timed(*args: Any, **kwargs: Any) -> Iterator[None]:
        context = heartbeats(*args, **kwargs)
        context.__enter__()
        try:
            yield
        finally:
            started = time.perf_counter()
            context.__exit__(*sys.exc_info())
            _spent["heartbeat join (run end)"] += time.perf_counter() - started

    flow_engine._send_heartbeats = timed


def probe(report: str, argv: list[str]) -> None:
    """Run `themelake ARGV` in this process with clocks on a run's phases; write them to `report`.

    Prefect and the flow are imported, and clocked, only once the run goes to the flow, as the
    command does: an unchanged re-run is answered before (flows/unchanged_run.py).
    """
    started_at = time.time()
    import flows.cli.run
    import flows.unchanged_run
    import warehouse.catalog
    import warehouse.taxonomy_files
    from flows.cli.main import main

    _clock(warehouse.taxonomy_files, "read_taxonomy", "taxonomy read (CLI check + flow)")
    _clock(flows.unchanged_run, "read_taxonomy", "taxonomy read (CLI check + flow)")
    _clock(warehouse.catalog, "write_catalog", "catalog rebuild")
    _clock(flows.unchanged_run, "answer_unchanged_run", "unchanged check (listing, plan; recorded if nothing to do)")
    _clock(flows.cli.run, "print_summary", "summary printed")
    ready_to_write = flows.cli.run.ready_to_write

    def to_the_flow(lake: str) -> None:
        t0 = time.perf_counter()
        import flows.ingest  # Prefect, the pipeline, the warehouse: what a run imports

        _spent["import (Prefect, flows, pipeline)"] = time.perf_counter() - t0
        import prefect.flow_engine
        import prefect.flows
        import prefect.tasks

        import flows.api_server

        _clock(flows.api_server, "check_api", "API check")
        _clock(flows.api_server, "ensure_api", "API check")
        _clock(flows.ingest, "read_taxonomy", "taxonomy read (CLI check + flow)")
        _clock(prefect.flow_engine.FlowRunEngine, "create_flow_run", "flow-run creation (API)")
        _clock(prefect.flow_engine.FlowRunEngine, "set_state", "flow-run state changes (API)")
        _clock_heartbeat_join(prefect.flow_engine)
        _clock(prefect.tasks.Task, "submit", "task submission")
        _clock(prefect.tasks.Task, "__call__", "tasks called in the flow (commit, compaction), with their work")
        _clock(flows.ingest, "publish_run_artifacts", "artifacts")
        _clock(flows.ingest.ingest_articles, "fn", "flow body (listing, plan, batches, commits)")
        _clock(prefect.flows.Flow, "__call__", "flow call (Prefect's engine + body)")
        ready_to_write(lake)

    flows.cli.run.ready_to_write = to_the_flow  # type: ignore[assignment]
    sys.argv = ["themelake", *argv]
    t1 = time.perf_counter()
    try:
        main()
    except SystemExit as stop:
        if stop.code:
            raise
    finally:
        _spent["CLI command (from parsing to summary)"] = time.perf_counter() - t1
        phases = {name: round(seconds, 3) for name, seconds in _spent.items()}
        Path(report).write_text(json.dumps({"started_at": started_at, "returned_at": time.time(), "phases": phases}))


if __name__ == "__main__":
    if sys.argv[1:2] != ["probe"] or len(sys.argv) < 4:
        raise SystemExit("usage: python -m benchmarks.latency_probe probe REPORT.json run SOURCE --lake LAKE")
    sys.path.insert(0, str(REPO))
    probe(sys.argv[2], sys.argv[3:])
