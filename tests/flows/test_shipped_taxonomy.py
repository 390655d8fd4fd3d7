"""A run's taxonomy is handed to the pool's workers once each: the same taxonomy, and a changed one used at once."""

from __future__ import annotations

import pickle

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


def test_a_shipped_taxonomy_is_pickled_once_and_loaded_once() -> None:
    taxonomy = parse_taxonomy(WAR)
    first = shipping.shipped(taxonomy)
    assert shipping.shipped(taxonomy) == first  # the same object: the same file, not pickled again
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
