"""Compaction: rewrite a table's many small committed Parquet files into few large, sorted ones, atomically.

Each run commits a file per batch and table, in arrival order, so a lake fed daily gathers thousands
of small files that slow every query. Compaction sorts the rows of each table's files (DuckDB sorts,
spilling to a temporary folder when a table outgrows memory) into new files of up to `rows_per_file`
rows, in row groups of `ROW_GROUP_ROWS` (warehouse/compaction_files.py), then commits one manifest
that names the new files instead of the old ones; only after that swap (and the catalog's) are the
old files deleted. Killed before the swap, the new files are orphans the next writer removes; killed
after, the old ones are. Callers hold the writer lock (warehouse.lake_lock.writer_lock).

What the layout is for (docs/performance.md):
- sort orders (`SORT_KEYS`) put together the rows a query looks for, and the row groups' min/max
  statistics let DuckDB skip the others: labels by taxonomy version and theme (the labels of one
  theme are a few row groups), then by article and paragraph (an article's labels side by side, which
  its rollup and joins with `articles` find in cache), paragraphs by id (the text of a few labels);
- `articles` and `sources` rows are split into settled files (`SETTLED`) and the rest: a settled row
  belongs to an article whose every version and source state agreed when compaction ran, so the
  catalog's current views look for changed articles only among the other rows (warehouse/catalog.py;
  the changed articles are found once: warehouse/compaction_settled.py).

Which tables are due, and the names of a compaction's files: warehouse/compaction_due.py; the size of its
files, and the one a lake keeps: warehouse/compaction_size.py.
"""

from __future__ import annotations

import os
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from warehouse import storage
from warehouse.compaction_due import COMPACTED, SETTLED, SETTLED_TABLES, due_tables
from warehouse.compaction_files import write_sorted
from warehouse.compaction_lanes import LANES, MEMORY_LIMIT, lane_memory, plan_lanes
from warehouse.compaction_settled import CHANGED, changed_articles, settled_parts
from warehouse.compaction_size import DEFAULT_ROWS_PER_FILE, ROWS_PER_FILE, check_rows_per_file, recorded_rows_per_file
from warehouse.lake import DATA, commit, read_manifest, resolve_lake
from warehouse.schema_version import TABLE_NAMES

if TYPE_CHECKING:
    import pyarrow as pa

# The order each table's rows are written in; the last key makes the order total, so a compaction
# writes the same files from the same rows. Tables not listed keep their commit order.
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "sources": ("article_id", "source", "observed_at"),
    "articles": ("article_id", "content_hash"),
    "paragraphs": ("paragraph_id",),
    "paragraph_themes": ("taxonomy_version", "theme_id", "article_id", "paragraph_id"),
    "paragraph_places": ("country_code", "name", "paragraph_id", "start"),
    "paragraph_amounts": ("paragraph_id", "start"),
}
# One thread: with two, each thread's sort pins its own blocks, and a lake of 200,000 articles with
# semantic evidence (a dozen items a label) ran out of those 256 MB ("failed to pin block") instead of
# spilling; with one, the same compaction took 49 s and peaked at 475 MB of RSS.
THREADS = 1


@dataclass
class Compaction:
    """What a compaction did: files before and after, per table, and the files it deleted."""

    before: dict[str, int] = field(default_factory=dict)
    after: dict[str, int] = field(default_factory=dict)
    deleted: list[str] = field(default_factory=list)
    manifest_version: int | None = None
    rows_per_file: int = DEFAULT_ROWS_PER_FILE  # the size the files were written to


