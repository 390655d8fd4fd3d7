"""The lake's layout and its commits: staged Parquet files made visible by one atomic manifest swap.

Layout of a lake folder:

    _manifest.json        the committed state: schema version and, per table, its Parquet files
    data/<table>/*.parquet
    themelake.duckdb      DuckDB catalog: one view per table over the manifest's files

A run writes its batches' Parquet files under data/ first (invisible: no manifest names them),
then commits: a new manifest is written to a temporary file and renamed over `_manifest.json`
(atomic on a local disk), and the catalog is rebuilt the same way. A reader therefore sees every
file of a commit or none of them. Files no manifest names (from a killed run) are never read.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa

from warehouse import storage
from warehouse.schemas import SCHEMA_VERSION, TABLES

MANIFEST = "_manifest.json"
CATALOG = "themelake.duckdb"
DATA = "data"
# Empty, typed Parquet file per table, so views exist (with the right columns) before any data.
SCHEMA_FILE = "_schema.parquet"


class LakeError(RuntimeError):
    """The lake cannot be used as asked; the message says why and what to do."""


@dataclass
class Manifest:
    """The committed state of a lake: per table, the Parquet files (relative to the lake) it holds."""

    version: int = 0
    schema_version: int = SCHEMA_VERSION
    tables: dict[str, list[str]] = field(default_factory=lambda: {name: [] for name in TABLES})
    committed_at: str | None = None

    def files(self, table: str) -> list[str]:
        return self.tables.setdefault(table, [])


def resolve_lake(lake: str | os.PathLike[str]) -> Path:
    """Return the lake folder as an absolute path, or a URL's path object (it may not exist yet)."""
    if storage.is_url(lake):
        return storage.url_path(str(lake))  # type: ignore[no-any-return]
    return Path(lake).expanduser().resolve()


def read_manifest(lake: str | os.PathLike[str]) -> Manifest:
    """Return the lake's committed manifest (an empty one for a new lake)."""
    path = resolve_lake(lake) / MANIFEST
    if not path.exists():
        return Manifest()
    raw = json.loads(path.read_text("utf-8"))
    if raw.get("schema_version") != SCHEMA_VERSION:
        raise LakeError(
            f"{path.parent}: written with lake schema version {raw.get('schema_version')}, "
            f"this themelake reads version {SCHEMA_VERSION}; use a new --lake folder"
        )
    return Manifest(
        version=raw["version"],
        schema_version=raw["schema_version"],
        tables={name: list(raw["tables"].get(name, [])) for name in TABLES},
        committed_at=raw.get("committed_at"),
    )


def ensure_lake(lake: str | os.PathLike[str]) -> Path:
    """Create the lake's folders and per-table schema files if missing; return its path."""
    root = resolve_lake(lake)
    if root.exists() and not root.is_dir():
        raise LakeError(f"lake is not a folder: {lake}")
    for name, schema in TABLES.items():
        folder = root / DATA / name
        folder.mkdir(parents=True, exist_ok=True)
        if not (folder / SCHEMA_FILE).exists():
            _write_parquet(schema.empty_table(), folder / SCHEMA_FILE)
    return root


def stage_table(lake: str | os.PathLike[str], table: str, columns: Mapping[str, list] | pa.Table, tag: str) -> str | None:
    """Write rows of one table as a Parquet file not yet visible to queries; return its lake path."""
    schema = TABLES[table]
    data = columns if isinstance(columns, pa.Table) else pa.Table.from_pydict(dict(columns), schema=schema)
    if data.num_rows == 0:
        return None
    relative = f"{DATA}/{table}/{tag}-{uuid.uuid4().hex[:8]}.parquet"
    path = resolve_lake(lake) / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_parquet(data.cast(schema), path)
    return relative


def commit(lake: str | os.PathLike[str], staged: Mapping[str, Sequence[str]]) -> Manifest:
    """Make staged files visible: swap in a manifest that adds them, then rebuild the catalog."""
    root = ensure_lake(lake)
    manifest = read_manifest(root)
    for table, files in staged.items():
        manifest.files(table).extend(f for f in files if f)
    manifest.version += 1
    manifest.committed_at = datetime.now(UTC).isoformat()
    write_manifest(root, manifest)
    from warehouse.catalog import write_catalog  # the catalog derives from the manifest

    write_catalog(root, manifest)
    return manifest


def write_manifest(root: Path, manifest: Manifest) -> None:
    """Atomically replace the lake's manifest (write a temporary file, fsync, rename)."""
    body = json.dumps(
        {
            "schema_version": manifest.schema_version,
            "version": manifest.version,
            "committed_at": manifest.committed_at,
            "tables": manifest.tables,
        },
        indent=1,
    )
    _atomic_write(root / MANIFEST, body.encode("utf-8"))


def table_files(root: Path, manifest: Manifest, table: str) -> list[str]:
    """Return the absolute paths of a table's committed files, its schema file first."""
    return [str(root / DATA / table / SCHEMA_FILE)] + [str(root / f) for f in manifest.files(table)]


def read_table(lake: str | os.PathLike[str], table: str, columns: Sequence[str] | None = None) -> pa.Table:
    """Return a committed table (or some of its columns) as one Arrow table."""
    root = resolve_lake(lake)
    manifest = read_manifest(root)
    schema = TABLES[table]
    parts = [storage.read_parquet(root / f, columns) for f in manifest.files(table)]
    if not parts:
        empty = schema.empty_table()
        return empty.select(list(columns)) if columns else empty
    return pa.concat_tables(parts)


def _write_parquet(table: pa.Table, path: Path) -> None:
    storage.write_parquet(table, path)


def _atomic_write(path: Path, body: bytes) -> None:
    storage.write_bytes(path, body)
