"""A deployment's run reads the THEMELAKE_* settings where it runs, as `themelake run` reads them."""

from __future__ import annotations

import json

import pytest

from flows.ingest import ingest_articles
from tests.flows.test_incremental import sql


@pytest.mark.slow  # a flow run
def test_a_run_without_batch_size_reads_the_setting_where_it_runs(tmp_path, monkeypatch, taxonomy_file) -> None:
    # deployments/prefect.yaml gives no batch_size: its runs read 2,000 files a batch whatever THEMELAKE_BATCH_SIZE
    # said on the worker, where `themelake run` read it.
    monkeypatch.setenv("THEMELAKE_BATCH_SIZE", "2")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for n, story in enumerate(("Rates held at 4.5% by the central bank.", "Flooding closed roads in Leeds.",
                               "Striking nurses marched on parliament.")):
        (inbox / f"{n}.txt").write_text(f"Story {n}\n\n{story}\n")
    ingest_articles(source=str(inbox), lake=str(tmp_path / "lake"), taxonomy=taxonomy_file)
    [(parameters,)] = sql(tmp_path / "lake", "select parameters from runs")
    assert json.loads(parameters)["batch_size"] == 2
    assert sql(tmp_path / "lake", "select count(distinct run_id), count(*) from articles") == [(1, 3)]
