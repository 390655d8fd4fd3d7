from __future__ import annotations

from concurrent.futures import Future

import pytest

import flows.batch_stream
from flows.batch_stream import stream_batches
from flows.counts import BatchSummary
from warehouse.plan_spool import Batch


def summary(n: int) -> BatchSummary:
    return BatchSummary(staged={"articles": [f"a{n}"]}, seen=2, new=1, unchanged=1, articles=1, theme_counts={"war": n})


def test_batches_are_submitted_a_few_at_a_time_and_committed_in_order(monkeypatch) -> None:
    monkeypatch.setattr(flows.batch_stream, "CATALOG_REFRESH_S", 0.0)  # every commit rebuilds it
    outstanding: list[Future] = []
    most = 0
    commits: list[tuple[dict, bool]] = []

    def submit(n: int, batch: Batch) -> Future:
        nonlocal most
        future: Future = Future()
        future.set_result(summary(n))
        outstanding.append(future)
        most = max(most, len(outstanding))
        return future

    def commit(staged: dict, catalog: bool) -> None:
        outstanding.pop(0)
        commits.append((staged, catalog))

    batches = (Batch([], {}, set()) for _ in range(7))  # a generator: the plan yields them one by one
    totals = stream_batches(batches, submit, commit, in_flight=3, first={"themes": ["t"]}, progress=None)

    assert most == 3 + 1  # the next batch is submitted before the finished one commits
    assert [staged for staged, _ in commits] == [
        {"themes": ["t"], "articles": ["a0"]},
        *({"articles": [f"a{n}"]} for n in range(1, 7)),
    ]
    # The last batch's commit leaves the catalog to the run's last commit, which follows it.
    assert [catalog for _, catalog in commits] == [True] * 6 + [False]
    assert (totals.batches, totals.new, totals.unchanged, totals.articles) == (7, 7, 7, 7)
    assert totals.theme_counts["war"] == sum(range(7)) and totals.uncommitted == {}


@pytest.mark.parametrize("refresh_s, rebuilt", [(3600.0, False), (0.0, True)])
def test_batch_commits_rebuild_the_catalog_only_every_few_seconds(monkeypatch, refresh_s, rebuilt) -> None:
    monkeypatch.setattr(flows.batch_stream, "CATALOG_REFRESH_S", refresh_s)
    catalogs: list[bool] = []

    def submit(n: int, batch: Batch) -> Future:
        future: Future = Future()
        future.set_result(summary(n))
        return future

    stream_batches([Batch([], {}, set())] * 3, submit, lambda _, catalog: catalogs.append(catalog), 2)
    assert catalogs == [rebuilt, rebuilt, False]


def test_without_batches_the_first_files_are_left_for_the_last_commit() -> None:
    totals = stream_batches([], lambda n, b: Future(), lambda s, c: None, 2, first={"themes": ["t"]})
    assert totals.uncommitted == {"themes": ["t"]} and totals.batches == 0
