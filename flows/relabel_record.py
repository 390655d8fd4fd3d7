"""A relabel run's record (its `runs` row, committed with the labels it staged), and one with nothing to do,
answered before Prefect starts.

`themelake relabel` with the taxonomy the lake was labelled with spent almost all its time on Prefect
(importing it, starting a temporary API: about 12 s) to relabel no paragraph. As `themelake enrich` does
(flows/enrich_record.py), the CLI first looks, under the lake's writer lock, for a paragraph the taxonomy
version has not scored; with none, it records the run as the flow would (a `runs` row, COMPLETED,
`deployment` "cli", a random UUID for its id: the row that makes this taxonomy the one the views show, and
the taxonomy's themes if the lake does not describe them yet) and never starts Prefect. A lake on object
storage always goes through the flow.

A relabel that would change nothing (the taxonomy the views show already, every paragraph scored by it, its
themes described) writes nothing, by the flow or here: its `runs` row would make no taxonomy current and say
nothing new, and each such row was one more file in the `runs` table, for `compact` to rewrite through Prefect.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flows.without_flow import answered_without_flow
from transforms.taxonomy import Taxonomy
from warehouse import lake as lakes
from warehouse.labels import current_taxonomy_version, nothing_to_label
from warehouse.lake_lock import Leftovers
from warehouse.tables import run_row, theme_rows

FLOW_NAME = "relabel-paragraphs"
BATCH_SIZE = 50_000  # the flow's default: paragraphs a relabel-batch task reads


@dataclass
class Relabelled:
    """What labelling the lake's paragraphs with a taxonomy staged."""

    files: list[str] = field(default_factory=list)
    paragraphs: int = 0  # paragraphs read (those without labels of this taxonomy version)
    theme_counts: Counter[str] = field(default_factory=Counter)  # theme_id → labels staged

    @property
    def labels(self) -> int:
        return sum(self.theme_counts.values())


def record_relabel(root: str, lake: str, taxonomy: str | None, tax: Taxonomy, run_id: str, deployment: str,
                   started: datetime, done: Relabelled, batch_size: int = BATCH_SIZE) -> dict[str, Any]:
    """Commit what a relabel run staged with its `runs` row (which makes `tax` the taxonomy the views show)
    and the taxonomy's themes; return the run's summary. Call under the writer lock.

    With nothing read and `tax` the lake's current taxonomy already (its themes described), nothing is
    committed: the summary's `recorded` is False."""
    before = current_taxonomy_version(root)
    staged = {"paragraph_themes": done.files, "themes": theme_rows(root, tax, run_id)}
    changes = done.paragraphs or done.files or staged["themes"] or before != tax.version
    # No files are read: the file counts are zero, the labels count what relabelling wrote.
    counts = dict.fromkeys(
        ("files_seen", "files_new", "files_changed", "files_unchanged", "files_quarantined", "files_deleted",
         "articles_written", "paragraphs_written"),
        0,
    ) | {"themes_written": done.labels}
    ended = datetime.now(UTC)
    if changes:
        staged["runs"] = [
            run_row(
                root, run_id=run_id, flow_name=FLOW_NAME, deployment=deployment,
                parameters=json.dumps({"lake": lake, "taxonomy": taxonomy, "batch_size": batch_size}),
                taxonomy_version=tax.version, source="", counts=counts, started=started, ended=ended,
                state="COMPLETED",
            )
        ]
    version = lakes.commit(root, staged).version if changes else lakes.read_manifest(root).version
    return {
        "run_id": run_id,
        "lake": root,
        "manifest_version": version,
        "recorded": bool(changes),
        "taxonomy_name": tax.name,
        "taxonomy_version": tax.version,
        "taxonomy_before": before,
        "paragraphs_relabelled": done.paragraphs,
        "themes_written": done.labels,
        "duration_s": round((ended - started).total_seconds(), 3),
    }


def answer_nothing_to_relabel(lake: str, taxonomy: str | None, tax: Taxonomy,
                              on_wait: Callable[[], object] | None = None,
                              on_recover: Callable[[Leftovers], object] | None = None) -> dict[str, Any] | None:
    """Record a relabel run of a local lake whose paragraphs `tax` has all scored and return its summary (as
    the flow's); None when the flow must run. `on_recover`: told of a killed run's files the lock's recovery
    removed."""
    started = datetime.now(UTC)

    def answer(root: Path) -> dict[str, Any] | None:
        if not nothing_to_label(str(root), tax.version, tax.languages):
            return None
        return record_relabel(str(root), lake, taxonomy, tax, str(uuid.uuid4()), "cli", started, Relabelled())

    return answered_without_flow(lake, answer, on_wait, on_recover)
