"""Staging: a batch's rows written as Parquet files under the lake's data/ that no manifest names yet.

A staged file is invisible to every reader until a commit names it (warehouse.lake.commit); one no
commit names (a killed run's) is deleted by the next writer's recovery (warehouse.lake.recover).
Rows of one table go to one file (`stage_table`), or, for a batch done in parts, to the batch's one
file per table (`BatchFiles`). Local files are written under a temporary name, flushed and renamed;
remote ones are one upload each (warehouse/storage.py.write_parquet).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from warehouse import storage
from warehouse.lake_folder import DATA, resolve_lake

if TYPE_CHECKING:
    import pyarrow as pa


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
    storage.write_parquet(data, path)
    return relative


def stage_files(
    lake: str | os.PathLike[str], table: str, columns: Mapping[str, list] | pa.Table, tag: str,
    into: BatchFiles | None = None,
) -> list[str]:
    """Stage rows of one table like `stage_table`; return the staged files: one, or none for no rows."""
    path = stage_table(lake, table, columns, tag, into)
    return [path] if path else []


# The columns of a batch's files whose values repeat, row after row: Parquet's dictionary encoding pays
# there (a role, a theme, an evidence term), and only costs elsewhere. Ids, hashes, offsets, scores and
# texts are mostly distinct: their dictionary grew to a page of every value before Parquet gave up on it,
# and zstd packs them tighter without (the paragraph_id column of a 4,000-row part 103 KB, not 124 KB).
_REPEATED: dict[str, frozenset[str]] = {
    "articles": frozenset({"source_root", "encoding", "language", "format", "run_id"}),
    "paragraphs": frozenset({"role", "word_count", "run_id"}),
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


def writer_options(table: str, schema: pa.Schema) -> dict[str, list[str]]:
    """Return the Parquet writer's per-column choices for a batch's file of a table: dictionary encoding
    for the columns whose values repeat, statistics for all but long text and evidence.

    Measured on the staged files of 2,000 bench articles (4 parts): 122 to 108 ms of writing, and the
    files 5.13 to 4.95 MB; the rows read back are the same.
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
class _BatchFile:
    """A batch's file of one table while its parts are staged (see BatchFiles)."""

    relative: str  # its lake path
    parts: list[pa.Table]  # each part's rows, of the table's schema


class BatchFiles:
    """The staged files of a batch done in parts: one Parquet file per table, whatever the parts.

    Each part's rows are kept as Arrow tables (a 500-file bench part's, enriched: about 5 MB) and each
    table's file is written once, at `close()`, one row group
    for the batch: writing a table a part at a time cost a row group of column chunks each (2,000
    bench files: 116 to 91 ms of writing), and a worker still holds no part's Python rows after it.
    A Parquet file costs about 2 ms to open and close, and every query and compaction a file to read:
    one a table, not one a part. `close()` puts the files in place (local files are written to a
    temporary name first) and returns them per table; `abort()` drops the rows and deletes any file
    already put in place. As a context manager it aborts when a part fails. A file is named after the
    tag of the first part that staged rows of its table.
    """

    def __init__(self, lake: str | os.PathLike[str]) -> None:
        self.root = resolve_lake(lake)
        self.open: dict[str, _BatchFile] = {}
        self.placed: list[storage.LakePath] = []  # files `close()` put in place, until it returns

    def write(self, table: str, data: pa.Table, tag: str) -> str:
        """Add rows (already of the table's schema) to the batch's file of a table; return its lake path."""
        if table not in self.open:
            self.open[table] = _BatchFile(f"{DATA}/{table}/{tag}-{uuid.uuid4().hex[:8]}.parquet", [])
        file = self.open[table]
        file.parts.append(data)
        return file.relative

    def close(self) -> dict[str, list[str]]:
        """Write every file and put it in place; return the staged files per table."""
        import pyarrow as pa

        staged: dict[str, list[str]] = {}
        for table, file in self.open.items():
            path = self.root / file.relative
            path.parent.mkdir(parents=True, exist_ok=True)
            data = pa.concat_tables(file.parts)
            # One row group for the batch: the default's million rows are more than a batch holds.
            storage.write_parquet(data, path, options=writer_options(table, data.schema))
            self.placed.append(path)
            staged[table] = [file.relative]
        self.open.clear()
        self.placed.clear()
        return staged

    def abort(self) -> None:
        """Drop the rows not written, and delete the files put in place (no manifest names them: they
        would be orphans anyway)."""
        self.open.clear()
        for path in self.placed:
            path.unlink(missing_ok=True)
        self.placed.clear()

    def __enter__(self) -> BatchFiles:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if kind is not None:
            self.abort()
