"""`kill -9` of a running `themelake run`'s process alone leaves no process of the run alive.

The run uses the process pool (two batch workers) and, with PREFECT_API_URL unset, its temporary
Prefect API server: both must end within 10 s of the run's death, and the next writer must clean
whatever the killed run had staged. The kill lands at a random time after the run's first commit;
the seed is printed, and THEMELAKE_KILL_SEED sets it.
"""

from __future__ import annotations

import json
import re
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
from warehouse import lake as lakes
from warehouse import lake_lock

pytestmark = pytest.mark.skipif(not on_linux(), reason="reads the process table from /proc")


@pytest.mark.slow
def test_killing_the_run_process_alone_leaves_no_worker_or_api_server(tmp_path) -> None:
    rng = kill_seed()
    corpus, lake, log = tmp_path / "corpus", tmp_path / "lake", tmp_path / "run.log"
    write_corpus(corpus, 4000, rng)
    run = start_run(corpus, lake, log, {"THEMELAKE_WORKERS": "2", "PREFECT_LOGGING_LEVEL": "INFO"})
    try:
        wait_for_first_commit(run, lake, log)  # the pool and the API server are then up
        time.sleep(rng.uniform(0.0, 2.0))
        children = children_of(run.pid)
        assert run.poll() is None, f"the run ended before the kill:\n{log.read_text()[-3000:]}"
    except BaseException:
        run.kill()
        run.wait()
        raise
    kill_and_check(run, children, log)
    commands = list(children.values())
    assert sum("spawn_main" in c for c in commands) == 2, commands  # the two batch workers
    assert sum("flows.api_server" in c for c in commands) == 1, commands  # the temporary API server
    # Every process of the run is gone, so nothing writes any more: the next writer cleans up.
    with lake_lock.writer_lock(lake, timeout=10):
        pass
    named = {lake / f for files in json.loads((lake / lakes.MANIFEST).read_text())["tables"].values() for f in files}
    staged = {p for p in (lake / lakes.DATA).rglob("*") if p.is_file() and p.name != lakes.SCHEMA_FILE}
    assert staged == named, "files of the killed run were left behind"
    # The run said, once, that it started a temporary API and what that cost (flows/cli/app.py).
    started = [line for line in log.read_text().splitlines() if "started a temporary Prefect API" in line]
    assert len(started) == 1 and re.search(r"\(\d+\.\d s\)", started[0]), started
