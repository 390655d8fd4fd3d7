"""A batch worker's warm-up (flows/batch_workers.py): what it loads stays out of the cycle collector's way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import gc, json
from flows.batch_workers import warm_worker
warm_worker(None, True)
print(json.dumps({"enabled": gc.isenabled(), "frozen": gc.get_freeze_count(),
                  "full_collections": gc.get_stats()[2]["collections"]}))
"""


@pytest.mark.slow
def test_the_warm_up_loads_with_no_full_collection_and_freezes_what_it_loaded() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"} | {"PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", _PROBE], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    state = json.loads(done.stdout.strip().splitlines()[-1])
    assert state["enabled"]  # the collector is back on for what the worker does next
    assert state["full_collections"] == 0  # no pass over the heap while it grew
    assert state["frozen"] > 100_000  # the pipeline's tables: out of every later pass
