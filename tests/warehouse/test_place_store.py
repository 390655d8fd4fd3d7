"""The places' tables kept made once per machine (warehouse/place_store.py): read back only for the code and data
they were made from, made again when damaged, never in the way where no copy can be kept."""

from __future__ import annotations

import os
import shutil
import threading
import time
from pathlib import Path

import pytest

import transforms.enrichments
from transforms.enrichments import geonames, place_built, place_mentions, place_name_facts, place_names, places
from transforms.enrichments.batch import ParagraphBatch
from warehouse.cache_folder import CACHE_ENV
from warehouse.place_store import stored, tables_hash


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def counted(value: object) -> tuple[list[int], object]:
    calls: list[int] = []
    return calls, lambda: calls.append(1) or value


def test_a_table_is_made_once_then_read_back(cache: Path) -> None:
    calls, build = counted({"Paris": ("FR", 2_138_551)})
    assert stored("sizes", build) == {"Paris": ("FR", 2_138_551)}
    assert stored("sizes", build) == {"Paris": ("FR", 2_138_551)}
    assert len(calls) == 1
    assert [p.name.startswith("places-sizes-") for p in cache.iterdir()] == [True]  # no temporary file left


def test_a_damaged_copy_is_made_again(cache: Path) -> None:
    stored("sizes", lambda: {"Paris": 1})
    (copy,) = cache.iterdir()
    copy.write_bytes(copy.read_bytes()[:5])  # cut short, as by a crash
    calls, build = counted({"Paris": 1})
    assert stored("sizes", build) == {"Paris": 1} and len(calls) == 1
    assert stored("sizes", build) == {"Paris": 1} and len(calls) == 1  # the copy made again is read


def test_where_no_copy_can_be_kept_the_table_is_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a-file").write_text("")
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "a-file" / "cache"))  # no folder can be made there
    calls, build = counted([1, 2])
    assert stored("sizes", build) == [1, 2] and stored("sizes", build) == [1, 2] and len(calls) == 2


def test_workers_starting_at_once_each_get_the_table(cache: Path) -> None:
    start = threading.Barrier(4)
    got: list[object] = []

    def worker() -> None:
        start.wait()
        got.append(stored("sizes", lambda: list(range(50_000))))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert got == [list(range(50_000))] * 4
    assert len(list(cache.iterdir())) == 1 and stored("sizes", lambda: None) == list(range(50_000))


def test_a_change_to_the_places_code_or_data_names_another_copy(tmp_path: Path) -> None:
    shipped = Path(transforms.enrichments.__file__).parent
    folder = tmp_path / "transforms" / "enrichments"
    shutil.copytree(shipped, folder, ignore=shutil.ignore_patterns("__pycache__", "amount*", "tone*"))
    (tmp_path / "transforms" / "matching").mkdir()
    shutil.copy(shipped.parent / "matching" / "search_text.py", tmp_path / "transforms" / "matching")
    assert tables_hash(folder) == tables_hash(shipped)  # amounts and tone make no places' table
    before = tables_hash(folder)
    for changed in ("places.toml", "place_names.py", "geonames.tsv"):
        tables_hash.cache_clear()
        path = folder / changed
        path.write_bytes(path.read_bytes() + b"\n")
        assert tables_hash(folder) != before
        before = tables_hash(folder)
    tables_hash.cache_clear()


@pytest.mark.slow
def test_the_tables_read_back_find_the_same_places(cache: Path) -> None:
    texts = ["Talks in São Paulo, St. Petersburg and Georgia; Dr. Paris flew from Heathrow to Zurich.",
             "North Korean troops in Kursk; Saint-Louis, Senegal, and Springfield, Ill., then Francfort."]

    def rows() -> dict:
        for made in (place_names.gazetteer, place_mentions.name_keys, place_name_facts.name_facts):
            made.cache_clear()
        return places.rows(ParagraphBatch(texts, ["p1", "p2"], ["a", "b"]))

    made_here = rows()
    assert len(made_here["name"]) >= 8
    place_built.use_store(stored)
    try:
        assert rows() == made_here  # made, and kept
        assert sorted(p.name.split("-")[1] for p in cache.iterdir()) == ["gazetteer", "name_keys"]
        assert rows() == made_here  # read back
        assert place_names.gazetteer() == place_names.build_gazetteer([*geonames.packaged(), *geonames.news_towns()])
    finally:
        place_built.use_store(None)
        rows()


def test_copies_of_other_code_unread_for_a_week_are_removed_once_this_codes_copy_is_written(cache: Path) -> None:
    cache.mkdir(parents=True)
    week_ago = time.time() - 8 * 24 * 3600
    old = cache / f"places-sizes-{'0' * 32}.pickle"
    old.write_bytes(b"made by another themelake")
    other_table = cache / f"places-names-{'1' * 32}.pickle"
    other_table.write_bytes(b"made by another themelake")
    for path in (old, other_table):
        os.utime(path, (week_ago, week_ago))
    crashed = cache / f".places-sizes-{tables_hash()}.pickle.dead.tmp"
    crashed.write_bytes(b"cut short")
    os.utime(crashed, (time.time() - 7200, time.time() - 7200))
    writing = cache / f".places-names-{tables_hash()}.pickle.live.tmp"  # another worker's, being written now
    writing.write_bytes(b"half")
    unrelated = cache / "py3langid-0.4.0-1"
    unrelated.mkdir()
    with open(old, "rb") as reader:  # a process still reading the old copy reads it whole
        assert stored("sizes", lambda: {"Paris": 1}) == {"Paris": 1}
        assert reader.read() == b"made by another themelake"
    assert sorted(p.name for p in cache.iterdir()) == sorted(
        [f"places-sizes-{tables_hash()}.pickle", writing.name, unrelated.name]
    )


def test_two_versions_in_use_keep_each_others_copies(cache: Path) -> None:
    # Each start of one version removed the other's copy, so two checkouts (or two Pythons) on one machine made
    # and wrote their 12 MB of tables again at every worker's start, in turn.
    cache.mkdir(parents=True)
    theirs = cache / f"places-sizes-{'2' * 32}.pickle"
    theirs.write_bytes(b"made by the other checkout")
    assert stored("sizes", lambda: {"Paris": 1}) == {"Paris": 1}
    assert theirs.exists()


def test_a_read_marks_the_copy_in_use(cache: Path) -> None:
    stored("sizes", lambda: {"Paris": 1})
    copy = cache / f"places-sizes-{tables_hash()}.pickle"
    week_ago = time.time() - 8 * 24 * 3600
    os.utime(copy, (week_ago, week_ago))
    assert stored("sizes", lambda: {"Rome": 2}) == {"Paris": 1}  # read back, not made
    assert time.time() - copy.stat().st_mtime < 3600
