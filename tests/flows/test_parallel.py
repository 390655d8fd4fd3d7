from __future__ import annotations

import os
import shutil

import pytest

import flows.batch_workers
from flows.ingest import ingest_articles
from tests.flows.batch_probe import PIDS, batch_pids, batches_with_pandas, recorded_ingest_batch
from tests.flows.tables import assert_same_tables, table_rows

pytestmark = pytest.mark.slow  # starts a pool of two processes: seconds on a busy machine


def test_process_pool_runs_the_batches_in_other_processes_and_writes_the_same_tables(
    tmp_path, data_dir, taxonomy_file, monkeypatch
) -> None:
    source = tmp_path / "inbox"
    source.mkdir()
    for n, name in enumerate(["seed_format.txt", "bbc_format.txt", "crlf_bom.txt", "latin1.txt"] * 2):
        shutil.copy(data_dir / name, source / f"{n}-{name}")
    (source / "empty.txt").write_bytes(b"")  # 9 files: 5 batches of 2 in one process
    one, two = str(tmp_path / "one"), str(tmp_path / "two")
    pids = tmp_path / "pids"
    pids.mkdir()
    monkeypatch.setenv(PIDS, str(pids))  # before the pool starts: its processes inherit it
    monkeypatch.setattr(flows.batch_workers, "ingest_batch", recorded_ingest_batch)

    single = ingest_articles(source=str(source), lake=one, taxonomy=taxonomy_file, batch_size=2, workers=1)
    assert batch_pids(pids) == [os.getpid()] * 5  # the probe sees batches run in this process
    pooled = ingest_articles(source=str(source), lake=two, taxonomy=taxonomy_file, batch_size=2, workers=2)
    assert batches_with_pandas(pids) == 0  # pyarrow did not load pandas in the workers (start_worker)
    in_pool = batch_pids(pids)

    # On two workers the 5 batches are cut into 6 (2, 2, 2, 1, 1, 1: IngestPlan.spread), all in the pool.
    assert len(in_pool) == 6 and os.getpid() not in in_pool, f"batches ran in {in_pool}, the flow is {os.getpid()}"
    assert single["paragraphs_written"] == pooled["paragraphs_written"] > 0
    assert table_rows(one, "paragraph_themes")  # the comparison below compares labels, not nothing
    assert_same_tables(one, two)
