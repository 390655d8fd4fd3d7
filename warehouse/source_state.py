"""The committed state of every source file: read range by range, and staged when it changes.

Each source file (identified by its absolute path) has one current state in the `sources` view:
`article` (its content hash is the version the article views show), `records` (a file of keyed
articles, each with a state of its own), `quarantined` (with a reason)
or `deleted` (a tombstone: it was under a run's folder and no longer is). A records file's state
also holds the `--field` mapping a run asked for and the pairs its reading applied (`fields`, null
for the common names; transforms.formats.mapping_text): a run that asks for another reads it again
though its bytes did not change, and a run that gives none reads it with the applied pairs when its
bytes change. A run writes a `sources`
row only when a state changes, so an unchanged re-run writes none.

Change detection is two-step: a file whose size and mtime (nanoseconds) equal its committed row is
unchanged without being read; otherwise it is read and hashed, and it is unchanged if its hash is
the committed one (its size and mtime are then refreshed so the next run skips it again). The
first step is `warehouse.ingest_plan`'s, the second `flows.batch.ingest_batch`'s (or, for files only
touched before a run that would otherwise have nothing to do, `warehouse.touched_sources`').
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from transforms.articles import article_id, is_record_source
from transforms.formats import RECORDS_FORMATS, format_of
from transforms.formats.mapping_text import remaps
from warehouse import storage
from warehouse.lake import DATA, read_manifest, resolve_lake
from warehouse.staging import BatchFiles, stage_files

ARTICLE = "article"
QUARANTINED = "quarantined"
DELETED = "deleted"
# A records file (JSON Lines, JSON, CSV), or a file of keyed articles (an alert mail's stories, a text export's
# documents: flows.batch_records.holds_keyed_articles): its own row tracks its bytes (size, mtime, hash); each of
# its records has a row of its own, as `<file>#<key>` (transforms.articles.record_source).
RECORDS = "records"
# The states of a records file that remember a mapping: read, or quarantined (by its bytes or its mapping).
_MAPPED = (RECORDS, QUARANTINED)

# The latest committed state of each source under a folder, in a range of paths (bounds are values,
# bound as parameters; `through` NULL: no upper bound). Latest as in the `sources` view.
STATES_IN_RANGE = """
    SELECT source, status, content_hash, reason, size_bytes, mtime_ns, fields
    FROM read_parquet($files)
    WHERE starts_with(source, $prefix) AND source > $after AND source <= coalesce($through, source)
    QUALIFY row_number() OVER (PARTITION BY source ORDER BY observed_at DESC) = 1"""

# Every version the lake has article rows for, current or superseded, of the sources in a range
# (a records file's rows carry the file as source and each record's own article id).
VERSIONS_IN_RANGE = """
    SELECT DISTINCT source, article_id, content_hash
    FROM read_parquet($files)
    WHERE source > $after AND source <= $through"""


class SourceState(NamedTuple):
    """What the lake holds for one source file: its status, version and metadata when seen."""

    # A NamedTuple, not a frozen dataclass: a run's plan makes one per known file it lists, and a
    # tuple is built in a third of the time.

    status: str
    content_hash: str | None = None
    reason: str | None = None
    size_bytes: int | None = None
    mtime_ns: int | None = None
    fields: str | None = None  # a records file's asked and applied `--field` pairs (transforms.formats.mapping_text)

    def same_outcome(self, other: SourceState) -> bool:
        """True when two states differ at most in size and mtime (nothing to re-write)."""
        return (self.status, self.content_hash, self.reason, self.fields) == (
            other.status,
            other.content_hash,
            other.reason,
            other.fields,
        )


def is_record_state(source: str, state: SourceState) -> bool:
    """Return True for the state of a record of a records file, not of a listed file.

    A record's source looks like `feed.jsonl#id=7`, but so may a file's own name (`results.csv#id=7.txt`):
    a listed file's state carries its size and mtime, a record's never does.
    """
    return is_record_source(source) and state.size_bytes is None and state.mtime_ns is None


def remapped(state: SourceState, path: str, fields: str | None) -> bool:
    """Return whether a run's mapping (`fields`: None when it gave none) is not the one a records file's
    state remembers being asked, so the file is read again though its bytes did not change."""
    # `fields is None` first (callers on the hot path test it before calling): a run without --field
    # pays one comparison per file, and a text file's state is not a records file's.
    return (
        fields is not None
        and state.status in _MAPPED
        and remaps(fields, state.fields)
        and format_of(path) in RECORDS_FORMATS
    )


@dataclass
class SourceChange:
    """A state to record for one source: its new state and the run that saw it."""

    source: str
    state: SourceState


def stage_source_states(
    lake: str | os.PathLike[str], changes: Iterable[SourceChange], run_id: str, now: datetime, tag: str,
    into: BatchFiles | None = None,
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
        "fields": [c.state.fields for c in changes],
        "run_id": [run_id] * len(changes),
        "observed_at": [now] * len(changes),
    }
    return stage_files(lake, "sources", columns, f"{tag}-src", into)


class CommittedSources:
    """The committed states of a lake's sources, and its articles' versions, read one range of paths at a time.

    Reads the `sources` and `articles` files of the manifest it was opened on, through DuckDB, so a
    run holds the states of one chunk of its listing, never of every file the lake knows. (The
    run's own commits add states only for ranges already read.)
    """

    def __init__(self, lake: str | os.PathLike[str]) -> None:
        root = resolve_lake(lake)
        manifest = read_manifest(root)
        self._root = root
        self._files = {table: [str(root / f) for f in manifest.files(table)] for table in ("sources", "articles")}
        self._con: Any = None  # a DuckDB connection, opened by the first query

    def states(self, prefix: str, after: str, through: str | None) -> dict[str, SourceState]:
        """Return source → current state, of the sources under `prefix` with after < source <= through."""
        if not self._files["sources"]:
            return {}
        found = self._query(STATES_IN_RANGE, "sources", prefix=prefix, after=after, through=through)
        return {row[0]: SourceState(*row[1:]) for row in found}

    def versions(self, after: str, through: str) -> dict[str, set[tuple[str, str]]]:
        """Return source → every (article id, content hash) the lake has article rows for, after < source <= through."""
        if not self._files["articles"]:
            return {}
        versions: dict[str, set[tuple[str, str]]] = {}
        for source, aid, version in self._query(VERSIONS_IN_RANGE, "articles", after=after, through=through):
            versions.setdefault(source, set()).add((aid, version))
        return versions

    def record_states(self, file: str) -> dict[str, SourceState]:
        """Return record source → current state, of the records of one records file."""
        if not self._files["sources"]:
            return {}
        found = self._query(STATES_IN_RANGE, "sources", prefix=file + "#", after=file, through=None)
        return {row[0]: SourceState(*row[1:]) for row in found}

    def _query(self, sql: str, table: str, **parameters: str | None) -> list[tuple]:
        if self._con is None:
            import duckdb  # here, not at the top: the batch workers import this module and never query

            self._con = duckdb.connect()
            self._con.execute("SET parquet_metadata_cache = true")  # each range reads the same footers
            storage.register_lake_files(self._con, self._root, [self._root / DATA / t for t in ("sources", "articles")])
        return self._con.execute(sql, {"files": self._files[table], **parameters}).fetchall()

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> CommittedSources:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