def compact_lake(lake: str | os.PathLike[str], rows_per_file: int | None = None) -> Compaction:
    """Rewrite, sorted, every table with files a compaction did not write (or more files than it needs).

    Files hold up to `rows_per_file` rows, a size the lake then keeps (ROWS_PER_FILE in its manifest's
    settings) for every later compaction given none, a run's own too; without one, the lake's, else
    DEFAULT_ROWS_PER_FILE. A user who chose a size for their readers keeps it.
    """

    if rows_per_file is not None:
        check_rows_per_file(rows_per_file)
    root = resolve_lake(lake)
    remote = storage.is_url(root)
    manifest = read_manifest(root)
    recorded = recorded_rows_per_file(manifest.settings)
    chosen = {ROWS_PER_FILE: rows_per_file} if rows_per_file and rows_per_file != recorded else {}
    rows_per_file = rows_per_file or recorded or DEFAULT_ROWS_PER_FILE
    result = Compaction(rows_per_file=rows_per_file)
    files = {table: list(manifest.files(table)) for table in TABLE_NAMES}
    due = due_tables(root, files, rows_per_file)
    for table in TABLE_NAMES:
        result.before[table] = result.after[table] = len(files[table])
    if not due:
        if chosen:  # nothing to rewrite, but the size is the lake's from now on
            result.manifest_version = commit(root, {}, settings=chosen).version
        return result
    staged: dict[str, list[str]] = {}
    sizes = {t: sum((root / f).stat().st_size for f in files[t]) for t in due}
    lanes = plan_lanes(sizes, LANES)
    memory = lane_memory([sum(sizes[t] for t in lane) for lane in lanes])
    # The changed articles, found by the first lane that rewrites `articles` or `sources`, not before
    # the lanes start: the labels' lane, the longest, no longer waits for them (about 0.06 s a run).
    changed = _ChangedArticles(root, files)
    with tempfile.TemporaryDirectory(prefix="themelake-compaction-") as spill:

        def run(lane: list[str], number: int) -> dict[str, list[str]]:
            # One DuckDB database per lane: each sorts within its own memory limit and spill folder.
            con = _connect(root, os.path.join(spill, str(number)), memory[number])
            # A lake on object storage: each new file is written in the spill folder, then put whole.
            local = Path(spill) / f"out-{number}" if remote else None
            if local is not None:
                local.mkdir()
            try:
                written = {}
                for table in lane:
                    ids = changed.found(con) if table in SETTLED_TABLES else None
                    written[table] = _rewrite(con, root, table, files, rows_per_file, local, ids)
                return written
            finally:
                con.close()

        with ThreadPoolExecutor(max_workers=len(lanes)) as pool:
            for written in list(pool.map(run, lanes, range(len(lanes)))):
                staged |= written
    for table in due:
        result.after[table] = len(staged[table])
    replaced = {table: files[table] for table in due}
    result.manifest_version = commit(root, staged, replaced, settings=chosen).version
    for old in replaced.values():  # no manifest names them any more
        for relative in old:
            _remove(root / relative)
            result.deleted.append(relative)
    return result


class _ChangedArticles:
    """The lake's changed articles (warehouse/compaction_settled.py), found once for every lane that
    rewrites a settled table, on the connection of the first to ask; each lane's connection then knows
    them as CHANGED."""

    def __init__(self, root: Path, files: dict[str, list[str]]) -> None:
        self.root, self.files = root, files
        self.lock = threading.Lock()
        self.done = False
        self.ids: pa.Table | None = None

    def found(self, con: duckdb.DuckDBPyConnection) -> pa.Table | None:
        """Return the changed articles (None: every row is settled), registered on `con` as CHANGED."""
        with self.lock:
            if not self.done:
                self.ids, self.done = changed_articles(con, self.root, self.files), True
        if self.ids is not None:
            con.register(CHANGED, self.ids)
        return self.ids


def _connect(root: Path, temp: str, memory: str = MEMORY_LIMIT) -> duckdb.DuckDBPyConnection:
    """Return a DuckDB database for compaction: `memory`, THREADS, spilling to `temp`, the lake readable."""
    con = duckdb.connect(config={"memory_limit": memory, "threads": THREADS, "temp_directory": temp})
    con.execute("SET enable_progress_bar = false")
    storage.register_lake_files(con, root, [root / DATA / table for table in TABLE_NAMES])
    return con


def _remove(path: Path) -> None:
    """Delete a file no manifest names any more (one already gone is fine: a writer's recovery took it)."""
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _rewrite(
    con: duckdb.DuckDBPyConnection, root: Path, table: str, files: dict[str, list[str]], rows_per_file: int,
    local: Path | None = None, changed: pa.Table | None = None,
) -> list[str]:
    """Write a table's rows, sorted, into new files; return their lake paths (none for no rows).
    `changed`: the changed articles (warehouse/compaction_settled.py), which the connection knows."""
    if not files[table]:
        return []
    order = f"ORDER BY {', '.join(SORT_KEYS[table])}" if table in SORT_KEYS else ""

    def write(where: str, prefix: str) -> list[str]:
        sql = f"SELECT * FROM read_parquet($table) {where} {order}"
        relation = con.sql(sql, params={"table": [str(root / f) for f in files[table]]})
        return write_sorted(relation, root, table, prefix, rows_per_file, local)

    if table not in SETTLED_TABLES:
        return write("", COMPACTED)
    parts = settled_parts(changed)
    return [path for where, settled in parts for path in write(where, SETTLED if settled else COMPACTED)]
