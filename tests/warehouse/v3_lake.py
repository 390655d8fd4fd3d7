"""A lake as themelake of schema version 3 left it: `sources` files (and schema file) without `fields`.

Version 3 wrote the same rows but that column (a record's version is the same hash for a file read
with the common names), so a lake written now and stripped of it is the lake a v3 user has.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq

from warehouse import lake as lakes
from warehouse.catalog import write_catalog


def as_v3(lake: Path) -> None:
    """Turn a lake of this version into one of version 3, in place, its catalog built again."""
    folder = lake / lakes.DATA / "sources"
    manifest = json.loads((lake / lakes.MANIFEST).read_text())
    for relative in [*manifest["tables"]["sources"], f"{lakes.DATA}/sources/{lakes.SCHEMA_FILE}"]:
        table = pq.read_table(lake / relative)
        pq.write_table(table.drop_columns(["fields"]), lake / relative, compression="zstd")
    manifest["schema_version"] = 3
    (lake / lakes.MANIFEST).write_text(json.dumps(manifest))
    write_catalog(lake)
    assert all("fields" not in pq.read_schema(p).names for p in folder.glob("*.parquet"))
