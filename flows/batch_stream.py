"""A run's batches, streamed: a few in flight at a time, each committed as it is done, in order.

Kept free of Prefect: the `ingest-articles` flow submits Prefect tasks through it, the benchmark's
bare path the batch pool directly, so both do the same work in the same order. Nothing here grows
with the number of batches: the plan yields them one at a time, at most `in_flight` are submitted,
and each batch's summary is added to the run's totals and dropped once it is committed.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import Protocol

from flows.counts import BatchSummary, Counts
from warehouse.lake import CATALOG_REFRESH_S
from warehouse.plan_spool import Batch


class SummaryFuture(Protocol):
    """A submitted batch: a concurrent.futures.Future or a Prefect future."""

    def result(self) -> BatchSummary: ...


# submit(batch number, batch) → its future; commit(staged files, rebuild the catalog?)
Submit = Callable[[int, Batch], SummaryFuture]
Commit = Callable[[dict[str, list[str]], bool], object]
Progress = Callable[["RunTotals"], None]  # called after each commit with the totals so far


@dataclass
class RunTotals(Counts):
    """What a run's batches did, summed as they are committed."""

    batches: int = 0
    uncommitted: dict[str, list[str]] = field(default_factory=dict)  # `first` files, when no batch ran

    def add(self, other: Counts) -> None:
        """Count one committed batch."""
        self.batches += 1
        super().add(other)


def stream_batches(
    batches: Iterable[Batch],
    submit: Submit,
    commit: Commit,
    in_flight: int,
    first: Mapping[str, list[str]] | None = None,
    progress: Progress | None = None,
) -> RunTotals:
    """Run the batches, at most `in_flight` at once, committing each as it is done; return the totals.

    `first` holds staged files to commit with the first batch (the run's themes). Batches commit in
    order, so a killed run keeps a prefix of them; the catalog is rebuilt with a batch's commit
    only every CATALOG_REFRESH_S seconds, and never with the last batch's (the run's last commit,
    the caller's, rebuilds it).
    """
    totals = RunTotals()
    numbered = enumerate(batches)
    running: deque[SummaryFuture] = deque()
    staged: dict[str, list[str]] = {table: list(files) for table, files in (first or {}).items()}
    catalog_built = time.monotonic()

    def top_up() -> None:
        for n, batch in islice(numbered, max(0, in_flight - len(running))):
            running.append(submit(n, batch))

    top_up()
    while running:
        summary = running.popleft().result()
        top_up()  # the next batch starts before this one commits: the workers never wait for a commit
        for table, files in summary.staged.items():
            staged.setdefault(table, []).extend(files)
        # The last batch's commit never rebuilds it: the caller's commit, right after, does.
        rebuild = bool(running) and time.monotonic() - catalog_built >= CATALOG_REFRESH_S
        commit(staged, rebuild)
        if rebuild:
            catalog_built = time.monotonic()
        staged = {}
        totals.add(summary)
        if progress is not None:
            progress(totals)
    totals.uncommitted = staged
    return totals
