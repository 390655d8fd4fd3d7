"""A lake of schema version 3 is read as it is, and upgraded to this version by its first writer."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pyarrow.parquet as pq
import pytest

from tests.warehouse.test_lake import staged_batch
from tests.warehouse.v3_lake import as_v3
from transforms.articles import content_hash
from warehouse import lake as lakes
from warehouse import lake_lock
from warehouse.committed_reads import query
from warehouse.compaction import compact_lake
from warehouse.compaction_due import is_settled, written_by_compaction
from warehouse.schemas import SCHEMA_VERSION, SOURCES
from warehouse.source_state import ARTICLE, RECORDS, SourceChange, SourceState, stage_source_states


def version(n: int) -> str:
    """The content hash of staged_batch's article n."""
    return content_hash(f"Headline {n}\n\nTroops and war, part {n}.".encode())


STATES = "select source, status, content_hash, size_bytes, mtime_ns from sources order by all"


def v3_lake(tmp_path):
    """A lake with compacted (settled) and loose `sources` files, as version 3 wrote them."""
    for n in range(3):
        staged = staged_batch(tmp_path, f"run-{n}")
        states = [SourceChange(f"/in/{i}.txt", SourceState(ARTICLE, version(i), None, 10 + n, n)) for i in range(3)]
        staged["sources"] = stage_source_states(tmp_path, states, f"run-{n}", datetime.now(UTC), f"run-{n}")
        lakes.commit(tmp_path, staged)
        if n == 1:
            compact_lake(tmp_path)
    as_v3(tmp_path)
    return tmp_path


@pytest.mark.slow
def test_a_v3_lake_is_read_as_it_is(tmp_path) -> None:
    lake = v3_lake(tmp_path)
    assert lakes.read_manifest(lake).schema_version == 3
    assert len(query(lake, STATES).to_pylist()) == 3
    titles = query(lake, "select distinct title from articles order by 1").to_pylist()
    assert titles == [{"title": f"Headline {n}"} for n in range(3)]


@pytest.mark.slow
def test_the_first_writer_upgrades_a_v3_lake_keeping_every_state(tmp_path) -> None:
    lake = v3_lake(tmp_path)
    before = query(lake, STATES).to_pylist()
    old = lakes.read_manifest(lake).files("sources")
    assert any(is_settled(f) for f in old) and any(not written_by_compaction(f) for f in old)
    with lake_lock.writer_lock(lake, 5) as root:
        manifest = lakes.read_manifest(root)
    assert json.loads((lake / lakes.MANIFEST).read_text())["schema_version"] == SCHEMA_VERSION == 4
    assert query(lake, STATES).to_pylist() == before
    assert query(lake, "select distinct fields from sources").to_pylist() == [{"fields": None}]
    new = manifest.files("sources")
    assert sorted(map(is_settled, new)) == sorted(map(is_settled, old))  # settled files stay settled
    assert sorted(map(written_by_compaction, new)) == sorted(map(written_by_compaction, old))
    assert not any((lake / f).exists() for f in old)  # deleted once no manifest names them
    for path in (lake / lakes.DATA / "sources").glob("*.parquet"):
        assert pq.read_schema(path).names == SOURCES.names
    # A record file's mapping is remembered from now on; a second writer has nothing to upgrade.
    change = SourceChange("/in/feed.jsonl", SourceState(RECORDS, "h", None, 1, 1, "text=story"))
    with lake_lock.writer_lock(lake, 5) as root:
        version = lakes.read_manifest(root).version
        lakes.commit(root, {"sources": stage_source_states(root, [change], "run-9", datetime.now(UTC), "r9")})
    assert lakes.read_manifest(lake).version == version + 1
    remembered = "select fields from sources where source = '/in/feed.jsonl'"
    assert query(lake, remembered).to_pylist() == [{"fields": "text=story"}]


@pytest.mark.slow
def test_an_upgrade_cut_short_leaves_a_v3_lake_the_next_writer_upgrades(tmp_path, monkeypatch) -> None:
    lake = v3_lake(tmp_path)
    before = query(lake, STATES).to_pylist()

    def killed(*args: object) -> None:
        raise OSError("killed before the manifest swap")

    monkeypatch.setattr("warehouse.upgrade.write_manifest", killed)
    with pytest.raises(OSError, match="killed"), lake_lock.writer_lock(lake, 5):
        pass
    monkeypatch.undo()
    assert lakes.read_manifest(lake).schema_version == 3
    assert query(lake, STATES).to_pylist() == before
    with lake_lock.writer_lock(lake, 5):
        pass
    assert lakes.read_manifest(lake).schema_version == SCHEMA_VERSION
    assert query(lake, STATES).to_pylist() == before
    named = {lake / f for f in lakes.read_manifest(lake).files("sources")}
    assert set((lake / lakes.DATA / "sources").glob("[!_]*.parquet")) == named  # no file left behind
