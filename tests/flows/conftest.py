from __future__ import annotations

import pytest
from prefect.testing.utilities import prefect_test_harness


@pytest.fixture(autouse=True)
def one_batch_process(monkeypatch):
    """Run batches in the test's own process: monkeypatches reach them, and no pool starts per test.

    tests/flows/test_parallel.py asks for a pool explicitly and checks the batches ran in it and wrote
    the same tables; tests/flows/test_kill_recover.py kills runs with their pool on, and recovers with one.
    """
    monkeypatch.setenv("THEMELAKE_WORKERS", "1")


@pytest.fixture(autouse=True, scope="session")
def prefect_api():
    """One temporary Prefect API for every flow test of the session."""
    with prefect_test_harness(server_startup_timeout=120):
        yield


TEST_TAXONOMY = """
[taxonomy]
name = "test"
min_score = 1.0
[[themes]]
id = "medtop:16000000"
name = "conflict, war and peace"
terms = ["war", "soldier", "troops", "fighting", "conflict"]
[[themes]]
id = "medtop:04000000"
name = "economy, business and finance"
terms = ["sanction", "trade", "payment", "economist", "export", "price"]
[[themes]]
id = "medtop:14000000"
name = "society"
terms = ["poverty", "hunger", "hungry", "welfare", "food bank"]
"""


@pytest.fixture
def taxonomy_file(tmp_path):
    path = tmp_path / "taxonomy.toml"
    path.write_text(TEST_TAXONOMY)
    return str(path)
