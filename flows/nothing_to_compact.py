"""A `compact` of a lake whose files are already as compaction writes them, answered before Prefect starts.

`themelake compact` of a compacted lake spent almost all its time on Prefect (importing it, starting a
temporary API: about 7 s) to rewrite nothing. As `enrich` and `relabel` do with nothing to do
(flows/enrich_record.py), the CLI first looks, under the lake's writer lock, for a table to rewrite; with none,
it compacts there and then (a new `--rows-per-file` is kept in the lake's manifest, as the flow keeps it) and
never starts Prefect. A compaction that rewrites a table, however small, is the flow's: a compaction writes no
`runs` row, so its flow run (on a server one keeps) is the only record of the files it replaced; and a size
under which a rewrite would count as small enough to skip that record would be a guess. A lake on object
storage always goes through the flow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from flows.without_flow import answered_without_flow
from warehouse.compaction import compact_lake
from warehouse.compaction_due import compaction_needed
from warehouse.lake_lock import Leftovers


def answer_nothing_to_compact(lake: str, rows_per_file: int | None = None,
                              on_wait: Callable[[], object] | None = None,
                              on_recover: Callable[[Leftovers], object] | None = None) -> dict[str, Any] | None:
    """Compact a local lake with no table to rewrite and return what the `compact-lake` flow returns (files per
    table before and after, the leftovers its lock's recovery removed); None when the flow must run.
    `on_recover` is told of those leftovers either way (the flow then finds none)."""
    removed: list[Leftovers] = []

    def recovered(leftovers: Leftovers) -> None:
        removed.append(leftovers)
        if on_recover is not None:
            on_recover(leftovers)

    def answer(root: Path) -> dict[str, Any] | None:
        if compaction_needed(root, rows_per_file):
            return None
        leftovers = removed[0] if removed else Leftovers()
        return {"lake": str(root), **asdict(compact_lake(root, rows_per_file)), "leftovers": leftovers._asdict()}

    return answered_without_flow(lake, answer, on_wait, recovered)
