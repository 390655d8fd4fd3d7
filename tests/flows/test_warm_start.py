"""`themelake run` starts the batch workers the flow will use before it imports Prefect (flows/warm_start.py).

How many: what the flow's `batch_workers` will ask for. One for a run of fewer than
INLINE_BELOW_FILES files to read (the flow would read them in its own process) on a machine of more
than one core, one per core for more, THEMELAKE_WORKERS when set (none for 1: the flow's own
process). None when the need is not known (a lake that compared nothing, a count of the listing's
first chunk only, object storage) or there is nothing to read.
"""

from __future__ import annotations

import shutil

import pytest

import flows.batch_workers
import flows.ingest
import flows.ingest_tasks
import flows.warm_start
from flows.warm_start import warm_flow_start, warm_start


@pytest.fixture
def started(monkeypatch) -> list[tuple[int, str | None, bool]]:
    calls: list[tuple[int, str | None, bool]] = []
    monkeypatch.setattr(flows.warm_start, "warm_batch_pool", lambda *args: calls.append(args))
    monkeypatch.delenv("THEMELAKE_WORKERS", raising=False)
    monkeypatch.setattr(flows.warm_start.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(flows.batch_workers.os, "cpu_count", lambda: 2)
    return calls


def parameters(source, lake, **more) -> dict:
    return {"source": str(source), "lake": str(lake), "taxonomy": None, "enrich": True} | more


def inbox(tmp_path, data_dir, files: int):
    source = tmp_path / "inbox"
    source.mkdir()
    for n in range(files):
        shutil.copy(data_dir / "seed_format.txt", source / f"{n}.txt")
    return source


def test_a_new_lake_of_few_files_gets_one_worker(tmp_path, data_dir, started) -> None:
    source = inbox(tmp_path, data_dir, 3)
    assert warm_start(parameters(source, tmp_path / "lake", enrich=False), None, False) == 1
    assert started == [(1, None, False)]


def test_a_new_lake_of_many_files_gets_a_worker_per_core(tmp_path, data_dir, started, monkeypatch) -> None:
    monkeypatch.setattr(flows.warm_start, "INLINE_BELOW_FILES", 3)
    monkeypatch.setattr(flows.batch_workers, "INLINE_BELOW_FILES", 3)
    source = inbox(tmp_path, data_dir, 3)
    assert warm_start(parameters(source, tmp_path / "lake"), None, False) == 2
    assert warm_start(parameters(source, tmp_path / "lake", exclude=["0.txt"]), None, False) == 1  # globs count
    assert [calls[0] for calls in started] == [2, 1]


def test_the_count_is_what_the_flow_counts(tmp_path, started, monkeypatch) -> None:
    lake = tmp_path / "lake"
    for to_read, whole in ((150, True), (5_000, True), (250, False)):
        expected = flows.ingest_tasks.batch_workers(None, to_read)  # outside a flow: the local rule
        assert warm_start(parameters(tmp_path, lake), to_read, whole) == expected
    assert [calls[0] for calls in started] == [1, 2, 2]


def test_a_partial_count_below_the_threshold_starts_nothing(tmp_path, started) -> None:
    # The check stops at its first chunk with a change: 5 files to read there, thousands may follow.
    assert warm_start(parameters(tmp_path, tmp_path / "lake"), 5, False) == 0
    assert started == []


def test_workers_asked_for_are_used_and_one_means_the_command_s_own_process(tmp_path, started, monkeypatch) -> None:
    lake = tmp_path / "lake"
    monkeypatch.setenv("THEMELAKE_WORKERS", "3")
    assert warm_start(parameters(tmp_path, lake), 10, True) == 3  # the flow uses them for any run then
    monkeypatch.setenv("THEMELAKE_WORKERS", "1")
    assert warm_start(parameters(tmp_path, lake), 10, True) == 0
    assert warm_start(parameters(tmp_path, lake), 5_000, True) == 0
    assert [calls[0] for calls in started] == [3]


def test_workers_given_as_the_runs_parameter_are_used_as_the_setting_is(tmp_path, started) -> None:
    # `run --workers N` passes the flow's parameter (its `runs` row records it); the warm start asks for as many.
    lake = tmp_path / "lake"
    assert warm_start(parameters(tmp_path, lake, workers=3), 10, True) == 3
    assert warm_start(parameters(tmp_path, lake, workers=1), 10, True) == 0
    assert warm_start(parameters(tmp_path, lake, workers=1), 5_000, True) == 0
    assert [calls[0] for calls in started] == [3]


def test_one_core_starts_nothing(tmp_path, started, monkeypatch) -> None:
    monkeypatch.setattr(flows.warm_start.os, "cpu_count", lambda: 1)
    monkeypatch.setattr(flows.batch_workers.os, "cpu_count", lambda: 1)
    assert warm_start(parameters(tmp_path, tmp_path / "lake"), 10, True) == 0
    assert warm_start(parameters(tmp_path, tmp_path / "lake"), 5_000, True) == 0
    assert started == []


@pytest.mark.slow
def test_nothing_is_started_when_the_need_is_not_known(tmp_path, started, taxonomy_file) -> None:
    from flows.ingest import ingest_articles

    lake = tmp_path / "lake"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert warm_start(parameters(empty, lake), None, False) == 0  # nothing to read
    assert warm_start(parameters(tmp_path, lake), 0, True) == 0
    assert warm_start(parameters("s3://bucket/news", lake), None, False) == 0
    assert warm_start(parameters(tmp_path, "s3://bucket/lake"), 500, True) == 0
    ingest_articles(source=str(empty), lake=str(lake), taxonomy=taxonomy_file)  # a lake with a version
    assert warm_start(parameters(tmp_path, lake), None, False) == 0  # compared nothing: a new taxonomy, a report
    assert started == []


# The flow's own head start (`warm_flow_start`): a run that found no pool started for it (a deployment's,
# one from Python) starts its workers while it lists and plans, where `warm_start` would know the need.


def test_a_flow_of_many_new_files_starts_its_workers_before_its_plan(tmp_path, data_dir, started, monkeypatch) -> None:
    monkeypatch.setattr(flows.warm_start, "INLINE_BELOW_FILES", 3)
    monkeypatch.setattr(flows.batch_workers, "INLINE_BELOW_FILES", 3)
    source = inbox(tmp_path, data_dir, 3)
    assert warm_flow_start(parameters(source, tmp_path / "lake"), None) == 2
    assert warm_flow_start(parameters(source, tmp_path / "lake", enrich=False), 3) == 3  # the flow's `workers`
    assert started == [(2, None, True), (3, None, False)]


def test_a_flow_of_few_files_or_one_worker_starts_none(tmp_path, data_dir, started) -> None:
    source = inbox(tmp_path, data_dir, 3)
    # Read in the flow's own process: unlike `themelake run`, the flow has no import to hide a worker behind.
    assert warm_flow_start(parameters(source, tmp_path / "lake"), None) == 0
    assert warm_flow_start(parameters(source, tmp_path / "lake"), 1) == 0
    assert started == []


def test_a_flow_whose_pool_is_up_or_whose_need_is_unknown_starts_none(tmp_path, data_dir, started, monkeypatch) -> None:
    monkeypatch.setattr(flows.warm_start, "INLINE_BELOW_FILES", 3)
    monkeypatch.setattr(flows.batch_workers, "INLINE_BELOW_FILES", 3)
    source = inbox(tmp_path, data_dir, 3)
    monkeypatch.setattr(flows.warm_start, "any_pool", lambda: True)  # `themelake run` started it
    assert warm_flow_start(parameters(source, tmp_path / "lake"), None) == 0
    monkeypatch.setattr(flows.warm_start, "any_pool", lambda: False)
    assert warm_flow_start(parameters("s3://bucket/news", tmp_path / "lake"), None) == 0
    assert started == []


@pytest.mark.slow
def test_the_flow_starts_its_workers_before_it_lists(tmp_path, data_dir, monkeypatch, taxonomy_file) -> None:
    # Called with the flow's lake, source and parameters, under its lock, before the listing is compared.
    calls: list[tuple[dict, int | None]] = []
    planned: list[int] = []
    monkeypatch.setattr(flows.ingest, "warm_flow_start", lambda given, n: calls.append((given, n)))
    plan = flows.ingest.plan_ingest
    monkeypatch.setattr(flows.ingest, "plan_ingest", lambda *a, **k: (planned.append(len(calls)), plan(*a, **k))[1])
    source = inbox(tmp_path, data_dir, 1)
    flows.ingest.ingest_articles(source=str(source), lake=str(tmp_path / "lake"), taxonomy=taxonomy_file, workers=1,
                                 enrich=False, compact=False)
    assert planned == [1]
    (given, workers), = calls
    assert (given["source"], given["taxonomy"], given["enrich"], workers) == (str(source), taxonomy_file, False, 1)
    assert given["lake"] == str((tmp_path / "lake").resolve())
