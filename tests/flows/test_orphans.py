"""`kill -9` of a running `themelake run`'s process alone leaves no process of the run alive.

The run uses the process pool (two batch workers) and, with PREFECT_API_URL unset, its temporary
Prefect API server: both must end within 10 s of the run's death, and the next writer must clean
whatever the killed run had staged. The kill lands at a random time after the run's first commit;
the seed is printed, and THEMELAKE_KILL_SEED sets it.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.flows.orphans import children_of, on_linux, read_line, survivors
from warehouse import lake as lakes

REPO = Path(__file__).resolve().parents[2]
CLI = "from flows.cli.main import main; main()"
WORDS = "war troops trade price export poverty hunger welfare the a of and in on city council".split()

pytestmark = pytest.mark.skipif(not on_linux(), reason="reads the process table from /proc")


def write_corpus(folder: Path, n: int, rng: random.Random) -> None:
    for i in range(n):
        sub = folder / f"topic{i % 5}"
        sub.mkdir(parents=True, exist_ok=True)
        body = "\n\n".join(" ".join(rng.choices(WORDS, k=80)) + "." for _ in range(6))
        (sub / f"{i:05d}.txt").write_text(f"Headline {i}\n\n{body}\n")


def manifest_version(lake: Path) -> int:
    path = lake / lakes.MANIFEST
    try:
        return json.loads(path.read_text())["version"]
    except (OSError, ValueError, KeyError):
        return 0


@pytest.mark.slow
def test_killing_the_run_process_alone_leaves_no_worker_or_api_server(tmp_path) -> None:
    seed = int(os.environ.get("THEMELAKE_KILL_SEED", time.time_ns() % 2**32))
    print(f"THEMELAKE_KILL_SEED={seed}")
    rng = random.Random(seed)
    corpus, lake, log = tmp_path / "corpus", tmp_path / "lake", tmp_path / "run.log"
    write_corpus(corpus, 4000, rng)
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}  # Prefect's temporary API
    env |= {"THEMELAKE_WORKERS": "2", "PREFECT_LOGGING_LEVEL": "INFO"}
    with open(log, "w") as out:
        run = subprocess.Popen(
            [sys.executable, "-c", CLI, "run", str(corpus), "--lake", str(lake), "--batch-size", "50"],
            cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    try:
        # Wait (bounded) for the first committed batch: the pool and the API server are then up.
        deadline = time.monotonic() + 300
        while manifest_version(lake) < 1 and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert manifest_version(lake) >= 1, f"the run never committed a batch:\n{log.read_text()}"
        time.sleep(rng.uniform(0.0, 2.0))
        children = children_of(run.pid)
        assert run.poll() is None, "the run finished before the kill: give it more files"
    finally:
        run.send_signal(signal.SIGKILL)  # the run's process alone, not its process group
        run.wait()
        killed = time.monotonic()
    commands = list(children.values())
    assert sum("spawn_main" in c for c in commands) == 2, commands  # the two batch workers
    assert sum("flows.api_server" in c for c in commands) == 1, commands  # the temporary API server
    left = survivors(children, within=10)
    ended = time.monotonic() - killed
    print(f"{len(children) - len(left)} of {len(children)} processes ended {ended:.1f} s after the kill")
    if left:  # leave nothing behind on this machine either, then fail
        for pid in left:
            os.kill(pid, signal.SIGKILL)
    assert left == {}, f"still running 10 s after the run was killed: {left}"
    # Every process of the run is gone, so nothing writes any more: the next writer cleans up.
    with lakes.writer_lock(lake, timeout=10):
        pass
    named = {lake / f for files in json.loads((lake / lakes.MANIFEST).read_text())["tables"].values() for f in files}
    staged = {p for p in (lake / lakes.DATA).rglob("*") if p.is_file() and p.name != lakes.SCHEMA_FILE}
    assert staged == named, "files of the killed run were left behind"
    assert read_line(log, "Traceback", timeout=0) is None
    # The run said, once, that it started a temporary API and what that cost (flows/cli/app.py).
    started = [line for line in log.read_text().splitlines() if "started a temporary Prefect API" in line]
    assert len(started) == 1 and re.search(r"\(\d+\.\d s\)", started[0]), started
