"""`kill -9` of `themelake run --runner dask`'s process alone leaves no process of the run alive.

Without `--dask-address` the run starts a Dask LocalCluster of its own: its worker processes, and
anything they start, must end within 10 s of the run's death, as the pool's workers and the
temporary API server do (tests/flows/test_orphans.py). The kill lands at a random time after the
run's first commit; the seed is printed, and THEMELAKE_KILL_SEED sets it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from tests.flows.orphans import children_of, on_linux, read_line, survivors
from tests.flows.test_orphans import CLI, REPO, manifest_version, write_corpus

pytestmark = pytest.mark.skipif(not on_linux(), reason="reads the process table from /proc")


@pytest.mark.slow
def test_killing_a_dask_run_process_alone_leaves_no_dask_worker_or_api_server(tmp_path) -> None:
    pytest.importorskip("prefect_dask")
    seed = int(os.environ.get("THEMELAKE_KILL_SEED", time.time_ns() % 2**32))
    print(f"THEMELAKE_KILL_SEED={seed}")
    rng = random.Random(seed)
    corpus, lake, log = tmp_path / "corpus", tmp_path / "lake", tmp_path / "run.log"
    write_corpus(corpus, 3000, rng)
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}  # Prefect's temporary API
    env |= {"PREFECT_LOGGING_LEVEL": "INFO"}
    env.pop("THEMELAKE_WORKERS", None)
    with open(log, "w") as out:
        run = subprocess.Popen(
            [sys.executable, "-c", CLI, "run", str(corpus), "--lake", str(lake), "--batch-size", "50",
             "--runner", "dask"],
            cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    try:
        # Wait (bounded) for the first committed batch: the cluster's workers have run tasks by then.
        deadline = time.monotonic() + 300
        while manifest_version(lake) < 1 and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert manifest_version(lake) >= 1, f"the run never committed a batch:\n{log.read_text()}"
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
        assert run.poll() is None, "the run finished before the kill: give it more files"
    finally:
        run.send_signal(signal.SIGKILL)  # the run's process alone, not its process group
        run.wait()
        killed = time.monotonic()
    commands = list(children.values())
    assert sum("spawn_main" in c for c in commands) >= 1, commands  # the LocalCluster's workers
    assert sum("flows.api_server" in c for c in commands) == 1, commands  # the run's temporary API server
    left = survivors(children, within=10)
    ended = time.monotonic() - killed
    print(f"{len(children) - len(left)} of {len(children)} processes ended {ended:.1f} s after the kill")
    if left:  # leave nothing behind on this machine either, then fail
        for pid in left:
            os.kill(pid, signal.SIGKILL)
    assert left == {}, f"still running 10 s after the run was killed: {left}"
    assert read_line(log, "Traceback", timeout=0) is None
