"""`kill -9` of `themelake run --runner dask`'s process alone leaves no process of the run alive.

Without `--dask-address` the run starts a Dask LocalCluster of its own: its worker processes, and
anything they start, must end within 10 s of the run's death, as the pool's workers and the
temporary API server do (tests/flows/test_orphans.py). The kill lands at a random time after the
run's first commit; the seed is printed, and THEMELAKE_KILL_SEED sets it.
"""

from __future__ import annotations

import time

import pytest

from tests.flows.orphans import (
    children_of,
    kill_and_check,
    kill_seed,
    on_linux,
    start_run,
    wait_for_first_commit,
    write_corpus,
)

pytestmark = pytest.mark.skipif(not on_linux(), reason="reads the process table from /proc")


@pytest.mark.slow
def test_killing_a_dask_run_process_alone_leaves_no_dask_worker_or_api_server(tmp_path) -> None:
    pytest.importorskip("prefect_dask")
    rng = kill_seed()
    corpus, lake, log = tmp_path / "corpus", tmp_path / "lake", tmp_path / "run.log"
    write_corpus(corpus, 3000, rng)
    run = start_run(corpus, lake, log, {"PREFECT_LOGGING_LEVEL": "INFO", "THEMELAKE_WORKERS": ""}, "--runner", "dask")
    try:
        wait_for_first_commit(run, lake, log)  # the cluster's workers have run tasks by then
        time.sleep(rng.uniform(0.0, 2.0))
        # The kill must find the cluster's workers up: between batches (or while the cluster starts a
        # worker again) the listing can miss them, so look again for a while (bounded) before killing.
        children = children_of(run.pid)
        deadline = time.monotonic() + 60
        while not any("spawn_main" in c for c in children.values()) and time.monotonic() < deadline:
            if run.poll() is not None:
                break
            time.sleep(0.1)
            children = children_of(run.pid)
        assert run.poll() is None, f"the run ended before the kill:\n{log.read_text()[-3000:]}"
    except BaseException:
        run.kill()
        run.wait()
        raise
    kill_and_check(run, children, log)
    commands = list(children.values())
    assert sum("spawn_main" in c for c in commands) >= 1, commands  # the LocalCluster's workers
    assert sum("flows.api_server" in c for c in commands) == 1, commands  # the run's temporary API server
