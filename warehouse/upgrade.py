"""A lake of an earlier schema version, upgraded in one commit by the first writer that opens it.

Version 3 to 4: the `sources` table gained `fields`, the mapping a records file remembers. Every
`sources` file is written again with the column (null: a version 3 run remembered no mapping), under
a name of the same kind (a settled or compacted file stays one, warehouse/compaction.py), and so is
the table's schema file; one manifest swap names the new files and the new version, and the old
files are deleted after it, as compaction does. A writer killed before the swap leaves the lake at
version 3, its new files orphans that the next writer's recovery deletes before it upgrades again.
Until a writer opens it, a version 3 lake is read as it is (its `sources` view has no `fields`).
Durability is compaction's: the new Parquet files are flushed to the disk before their rename
(storage.write_parquet), their folder before the manifest that names them, and the manifest before
its rename (warehouse.lake.write_manifest), so the old files are deleted only once the new ones
would survive a power cut.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from warehouse import storage
from warehouse.lake import DATA, SCHEMA_FILE, Manifest, read_manifest, write_manifest
from warehouse.schema_version import SCHEMA_VERSION

if TYPE_CHECKING:
    import pyarrow as pa

# The column version 4 added to `sources`.
FIELDS = "fields"


def upgrade_lake(root: Path) -> Manifest | None:
    """Upgrade a lake of an earlier schema version to this one (hold its writer lock); return the new
    manifest, or None when it already had this version."""
    manifest = read_manifest(root)
    if manifest.schema_version == SCHEMA_VERSION:
        return None
    from warehouse.catalog import write_catalog
    from warehouse.schemas import SOURCES

    old = list(manifest.files("sources"))
    manifest.tables["sources"] = [_with_fields(root, relative) for relative in old]
    storage.write_parquet(SOURCES.empty_table(), root / DATA / "sources" / SCHEMA_FILE)
    manifest.schema_version = SCHEMA_VERSION
    manifest.version += 1
    manifest.committed_at = datetime.now(UTC).isoformat()
    write_manifest(root, manifest)
    write_catalog(root, manifest)
    for relative in set(old) - set(manifest.files("sources")):  # no manifest names them any more
        (root / relative).unlink(missing_ok=True)
    return manifest


def _with_fields(root: Path, relative: str) -> str:
    """Write a `sources` file again with the `fields` column (null); return the new file's lake path."""
    from warehouse.compaction_files import ROW_GROUP_ROWS
    from warehouse.schemas import SOURCES

    table = storage.read_parquet(root / relative)
    if FIELDS in table.column_names:  # written by this version already (a commit outside a writer's lock)
        return relative
    table = _null_column(table, FIELDS).select(SOURCES.names).cast(SOURCES)
    name = PurePosixPath(relative)
    # The same name's start: a settled file (`settled-...`) is still settled.
    new = str(name.with_name(f"{name.stem}-v{SCHEMA_VERSION}-{uuid.uuid4().hex[:8]}.parquet"))
    storage.write_parquet(table, root / new, row_group_size=ROW_GROUP_ROWS)
    return new


def _null_column(table: pa.Table, name: str) -> pa.Table:
    import pyarrow as pa

    return table.append_column(name, pa.nulls(table.num_rows, pa.string()))
