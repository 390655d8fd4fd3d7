"""Staging: a batch's rows written as Parquet files under the lake's data/ that no manifest names yet.

A staged file is invisible to every reader until a commit names it (warehouse.lake.commit); one no
commit names (a killed run's) is deleted by the next writer's recovery (warehouse.lake_lock.recover).
Rows of one table go to one file (`stage_table`), or, for a batch done in parts, to the batch's one
file per table (`BatchFiles`). Local files are written under a temporary name, flushed and renamed;
remote ones are one upload each (warehouse/storage.py.write_parquet).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO

from warehouse import storage
from warehouse.lake_folder import DATA, resolve_lake

if TYPE_CHECKING:
    import pyarrow as pa
    import pyarrow.parquet as pq


def stage_table(
    lake: str | os.PathLike[str], table: str, columns: Mapping[str, list] | pa.Table, tag: str,
    into: BatchFiles | None = None,
) -> str | None:
    """Write rows of one table as a Parquet file not yet visible to queries; return its lake path.

    `into`: the batch's files, when it is staged in parts (the rows become part of its file of the table).
    """
    import pyarrow as pa

    from warehouse.schemas import TABLES

    schema = TABLES[table]
    data = columns if isinstance(columns, pa.Table) else pa.Table.from_pydict(dict(columns), schema=schema)
    if data.num_rows == 0:
        return None
    # A table built from lists has the schema already; a cast would cost a call a column (300 a batch).
    if not data.schema.equals(schema, check_metadata=True):
        data = data.cast(schema)
    if into is not None:
        return into.write(table, data, tag)
    relative = f"{DATA}/{table}/{tag}-{uuid.uuid4().hex[:8]}.parquet"
    path = resolve_lake(lake) / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    storage.write_parquet(data, path, options=writer_options(table, data.schema))
    return relative


def stage_files(
    lake: str | os.PathLike[str], table: str, columns: Mapping[str, list] | pa.Table, tag: str,
    into: BatchFiles | None = None,
) -> list[str]:
    """Stage rows of one table like `stage_table`; return the staged files: one, or none for no rows."""
    path = stage_table(lake, table, columns, tag, into)
    return [path] if path else []


# The columns of a table's files (a batch's, and compaction's) whose values repeat, row after row:
# Parquet's dictionary encoding pays there (a role, a theme, an evidence term, the article's hash on each
# of its paragraphs), and only costs elsewhere. Ids, offsets, scores and texts are mostly distinct: their
# dictionary grew to a page of every value before Parquet gave up on it, and zstd packs them tighter
# without (the paragraph_id column of a 4,000-row part 103 KB, not 124 KB).
_REPEATED: dict[str, frozenset[str]] = {
    "articles": frozenset({"source_root", "encoding", "language", "format", "run_id"}),
    "paragraphs": frozenset({"role", "word_count", "content_hash", "run_id"}),
    "paragraph_themes": frozenset({"theme_id", "n_terms", "evidence", "taxonomy_version", "run_id"}),
    "paragraph_places": frozenset({"name", "kind", "country_code", "geonames_id", "text", "run_id"}),
    "paragraph_amounts": frozenset({"unit", "object", "run_id"}),
    "sources": frozenset({"status", "reason", "fields", "run_id"}),
    "quarantine": frozenset({"reason", "run_id"}),
}
# Columns no query prunes by their min and max: a paragraph's text and the labels' evidence, whose min
# and max were the most costly statistics of a batch's files to keep (a few MB of strings each batch).
_NO_STATISTICS: dict[str, frozenset[str]] = {
    "paragraphs": frozenset({"text"}),
    "paragraph_themes": frozenset({"evidence"}),
}


# Columns of a batch's files zstd does not shrink by a tenth, written without it: a column of one or a few
# values (its dictionary's indices a run or two) came out larger compressed, and the evidence's offsets (their
# dictionary's indices) 0.90 of their size. A batch in parts writes each column once a part, and each page
# zstd compresses costs a compression context of its own (Arrow makes one a call): on a batch of 2,400 bench
# articles in 10 parts, 111 to 103 ms of writing, the files 5.94 to 6.02 MB. Compaction compresses them all.
_UNCOMPRESSED: dict[str, frozenset[str]] = {
    "articles": frozenset({"source_root", "encoding", "language", "format", "run_id"}),
    "paragraphs": frozenset({"role", "run_id"}),
    "paragraph_themes": frozenset({"n_terms", "evidence.list.element.start", "evidence.list.element.end",
                                   "taxonomy_version", "run_id"}),
    "paragraph_places": frozenset({"kind", "run_id"}),
    "paragraph_amounts": frozenset({"unit", "run_id"}),
    "sources": frozenset({"status", "reason", "fields", "run_id"}),
    "quarantine": frozenset({"reason", "run_id"}),
}


def staged_compression(table: str, schema: pa.Schema) -> str | dict[str, str]:
    """Return the Parquet codec of each column of a batch's file of a table: zstd, but for `_UNCOMPRESSED`."""
    plain = _UNCOMPRESSED.get(table)
    if plain is None:
        return "zstd"
    return {path: "none" if path in plain else "zstd" for name in schema.names for path in _leaves(schema, name)}


