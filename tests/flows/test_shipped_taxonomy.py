"""A run's taxonomy is handed to the pool's workers once each: the same taxonomy, and a changed one used at once."""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path

import pytest

import flows.batch_pool
import flows.shipped_taxonomy as shipping
from flows.batch_workers import submit_batch
from transforms.taxonomy import parse_taxonomy
from warehouse.lake import ensure_lake
from warehouse.sources import list_sources

WAR = """
[taxonomy]
name = "war"
[[themes]]
id = "medtop:16000000"
name = "conflict, war and peace"
terms = ["troops", "fighting"]
"""
SOCIETY = WAR.replace('name = "war"', 'name = "society"').replace("16000000", "14000000").replace(
    '["troops", "fighting"]', '["hunger", "food bank"]'
)
TEXT = "Troops in the north\n\nThe troops kept fighting through the night as hunger spread and a food bank closed.\n"


def test_a_shipped_taxonomy_is_pickled_once_and_loaded_once(monkeypatch) -> None:
    taxonomy = parse_taxonomy(WAR)
    first = shipping.shipped(taxonomy)
    pickled = []
    monkeypatch.setattr(shipping.pickle, "dumps", lambda *args, **kwargs: pickled.append(args) or b"")
    assert shipping.shipped(taxonomy) == first  # the same object: the same file, not pickled again
    assert pickled == []
    monkeypatch.undo()
    loaded = shipping.received(first)
    assert loaded == taxonomy and loaded.version == taxonomy.version
    assert shipping.received(first) is loaded  # the worker's caches find its tables by this one object
    assert shipping.received(taxonomy) is taxonomy  # handed itself (inline, Dask): itself


def test_a_changed_taxonomy_is_used_at_once() -> None:
    war, society = parse_taxonomy(WAR), parse_taxonomy(SOCIETY)
    assert shipping.received(shipping.shipped(war)) == war
    assert shipping.received(shipping.shipped(society)) == society
    again = parse_taxonomy(WAR)  # another object of the same content: the same file
    assert shipping.shipped(again).key == shipping.shipped(war).key
    assert shipping.received(shipping.shipped(again)) == war


def test_a_file_changed_under_its_name_is_not_read_as_that_taxonomy(tmp_path) -> None:
    name = shipping.shipped(parse_taxonomy(WAR))
    changed = tmp_path / "changed.pickle"
    changed.write_bytes(pickle.dumps(parse_taxonomy(SOCIETY)))
    with pytest.raises(RuntimeError, match="changed"):
        shipping.received(name._replace(path=str(changed), key="0" * 32))


@pytest.mark.slow  # starts a pool's process
def test_a_pool_worker_labels_each_batch_with_the_taxonomy_it_was_handed(tmp_path) -> None:
    source = tmp_path / "inbox"
    source.mkdir()
    (source / "a.txt").write_text(TEXT)
    entries = list_sources(source)
    root = str(ensure_lake(tmp_path / "lake"))
    flows.batch_pool.batch_pool(1)  # one worker: it runs every batch, one taxonomy after the other
    try:
        themes = []
        for n, text in enumerate([WAR, SOCIETY, WAR]):
            summary = submit_batch(
                1, entries, {}, set(), parse_taxonomy(text), root, "run", f"t-{n}", 10**6, None, False
            ).result()
            themes.append(sorted(summary.theme_counts))
    finally:
        flows.batch_pool.shutdown_pools()
    assert themes == [["medtop:16000000"], ["medtop:14000000"], ["medtop:16000000"]]


@pytest.mark.slow  # a process of its own, killed
@pytest.mark.skipif(os.name != "posix", reason="flock: POSIX")
def test_the_folders_of_killed_runs_are_removed_and_live_ones_kept(tmp_path, monkeypatch) -> None:
    # A flow's process ended by SIGTERM (`timeout`, `docker stop`) or kill -9 runs no exit handler: its folder
    # stayed in /tmp, one per killed run. The next run removes those whose process is gone, and no other.
    import fcntl
    import subprocess
    import sys

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    killed = "import flows.shipped_taxonomy as s, os, signal, transforms.taxonomy as t\n" \
             f"s.shipped(t.parse_taxonomy({WAR!r})); os.kill(os.getpid(), signal.SIGTERM)\n"
    done = subprocess.run([sys.executable, "-c", killed], env={**os.environ, "TMPDIR": str(tmp_path)}, timeout=60)
    assert done.returncode == -15
    (left,) = tmp_path.glob("themelake-taxonomy-*")  # what was left behind before
    live = tmp_path / "themelake-taxonomy-live"  # another run's, going on
    live.mkdir()
    with open(live / ".alive", "wb") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        making = tmp_path / "themelake-taxonomy-new"  # another run's, its lock not named yet
        making.mkdir()
        monkeypatch.setattr(shipping, "_folder", None)
        monkeypatch.setattr(shipping, "_held", [], raising=False)
        mine = Path(shipping.shipped(parse_taxonomy(SOCIETY)).path).parent
        assert sorted(tmp_path.iterdir()) == sorted([live, making, mine])
        assert shipping.received(shipping.shipped(parse_taxonomy(SOCIETY))) == parse_taxonomy(SOCIETY)
    for handle in shipping._held:
        handle.close()
    monkeypatch.setattr(shipping, "_sent", None)
