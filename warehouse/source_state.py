"""The committed state of every source file, and how a run compares a new listing against it.

Each source file (identified by its absolute path) has one current state in the `sources` view:
`article` (its content hash is the version the article views show), `quarantined` (with a reason)
or `deleted` (a tombstone: it was under a run's folder and no longer is). A run writes a `sources`
row only when a state changes, so an unchanged re-run writes none.

Change detection is two-step: a file whose size and mtime (nanoseconds) equal its committed row is
unchanged without being read; otherwise it is read and hashed, and it is unchanged if its hash is
the committed one (its size and mtime are then refreshed so the next run skips it again).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from transforms.pipeline import article_id
from warehouse.lake import read_table, stage_files
from warehouse.sources import RETRIED_REASONS, SourceEntry

ARTICLE = "article"
QUARANTINED = "quarantined"
DELETED = "deleted"


@dataclass(frozen=True)
class SourceState:
    """What the lake holds for one source file: its status, version and metadata when seen."""

    status: str
    content_hash: str | None = None
    reason: str | None = None
    size_bytes: int | None = None
    mtime_ns: int | None = None

    def same_outcome(self, other: SourceState) -> bool:
        """True when two states differ at most in size and mtime (nothing to re-write)."""
        return (self.status, self.content_hash, self.reason) == (
            other.status,
            other.content_hash,
            other.reason,
        )


@dataclass
class IngestPlan:
    """A listing compared with the committed state: what to skip, what to read, what is gone."""

    unchanged: list[SourceEntry] = field(default_factory=list)
    to_read: list[SourceEntry] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)


def read_source_states(lake: str | os.PathLike[str]) -> dict[str, SourceState]:
    """Return source → its current committed state (the latest `sources` row of each)."""
    table = read_table(lake, "sources")
    if table.num_rows == 0:
        return {}
    table = table.sort_by([("observed_at", "ascending")])
    columns = [
        table[c].to_pylist() for c in ("source", "status", "content_hash", "reason", "size_bytes", "mtime_ns")
    ]
    # Later rows win; plain lists, since converting tz-aware timestamps row by row is slow.
    return {row[0]: SourceState(*row[1:]) for row in zip(*columns, strict=True)}


def read_article_versions(lake: str | os.PathLike[str]) -> dict[str, set[str]]:
    """Return article_id → every content hash the lake has rows for, current or superseded."""
    table = read_table(lake, "articles", ["article_id", "content_hash"])
    versions: dict[str, set[str]] = {}
    for aid, version in zip(table["article_id"].to_pylist(), table["content_hash"].to_pylist(), strict=True):
        versions.setdefault(aid, set()).add(version)
    return versions


def plan_ingest(entries: Sequence[SourceEntry], states: dict[str, SourceState], root: str) -> IngestPlan:
    """Split a listing into files unchanged by size and mtime, files to read, and deleted sources."""
    plan = IngestPlan()
    for entry in entries:
        state = states.get(entry.path)
        if state is not None and _same_metadata(entry, state):
            plan.unchanged.append(entry)
        else:
            plan.to_read.append(entry)
    listed = {e.path for e in entries}
    prefix = root.rstrip(os.sep) + os.sep
    plan.deleted = sorted(
        source
        for source, state in states.items()
        if state.status != DELETED and source.startswith(prefix) and source not in listed
    )
    return plan


def _same_metadata(entry: SourceEntry, state: SourceState) -> bool:
    return (
        state.status != DELETED
        and state.reason not in RETRIED_REASONS
        and entry.size_bytes is not None
        and (entry.size_bytes, entry.mtime_ns) == (state.size_bytes, state.mtime_ns)
    )


@dataclass
class SourceChange:
    """A state to record for one source: its new state and the run that saw it."""

    source: str
    state: SourceState


def stage_source_states(
    lake: str | os.PathLike[str], changes: Iterable[SourceChange], run_id: str, now: datetime, tag: str
) -> list[str]:
    """Stage `sources` rows for changed states; return the staged file (none if no change)."""
    changes = list(changes)
    columns = {
        "source": [c.source for c in changes],
        "article_id": [article_id(c.source) for c in changes],
        "status": [c.state.status for c in changes],
        "content_hash": [c.state.content_hash for c in changes],
        "reason": [c.state.reason for c in changes],
        "size_bytes": [c.state.size_bytes for c in changes],
        "mtime_ns": [c.state.mtime_ns for c in changes],
        "run_id": [run_id] * len(changes),
        "observed_at": [now] * len(changes),
    }
    return stage_files(lake, "sources", columns, f"{tag}-src")