def writer_options(table: str, schema: pa.Schema) -> dict[str, list[str]]:
    """Return the Parquet writer's per-column choices for a file of a table (a batch's, or one that
    compaction writes): dictionary encoding for the columns whose values repeat, statistics for all
    but long text and evidence (the sort keys keep theirs: queries skip row groups by them).

    Measured on the staged files of 2,000 bench articles (4 parts): 122 to 108 ms of writing, and the
    files 5.13 to 4.95 MB; the rows read back are the same. Compaction: see warehouse/compaction.py.
    """
    if table not in _REPEATED:
        return {}
    repeated, unpruned = _REPEATED[table], _NO_STATISTICS.get(table, frozenset())
    return {
        "use_dictionary": [path for name in schema.names if name in repeated for path in _leaves(schema, name)],
        "write_statistics": [path for name in schema.names if name not in unpruned for path in _leaves(schema, name)],
    }


def _leaves(schema: pa.Schema, name: str) -> list[str]:
    """Return the Parquet column paths of a top-level column: itself, or the leaves of a list's items."""
    import pyarrow as pa

    field = schema.field(name)
    if not pa.types.is_list(field.type):
        return [name]
    item = field.type.value_type
    if pa.types.is_struct(item):
        return [f"{name}.list.element.{child.name}" for child in item]
    return [f"{name}.list.element"]


@dataclass
class _OpenFile:
    """A batch's file of one table while its parts are written (see BatchFiles)."""

    relative: str  # its lake path
    path: storage.LakePath
    handle: BinaryIO | None  # remotely, the upload being written; locally None
    writer: pq.ParquetWriter
    held: list[pa.Table] = field(default_factory=list)  # parts' rows not yet written (BatchFiles.write)
    held_bytes: int = 0

    def flush(self) -> None:
        """Write the rows held as one row group."""
        if self.held:
            import pyarrow as pa

            self.writer.write_table(self.held[0] if len(self.held) == 1 else pa.concat_tables(self.held))
            self.held, self.held_bytes = [], 0

    @property
    def written(self) -> storage.LakePath:
        """Where the bytes go until close: a temporary name locally, the file itself remotely."""
        return self.path if self.handle is not None else self.path.with_name(f".{self.path.name}.tmp")


# The Arrow bytes of a table's rows a batch's file holds before it writes them as one row group. Each row group
# costs every column a page or two, each compressed with a context of its own, its dictionary and statistics:
# on 2,400 bench articles in 10 parts (6 tables, 81 columns) writing a row group a part took 104 to 110 ms,
# 85 to 88 ms holding up to 2 MB a table (4 MB: 83 to 84 ms), the files 6.02 to 5.64 MB. A worker holds
# at most this much a table beyond its part (about 9 MB over all six on bench batches).
HELD_BYTES = 2 << 20


class BatchFiles:
    """The staged files of a batch done in parts: one Parquet file per table, whatever the parts.

    Each part's rows are added to its table's file as the part ends, and written as a row group once the
    table's rows not yet written reach HELD_BYTES (and at `close()`), so a worker holds little of a part's
    rows after it, and the batch leaves one file per table, not one per part
    (a Parquet file costs about 2 ms to open and close, and every query and compaction a file to read).
    `close()` puts the files in place (local files are written to a temporary name first) and returns
    them per table; `abort()` deletes them. As a context manager it aborts when a part fails. A file
    is named after the tag of the first part that wrote to its table.
    """

    def __init__(self, lake: str | os.PathLike[str]) -> None:
        self.root = resolve_lake(lake)
        self.open: dict[str, _OpenFile] = {}

    def write(self, table: str, data: pa.Table, tag: str) -> str:
        """Add rows (already of the table's schema) to the batch's file of a table; return its lake path."""
        import pyarrow.parquet as pq

        if table not in self.open:
            relative = f"{DATA}/{table}/{tag}-{uuid.uuid4().hex[:8]}.parquet"
            path = self.root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            handle = path.open("wb") if storage.is_url(path) else None  # remotely: one streamed upload
            where = handle if handle is not None else str(path.with_name(f".{path.name}.tmp"))
            writer = pq.ParquetWriter(where, data.schema, compression=staged_compression(table, data.schema),
                                     **writer_options(table, data.schema))
            self.open[table] = _OpenFile(relative, path, handle, writer)
        file = self.open[table]
        file.held.append(data)
        file.held_bytes += data.nbytes
        if file.held_bytes >= HELD_BYTES:
            file.flush()
        return file.relative

    def close(self) -> dict[str, list[str]]:
        """Finish every file and put it in place; return the staged files per table."""
        staged: dict[str, list[str]] = {}
        for table, file in self.open.items():
            file.flush()
            file.writer.close()
            if file.handle is not None:
                file.handle.close()
            else:
                storage.sync_file(file.written)
                os.replace(file.written, file.path)
            staged[table] = [file.relative]
        self.open.clear()
        return staged

    def abort(self) -> None:
        """Close and delete every file (no manifest names them: they would be orphans anyway)."""
        for file in self.open.values():
            file.held.clear()
            try:
                file.writer.close()
                if file.handle is not None:
                    file.handle.close()
            finally:
                file.written.unlink(missing_ok=True)
        self.open.clear()

    def __enter__(self) -> BatchFiles:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if kind is not None:
            self.abort()
