"""`themelake run` starts the batch workers the flow will use before it imports Prefect (flows/warm_start.py).

How many: one for a run of fewer than INLINE_BELOW_FILES files to read (the flow would read them in
its own process), one per core (or THEMELAKE_WORKERS) for more; none when the flow's need is not
known (a lake that compared nothing, object storage) or there is nothing to read.
"""

from __future__ import annotations

import shutil

import pytest

import flows.warm_start
from flows.warm_start import warm_start


@pytest.fixture
def started(monkeypatch) -> list[tuple[int, str | None, bool]]:
    calls: list[tuple[int, str | None, bool]] = []
    monkeypatch.setattr(flows.warm_start, "warm_batch_pool", lambda *args: calls.append(args))
    monkeypatch.delenv("THEMELAKE_WORKERS", raising=False)
    monkeypatch.setattr(flows.warm_start, "default_workers", lambda: 2)
    return calls


def parameters(source, lake, **more) -> dict:
    return {"source": str(source), "lake": str(lake), "taxonomy": None, "enrich": True} | more


def test_a_new_lake_of_few_files_gets_one_worker(tmp_path, data_dir, started) -> None:
    source = tmp_path / "inbox"
    source.mkdir()
    for n in range(3):
        shutil.copy(data_dir / "seed_format.txt", source / f"{n}.txt")
    assert warm_start(parameters(source, tmp_path / "lake", enrich=False), None) == 1
    assert started == [(1, None, False)]


def test_a_new_lake_of_many_files_gets_a_worker_per_core(tmp_path, data_dir, started, monkeypatch) -> None:
    monkeypatch.setattr(flows.warm_start, "INLINE_BELOW_FILES", 3)
    source = tmp_path / "inbox"
    source.mkdir()
    for n in range(3):
        shutil.copy(data_dir / "seed_format.txt", source / f"{n}.txt")
    assert warm_start(parameters(source, tmp_path / "lake"), None) == 2
    assert warm_start(parameters(source, tmp_path / "lake", exclude=["0.txt"]), None) == 1  # globs count
    assert [calls[0] for calls in started] == [2, 1]


def test_the_comparison_s_count_decides_and_workers_asked_for_are_used(tmp_path, started, monkeypatch) -> None:
    lake = tmp_path / "lake"
    assert warm_start(parameters(tmp_path, lake), 150) == 1
    assert warm_start(parameters(tmp_path, lake), 5_000) == 2
    monkeypatch.setenv("THEMELAKE_WORKERS", "3")
    monkeypatch.setattr(flows.warm_start, "default_workers", lambda: 3)
    assert warm_start(parameters(tmp_path, lake), 10) == 3  # the flow uses them for any run then
    assert [calls[0] for calls in started] == [1, 2, 3]


def test_nothing_is_started_when_the_need_is_not_known(tmp_path, started, taxonomy_file) -> None:
    from flows.ingest import ingest_articles

    lake = tmp_path / "lake"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert warm_start(parameters(empty, lake), None) == 0  # nothing to read
    assert warm_start(parameters(tmp_path, lake), 0) == 0
    assert warm_start(parameters("s3://bucket/news", lake), None) == 0
    assert warm_start(parameters(tmp_path, "s3://bucket/lake"), 500) == 0
    ingest_articles(source=str(empty), lake=str(lake), taxonomy=taxonomy_file)  # a lake with a version
    assert warm_start(parameters(tmp_path, lake), None) == 0  # compared nothing: a new taxonomy, a report
    assert started == []
