"""The lake's layout and its commits: staged Parquet files made visible by one atomic manifest swap.

Layout of a lake folder (the names, and the checks a local path passes before a lake is made or
written there: warehouse/lake_folder.py):

    _manifest.json        the committed state: schema version and, per table, its Parquet files
    data/<table>/*.parquet
    themelake.duckdb      DuckDB catalog: one view per table over the manifest's files

A run writes its batches' Parquet files under data/ first (invisible: no manifest names them;
warehouse/staging.py), then commits: a new manifest is written to a temporary file and renamed over `_manifest.json`
(atomic on a local disk), and the catalog is rebuilt the same way. A reader therefore sees every
file of a commit or none of them. Files no manifest names (from a killed run) are never read.
During a run the catalog is rebuilt every CATALOG_REFRESH_S seconds and at the run's end, not at
each batch's commit: a reader of the file sees a committed state some seconds old, never a partial one.

One writer at a time: a writer holds the lake's writer lock for its whole run, and recovers the
lake before it writes (warehouse/lake_lock.py). Named files are never deleted except by compaction
and an upgrade, after a manifest that no longer names them is in place.
"""

from __future__ import annotations

import json
import os
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warehouse import storage
from warehouse.lake_folder import CATALOG as CATALOG  # the lake's names and checks, imported from here too
from warehouse.lake_folder import (
    DATA,
    MANIFEST,
    RESTORE_LAKE,
    SCHEMA_FILE,
    STORE_SETUP,
    LakeError,
    no_lake,
    resolve_lake,
    store_reason,
)
from warehouse.lake_folder import LOCK as LOCK
from warehouse.lake_folder import check_writable as check_writable
from warehouse.os_errors import is_transient
from warehouse.schema_version import SCHEMA_VERSION, TABLE_NAMES, UPGRADABLE

if TYPE_CHECKING:
    import pyarrow as pa

# A run commits the manifest after every batch but rebuilds the catalog (its views name every file)
# at most this often, and at its end: rebuilding it per batch cost a run O(batches²) and a third of
# the flow process's CPU. Readers of the catalog meanwhile see an earlier commit, whole (`connect`
# reads the manifest's newer state). Every 15 s, not 5: a rebuild of a 50,000-article lake's catalog
# costs 0.2-0.3 CPU s, which the run's workers lose (ten rebuilds in an enriched run's minute).
CATALOG_REFRESH_S = 15.0


@dataclass
class Manifest:
    """The committed state of a lake: per table, the Parquet files (relative to the lake) it holds."""

    version: int = 0
    schema_version: int = SCHEMA_VERSION
    tables: dict[str, list[str]] = field(default_factory=lambda: {name: [] for name in TABLE_NAMES})
    committed_at: str | None = None
    # What the lake's owner chose for it, kept by every commit: {"rows_per_file": N} from
    # `compact --rows-per-file N`, which later compactions (a run's own too) use (warehouse/compaction.py).
    settings: dict[str, Any] = field(default_factory=dict)

    def files(self, table: str) -> list[str]:
        return self.tables.setdefault(table, [])


def existing_lake(lake: str | os.PathLike[str]) -> str:
    """Return the absolute path of a lake that has been written to, or raise LakeError (a damaged
    manifest too, said before a command starts its flow)."""
    root = resolve_lake(lake)
    if read_manifest(root).version == 0:  # no manifest: every commit counts it up from 1
        raise LakeError(no_lake(root, lake, MANIFEST))
    return str(root)


def read_manifest(lake: str | os.PathLike[str]) -> Manifest:
    """Return the lake's committed manifest (an empty one for a new lake)."""
    path = resolve_lake(lake) / MANIFEST
    try:
        if not path.exists():
            return Manifest()
        text = path.read_text("utf-8")
    except UnicodeDecodeError:
        raise LakeError(damaged_manifest(path, "it is not UTF-8 text")) from None
    except OSError as error:
        if is_transient(error):  # a disk or link that failed once: stays an OSError, which a writer's task
            raise  # tries again (flows/retries.py); a LakeError it would not (a file the user may not read)
        raise LakeError(unreadable(path, error)) from None
    except Exception as error:  # noqa: BLE001 - an object store that refuses (credentials: botocore's own
        # errors) or cannot be reached: never a bug of ours here
        raise LakeError(unreadable(path, error)) from None
    try:  # themelake writes it whole (write_manifest); anything else was edited or damaged by hand
        raw = json.loads(text)
    except ValueError as error:
        raise LakeError(damaged_manifest(path, f"it is not JSON ({error})")) from None
    if not isinstance(raw, dict):
        raise LakeError(damaged_manifest(path, "it is not a JSON object"))
    check_schema_version(path.parent, raw.get("schema_version"))
    tables = raw.get("tables")
    if not isinstance(raw.get("version"), int) or not isinstance(tables, dict) or not all(
        isinstance(files, list) and all(isinstance(f, str) for f in files) for files in tables.values()
    ):
        raise LakeError(damaged_manifest(path, "it lacks its version or its tables' lists of files"))
    # Kept as they are, whatever they hold: a later version's settings must not make the lake unreadable
    # here; each is checked where it is used (rows_per_file: warehouse/compaction_size.py).
    settings = raw.get("settings", {})
    if not isinstance(settings, dict):
        raise LakeError(damaged_manifest(path, "its settings are not a JSON object"))
    return Manifest(
        version=raw["version"],
        schema_version=raw["schema_version"],
        tables={name: list(tables.get(name, [])) for name in TABLE_NAMES},
        committed_at=raw.get("committed_at"),
        settings=settings,
    )


