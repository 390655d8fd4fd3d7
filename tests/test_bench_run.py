"""benchmarks/run.py measures the batch workers as `themelake run` has them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_benchmarks_batch_workers_load_no_pandas() -> None:
    # A spawned batch worker runs the parent's script again as `__mp_main__` before its first batch (as
    # multiprocessing's spawn does): what the script imports at its top, every worker loads. pandas there
    # cost each worker 0.3 CPU s and 28 MB that the workers of `themelake run` never pay.
    run = (
        "import runpy, sys\n"
        "sys.argv = ['run.py']\n"
        f"runpy.run_path({str(REPO / 'benchmarks' / 'run.py')!r}, run_name='__mp_main__')\n"
        "print('pandas' in sys.modules)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    done = subprocess.run([sys.executable, "-c", run], cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "False"


@pytest.mark.slow
def test_without_the_naive_baseline_the_benchmark_runs_the_flow_without_pandas(tmp_path: Path) -> None:
    # The flow's process of `themelake run` refuses pandas; the benchmark's, left alone, had pyarrow import
    # it at its first conversion (0.2 to 0.4 CPU s counted as the flow's).
    seed = tmp_path / "seed"
    seed.mkdir()
    (seed / "a.txt").write_text("Title\n\nA paragraph.\n")
    skips = [a for phase in ("naive", "bare", "bare_no_enrich", "flow", "rerun", "labels", "latency")
             for a in ("--skip", phase)]
    argv = ["--articles", "2", "--seed", str(seed), "--cache", str(tmp_path / "bench"), "--repeat", "1", *skips]
    run = (
        "import sys\n"
        f"sys.path.insert(0, {str(REPO)!r})\n"
        "from benchmarks.run import main\n"
        f"main({argv!r})\n"
        "import pyarrow as pa\n"
        "pa.Table.from_pydict({'a': [1]})\n"
        "print('pandas' in sys.modules)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    done = subprocess.run([sys.executable, "-c", run], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "False"
