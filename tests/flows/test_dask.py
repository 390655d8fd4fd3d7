from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import flows.batch_workers
from flows.ingest import ingest_articles
from flows.runners import task_runner
from tests.conftest import DATA, SHARED, import_extra
from tests.flows.batch_probe import PIDS, batch_pids, recorded_ingest_batch
from tests.flows.tables import assert_same_tables, table_rows

pytestmark = pytest.mark.slow


def corpus(tmp_path: Path) -> Path:
    """bbc-dev when ../shared is there, else 200 articles made from the test fixtures."""
    bbc = SHARED / "corpora" / "bbc-dev"
    if bbc.exists():
        return bbc
    made = tmp_path / "corpus"
    for n in range(50):
        folder = made / f"part{n % 5}"
        folder.mkdir(parents=True, exist_ok=True)
        for name in ("seed_format.txt", "bbc_format.txt", "crlf_bom.txt", "latin1.txt"):
            shutil.copy(DATA / name, folder / f"{n:03d}-{name}")
    return made


def test_dask_cluster_runs_the_batches_and_writes_the_same_tables_as_a_local_run(tmp_path, monkeypatch) -> None:
    import_extra("prefect_dask", "dask")
    from distributed import Client, LocalCluster

    source = str(corpus(tmp_path))
    local, dask = str(tmp_path / "local"), str(tmp_path / "dask")
    pids = tmp_path / "pids"
    pids.mkdir()
    # A batch run in this process (the runner ignored) leaves its pid here; on the cluster's worker
    # processes flows.batch_workers is their own, unpatched.
    monkeypatch.setenv(PIDS, str(pids))
    monkeypatch.setattr(flows.batch_workers, "ingest_batch", recorded_ingest_batch)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            client.get_task_stream()  # starts the scheduler's record of the tasks its workers run
            workers = set(client.scheduler_info()["workers"])
            flow = ingest_articles.with_options(task_runner=task_runner("dask", cluster.scheduler_address))
            on_dask = flow(source=source, lake=dask, batch_size=150)
            ran = client.get_task_stream()
    assert batch_pids(pids) == [], "batches ran in the flow's own process, not on the cluster"
    batches = -(-on_dask["files_seen"] // 150)
    assert len(ran) >= batches and {task["worker"] for task in ran} <= workers, ran
    on_local = ingest_articles(source=source, lake=local, batch_size=150)

    assert on_dask["files_seen"] == on_local["files_seen"] > 0
    assert on_dask["paragraphs_written"] == on_local["paragraphs_written"] > 0
    assert table_rows(local, "paragraph_themes")
    assert_same_tables(local, dask)


def test_a_new_taxonomy_and_a_file_back_to_an_earlier_content_are_labelled_on_dask(tmp_path, taxonomy_file) -> None:
    # The labelling of older rows handed the taxonomy to its tasks wrapped in Prefect's `quote`, which
    # Dask rebuilds as a tuple: such a run failed on the cluster.
    import_extra("prefect_dask", "dask")
    from distributed import LocalCluster

    inbox, lake = tmp_path / "inbox", str(tmp_path / "lake")
    inbox.mkdir()
    other = tmp_path / "other.toml"
    other.write_text('[taxonomy]\nname = "other"\n\n[[themes]]\nid = "war"\nname = "war"\nterms = ["troops", "war"]\n')
    war, trade = "Border\n\nTroops and war in the north.\n", "Trade\n\nExports rose.\n"
    (inbox / "a.txt").write_text(war)
    ingest_articles(source=str(inbox), lake=lake, taxonomy=taxonomy_file)
    (inbox / "a.txt").write_text(trade)
    ingest_articles(source=str(inbox), lake=lake, taxonomy=str(other))
    (inbox / "a.txt").write_text(war)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        flow = ingest_articles.with_options(task_runner=task_runner("dask", cluster.scheduler_address))
        back = flow(source=str(inbox), lake=lake, taxonomy=str(other))
    assert back["articles_written"] == 0 and back["themes_written"] > 0
    assert table_rows(lake, "paragraph_themes")