def unreadable(path: Path, error: Exception) -> str:
    """Return the one line saying a lake's manifest cannot be read (not that it is damaged)."""
    where = STORE_SETUP if storage.is_url(path) else ""
    return f"cannot read the lake's manifest {path}: {store_reason(error)}{where}"


def damaged_manifest(path: Path, why: str) -> str:
    """Return the one line saying a lake's manifest cannot be read, and what to do."""
    return f"the lake's manifest {path} is damaged: {why}; {RESTORE_LAKE}"


def check_schema_version(root: Path, found: object) -> None:
    """Raise LakeError, in one line saying what to do, unless a lake has this themelake's schema version
    (or one its writers upgrade: warehouse/upgrade.py)."""
    if found == SCHEMA_VERSION or found in UPGRADABLE:
        return
    if isinstance(found, int) and found < SCHEMA_VERSION:
        raise LakeError(
            f"lake {root} has schema version {found}, older than this themelake's {SCHEMA_VERSION}: "
            "ingest again into a new --lake folder"
        )
    raise LakeError(
        f"lake {root} has schema version {found}, newer than this themelake's {SCHEMA_VERSION}: "
        "upgrade themelake to read it"
    )


def ensure_lake(lake: str | os.PathLike[str]) -> Path:
    """Create the lake's folders and per-table schema files if missing; return its path."""
    root = resolve_lake(lake)
    if root.exists() and not root.is_dir():
        raise LakeError(f"lake is not a folder: {lake}")
    from warehouse.schemas import TABLES  # pyarrow: here, where files are written, not at import

    for name, schema in TABLES.items():
        folder = root / DATA / name
        folder.mkdir(parents=True, exist_ok=True)
        if not (folder / SCHEMA_FILE).exists():
            storage.write_parquet(schema.empty_table(), folder / SCHEMA_FILE)
    return root


def commit(
    lake: str | os.PathLike[str],
    staged: Mapping[str, Sequence[str]],
    replaced: Mapping[str, Sequence[str]] | None = None,
    catalog: bool = True,
    settings: Mapping[str, int] | None = None,
) -> Manifest:
    """Make staged files visible: swap in a manifest adding them (minus `replaced`), rebuild the catalog.

    `settings` are recorded in it (see Manifest.settings), the lake's others kept.

    `catalog=False` leaves the catalog on an earlier commit (a run's batch commits, see
    CATALOG_REFRESH_S); a commit that `replaced` files must rebuild it before they are deleted.
    """
    root = ensure_lake(lake)
    manifest = read_manifest(root)
    # Tables whose folder gets its first file: that folder's own name is flushed too (write_manifest).
    first = any(any(files) and not manifest.files(table) for table, files in staged.items())
    for table, files in (replaced or {}).items():
        gone = set(files)
        manifest.tables[table] = [f for f in manifest.files(table) if f not in gone]
    for table, files in staged.items():
        manifest.files(table).extend(f for f in files if f)
    manifest.settings.update(settings or {})
    manifest.version += 1
    manifest.committed_at = datetime.now(UTC).isoformat()
    gained = {str(Path(f).parent) for files in staged.values() for f in files if f}
    write_manifest(root, manifest, gained, new_folders=first)
    if catalog:
        from warehouse.catalog import write_catalog  # the catalog derives from the manifest

        write_catalog(root, manifest)
    return manifest


def write_manifest(
    root: Path, manifest: Manifest, gained: Collection[str] | None = None, new_folders: bool = True
) -> None:
    """Atomically replace the lake's manifest (write a temporary file, fsync, rename).

    Locally the folders of the files it names are flushed first: their files' bytes were flushed
    before they were renamed into them (storage.sync_file), and now their names are, so the manifest
    never outlives, on the disk, a file it names. `gained`: the folders (lake paths) that gained files
    since the manifest on the disk, the only ones flushed (None: every table's folder that has files);
    the others' files were named, so flushed, by an earlier manifest. `new_folders`: whether a table's
    folder gets its first file (its own name, in the data folder, is flushed then).
    """
    if not storage.is_url(root):
        if gained is None:
            folders = [root / DATA / table for table, files in manifest.tables.items() if files]
        else:
            folders = [root / folder for folder in sorted(gained)]
        for folder in folders:
            storage.sync_folder(folder)
        if folders and new_folders:
            storage.sync_folder(root / DATA)
    fields: dict[str, object] = {
        "schema_version": manifest.schema_version,
        "version": manifest.version,
        "committed_at": manifest.committed_at,
        "tables": manifest.tables,
    }
    if manifest.settings:  # only a lake whose owner chose something has them
        fields["settings"] = manifest.settings
    body = json.dumps(fields, indent=1)
    storage.write_bytes(root / MANIFEST, body.encode("utf-8"))


def table_files(root: Path, manifest: Manifest, table: str) -> list[str]:
    """Return the absolute paths of a table's committed files, its schema file first."""
    return [str(root / DATA / table / SCHEMA_FILE)] + [str(root / f) for f in manifest.files(table)]


def read_table(lake: str | os.PathLike[str], table: str, columns: Sequence[str] | None = None) -> pa.Table:
    """Return a committed table (or some of its columns) as one Arrow table."""
    import pyarrow as pa

    from warehouse.schemas import TABLES

    root = resolve_lake(lake)
    manifest = read_manifest(root)
    schema = TABLES[table]
    parts = [storage.read_parquet(root / f, columns) for f in manifest.files(table)]
    if not parts:
        empty = schema.empty_table()
        return empty.select(list(columns)) if columns else empty
    return pa.concat_tables(parts)
